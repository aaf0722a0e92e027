/// @file
/// @brief Sort order names and facet names (see search_request.hpp).
#include "searcher/search_request.hpp"

#include "analyzers/error.hpp"

namespace unres::searcher {

auto sort_order_from_name(const std::string& name) -> SortOrder {
    if (name == "relevance") return SortOrder::Relevance;
    if (name == "date" || name == "newest") return SortOrder::Date;
    if (name == "document") return SortOrder::Document;
    if (name == "cited") return SortOrder::Cited;
    throw UsageError("sort: '" + name + "' is not one of relevance, date, document, cited");
}

auto sort_order_name(SortOrder order) -> std::string {
    switch (order) {
        case SortOrder::Relevance:
            return "relevance";
        case SortOrder::Date:
            return "date";
        case SortOrder::Document:
            return "document";
        case SortOrder::Cited:
            return "cited";
    }
    return "relevance";
}

auto facet_names() -> const std::vector<std::string>& {
    static const std::vector<std::string> names = {"session", "kind",      "verb", "clause",
                                                   "change",  "committee", "body"};
    return names;
}

}  // namespace unres::searcher
