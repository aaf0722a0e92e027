/// @file
/// @brief History and resolution diffs as terminal text (ANSI or ~~/** markers) and as JSON.
#pragma once

#include "searcher/lineage.hpp"

#include <nlohmann/json.hpp>

#include <ostream>

namespace unres::searcher {

/// Diff runs in one line: on a terminal deletions struck through (red) and insertions bold (green);
/// otherwise ~~deleted~~ and **inserted**.
[[nodiscard]] auto diff_text(const std::vector<analyzers::DiffRun>& runs, bool terminal) -> std::string;
/// [{"op": "equal"|"delete"|"insert", "text": …}, …]
[[nodiscard]] auto diff_to_json(const std::vector<analyzers::DiffRun>& runs) -> nlohmann::ordered_json;

/// One block per version, newest first, each edited one as a word diff from its predecessor.
void render_history_text(const History& history, std::ostream& out, bool terminal);
/// {"id", "versions": [{"id", "symbol", "paragraph", "session", "adopted", "text", "predecessor",
/// "similarity", "change", "diff"}]}
[[nodiscard]] auto history_to_json(const History& history) -> nlohmann::ordered_json;

/// A count line, then one line per paragraph (with its word diff when edited).
void render_diff_text(const ResolutionDiff& diff, std::ostream& out, bool terminal);
/// {"before", "after", "counts", "paragraphs": [{"status", "before", "after", "similarity", "text", "diff"}]}
[[nodiscard]] auto resolution_diff_to_json(const ResolutionDiff& diff) -> nlohmann::ordered_json;

/// The lineage fields of a paragraph in --show JSON: predecessor, similarity, change (+ moved).
void add_lineage_json(nlohmann::ordered_json& paragraph, const ParagraphLineage& lineage);
/// [{"symbol", "session", "paragraphs": ["pp1", …]}]
[[nodiscard]] auto cited_by_to_json(const std::vector<Citation>& cited_by) -> nlohmann::ordered_json;

}  // namespace unres::searcher
