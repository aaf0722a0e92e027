/// @file
/// @brief Load shedding across page processes: at most N searches at once, one lock file per slot.
#pragma once

#include <string>

namespace unres::searcher {

/**
 * One of @p count request slots in directory @p dir, held while this object lives. A slot is a lock
 * file (`slot.0` … `slot.N-1`) taken with a non-blocking flock(), so every process serving the page
 * (CGI processes and FastCGI responders alike) shares the count, and a process that dies frees its slot.
 * With @p dir empty or @p count 0 there is no limit and the slot is always taken.
 */
class RequestSlot {
  public:
    RequestSlot(const std::string& dir, unsigned count);
    ~RequestSlot();
    RequestSlot(const RequestSlot&) = delete;
    auto operator=(const RequestSlot&) -> RequestSlot& = delete;

    /// False when every slot was busy: the request should be turned away (503, Retry-After).
    [[nodiscard]] auto taken() const -> bool { return m_taken; }

  private:
    int m_fd = -1;
    bool m_taken = false;
};

}  // namespace unres::searcher
