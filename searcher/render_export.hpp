/// @file
/// @brief A whole result set for download, a hit at a time: CSV (one row per paragraph) or JSON Lines.
#pragma once

#include "searcher/search_result.hpp"

#include <string>

namespace unres::searcher {

/// The CSV header row (RFC 4180: CRLF line end): rank,id,symbol,paragraph,session,adopted,kind,clause,
/// title,text.
[[nodiscard]] auto csv_header() -> std::string;

/// @p hit as one CSV row under csv_header(): fields quoted when they hold a comma, quote or line break,
/// quotes doubled, CRLF line end. Text is the paragraph's whole clean text.
[[nodiscard]] auto csv_row(const Hit& hit) -> std::string;

/// @p hit as one JSON Lines line: the hit object of the JSON "hits" array, then '\n'.
[[nodiscard]] auto jsonl_hit(const Hit& hit) -> std::string;

}  // namespace unres::searcher
