/// @file
/// @brief Parallel parts of a fresh build, their merge by Xapian compaction, and the atomic install.
#include "indexer/fresh_build.hpp"

#include "analyzers/error.hpp"
#include "indexer/shard_router.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

namespace unres::indexer {

namespace fs = std::filesystem;

namespace {

constexpr const char* k_build_dir = ".unres-build";
constexpr const char* k_version_file = "iamglass";

/// Makes renames in @p dir durable (best effort: a failure only weakens crash safety on power loss).
void sync_dir(const fs::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    (void)::fsync(fd);
    ::close(fd);
}

/// Moves the database in @p from over the (empty) database in @p to, the version file last: until
/// that rename, readers of @p to see no database or the empty one; after it, the merged one.
void install(const fs::path& from, const fs::path& to) {
    std::error_code ec;
    fs::remove(to / k_version_file, ec);
    sync_dir(to);
    for (const auto& entry : fs::directory_iterator(to)) {
        if (entry.is_regular_file() && entry.path().extension() == ".glass") fs::remove(entry.path());
    }
    for (const auto& entry : fs::directory_iterator(from)) {
        const std::string name = entry.path().filename().string();
        if (name != k_version_file && name != "flintlock") fs::rename(entry.path(), to / name);
    }
    sync_dir(to);
    fs::rename(from / k_version_file, to / k_version_file);
    sync_dir(to);
}

}  // namespace

auto FreshBuild::build_dir(const std::string& db) -> std::string {
    return (fs::path(db) / k_build_dir).string();
}

void FreshBuild::remove_stale(const std::string& db) {
    std::error_code ec;
    fs::remove_all(build_dir(db), ec);
    if (ec)
        throw DatabaseError("cannot remove the stale build directory " + build_dir(db) + ": " + ec.message());
}

void FreshBuild::recover_interrupted_install(const std::string& db) {
    std::error_code ec;
    if (!fs::is_directory(build_dir(db), ec) || fs::exists(fs::path(db) / k_version_file, ec)) return;
    for (const auto& entry : fs::directory_iterator(db, ec)) {
        if (entry.path().extension() == ".glass") fs::remove(entry.path(), ec);
    }
}

FreshBuild::FreshBuild(const std::string& db, std::size_t parts, std::size_t commit_every)
    : m_db(db), m_dir(build_dir(db)) {
    remove_stale(db);
    std::error_code ec;
    fs::create_directories(m_dir, ec);
    if (ec) throw DatabaseError("cannot create " + m_dir + ": " + ec.message());
    try {
        for (std::size_t i = 0; i < std::max<std::size_t>(parts, 1); ++i) {
            const std::string path = (fs::path(m_dir) / ("part-" + shard_dir_name(i).substr(6))).string();
            m_writers.push_back(std::make_unique<PartWriter>(path, commit_every));
            m_paths.push_back(path);
        }
    } catch (const Xapian::Error& e) {
        throw DatabaseError("cannot create a build part in " + m_dir + ": " + e.get_msg());
    }
}

FreshBuild::~FreshBuild() {
    m_writers.clear();
    std::error_code ec;
    fs::remove_all(m_dir, ec);  // an unfinished build leaves nothing behind (a killed one: next run)
}

void FreshBuild::submit(std::size_t part, PartWriter::Job job, std::size_t documents) {
    m_writers.at(part)->submit(std::move(job), documents);
}

auto FreshBuild::finish_parts() -> std::vector<Xapian::WritableDatabase*> {
    std::vector<Xapian::WritableDatabase*> dbs;
    for (auto& writer : m_writers) {
        writer->finish();
        dbs.push_back(&writer->database());
    }
    // Document ids as Xapian::Database::compact() renumbers them: each part's used range follows
    // the previous part's, with unused ids at its start pruned.
    Xapian::docid total = 0;
    m_offsets.clear();
    for (auto* part : dbs) {
        Xapian::WritableDatabase& db = *part;
        Xapian::docid first = 0;
        Xapian::docid last = 0;
        if (db.get_doccount() != 0) {
            auto it = db.postlist_begin("");
            first = *it;
            for (; it != db.postlist_end(""); ++it) last = *it;
            total -= first - 1;
        }
        m_offsets.push_back(total);
        total += last;
    }
    return dbs;
}

auto FreshBuild::merged_names() const -> DocNamer {
    return [offsets = m_offsets](std::size_t part, Xapian::docid id) {
        return std::pair<std::size_t, Xapian::docid>(0, id + offsets.at(part));
    };
}

void FreshBuild::merge_and_install() {
    for (auto& writer : m_writers) writer->database().close();
    m_writers.clear();
    // Few parts merge smaller: compaction keeps each part's postlist chunks as they are.
    Xapian::Database all;
    for (const auto& path : m_paths) all.add_database(Xapian::Database(path));
    const fs::path merged = fs::path(m_dir) / "merged";
    all.compact(merged.string(), Xapian::Compactor::FULL);
    all.close();
    install(merged, m_db);
    std::error_code ec;
    fs::remove_all(m_dir, ec);
}

}  // namespace unres::indexer
