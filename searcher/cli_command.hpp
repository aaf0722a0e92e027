/// @file
/// @brief unres-search's work: one query, --show, or --batch, written in the chosen format.
#pragma once

#include "searcher/options.hpp"

#include <istream>
#include <ostream>

namespace unres::searcher {

/**
 * Runs what @p options ask for. Batch input comes from @p in when options.batch is "-". Returns the
 * exit status (0 ok; 1 --show found nothing). Throws UsageError / DatabaseError for the caller to map.
 */
auto run_search_command(const SearchOptions& options, std::istream& in, std::ostream& out,
                        bool out_is_terminal) -> int;

}  // namespace unres::searcher
