/// @file
/// @brief Request slots as flock()ed files shared by every process serving the page.
#include "searcher/request_slots.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace unres::searcher {

RequestSlot::RequestSlot(const std::string& dir, unsigned count) {
    if (dir.empty() || count == 0) {
        m_taken = true;
        return;
    }
    for (unsigned i = 0; i < count; ++i) {
        const std::string path = dir + "/slot." + std::to_string(i);
        const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0) {  // a slot directory we cannot use must not take the page down: no limit
            m_taken = true;
            return;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            m_fd = fd;
            m_taken = true;
            return;
        }
        ::close(fd);
    }
}

RequestSlot::~RequestSlot() {
    if (m_fd >= 0) ::close(m_fd);  // closing the file releases the lock
}

}  // namespace unres::searcher
