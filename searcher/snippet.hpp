/// @file
/// @brief The best fragment of a paragraph for a query, with the matched words marked.
#pragma once

#include "analyzers/text/analyzer.hpp"
#include "searcher/query_builder.hpp"
#include "searcher/search_result.hpp"

#include <string>
#include <vector>

namespace unres::searcher {

/**
 * Cuts from @p text the window of about @p max_words words holding the most distinct query words
 * (exact forms, stems, wildcard prefixes of @p query), marks those words as they stand in the text
 * (surface forms, including stemmed matches) and adds "…" where the window cuts the text.
 * An empty query gives the start of the text, unmarked.
 */
[[nodiscard]] auto make_snippet(const std::string& text, const analyzers::Analyzer& analyzer,
                                const BuiltQuery& query, std::size_t max_words = 40) -> std::vector<Fragment>;

}  // namespace unres::searcher
