/// @file
/// @brief What every page shares: the page-wide settings and the view of the search box around a page.
#pragma once

#include "searcher/cgi_request.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace unres::searcher {

/// Page-wide settings from the CGI environment (never from the request).
struct PageSettings {
    std::string static_url = "static";  ///< URL of web/static/ (CSS, JS, icons), without trailing '/'
    std::string self_url;               ///< absolute URL of the CGI, for the OpenSearch description
};

/// What every page view holds: title, static URL, the search box with the request's query, filters
/// (as hidden fields) and the language selector.
[[nodiscard]] auto page_view(const PageSettings& settings, const CgiRequest& request,
                             const std::string& title) -> nlohmann::json;

}  // namespace unres::searcher
