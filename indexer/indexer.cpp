/// @file
/// @brief The indexing run: incremental, batched and crash-safe writes of parsed resolutions.
#include "indexer/indexer.hpp"

#include "analyzers/text/utf8.hpp"

#include "analyzers/error.hpp"
#include "index/facet_column.hpp"
#include "index/schema.hpp"
#include "indexer/alignment_check.hpp"
#include "indexer/build_pool.hpp"
#include "indexer/corpus_words.hpp"
#include "indexer/free_space.hpp"
#include "indexer/fresh_build.hpp"
#include "indexer/lineage_pass.hpp"
#include "indexer/progress.hpp"
#include "indexer/resolution_write.hpp"
#include "indexer/run_summary.hpp"
#include "indexer/shard_set.hpp"
#include "indexer/source_reader.hpp"

#include <xapian.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <thread>

namespace unres::indexer {

using schema::Field;

namespace {

/// Room asked for per paragraph of a batch before it begins, beyond the commit's bound (an
/// uncompacted paragraph takes 3 to 5 KB).
constexpr std::uintmax_t bytes_per_batch_paragraph = 8U * 1024U;
/// Documents a part of a fresh build takes between commits: small batches flush fastest.
constexpr std::size_t part_commit_every = 2000;
/// At most this many parts in a fresh build, whatever the number of cores.
constexpr std::size_t max_parts = 8;

/// What the database remembers of a source file: its hash and the resolution it yielded.
struct SourceRecord {
    std::string hash;
    std::string symbol;
    std::string language;
    std::size_t shard = 0;  ///< the shard holding its documents and this record
};

auto open_shards(const IndexerOptions& options) -> ShardSet {
    std::optional<ShardBy> by;
    if (!options.shard_by.empty()) by = shard_by_from_name(options.shard_by);
    FreshBuild::recover_interrupted_install(options.db);
    ShardSet shards = ShardSet::open(options.db, options.shards, by);
    // A database written differently would be updated inconsistently: refuse it before any change.
    for (std::size_t i = 0; i < shards.size(); ++i) {
        if (auto problem = schema::format_problem(shards.shard(i), shards.paths()[i]); !problem.empty())
            throw DatabaseError(problem);
    }
    return shards;
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

/// Removes every document that came from @p path and the database's memory of it: the record (the
/// one document naming the file) and the paragraphs of its symbol in its language, which no other
/// file can hold (claim_symbol()).
void forget_source(Xapian::WritableDatabase& db, const std::string& path, const SourceRecord& record) {
    db.delete_document(schema::boolean_term(Field::SourceFile, path));
    if (!record.symbol.empty()) {
        const std::string term = schema::boolean_term(Field::Symbol, record.symbol);
        std::vector<Xapian::docid> paragraphs;
        for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
            const Xapian::Document doc = db.get_document(*it, Xapian::DOC_ASSUME_VALID);
            if (doc.get_value(schema::slot(schema::ValueSlot::Language)) == record.language)
                paragraphs.push_back(*it);
        }
        for (const Xapian::docid id : paragraphs) db.delete_document(id);
    }
    db.set_metadata(schema::source_metadata_key(path), "");
    if (!record.symbol.empty() &&
        db.get_metadata(schema::owner_metadata_key(record.language, record.symbol)) == path) {
        db.set_metadata(schema::owner_metadata_key(record.language, record.symbol), "");
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
        const auto files = collect_sources(m_options.paths, problems, {m_options.follow_links});
        for (const auto& p : problems) {
            if (p.warning) {
                warn(p.path + ": " + p.reason);
            } else {
                reject(p.path + ": " + p.reason, p.path);
            }
        }
        if (m_options.prune && !m_records.empty()) {
            begin_batch();  // what prune removes commits with the first batch, never by itself
            prune();
        }
        if (m_shards.layout().count == 0) FreshBuild::remove_stale(m_options.db);
        const bool fresh = is_fresh() && !files.empty();
        check_space_for(files, fresh);
        if (fresh) {
            m_fresh = std::make_unique<FreshBuild>(
                m_options.db, std::min({std::size_t{threads()}, max_parts, files.size()}), part_commit_every);
        }

        // A fresh build fills its parts at once: part p takes a contiguous run of the sorted files,
        // and the files are analysed round-robin over the parts so that every writer has work.
        std::vector<std::size_t> order(files.size());
        const std::size_t parts = m_fresh ? m_fresh->parts() : 1;
        std::vector<std::size_t> starts;
        for (std::size_t p = 0; p <= parts; ++p) starts.push_back(p * files.size() / parts);
        std::size_t placed = 0;
        for (std::size_t round = 0; placed < files.size(); ++round) {
            for (std::size_t p = 0; p < parts; ++p) {
                if (starts[p] + round < starts[p + 1]) {
                    order[placed++] = starts[p] + round;
                    m_part_of.push_back(p);
                }
            }
        }
        std::vector<BuildTask> tasks;
        for (const std::size_t i : order) {
            auto it = m_records.find(files[i].path);
            tasks.push_back({files[i].path, it == m_records.end() ? "" : it->second.hash});
        }
        m_summary.files_seen = tasks.size();
        Progress progress(m_err, m_terminal, tasks.size());
        // The words of every source and of the index: evidence for rejoining words layout text split.
        analyzers::WordCounts corpus;
        std::vector<std::string> paths;
        for (const auto& task : tasks) paths.push_back(task.path);
        add_source_words(paths, corpus);
        for (std::size_t s = 0; s < m_shards.size(); ++s) add_index_words(m_shards.shard(s), corpus);
        BuildPool pool(std::move(tasks), m_options.threads, m_options.language, &corpus);
        std::size_t done = 0;
        while (auto outcome = pool.next()) {
            apply(*outcome, m_part_of[done]);
            progress.update(++done, m_summary.paragraphs);
        }
        if (m_fresh) {
            finish_fresh();
        } else {
            end_batch();
            require_free_space(m_options.db, commit_need(0), "commit");
            m_shards.commit();
            report_misalignment(
                [&](std::size_t shard) -> const Xapian::Database& { return m_shards.shard(shard); });
            // Lineage and citation counts follow in their own, idempotent commit (indexer/lineage_pass.hpp).
            update_lineage(m_shards, threads());
            // Only an unsharded database has a column: a match spy over shards sees shard docids
            // without knowing the shard (Xapian 1.4), so shards count from their value streams.
            if (m_shards.layout().count == 0) {
                optional_step("facet column not written",
                              [&] { schema::write_facet_column(m_shards.shard(0), m_options.db); });
            }
            m_summary.resolutions_in_db =
                m_shards.termfreq(schema::boolean_term(Field::DocType, "resolution"));
            m_summary.paragraphs_in_db = m_shards.termfreq(schema::boolean_term(Field::DocType, "paragraph"));
        }
        progress.finish();
        m_summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return m_summary;
    }

  private:
    /// Threads for parallel work: --threads, else one per core.
    [[nodiscard]] auto threads() const -> unsigned {
        return m_options.threads != 0 ? m_options.threads : std::max(1U, std::thread::hardware_concurrency());
    }

    /// Runs @p step, which only makes searches faster: a failure is a warning, never a failed run.
    template <typename Step>
    void optional_step(const std::string& what, Step step) {
        try {
            step();
        } catch (const std::exception& e) {
            warn(what + ": " + e.what());
        } catch (const Xapian::Error& e) {
            warn(what + ": " + e.get_description());
        }
    }

    /// One warning line on stderr (not with --quiet: errors only), kept in the summary.
    void warn(const std::string& warning) {
        if (!m_options.quiet) m_err << "unres-index: warning: " << analyzers::printable(warning) << '\n';
        m_summary.warnings.push_back(analyzers::printable(warning));
    }

    void reject(const std::string& message, const std::string& path) {
        m_err << "unres-index: " << analyzers::printable(message) << '\n';
        m_summary.rejected.push_back({analyzers::printable(path), analyzers::printable(message)});
    }

    /// A new database (absent, or empty and not sharded) is built by the parallel fresh path.
    [[nodiscard]] auto is_fresh() -> bool {
        if (m_shards.layout().count != 0 || !m_records.empty()) return false;
        Xapian::WritableDatabase& db = m_shards.shard(0);
        return db.get_doccount() == 0 && db.metadata_keys_begin() == db.metadata_keys_end();
    }

    /// Lineage over the parts (named as after the merge), then the merge and its install.
    void finish_fresh() {
        const auto parts = m_fresh->finish_parts();
        report_write_failures();
        update_lineage(parts, m_fresh->paths(), m_fresh->merged_names(), threads());
        m_fresh->merge_and_install();
        m_fresh.reset();
        const Xapian::Database merged(m_options.db);
        optional_step("facet column not written", [&] { schema::write_facet_column(merged, m_options.db); });
        report_misalignment([&](std::size_t) -> const Xapian::Database& { return merged; });
        m_summary.resolutions_in_db = merged.get_termfreq(schema::boolean_term(Field::DocType, "resolution"));
        m_summary.paragraphs_in_db = merged.get_termfreq(schema::boolean_term(Field::DocType, "paragraph"));
    }

    /// Runs @p job on the database @p where: a shard now, or a part of a fresh build on its writer thread.
    void write_to(std::size_t where, PartWriter::Job job, std::size_t documents = 0) {
        if (m_fresh) {
            m_fresh->submit(where, std::move(job), documents);
            return;
        }
        Xapian::WritableDatabase& db = m_shards.shard(where);
        // Recorded with the first batch a shard gets (refused at open when it differs).
        if (db.get_metadata(schema::format_metadata_key()).empty())
            db.set_metadata(schema::format_metadata_key(), std::string(schema::index_format));
        job(db);
    }

    /// Removes every document that came from @p path (see forget_source()), wherever it is written.
    void forget(const std::string& path, const SourceRecord& record) {
        const std::string key = schema::owner_metadata_key(record.language, record.symbol);
        if (auto it = m_owners.find(key); it != m_owners.end() && it->second == path) it->second.clear();
        write_to(record.shard,
                 [path, record](Xapian::WritableDatabase& db) { forget_source(db, path, record); });
    }

    void apply(BuildOutcome& outcome, std::size_t part) {
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
        const bool known = m_records.count(outcome.path) > 0;
        const int session = session_of(outcome);  // read from the documents before they move
        const std::string key = schema::owner_metadata_key(outcome.language, outcome.symbol);
        const std::size_t documents = outcome.built.documents.size();
        ResolutionWrite write{
            std::move(outcome.built.documents),
            outcome.path,
            schema::source_metadata_key(outcome.path),
            nlohmann::json{{"hash", outcome.hash}, {"symbol", outcome.symbol}, {"language", outcome.language}}
                .dump(),
            key,
            outcome.built.paragraphs,
            known};
        // Checked before anything changes: a file the database cannot hold costs nothing else.
        if (const auto problem = write_problem(write); !problem.empty()) {
            reject(outcome.path + ": " + problem, outcome.path);
            return;
        }
        begin_batch();
        const std::size_t shard = m_fresh ? part : m_shards.route(outcome.symbol, session);
        if (!claim_symbol(outcome, shard)) return;
        if (known) forget(outcome.path, m_records[outcome.path]);
        const SourceRecord record{outcome.hash, outcome.symbol, outcome.language, shard};
        m_owners[key] = outcome.path;
        write_to(
            shard,
            [write = std::move(write), failures = &m_write_failures](Xapian::WritableDatabase& db) {
                if (auto reason = write_resolution(db, write); !reason.empty()) failures->add(write, reason);
            },
            documents);
        m_records[outcome.path] = record;
        if (!outcome.symbol.empty()) m_touched_symbols[outcome.symbol] = shard;
        ++(known ? m_summary.updated : m_summary.added);
        m_summary.paragraphs += outcome.built.paragraphs;
        m_pending += documents;  // the documents themselves moved into the job
        std::error_code size_error;
        m_pending_bytes += std::filesystem::file_size(outcome.path, size_error);
        report_write_failures();
        // Commit only between resolutions, so a commit never holds part of one.
        if (m_pending >= m_options.batch_size) {
            end_batch();
            m_pending = 0;
            m_pending_bytes = 0;
        }
    }

    /// Reports the files Xapian refused while they were written (now, or on a part's writer thread).
    void report_write_failures() {
        for (const auto& failure : m_write_failures.take()) {
            reject(failure.path + ": " + failure.reason, failure.path);
            --(failure.replaced ? m_summary.updated : m_summary.added);
            m_summary.paragraphs -= failure.paragraphs;
            m_records.erase(failure.path);
        }
    }

    /// Each batch is a transaction: without one, Xapian commits by itself every 10000 changed
    /// documents (XAPIAN_FLUSH_THRESHOLD), which can be in the middle of a resolution.
    void begin_batch() {
        if (m_in_batch) return;
        // A batch that could fill the disk is not begun: a commit that fails for want of space is
        // not safe with Xapian 1.4 (docs/RELIABILITY.md, "Full disks").
        if (!m_fresh) {
            require_free_space(m_options.db, commit_need(m_options.batch_size * bytes_per_batch_paragraph),
                               "index the next batch");
        }
        for (std::size_t i = 0; i < m_shards.size(); ++i) m_shards.shard(i).begin_transaction();
        m_in_batch = true;
    }

    /// Commits the batch's transaction (if one is open).
    void end_batch() {
        if (!m_in_batch) return;
        if (!m_fresh && free_bytes(m_options.db) < commit_need(2 * m_pending_bytes)) {
            // Not enough room to commit for sure: the batch is dropped, the database stays as it was.
            for (std::size_t i = 0; i < m_shards.size(); ++i) m_shards.shard(i).cancel_transaction();
            m_in_batch = false;
            require_free_space(m_options.db, commit_need(2 * m_pending_bytes), "commit the batch");
        }
        for (std::size_t i = 0; i < m_shards.size(); ++i) m_shards.shard(i).commit_transaction();
        m_in_batch = false;
    }

    /// The most the next commit can write over all shards (free_space.hpp commit_bound()), with
    /// @p added_bytes of postings added.
    [[nodiscard]] auto commit_need(std::uintmax_t added_bytes) const -> std::uintmax_t {
        std::uintmax_t need = 0;
        for (const auto& path : m_shards.paths()) need += commit_bound(path, added_bytes);
        return need;
    }

    /// Before anything is written: the new files must fit, with room for the commits.
    void check_space_for(const std::vector<SourceFile>& files, bool fresh) {
        std::uintmax_t new_bytes = 0;
        for (const auto& file : files) {
            std::error_code ec;
            if (m_records.count(file.path) == 0) new_bytes += std::filesystem::file_size(file.path, ec);
        }
        if (new_bytes == 0) return;
        const std::uintmax_t need = space_for_sources(new_bytes, fresh) + (fresh ? 0 : commit_need(0));
        require_free_space(m_options.db, need, fresh ? "build the database" : "index the new files");
    }

    /// Warns about each symbol written in this run whose language versions do not align by paragraph
    /// id; @p database_of gives the database that holds a shard.
    template <typename DatabaseOf>
    void report_misalignment(const DatabaseOf& database_of) {
        for (const auto& [symbol, shard] : m_touched_symbols) {
            for (const auto& warning : alignment_warnings(database_of(shard), symbol)) {
                warn(warning);
            }
        }
    }

    /// A symbol belongs to one file: of two files with the same symbol (and language), the path that
    /// sorts first keeps it, whatever order they were indexed in. Returns false to skip this file.
    /// The owner is recorded in the symbol's own @p shard, where every file with that symbol goes.
    auto claim_symbol(const BuildOutcome& outcome, std::size_t shard) -> bool {
        const std::string key = schema::owner_metadata_key(outcome.language, outcome.symbol);
        const auto known = m_owners.find(key);
        const std::string owner = known != m_owners.end() ? known->second
                                  : m_fresh               ? std::string()
                                                          : m_shards.shard(shard).get_metadata(key);
        if (owner.empty() || owner == outcome.path) return true;
        std::error_code ec;
        const bool owner_exists = std::filesystem::exists(owner, ec);
        if (owner_exists && owner < outcome.path) {
            const std::string warning = outcome.path + ": same symbol " + outcome.symbol + " as " + owner +
                                        "; kept " + owner + " (the first path in sort order)";
            warn(warning);
            ++m_summary.duplicates;
            return false;
        }
        auto it = m_records.find(owner);
        if (it != m_records.end()) {
            forget(owner, it->second);
            m_records.erase(it);
        }
        if (owner_exists) {
            const std::string warning = outcome.path + ": same symbol " + outcome.symbol + " as " + owner +
                                        "; kept " + outcome.path + " (the first path in sort order)";
            warn(warning);
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
            forget(it->first, it->second);
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
    std::map<std::string, std::string> m_owners;  ///< owner key -> path, as claimed in this run ("" = none)
    std::unique_ptr<FreshBuild> m_fresh;          ///< the parallel build of a new database, if it is one
    WriteFailures m_write_failures;               ///< files Xapian refused, not yet reported
    std::vector<std::size_t> m_part_of;           ///< fresh build: the part of each task, in task order
    std::size_t m_pending = 0;
    std::uintmax_t m_pending_bytes = 0;  ///< source bytes of the resolutions in the open batch
    bool m_in_batch = false;             ///< a transaction per shard holds the writes since the last commit
};

}  // namespace

auto run_indexer(const IndexerOptions& options, std::ostream& out, std::ostream& err, bool err_is_terminal)
    -> int {
    RunSummary summary;
    try {
        Run run(options, err, err_is_terminal);
        summary = run.execute();
    } catch (const Xapian::DatabaseError& e) {
        // The run is closed by now: an open batch was cancelled, so the database is as of its last commit.
        const char* cause = e.get_error_string();
        if (!is_disk_full(e.get_msg() + (cause != nullptr ? cause : ""))) throw;
        throw DatabaseError(options.db + ": the disk is full (" + e.get_msg() +
                            "); the database is as of its last commit (free some space and run again)");
    }
    if (options.stats) {
        out << summary_json(summary, options.db) << '\n';
    } else if (!options.quiet) {
        out << summary_text(summary, options.db);
    }
    return summary.rejected.empty() ? 0 : 1;
}

}  // namespace unres::indexer
