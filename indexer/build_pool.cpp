/// @file
/// @brief The worker pool that turns source files into Xapian documents in parallel.
#include "indexer/build_pool.hpp"

#include "analyzers/error.hpp"
#include "analyzers/parser/resolution_parser.hpp"
#include "analyzers/text/language_detector.hpp"
#include "indexer/source_reader.hpp"

#include <filesystem>
#include <map>
#include <memory>

namespace unres::indexer {

BuildPool::BuildPool(std::vector<BuildTask> tasks, unsigned threads, std::string language,
                     const analyzers::WordCounts* corpus, std::size_t window)
    : m_tasks(std::move(tasks)),
      m_language(std::move(language)),
      m_corpus(corpus),
      m_window(window),
      m_done(m_tasks.size()) {
    if (threads == 0) threads = std::max(1U, std::thread::hardware_concurrency());
    for (unsigned i = 0; i < threads; ++i) m_threads.emplace_back([this] { work(); });
}

BuildPool::~BuildPool() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_space.notify_all();
    for (auto& t : m_threads) t.join();
}

void BuildPool::work() {
    // Each worker owns its analyzers: they are not shared between threads.
    std::map<std::string, std::unique_ptr<analyzers::Analyzer>> analyzers_by_language;
    const auto analyzer_for = [&](const std::string& language) -> const analyzers::Analyzer& {
        auto& slot = analyzers_by_language[language];
        if (!slot) slot = analyzers::make_analyzer(language);
        return *slot;
    };
    for (;;) {
        std::size_t index = 0;
        {
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [&] { return m_stop || m_next_task < m_next_out + m_window; });
            if (m_stop || m_next_task >= m_tasks.size()) return;
            index = m_next_task++;
        }
        BuildOutcome outcome = build_one(m_tasks[index], analyzer_for);
        {
            std::lock_guard lock(m_mutex);
            m_done[index] = std::move(outcome);
        }
        m_ready.notify_all();
    }
}

auto BuildPool::build_one(const BuildTask& task, const AnalyzerFor& analyzer_for) const -> BuildOutcome {
    BuildOutcome outcome;
    outcome.path = task.path;
    try {
        outcome.hash = hash_file(task.path);
        if (!task.stored_hash.empty() && outcome.hash == task.stored_hash) {
            outcome.status = BuildOutcome::Status::Unchanged;
            return outcome;
        }
        const std::string text = read_source(task.path);
        // Parse under the path as given, so messages name it; the record keeps the base name.
        // Language: --lang, else the file name ("…-fr.txt"), else guessed from the text.
        const std::string language =
            m_language.empty() ? analyzers::document_language(task.path, text) : m_language;
        auto resolution = analyzers::parse_resolution(text, task.path, language, m_corpus);
        resolution.file = std::filesystem::path(task.path).filename().string();
        outcome.symbol = resolution.symbol;
        outcome.language = resolution.language;
        outcome.status = BuildOutcome::Status::Built;
        // The analyzer is chosen after parsing, by the document's own language.
        outcome.built = build_documents(resolution, analyzer_for(resolution.language), task.path);
    } catch (const std::exception& e) {
        outcome.status = BuildOutcome::Status::Rejected;
        outcome.reason = e.what();
    }
    return outcome;
}

auto BuildPool::next() -> std::optional<BuildOutcome> {
    std::unique_lock lock(m_mutex);
    if (m_next_out >= m_tasks.size()) return std::nullopt;
    m_ready.wait(lock, [&] { return m_done[m_next_out].has_value(); });
    BuildOutcome outcome = std::move(*m_done[m_next_out]);
    m_done[m_next_out].reset();
    ++m_next_out;
    lock.unlock();
    m_space.notify_all();
    return outcome;
}

}  // namespace unres::indexer
