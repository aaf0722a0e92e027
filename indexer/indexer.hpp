/// @file
/// @brief The indexing run: sources -> parse -> analysis (parallel) -> batched, crash-safe Xapian commits.
#pragma once

#include "indexer/options.hpp"

#include <ostream>

namespace unres::indexer {

/**
 * Indexes options.paths into options.db incrementally. Progress goes to @p err when it is a
 * terminal (unless quiet); rejected files are reported one line each on @p err; the summary goes to
 * @p out (as JSON with options.stats; nothing with options.quiet). Returns 0, or 1 if any file was rejected.
 * Throws DatabaseError when the database cannot be opened or is locked by another indexer.
 */
auto run_indexer(const IndexerOptions& options, std::ostream& out, std::ostream& err, bool err_is_terminal)
    -> int;

}  // namespace unres::indexer
