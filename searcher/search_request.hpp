/// @file
/// @brief What one search asks for: the query, filters, window, order and what to compute.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace unres::searcher {

enum class SortOrder { Relevance, Date, Document, Cited };

/// "relevance" | "date" | "document" | "cited"; throws UsageError naming the bad value otherwise.
[[nodiscard]] auto sort_order_from_name(const std::string& name) -> SortOrder;
[[nodiscard]] auto sort_order_name(SortOrder order) -> std::string;

/// Names of the facets, in display order.
[[nodiscard]] auto facet_names() -> const std::vector<std::string>&;

/// Everything one search needs. Filters: facet name ("session", "kind", "verb", "clause", "year",
/// "change") -> accepted values; OR within one facet, AND across facets.
struct SearchRequest {
    std::string query;
    std::map<std::string, std::vector<std::string>> filters;
    std::size_t limit = 10;
    std::size_t offset = 0;
    SortOrder sort = SortOrder::Relevance;
    bool collapse = false;  ///< best paragraph per resolution
    /// Language the query is analysed in: a code, "auto" (detected) or "" (English unless the
    /// query is in Arabic, Han or Cyrillic script; see query_language.hpp). Searches every language.
    std::string language;
    unsigned time_limit_ms = 0;        ///< 0: no limit on matching time
    bool facets = true;                ///< count facets over the whole match set
    bool chosen_facets_whole = false;  ///< count a filtered facet without its own filter (the page's facets)
    bool snippets = true;              ///< mark the query's words in a snippet of each hit
};

}  // namespace unres::searcher
