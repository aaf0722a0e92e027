/// @file
/// @brief `unres-index --lexicon-gaps`: the opening phrases a PDF prints in italics that the lexicon lacks.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace unres::indexer {

/**
 * Parses every source under @p paths and prints, most frequent first, each opening phrase printed in
 * italics (PDF input) that differs from the phrase the clause lexicon reads from the same words, as
 * "COUNT<TAB>KIND<TAB>PRINTED<TAB>LEXICON<TAB>EXAMPLE" (LEXICON "" when it reads none; EXAMPLE a symbol
 * and paragraph id). Layout and markdown text without italics have no gaps. Returns parse_each()'s status.
 */
auto run_lexicon_gaps(const std::vector<std::string>& paths, const std::string& language, std::ostream& out,
                      std::ostream& err) -> int;

}  // namespace unres::indexer
