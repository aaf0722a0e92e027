/// @file
/// @brief Heading and closing lines of resolutions in French, Spanish, Russian, Arabic and Chinese.
#pragma once

#include "analyzers/parser/resolution.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace unres::analyzers {

/**
 * True when @p line opens the body in @p language: "L'Assemblée générale,", "La Asamblea General,",
 * "Генеральная Ассамблея,", "إن الجمعية العامة،", "大会，" (and the Security Council's). False for
 * "en" (the English parser has its own test) and for any longer line.
 */
[[nodiscard]] auto is_localized_opening(std::string_view line, const std::string& language) -> bool;

/// "42e séance plénière", "42ª sesión plenaria", "42-е пленарное заседание", "الجلسة العامة 42",
/// "第42次全体会议" -> 42; 0 for any other line (and for "en").
[[nodiscard]] auto localized_meeting_number(std::string_view line, const std::string& language) -> int;

/**
 * The date opening @p text, as ISO: "4 décembre 2023", "1er mars 2024", "4 de diciembre de 2023",
 * "4 декабря 2023 года", "4 كانون الأول/ديسمبر 2023" (Arabic-Indic digits too), "2023年12月4日".
 * "" when @p text does not open with a date of @p language.
 */
[[nodiscard]] auto localized_date(std::string_view text, const std::string& language) -> std::string;

/**
 * Completes the metadata read_header_metadata() finds language-independently (symbol, title,
 * session from the symbol) with what is printed in @p resolution.language: the adoption and
 * distribution dates, and the session ("第七十八届会议", "78e session"). Never throws.
 */
void read_localized_metadata(const std::vector<std::string>& header, Resolution& resolution);

}  // namespace unres::analyzers
