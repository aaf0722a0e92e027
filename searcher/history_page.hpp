/// @file
/// @brief View models of agreed language on the page: change badges, the history timeline, "cited by".
#pragma once

#include "analyzers/lineage/word_diff.hpp"
#include "searcher/cgi_request.hpp"
#include "searcher/lineage.hpp"
#include "searcher/page_view.hpp"

#include <nlohmann/json.hpp>

namespace unres::searcher {

/**
 * Adds to a hit or paragraph view: change ("new" | "edited" | "unchanged"), change_label
 * ("Changed since A/RES/78/45"), is_new, is_edited and history_url (?history=ID with the search state of
 * @p request). Does nothing
 * for a paragraph without lineage (change "").
 */
void add_change_badge(nlohmann::json& view, const CgiRequest& request, const std::string& id,
                      const ParagraphLineage& lineage);

/// [{"symbol", "url", "paragraphs": [{"label", "url"}]}] linking each citing paragraph.
[[nodiscard]] auto cited_by_view(const CgiRequest& request, const std::vector<Citation>& cited_by)
    -> nlohmann::json;

/// The view model of a paragraph's history: a timeline of sessions, newest first, each version's
/// text as diff pieces (deleted, inserted, equal) that the template wraps in <del>/<ins>.
[[nodiscard]] auto history_view(const PageSettings& settings, const CgiRequest& request,
                                const History& history) -> nlohmann::json;

/// A word diff as pieces for the templates: [{text, equal|deleted|inserted}], a space piece between runs.
[[nodiscard]] auto diff_pieces(const std::vector<analyzers::DiffRun>& runs) -> nlohmann::json;

}  // namespace unres::searcher
