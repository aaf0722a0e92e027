/// @file
/// @brief The indexing run: incremental, batched and crash-safe writes of parsed resolutions.
#include "indexer/indexer.hpp"

#include "analyzers/error.hpp"
#include "analyzers/schema.hpp"
#include "indexer/alignment_check.hpp"
#include "indexer/build_pool.hpp"
#include "indexer/lineage_pass.hpp"
#include "indexer/progress.hpp"
#include "indexer/run_summary.hpp"
#include "indexer/shard_set.hpp"
#include "indexer/source_reader.hpp"

#include <xapian.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

namespace unres::indexer {

using schema::Field;

namespace {

constexpr std::string_view owner_key_prefix = "owner:";

/// What the database remembers of a source file: its hash and the resolution it yielded.
struct SourceRecord {
    std::string hash;
    std::string symbol;
    std::string language;
    std::size_t shard = 0;  ///< the shard holding its documents and this record
};

auto owner_key(const std::string& language, const std::string& symbol) -> std::string {
    return std::string(owner_key_prefix) + language + ":" + symbol;
}

auto open_shards(const IndexerOptions& options) -> ShardSet {
    std::optional<ShardBy> by;
    if (!options.shard_by.empty()) by = shard_by_from_name(options.shard_by);
    return ShardSet::open(options.db, options.shards, by);
}

/// Every source file the database knows, by path, with the shard that holds it.
auto read_source_records(ShardSet& shards) -> std::map<std::string, SourceRecord> {
    std::map<std::string, SourceRecord> records;
    const std::string prefix = schema::source_metadata_key("");
    for (std::size_t shard = 0; shard < shards.size(); ++shard) {
        const Xapian::Database& db = shards.shard(shard);
        for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
            const auto json = nlohmann::json::parse(db.get_metadata(*it), nullptr, false);
            if (json.is_discarded()) continue;
            records[(*it).substr(prefix.size())] = {json.value("hash", ""), json.value("symbol", ""),
                                                    json.value("language", ""), shard};
        }
    }
    return records;
}

/// The session a built resolution was adopted at (0 if unknown), read back from its documents.
auto session_of(const BuildOutcome& outcome) -> int {
    if (outcome.built.documents.empty()) return 0;
    const std::string value =
        outcome.built.documents.front().get_value(schema::slot(schema::ValueSlot::Session));
    return value.empty() ? 0 : static_cast<int>(Xapian::sortable_unserialise(value));
}

/// Removes every document that came from @p path and the database's memory of it.
void forget_source(Xapian::WritableDatabase& db, const std::string& path, const SourceRecord& record) {
    db.delete_document(schema::boolean_term(Field::SourceFile, path));
    db.set_metadata(schema::source_metadata_key(path), "");
    if (!record.symbol.empty() && db.get_metadata(owner_key(record.language, record.symbol)) == path) {
        db.set_metadata(owner_key(record.language, record.symbol), "");
    }
}

class Run {
  public:
    Run(const IndexerOptions& options, std::ostream& err, bool err_is_terminal)
        : m_options(options),
          m_err(err),
          m_shards(open_shards(options)),
          m_records(read_source_records(m_shards)),
          m_terminal(err_is_terminal && !options.quiet) {}

    auto execute() -> RunSummary {
        const auto start = std::chrono::steady_clock::now();
        std::vector<SourceProblem> problems;
        const auto files = collect_sources(m_options.paths, problems);
        for (const auto& p : problems) reject(p.path + ": " + p.reason, p.path);
        if (m_options.prune) prune();

        std::vector<BuildTask> tasks;
        for (const auto& f : files) {
            auto it = m_records.find(f.path);
            tasks.push_back({f.path, it == m_records.end() ? "" : it->second.hash});
        }
        m_summary.files_seen = tasks.size();
        Progress progress(m_err, m_terminal, tasks.size());
        BuildPool pool(std::move(tasks), m_options.threads, m_options.language);
        std::size_t done = 0;
        while (auto outcome = pool.next()) {
            apply(*outcome);
            progress.update(++done, m_summary.paragraphs);
        }
        end_batch();
        m_shards.commit();
        report_misalignment();
        // Lineage and citation counts follow in their own, idempotent commit (indexer/lineage_pass.hpp).
        update_lineage(m_shards);
        progress.finish();
        m_summary.resolutions_in_db = m_shards.termfreq(schema::boolean_term(Field::DocType, "resolution"));
        m_summary.paragraphs_in_db = m_shards.termfreq(schema::boolean_term(Field::DocType, "paragraph"));
        m_summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return m_summary;
    }

  private:
    void reject(const std::string& message, const std::string& path) {
        m_err << "unres-index: " << message << '\n';
        m_summary.rejected.push_back({path, message});
    }

