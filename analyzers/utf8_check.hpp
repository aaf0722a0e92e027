/// @file
/// @brief Says where text stops being valid UTF-8, and prints any bytes safely on one line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace unres::analyzers {

/**
 * "" when @p text is valid UTF-8 (no overlong forms, surrogates or code points past U+10FFFF);
 * otherwise "not valid UTF-8 (byte 0xFF at column 7)", the column counted in bytes from 1.
 * Never throws; empty text is valid.
 */
[[nodiscard]] auto utf8_problem(std::string_view text) -> std::string;

/// Length in bytes of the valid UTF-8 sequence that starts at byte @p i of @p text, or 0 if none does.
[[nodiscard]] auto utf8_sequence_length(std::string_view text, std::size_t i) -> std::size_t;

/**
 * @p text safe to print in a one-line message: each byte that is not valid UTF-8 and each control
 * character is written as an escape ("\\xFF", "\\n", "\\t"), so a file name cannot forge lines.
 */
[[nodiscard]] auto printable(std::string_view text) -> std::string;

}  // namespace unres::analyzers
