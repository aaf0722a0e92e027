/// @file
/// @brief Reads, parses and analyses source files on worker threads; hands results back in file order.
#pragma once

#include "analyzers/parser/word_counts.hpp"
#include "indexer/document_builder.hpp"

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace unres::indexer {

/// One file to look at, with the content hash recorded for it by the last run ("" if none).
struct BuildTask {
    std::string path;
    std::string stored_hash;
};

/// What became of one file.
struct BuildOutcome {
    enum class Status { Unchanged, Built, Rejected };
    Status status = Status::Rejected;
    std::string path;
    std::string hash;
    std::string reason;  ///< Rejected: the one-line reason (already names the file)
    std::string symbol;
    std::string language;
    BuiltResolution built;
};

/**
 * Runs @p threads workers over @p tasks. At most @p window outcomes wait unconsumed, so memory stays
 * bounded whatever the corpus size. @p language forces a language ("" = the parser's choice).
 * @p corpus: word counts of the run's sources and the index (corpus_words.hpp), read by every worker;
 * it must outlive the pool.
 */
class BuildPool {
  public:
    BuildPool(std::vector<BuildTask> tasks, unsigned threads, std::string language,
              const analyzers::WordCounts* corpus = nullptr, std::size_t window = 64);
    ~BuildPool();
    BuildPool(const BuildPool&) = delete;
    auto operator=(const BuildPool&) -> BuildPool& = delete;

    /// The outcome of the next file in task order, or std::nullopt when all are done.
    [[nodiscard]] auto next() -> std::optional<BuildOutcome>;

  private:
    void work();
    using AnalyzerFor = std::function<const analyzers::Analyzer&(const std::string&)>;
    [[nodiscard]] auto build_one(const BuildTask& task, const AnalyzerFor& analyzer_for) const
        -> BuildOutcome;

    std::vector<BuildTask> m_tasks;
    std::string m_language;
    const analyzers::WordCounts* m_corpus;
    std::size_t m_window;
    std::vector<std::optional<BuildOutcome>> m_done;
    std::size_t m_next_task = 0;
    std::size_t m_next_out = 0;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

}  // namespace unres::indexer
