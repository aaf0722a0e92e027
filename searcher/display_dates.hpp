/// @file
/// @brief Dates and sessions as UN documents print them: "2 December 2024", "79th session (2024–2025)".
#pragma once

#include <string>

namespace unres::searcher {

/// "2024-12-02" -> "2 December 2024"; anything else is returned as it is.
[[nodiscard]] auto long_date(const std::string& iso) -> std::string;

/// 79 -> "79th session (2024–2025)": General Assembly session N opens in September of 1945 + N.
/// "" for 0 (a resolution of a body without sessions).
[[nodiscard]] auto session_label(int session) -> std::string;

}  // namespace unres::searcher
