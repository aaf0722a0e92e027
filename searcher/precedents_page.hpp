/// @file
/// @brief The view model of the page's precedents table (a pasted draft, like=…).
#pragma once

#include "searcher/cgi_request.hpp"
#include "searcher/page_view.hpp"
#include "searcher/precedents.hpp"

#include <nlohmann/json.hpp>

namespace unres::searcher {

/// Per draft paragraph: its best precedent (linked, session, similarity, how often adopted) and the
/// word diff from it, or "no precedent"; the share of agreed language on top.
[[nodiscard]] auto precedents_view(const PageSettings& settings, const CgiRequest& request,
                                   const PrecedentReport& report) -> nlohmann::json;

}  // namespace unres::searcher
