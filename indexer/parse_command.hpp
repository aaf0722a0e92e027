/// @file
/// @brief `unres-index --parse`: each source's parse as one JSON line; nothing is indexed.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace unres::indexer {

/**
 * Reads every source under @p paths, prints one JSON object per resolution on @p out and one line
 * per rejected file on @p err ("unres-index: FILE[:LINE]: reason"). Returns the exit status:
 * 0 all parsed, 1 any file rejected.
 */
auto run_parse(const std::vector<std::string>& paths, const std::string& language, std::ostream& out,
               std::ostream& err) -> int;

}  // namespace unres::indexer
