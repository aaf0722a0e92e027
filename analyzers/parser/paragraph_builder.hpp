/// @file
/// @brief Blocks of body text -> paragraphs: numbering, sections, sub-paragraphs, clauses, marks.
#pragma once

#include "analyzers/parser/resolution.hpp"
#include "analyzers/parser/source_lines.hpp"

#include <cstddef>
#include <vector>

namespace unres::analyzers {

class WordCounts;

/**
 * Appends to @p resolution the paragraphs cut from lines [@p begin, @p end) of @p source.
 * @p annex: the lines stand after the adoption line (kind Annex, ids an1…, clause only from the
 * lexicon). Preambular paragraphs get pp1…, operative ones op<printed number>; when operative
 * numbering restarts within a document (parts I, II… each numbered from 1, as in budget resolutions),
 * the ids of paragraphs under a section heading carry its label: "II.op3", "II.pp1".
 * @p corpus: word counts of many resolutions, evidence for rejoining words layout text split.
 */
void build_paragraphs(const SourceText& source, std::size_t begin, std::size_t end, bool annex,
                      Resolution& resolution, const WordCounts* corpus = nullptr);

/// Gives each paragraph its id (see build_paragraphs); call once after all paragraphs are built.
void assign_paragraph_ids(Resolution& resolution);

}  // namespace unres::analyzers
