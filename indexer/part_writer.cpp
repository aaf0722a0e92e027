/// @file
/// @brief The writer thread of one part of a fresh build.
#include "indexer/part_writer.hpp"

#include "index/schema.hpp"

namespace unres::indexer {

namespace {
/// Jobs (one resolution each) that may wait: enough to keep the writer busy, little memory.
constexpr std::size_t max_waiting_jobs = 16;
}  // namespace

PartWriter::PartWriter(const std::string& path, std::size_t commit_every)
    : m_db(path, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS | Xapian::DB_NO_SYNC),
      m_commit_every(commit_every),
      m_thread([this] { work(); }) {
    // Before any job (the writer thread touches m_db only for jobs); the merge keeps it.
    m_db.set_metadata(schema::format_metadata_key(), std::string(schema::index_format));
}

PartWriter::~PartWriter() {
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
        m_jobs.clear();
    }
    m_ready.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

void PartWriter::submit(Job job, std::size_t documents) {
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [&] { return m_error || m_jobs.size() < max_waiting_jobs; });
    if (m_error) std::rethrow_exception(m_error);
    m_jobs.emplace_back(std::move(job), documents);
    lock.unlock();
    m_ready.notify_one();
}

void PartWriter::finish() {
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_ready.notify_all();
    if (m_thread.joinable()) m_thread.join();
    if (m_error) std::rethrow_exception(m_error);
    m_db.commit();
}

void PartWriter::work() {
    for (;;) {
        std::pair<Job, std::size_t> job;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [&] { return m_closing || !m_jobs.empty(); });
            if (m_jobs.empty()) return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        m_space.notify_one();
        try {
            job.first(m_db);
            // Small batches flush fastest (Xapian's own threshold is 10000 documents).
            m_uncommitted += job.second;
            if (m_uncommitted >= m_commit_every) {
                m_db.commit();
                m_uncommitted = 0;
            }
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
            m_jobs.clear();
            m_space.notify_all();
            return;
        }
    }
}

}  // namespace unres::indexer
