/// @file
/// @brief The language of a resolution: from its file name, else guessed from its script and common words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace unres::analyzers {

/// The six official UN languages, as ISO 639-1 codes, in the order the UN lists them.
[[nodiscard]] auto official_languages() -> const std::vector<std::string>&;

/// True for "ar", "en", "es", "fr", "ru" and "zh".
[[nodiscard]] auto is_official_language(std::string_view code) -> bool;

/// True for languages written right to left ("ar").
[[nodiscard]] auto is_right_to_left(std::string_view code) -> bool;

/**
 * The language a file name declares. Convention: the code of an official language stands last
 * in the base name before the extension, after a '-', '_' or '.': "A-RES-78-45-fr.txt",
 * "A_RES_78_45.fr.txt", "ar.txt" (a file named after its language, as in ../shared/multilang).
 * "" when the name declares none (so "A-RES-78-45.txt" and "report-final.md" give "").
 */
[[nodiscard]] auto language_from_file_name(std::string_view path) -> std::string;

/**
 * Guesses the language of @p text from its script (Arabic, Han, Cyrillic letters) and, for Latin
 * text, from common function words of English, French and Spanish. Looks at the first 64 KiB.
 * English when nothing else is clearly more likely (empty text, digits only, ties). Never throws.
 */
[[nodiscard]] auto detect_language(std::string_view text) -> std::string;

/// language_from_file_name(@p path), else detect_language(@p text).
[[nodiscard]] auto document_language(std::string_view path, std::string_view text) -> std::string;

}  // namespace unres::analyzers
