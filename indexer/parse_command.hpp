/// @file
/// @brief `unres-index --parse`: each source's parse as one JSON line; nothing is indexed.
#pragma once

#include "analyzers/parser/resolution.hpp"

#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace unres::indexer {

/**
 * Reads and parses every source under @p paths (in @p language, "" = detected), handing each
 * resolution to @p each and printing one line per rejected file on @p err ("unres-index: FILE[:LINE]:
 * reason"). Returns 0 when all parsed, 1 when any file was rejected.
 */
auto parse_each(const std::vector<std::string>& paths, const std::string& language, std::ostream& err,
                const std::function<void(analyzers::Resolution&)>& each) -> int;

/**
 * Reads every source under @p paths, prints one JSON object per resolution on @p out and one line
 * per rejected file on @p err ("unres-index: FILE[:LINE]: reason"). Returns the exit status:
 * 0 all parsed, 1 any file rejected.
 */
auto run_parse(const std::vector<std::string>& paths, const std::string& language, std::ostream& out,
               std::ostream& err) -> int;

}  // namespace unres::indexer
