/// @file
/// @brief Parallel --batch: a reader, a pool of searchers and an in-order writer.
#include "searcher/batch_runner.hpp"

#include "searcher/precedents.hpp"

#include "analyzers/error.hpp"
#include "searcher/render_json.hpp"
#include "searcher/render_text.hpp"
#include "searcher/search.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

namespace unres::searcher {

namespace {

struct Job {
    std::size_t index;   ///< position among the queries, for output order
    std::size_t number;  ///< input line number, for error messages
    std::string qid;
    std::string query;
    std::string error;  ///< the line was refused before any search ("" otherwise)
    bool like = false;  ///< a {"like": DRAFT} line: query holds the draft, language its "lang"
    std::string language;
};

/// The longest batch line read (bytes): a query line, its qid and tab, with room to spare over the
/// CGI's 1,000-byte query limit. A longer line is answered with an error and skipped unread.
constexpr std::size_t max_batch_line_bytes = 8192;
/// A {"like": DRAFT} line may hold a whole draft: up to the page's form limit.
constexpr std::size_t max_like_line_bytes = 65536;

/// A JSON object line: {"like": "draft…", "qid": "…", "lang": "en"} asks for precedents (docs/PRECEDENTS.md);
/// any other object is refused. Fills @p job; false with job.error set when the line is no such request.
auto read_like_line(const std::string& line, Job& job) -> bool {
    const auto request = nlohmann::json::parse(line, nullptr, false);
    if (!request.is_object() || !request.contains("like") || !request["like"].is_string()) {
        job.error = "a JSON line must be {\"like\": \"draft text\"} (with \"qid\" and \"lang\" if wanted)";
        return false;
    }
    job.like = true;
    job.query = request["like"].get<std::string>();
    if (request.contains("qid") && request["qid"].is_string()) job.qid = request["qid"].get<std::string>();
    if (request.contains("lang") && request["lang"].is_string())
        job.language = request["lang"].get<std::string>();
    if (job.query.find_first_not_of(" \t\r\n") == std::string::npos) {
        job.error = "the draft is empty";
        return false;
    }
    return true;
}

enum class LineRead { Line, TooLong, End };

/// Reads one line of at most @p max bytes into @p line; the rest of a longer line is skipped, never stored.
auto read_bounded_line(std::istream& in, std::string& line, std::size_t max) -> LineRead {
    line.clear();
    std::streambuf* buf = in.rdbuf();
    bool any = false;
    for (;;) {
        const auto c = buf->sbumpc();
        if (c == std::char_traits<char>::eof()) {
            in.setstate(std::ios::eofbit);
            return any ? LineRead::Line : LineRead::End;
        }
        any = true;
        if (c == '\n') return LineRead::Line;
        if (line.size() == max) {
            while (true) {
                const auto d = buf->sbumpc();
                if (d == std::char_traits<char>::eof() || d == '\n') return LineRead::TooLong;
            }
        }
        line.push_back(static_cast<char>(c));
    }
}

/// JSON text that never throws: invalid UTF-8 in a qid or query becomes U+FFFD.
auto safe_dump(const nlohmann::ordered_json& j) -> std::string {
    return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

/// An error row: `{"qid": …, "error": "line N: …"}`, or in TSV `qid<TAB>error<TAB>line N: …`.
auto error_row(const SearchOptions& o, const Job& job, const std::string& message) -> std::string {
    const std::string text = "line " + std::to_string(job.number) + ": " + message;
    if (o.format == OutputFormat::Tsv) return tsv_field(job.qid) + "\terror\t" + tsv_field(text) + '\n';
    nlohmann::ordered_json j;
    j["qid"] = job.qid;
    if (!job.query.empty() && !job.like) j["query"] = job.query;
    j["error"] = text;
    return safe_dump(j) + '\n';
}

/// The answer to one query as it is written out; @p failed is set when it is an error row.
auto answer(const SearchOptions& o, Searcher& searcher, const Job& job, bool& failed) -> std::string {
    failed = true;
    if (!job.error.empty()) return error_row(o, job, job.error);
    SearchRequest request = o.request;
    request.query = job.query;
    std::ostringstream out;
    nlohmann::ordered_json j;
    j["qid"] = job.qid;
    try {
        if (job.like) {  // precedents for a draft
            const auto report = searcher.precedents(job.query, job.language);
            failed = false;
            if (o.format == OutputFormat::Tsv) {  // qid, paragraph number, best precedent, similarity
                for (std::size_t i = 0; i < report.paragraphs.size(); ++i) {
                    const auto& p = report.paragraphs[i];
                    out << tsv_field(job.qid) << '\t' << i + 1 << '\t'
                        << (p.precedents.empty() ? std::string("-") : p.precedents.front().id) << '\t'
                        << (p.precedents.empty() ? 0.0 : p.precedents.front().similarity) << '\n';
                }
                return out.str();
            }
            nlohmann::ordered_json body = precedents_to_json(report);
            for (auto it = body.begin(); it != body.end(); ++it) j[it.key()] = std::move(it.value());
            return safe_dump(j) + '\n';
        }
        const SearchResult result = searcher.search(request);
        failed = false;
        if (o.format == OutputFormat::Tsv) {
            render_tsv(result, tsv_field(job.qid), out);
            return out.str();
        }
        nlohmann::ordered_json body = result_to_json(result);
        for (auto it = body.begin(); it != body.end(); ++it) j[it.key()] = std::move(it.value());
    } catch (const UsageError& e) {
        return error_row(o, job, e.what());
    }
    return safe_dump(j) + '\n';
}

/// Shared state of one batch: the job queue, finished answers and the first fatal error.
class Batch {
  public:
    Batch(const SearchOptions& options, std::ostream& out) : m_options(options), m_out(out) {}

    /// Queues a job; blocks while too many answers are pending (bounded memory).
    void submit(Job job) {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_failed || m_jobs.size() + m_done.size() < max_pending; });
        if (m_failed) return;
        m_jobs.push_back(std::move(job));
        m_work.notify_one();
    }

