/// @file
/// @brief SearchResult / ShowResult -> text for people at a terminal (bold and colour only on a terminal).
#pragma once

#include "searcher/search_result.hpp"

#include <ostream>

namespace unres::searcher {

/// Hit blocks ("A/RES/78/45 · OP7 · Renews its call upon · 78th session, 2023" + snippet), then facets.
void render_text(const SearchResult& result, std::ostream& out, bool terminal);
/// A resolution (or one paragraph) laid out for reading.
void render_show_text(const ShowResult& show, std::ostream& out, bool terminal);
/// Batch mode's spreadsheet rows: qid, rank, id, score (tab-separated).
void render_tsv(const SearchResult& result, const std::string& qid, std::ostream& out);

/// @p text as one TSV field: tabs, line feeds and carriage returns become spaces.
[[nodiscard]] auto tsv_field(std::string text) -> std::string;

/// "78th", "81st", "82nd", "83rd", "111th".
[[nodiscard]] auto ordinal(int n) -> std::string;
/// Paragraph label as delegates cite it: "op7" -> "OP7", "pp3" -> "PP3".
[[nodiscard]] auto paragraph_label(const std::string& id) -> std::string;

}  // namespace unres::searcher
