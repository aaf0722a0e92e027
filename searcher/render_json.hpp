/// @file
/// @brief SearchResult / ShowResult -> JSON, the schema documented in the README (CLI and CGI alike).
#pragma once

#include "searcher/search_result.hpp"

#include <nlohmann/json.hpp>

namespace unres::searcher {

/// {"query", "total", "offset", "hits": [...], "facets": {...}, ...}
[[nodiscard]] auto result_to_json(const SearchResult& result) -> nlohmann::ordered_json;
/// One hit object as it stands in "hits".
[[nodiscard]] auto hit_to_json(const Hit& hit) -> nlohmann::ordered_json;
/// The --show object: the resolution's metadata and paragraphs (or the one paragraph asked for).
[[nodiscard]] auto show_to_json(const ShowResult& show) -> nlohmann::ordered_json;
/// Snippet as a string with matched words in <mark>…</mark> (text HTML-escaped).
[[nodiscard]] auto snippet_markup(const std::vector<Fragment>& snippet) -> std::string;
/// Snippet as plain text.
[[nodiscard]] auto snippet_plain(const std::vector<Fragment>& snippet) -> std::string;

}  // namespace unres::searcher
