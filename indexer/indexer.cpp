/// @file
/// @brief The indexing run: incremental, batched and crash-safe writes of parsed resolutions.
#include "indexer/indexer.hpp"

#include "analyzers/error.hpp"
#include "analyzers/schema.hpp"
#include "indexer/build_pool.hpp"
#include "indexer/progress.hpp"
#include "indexer/run_summary.hpp"
#include "indexer/source_reader.hpp"

#include <nlohmann/json.hpp>
#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <map>
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
};

auto owner_key(const std::string& language, const std::string& symbol) -> std::string {
    return std::string(owner_key_prefix) + language + ":" + symbol;
}

auto open_database(const std::string& path) -> Xapian::WritableDatabase {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(path, ec) && !fs::is_directory(path, ec)) {
        throw DatabaseError("cannot use " + path + " as a database: it is a file, not a directory");
    }
    try {
        return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
    } catch (const Xapian::DatabaseLockError&) {
        throw DatabaseError("database " + path + " is locked: another unres-index is writing to it");
    } catch (const Xapian::Error& e) {
        throw DatabaseError("cannot open database " + path + ": " + e.get_msg());
    }
}

/// Every source file the database knows, by path.
auto read_source_records(const Xapian::Database& db) -> std::map<std::string, SourceRecord> {
    std::map<std::string, SourceRecord> records;
    const std::string prefix = schema::source_metadata_key("");
    for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
        const auto json = nlohmann::json::parse(db.get_metadata(*it), nullptr, false);
        if (json.is_discarded()) continue;
        records[(*it).substr(prefix.size())] = {json.value("hash", ""), json.value("symbol", ""),
                                                json.value("language", "")};
    }
    return records;
}

/// Removes every document that came from @p path and the database's memory of it.
void forget_source(Xapian::WritableDatabase& db, const std::string& path, const SourceRecord& record) {
    db.delete_document(schema::boolean_term(Field::SourceFile, path));
    db.set_metadata(schema::source_metadata_key(path), "");
    if (!record.symbol.empty() && db.get_metadata(owner_key(record.language, record.symbol)) == path) {
        db.set_metadata(owner_key(record.language, record.symbol), "");
    }
}

auto count_term(const Xapian::Database& db, const std::string& term) -> std::size_t {
    return db.get_termfreq(term);
}

class Run {
  public:
    Run(const IndexerOptions& options, std::ostream& err, bool err_is_terminal)
        : m_options(options), m_err(err), m_db(open_database(options.db)), m_records(read_source_records(m_db)),
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
        m_db.commit();
        progress.finish();
        m_summary.resolutions_in_db = count_term(m_db, schema::boolean_term(Field::DocType, "resolution"));
        m_summary.paragraphs_in_db = count_term(m_db, schema::boolean_term(Field::DocType, "paragraph"));
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
        if (!claim_symbol(outcome)) return;
        const bool known = m_records.count(outcome.path) > 0;
        if (known) forget_source(m_db, outcome.path, m_records[outcome.path]);
        for (auto& doc : outcome.built.documents) m_db.add_document(doc);
        const SourceRecord record{outcome.hash, outcome.symbol, outcome.language};
        m_db.set_metadata(schema::source_metadata_key(outcome.path),
                          nlohmann::json{{"hash", record.hash}, {"symbol", record.symbol}, {"language", record.language}}
                              .dump());
        m_db.set_metadata(owner_key(outcome.language, outcome.symbol), outcome.path);
        m_records[outcome.path] = record;
        ++(known ? m_summary.updated : m_summary.added);
        m_summary.paragraphs += outcome.built.paragraphs;
        m_pending += outcome.built.documents.size();
        // Commit only between resolutions, so a commit never holds part of one.
        if (m_pending >= m_options.batch_size) {
            m_db.commit();
            m_pending = 0;
        }
    }

    /// A symbol belongs to one file: of two files with the same symbol (and language), the path that
    /// sorts first keeps it, whatever order they were indexed in. Returns false to skip this file.
    auto claim_symbol(const BuildOutcome& outcome) -> bool {
        const std::string key = owner_key(outcome.language, outcome.symbol);
        const std::string owner = m_db.get_metadata(key);
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
            forget_source(m_db, owner, it->second);
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
            forget_source(m_db, it->first, it->second);
            ++m_summary.pruned;
            it = m_records.erase(it);
        }
    }

    const IndexerOptions& m_options;
    std::ostream& m_err;
    Xapian::WritableDatabase m_db;
    std::map<std::string, SourceRecord> m_records;
    bool m_terminal;
    RunSummary m_summary;
    std::size_t m_pending = 0;
};

}  // namespace

auto run_indexer(const IndexerOptions& options, std::ostream& out, std::ostream& err, bool err_is_terminal) -> int {
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