    void apply(BuildOutcome& outcome) {
        using Status = BuildOutcome::Status;
        if (outcome.status == Status::Unchanged) {
            ++m_summary.unchanged;
            return;
        }
        if (outcome.status == Status::Rejected) {
            // Whatever this file yielded before stays indexed: a bad edit loses nothing.
            reject(outcome.reason, outcome.path);
            return;
        }
        begin_batch();
        const std::size_t shard = m_shards.route(outcome.symbol, session_of(outcome));
        if (!claim_symbol(outcome, shard)) return;
        const bool known = m_records.count(outcome.path) > 0;
        if (known) {
            const SourceRecord& old = m_records[outcome.path];
            forget_source(m_shards.shard(old.shard), outcome.path, old);
        }
        auto& db = m_shards.shard(shard);
        for (auto& doc : outcome.built.documents) db.add_document(doc);
        const SourceRecord record{outcome.hash, outcome.symbol, outcome.language, shard};
        db.set_metadata(
            schema::source_metadata_key(outcome.path),
            nlohmann::json{{"hash", record.hash}, {"symbol", record.symbol}, {"language", record.language}}
                .dump());
        db.set_metadata(owner_key(outcome.language, outcome.symbol), outcome.path);
        m_records[outcome.path] = record;
        if (!outcome.symbol.empty()) m_touched_symbols[outcome.symbol] = shard;
        ++(known ? m_summary.updated : m_summary.added);
        m_summary.paragraphs += outcome.built.paragraphs;
        m_pending += outcome.built.documents.size();
        // Commit only between resolutions, so a commit never holds part of one.
        if (m_pending >= m_options.batch_size) {
            end_batch();
            m_pending = 0;
        }
    }

    /// Each batch is a transaction: without one, Xapian commits by itself every 10000 changed
    /// documents (XAPIAN_FLUSH_THRESHOLD), which can be in the middle of a resolution.
    void begin_batch() {
        if (m_in_batch) return;
        for (std::size_t i = 0; i < m_shards.size(); ++i) m_shards.shard(i).begin_transaction();
        m_in_batch = true;
    }

    /// Commits the batch's transaction (if one is open).
    void end_batch() {
        if (!m_in_batch) return;
        for (std::size_t i = 0; i < m_shards.size(); ++i) m_shards.shard(i).commit_transaction();
        m_in_batch = false;
    }

    /// Warns about each symbol written in this run whose language versions do not align by paragraph id.
    void report_misalignment() {
        for (const auto& [symbol, shard] : m_touched_symbols) {
            for (const auto& warning : alignment_warnings(m_shards.shard(shard), symbol)) {
                m_err << "unres-index: warning: " << warning << '\n';
                m_summary.warnings.push_back(warning);
            }
        }
    }

    /// A symbol belongs to one file: of two files with the same symbol (and language), the path that
    /// sorts first keeps it, whatever order they were indexed in. Returns false to skip this file.
    /// The owner is recorded in the symbol's own @p shard, where every file with that symbol goes.
    auto claim_symbol(const BuildOutcome& outcome, std::size_t shard) -> bool {
        const std::string key = owner_key(outcome.language, outcome.symbol);
        const std::string owner = m_shards.shard(shard).get_metadata(key);
        if (owner.empty() || owner == outcome.path) return true;
        std::error_code ec;
        const bool owner_exists = std::filesystem::exists(owner, ec);
        if (owner_exists && owner < outcome.path) {
            const std::string warning = outcome.path + ": same symbol " + outcome.symbol + " as " + owner +
                                        "; kept " + owner + " (the first path in sort order)";
            m_err << "unres-index: warning: " << warning << '\n';
            m_summary.warnings.push_back(warning);
            ++m_summary.duplicates;
            return false;
        }
        auto it = m_records.find(owner);
        if (it != m_records.end()) {
            forget_source(m_shards.shard(it->second.shard), owner, it->second);
            m_records.erase(it);
        }
        if (owner_exists) {
            const std::string warning = outcome.path + ": same symbol " + outcome.symbol + " as " + owner +
                                        "; kept " + outcome.path + " (the first path in sort order)";
            m_err << "unres-index: warning: " << warning << '\n';
            m_summary.warnings.push_back(warning);
            ++m_summary.duplicates;
        }
        return true;
    }

    void prune() {
        for (auto it = m_records.begin(); it != m_records.end();) {
            std::error_code ec;
            if (std::filesystem::exists(it->first, ec)) {
                ++it;
                continue;
            }
            forget_source(m_shards.shard(it->second.shard), it->first, it->second);
            ++m_summary.pruned;
            it = m_records.erase(it);
        }
    }

    const IndexerOptions& m_options;
    std::ostream& m_err;
    ShardSet m_shards;
    std::map<std::string, SourceRecord> m_records;
    bool m_terminal;
    RunSummary m_summary;
    std::map<std::string, std::size_t> m_touched_symbols;  ///< symbol -> shard, written in this run
    std::size_t m_pending = 0;
    bool m_in_batch = false;  ///< a transaction per shard holds the writes since the last commit
};

}  // namespace

auto run_indexer(const IndexerOptions& options, std::ostream& out, std::ostream& err, bool err_is_terminal)
    -> int {
    Run run(options, err, err_is_terminal);
    const RunSummary summary = run.execute();
    if (options.stats) {
        out << summary_json(summary, options.db) << '\n';
    } else if (!options.quiet) {
        out << summary_text(summary, options.db);
    }
    return summary.rejected.empty() ? 0 : 1;
}

}  // namespace unres::indexer
