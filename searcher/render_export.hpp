/// @file
/// @brief A whole result set for download: CSV (one row per paragraph) or JSON Lines (one hit per line).
#pragma once

#include "searcher/search.hpp"

#include <ostream>
#include <string>

namespace unres::searcher {

/// The CSV columns, in order (the header row).
inline constexpr const char* k_export_columns =
    "rank,id,symbol,paragraph,session,adopted,kind,clause,title,text";

/**
 * @p result's hits as CSV (RFC 4180: a header row, fields quoted when they hold a comma, quote or line
 * break, quotes doubled, CRLF line ends). Text is the paragraph's whole clean text.
 */
void render_csv(const SearchResult& result, std::ostream& out);

/// @p result's hits as JSON Lines: each line one hit object as in the JSON "hits" array.
void render_jsonl_hits(const SearchResult& result, std::ostream& out);

}  // namespace unres::searcher
