/// @file
/// @brief A writer thread that fills the temporary database of one part of a fresh build, jobs in order.
#pragma once

#include <xapian.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

namespace unres::indexer {

/**
 * One part of a fresh build (indexer/fresh_build.hpp): a scratch database written by its own
 * thread, so that several parts fill at once. Jobs run in the order submitted. It commits every
 * @p commit_every documents (between jobs) to bound memory, without fsync: crash safety comes
 * from the install of the merged database, not from the parts.
 */
class PartWriter {
  public:
    using Job = std::function<void(Xapian::WritableDatabase&)>;

    /// Creates the database at @p path and starts the thread. Throws what Xapian throws.
    PartWriter(const std::string& path, std::size_t commit_every);
    /// Stops the thread (dropping queued jobs unless finish() ran).
    ~PartWriter();
    PartWriter(const PartWriter&) = delete;
    auto operator=(const PartWriter&) -> PartWriter& = delete;

    /**
     * Queues @p job, which adds @p documents documents (0 for other work). Blocks while a bounded
     * number of jobs wait, so memory stays bounded. Rethrows a failed job's exception.
     */
    void submit(Job job, std::size_t documents);

    /// Runs every queued job, commits and stops the thread; rethrows a failed job's exception.
    void finish();

    /// The part's database, still open for writing; only after finish().
    [[nodiscard]] auto database() -> Xapian::WritableDatabase& { return m_db; }

  private:
    void work();

    Xapian::WritableDatabase m_db;
    std::size_t m_commit_every;
    std::size_t m_uncommitted = 0;
    std::deque<std::pair<Job, std::size_t>> m_jobs;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    bool m_closing = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

}  // namespace unres::indexer
