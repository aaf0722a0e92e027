/// @file
/// @brief statvfs-based free space checks for the database's file system.
#include "indexer/free_space.hpp"

#include "analyzers/error.hpp"

#include <sys/statvfs.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <limits>

namespace fs = std::filesystem;

namespace unres::indexer {

namespace {

/// Room for the other tables' open blocks, the free lists and the version file (bytes).
constexpr std::uintmax_t commit_margin = 2U * 1024U * 1024U;

auto megabytes(std::uintmax_t bytes) -> std::string {
    return std::to_string((bytes + 1024U * 1024U - 1) / (1024U * 1024U)) + " MB";
}

}  // namespace

auto free_bytes(const std::string& path) -> std::uintmax_t {
    fs::path p = fs::absolute(path);
    std::error_code ec;
    while (!fs::exists(p, ec) && p.has_parent_path() && p != p.parent_path()) p = p.parent_path();
    struct statvfs info {};
    if (::statvfs(p.c_str(), &info) != 0) return std::numeric_limits<std::uintmax_t>::max();
    return static_cast<std::uintmax_t>(info.f_bavail) * info.f_frsize;
}

auto directory_bytes(const std::string& dir) -> std::uintmax_t {
    std::uintmax_t total = 0;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code sec;
        if (it->is_regular_file(sec)) total += it->file_size(sec);
    }
    return total;
}

auto commit_bound(const std::string& dir, std::uintmax_t added_bytes) -> std::uintmax_t {
    std::error_code ec;
    const auto postings = fs::file_size(fs::path(dir) / "postlist.glass", ec);
    return (ec ? 0 : postings) + added_bytes + commit_margin;
}

auto space_for_sources(std::uintmax_t source_bytes, bool fresh) -> std::uintmax_t {
    const double database = 3.5 * static_cast<double>(source_bytes);
    return static_cast<std::uintmax_t>(database * (fresh ? 3.3 : 1.5)) + commit_margin;
}

auto is_disk_full(const std::string& what_failed) -> bool {
    return what_failed.find(std::strerror(ENOSPC)) != std::string::npos ||
           what_failed.find("No space left") != std::string::npos;
}

void require_free_space(const std::string& dir, std::uintmax_t needed, const std::string& what) {
    const auto available = free_bytes(dir);
    if (available >= needed) return;
    throw DatabaseError(dir + ": not enough free space to " + what + ": about " + megabytes(needed) +
                        " needed, " + megabytes(available) +
                        " free; the database is as of its last commit (free some space and run again)");
}

}  // namespace unres::indexer
