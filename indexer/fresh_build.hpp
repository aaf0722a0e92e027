/// @file
/// @brief A fresh build: parts written in parallel, merged by compaction and installed into place at once.
#pragma once

#include "indexer/lineage_pass.hpp"
#include "indexer/part_writer.hpp"

#include <xapian.h>

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace unres::indexer {

/**
 * Building a new database with several writers. Each writer fills its own part, a temporary
 * database in a hidden build directory inside the target (DIR/.unres-build/part-NN); the parts
 * hold contiguous runs of the sorted file list, so merging them in order keeps the sorted order
 * of document ids. merge_and_install() compacts the parts into DIR/.unres-build/merged and moves
 * its files into DIR, the version file (iamglass) last: a SIGKILL at any moment leaves DIR empty
 * or complete. The caller holds DIR's write lock throughout (it has DIR open for writing and
 * writes nothing to it), so no other indexer can race the install.
 */
class FreshBuild {
  public:
    /// The hidden build directory inside @p db.
    [[nodiscard]] static auto build_dir(const std::string& db) -> std::string;
    /// Removes what a killed fresh build left in @p db (its build directory). Call with the lock held.
    static void remove_stale(const std::string& db);
    /**
     * Before @p db is opened: a fresh build killed during its install leaves tables but no version
     * file (and its build directory), which Xapian cannot open; removes those tables, so that the
     * directory opens as a new, empty database again. Does nothing otherwise.
     */
    static void recover_interrupted_install(const std::string& db);

    /// Starts @p parts writers in DIR/.unres-build (removing a stale one first). Throws DatabaseError.
    FreshBuild(const std::string& db, std::size_t parts, std::size_t commit_every);
    ~FreshBuild();
    FreshBuild(const FreshBuild&) = delete;
    auto operator=(const FreshBuild&) -> FreshBuild& = delete;

    [[nodiscard]] auto parts() const -> std::size_t { return m_writers.size(); }
    /// Each part's directory, in merge order.
    [[nodiscard]] auto paths() const -> const std::vector<std::string>& { return m_paths; }
    /// Queues @p job on part @p part (see PartWriter::submit()).
    void submit(std::size_t part, PartWriter::Job job, std::size_t documents);

    /// Runs every queued job and commits each part; returns the parts, still open for writing.
    auto finish_parts() -> std::vector<Xapian::WritableDatabase*>;
    /// (part, docid) -> (0, docid in the merged database); valid after finish_parts().
    [[nodiscard]] auto merged_names() const -> DocNamer;

    /// Closes the parts, merges them and installs the result into DIR; removes the build directory.
    /// Throws DatabaseError (or what Xapian throws).
    void merge_and_install();

  private:
    std::string m_db;
    std::string m_dir;
    std::vector<std::unique_ptr<PartWriter>> m_writers;
    std::vector<std::string> m_paths;      ///< each part's directory, in merge order
    std::vector<Xapian::docid> m_offsets;  ///< docid offset of each part in the merged database
};

}  // namespace unres::indexer
