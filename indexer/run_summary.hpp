/// @file
/// @brief What one indexing run did: counts, rejected files and time, as text or JSON.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace unres::indexer {

struct Rejection {
    std::string path;
    std::string reason;
};

/// The end-of-run summary.
struct RunSummary {
    std::size_t files_seen = 0;
    std::size_t added = 0;       ///< files indexed for the first time
    std::size_t updated = 0;     ///< changed files re-indexed
    std::size_t unchanged = 0;   ///< files skipped: same content hash as last time
    std::size_t pruned = 0;      ///< files whose resolutions were removed (--prune)
    std::size_t duplicates = 0;  ///< files skipped: their symbol belongs to another file
    std::size_t paragraphs = 0;  ///< paragraphs written in this run
    std::size_t resolutions_in_db = 0;
    std::size_t paragraphs_in_db = 0;
    double seconds = 0;
    std::vector<Rejection> rejected;
    std::vector<std::string> warnings;
};

/// One human-readable paragraph ("Indexed 4 resolutions (96 paragraphs) …").
[[nodiscard]] auto summary_text(const RunSummary& summary, const std::string& db) -> std::string;
/// The same as a JSON object (--stats).
[[nodiscard]] auto summary_json(const RunSummary& summary, const std::string& db) -> std::string;

}  // namespace unres::indexer