    void finish_input() {
        std::lock_guard lock(m_mutex);
        m_input_done = true;
        m_work.notify_all();
    }

    /// A worker: takes jobs until the input ends or the batch fails.
    void work(Searcher& searcher) {
        for (;;) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_work.wait(lock, [&] { return m_failed || !m_jobs.empty() || m_input_done; });
                if (m_failed || m_jobs.empty()) return;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            std::string text;
            bool failed_line = false;
            try {
                text = answer(m_options, searcher, job, failed_line);
            } catch (...) {
                std::lock_guard lock(m_mutex);
                if (!m_failed) m_error = std::current_exception();
                m_failed = true;
                m_work.notify_all();
                m_space.notify_all();
                return;
            }
            std::lock_guard lock(m_mutex);
            if (failed_line) ++m_error_rows;
            m_done.emplace(job.index, std::move(text));
            write_ready();
        }
    }

    /// After the workers are joined: rethrows the first failure, if any.
    void rethrow() const {
        if (m_error) std::rethrow_exception(m_error);
    }

    /// After the workers are joined: how many lines were answered with an error row.
    [[nodiscard]] auto error_rows() const -> std::size_t { return m_error_rows; }

  private:
    static constexpr std::size_t max_pending = 256;

    /// Writes the answers that are next in order; flushes when nothing more is ready (mutex held).
    void write_ready() {
        bool wrote = false;
        for (auto it = m_done.find(m_next); it != m_done.end(); it = m_done.find(m_next)) {
            m_out << it->second;
            m_done.erase(it);
            ++m_next;
            wrote = true;
        }
        if (wrote && m_jobs.empty()) m_out.flush();
        m_space.notify_all();
    }

    const SearchOptions& m_options;
    std::ostream& m_out;
    std::mutex m_mutex;
    std::condition_variable m_work;
    std::condition_variable m_space;
    std::deque<Job> m_jobs;
    std::map<std::size_t, std::string> m_done;
    std::size_t m_next = 0;
    std::size_t m_error_rows = 0;
    bool m_input_done = false;
    bool m_failed = false;
    std::exception_ptr m_error;
};

}  // namespace

auto run_batch(const SearchOptions& o, std::istream& lines, std::ostream& out) -> int {
    // Every searcher opens the databases before any input is read: a bad --db fails at once.
    std::vector<std::unique_ptr<Searcher>> searchers;
    for (unsigned i = 0; i < std::max(1U, o.threads); ++i) {
        searchers.push_back(std::make_unique<Searcher>(o.databases, o.database));
    }
    Batch batch(o, out);
    std::vector<std::thread> workers;
    for (auto& searcher : searchers) workers.emplace_back([&batch, &searcher] { batch.work(*searcher); });

    std::string line;
    std::size_t number = 0;
    std::size_t index = 0;
    const auto too_long = [&](std::size_t max) {
        batch.submit({index++, number, std::to_string(number), "",
                      "line too long (over " + std::to_string(max) + " bytes); skipped", false, ""});
    };
    for (LineRead read; (read = read_bounded_line(lines, line, max_like_line_bytes)) != LineRead::End;) {
        ++number;
        const bool json_line = !line.empty() && line.front() == '{';
        if (read == LineRead::TooLong) {
            too_long(json_line ? max_like_line_bytes : max_batch_line_bytes);
            continue;
        }
        if (!json_line && line.size() > max_batch_line_bytes) {
            too_long(max_batch_line_bytes);
            continue;
        }
        if (!line.empty() && line.back() == '\r') line.pop_back();
        Job job{index++, number, std::to_string(number), line, "", false, ""};
        // An empty query would match the whole index: without filter options it is an error row (answered,
        // so a script waiting on it goes on); with --session etc. it asks for the filters alone.
        const bool filters_only = !o.request.filters.empty();
        if (!filters_only && line.find_first_not_of(" \t") == std::string::npos) {
            job.error = "empty query";
            batch.submit(std::move(job));
            continue;
        }
        if (json_line) {
            read_like_line(line, job);
            batch.submit(std::move(job));
            continue;
        }
        if (const auto tab = line.find('\t'); tab != std::string::npos) {
            job.qid = line.substr(0, tab);
            job.query = line.substr(tab + 1);
            if (!filters_only && job.query.find_first_not_of(" \t") == std::string::npos)
                job.error = "empty query after the id";
        }
        batch.submit(std::move(job));
    }
    batch.finish_input();
    for (auto& worker : workers) worker.join();
    out.flush();
    batch.rethrow();
    return batch.error_rows() == 0 ? 0 : 1;
}

}  // namespace unres::searcher
