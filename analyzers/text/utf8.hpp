/// @file
/// @brief The one UTF-8 decoder: code points, where text stops being valid, repair, and safe printing.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace unres::analyzers {

/// One step through UTF-8 text: the code point at a byte offset and how many bytes it takes.
struct Utf8Step {
    char32_t code_point = 0;  ///< U+FFFD when the bytes are not a valid sequence
    std::size_t length = 1;   ///< bytes taken: the sequence, or the maximal ill-formed subpart (at least 1)
    bool valid = true;        ///< whether the bytes are well-formed (no overlong, surrogate or > U+10FFFF)
};

/// The step at byte @p pos of @p text (which must be inside it); an invalid sequence takes its maximal
/// ill-formed subpart, as the Unicode standard advises (section 3.9, "U+FFFD substitution").
[[nodiscard]] auto utf8_step(std::string_view text, std::size_t pos) -> Utf8Step;

/// Decodes the code point at @p pos, advancing @p pos past it (U+FFFD for an invalid sequence).
[[nodiscard]] inline auto decode_utf8(std::string_view text, std::size_t& pos) -> char32_t {
    const Utf8Step step = utf8_step(text, pos);
    pos += step.length;
    return step.code_point;
}

/// Length in bytes of the valid UTF-8 sequence that starts at byte @p i of @p text, or 0 if none does.
[[nodiscard]] auto utf8_sequence_length(std::string_view text, std::size_t i) -> std::size_t;

/// Whether all of @p text is valid UTF-8.
[[nodiscard]] auto is_valid_utf8(std::string_view text) -> bool;

/// @p text with each ill-formed subpart replaced by U+FFFD (valid text comes back unchanged).
[[nodiscard]] auto repair_utf8(std::string_view text) -> std::string;

/**
 * "" when @p text is valid UTF-8 (no overlong forms, surrogates or code points past U+10FFFF);
 * otherwise "not valid UTF-8 (byte 0xFF at column 7)", the column counted in bytes from 1.
 * Never throws; empty text is valid.
 */
[[nodiscard]] auto utf8_problem(std::string_view text) -> std::string;

/**
 * @p text safe to print in a one-line message: each byte that is not valid UTF-8 and each control
 * character is written as an escape ("\\xFF", "\\n", "\\t"), so a file name cannot forge lines.
 */
[[nodiscard]] auto printable(std::string_view text) -> std::string;

}  // namespace unres::analyzers
