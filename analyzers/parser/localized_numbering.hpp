/// @file
/// @brief Paragraph and sub-paragraph numbers as printed in the six languages, rewritten to "12. " and "(a)
/// ".
#pragma once

#include <string>
#include <string_view>

namespace unres::analyzers {

/**
 * Rewrites the number that opens a line into the form the paragraph builder reads, leaving the
 * rest of the line (and its indentation) as it is:
 *  - paragraphs: "12." / "12 -" / "١٢ -" (Arabic-Indic digits) / "12．" / "12、" / "一、" / "十二、"
 *    become "12. ";
 *  - sub-paragraphs: "a)" / "（a）" / "(أ)" (Arabic letters, in abjad order) / "а)" (Cyrillic)
 *    become "(a) ", so ids stay "op5.a" in every language.
 * Lines that open with anything else are copied unchanged. Never throws; "" gives "".
 */
[[nodiscard]] auto normalise_numbering(std::string_view text) -> std::string;

/// The sub-paragraph label as the language prints it, from the builder's Latin letter: "(أ)" for "a" in
/// Arabic (the abjad order of normalise_numbering()); "(a)" elsewhere.
[[nodiscard]] auto printed_sub_label(const std::string& language, const std::string& label) -> std::string;

/// @p text with Arabic-Indic (U+0660..0669, U+06F0..06F9) and full-width digits made ASCII.
[[nodiscard]] auto ascii_digits(std::string_view text) -> std::string;

/// The value of a Chinese numeral up to 999 ("十二" -> 12, "一百零五" -> 105); 0 if not one.
[[nodiscard]] auto chinese_numeral_value(std::string_view numeral) -> int;

}  // namespace unres::analyzers
