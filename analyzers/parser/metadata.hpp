/// @file
/// @brief Resolution metadata from the heading block: symbol, session, title, dates, committee, meeting.
#pragma once

#include "analyzers/parser/resolution.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace unres::analyzers {

/**
 * Fills the metadata of @p resolution from @p header: the clean lines (marks stripped, blank lines
 * kept as "") that stand before "The General Assembly," (or "The Security Council,"). Fields not
 * printed stay empty / 0. Never throws.
 */
void read_header_metadata(const std::vector<std::string>& header, Resolution& resolution);

/// "42nd plenary meeting" -> 42; 0 for any other line.
[[nodiscard]] auto plenary_meeting_number(std::string_view line) -> int;

/// "4 December 2023" at the start of @p text -> "2023-12-04"; "" if @p text does not open with a date.
[[nodiscard]] auto iso_date(std::string_view text) -> std::string;

/// "Seventy-eighth" -> 78, "Eightieth" -> 80, "First" -> 1; 0 if not an ordinal up to 199.
[[nodiscard]] auto ordinal_value(std::string_view word) -> int;

/// "XXVI" -> 26; 0 if not a Roman numeral.
[[nodiscard]] auto roman_value(std::string_view numeral) -> int;

}  // namespace unres::analyzers
