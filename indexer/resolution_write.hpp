/// @file
/// @brief Writes one resolution's documents and source records; a write Xapian refuses costs that resolution
/// only.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <mutex>
#include <string>
#include <vector>

namespace unres::indexer {

/// Longest metadata key Xapian's glass backend stores (bytes): its B-tree keys hold 255, two are its own.
inline constexpr std::size_t max_metadata_key_bytes = 253;

/// What one source file adds to the database.
struct ResolutionWrite {
    std::vector<Xapian::Document> documents;  ///< its paragraphs, then its record
    std::string path;                         ///< the source file
    std::string source_key;                   ///< metadata key of the file's source record
    std::string source_record;                ///< the source record (hash, symbol, language) as JSON
    std::string owner_key;                    ///< metadata key naming the file that owns the symbol
    std::size_t paragraphs = 0;               ///< paragraphs among the documents
    bool replaces = false;                    ///< the file was indexed before (an update)
};

/// A file Xapian refused while it was written.
struct WriteFailure {
    std::string path;
    std::string reason;
    std::size_t paragraphs = 0;
    bool replaced = false;  ///< it was an update: its earlier documents are gone too
};

/**
 * Why the database cannot hold @p write, or "" when it can: a term or a metadata key over Xapian's
 * limits (a path so long its key does not fit). Checked before anything is written, so a file the
 * database refuses changes nothing.
 */
[[nodiscard]] auto write_problem(const ResolutionWrite& write) -> std::string;

/**
 * Adds @p write's documents and records to @p db. If Xapian refuses one of them as invalid
 * (InvalidArgumentError), removes what this call added and returns the reason; returns "" when all
 * is written. Any other error (a full disk, a damaged database) propagates: it is not this file's.
 */
[[nodiscard]] auto write_resolution(Xapian::WritableDatabase& db, const ResolutionWrite& write)
    -> std::string;

/// Files refused while writing on other threads (a fresh build's parts), kept for the run's report.
class WriteFailures {
  public:
    /// Records that @p write was not written, for @p reason. Thread-safe.
    void add(const ResolutionWrite& write, const std::string& reason);
    /// Every failure recorded so far, oldest first; empties the list. Thread-safe.
    [[nodiscard]] auto take() -> std::vector<WriteFailure>;

  private:
    std::mutex m_mutex;
    std::vector<WriteFailure> m_failures;
};

}  // namespace unres::indexer
