/// @file
/// @brief Characters the UN prints in several forms (dashes, quotes), folded for comparing texts.
#pragma once

#include <string>
#include <string_view>

namespace unres::analyzers {

/**
 * @p text with print variants folded: the hyphens and dashes U+2010–U+2013 and the minus sign U+2212
 * become '-', single quotes U+2018/U+2019 become '\'', and double quotes U+201C/U+201D become '"' (one
 * character for one, so words stay where they were). Two paragraph versions that differ only by these are the
 * same words (lineage's "unchanged", a diff without edits).
 */
[[nodiscard]] auto fold_print_variants(std::string_view text) -> std::string;

}  // namespace unres::analyzers
