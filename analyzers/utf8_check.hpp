/// @file
/// @brief Says where text stops being valid UTF-8, in words a user can act on.
#pragma once

#include <string>
#include <string_view>

namespace unres::analyzers {

/**
 * "" when @p text is valid UTF-8 (no overlong forms, surrogates or code points past U+10FFFF);
 * otherwise "not valid UTF-8 (byte 0xFF at column 7)", the column counted in bytes from 1.
 * Never throws; empty text is valid.
 */
[[nodiscard]] auto utf8_problem(std::string_view text) -> std::string;

}  // namespace unres::analyzers
