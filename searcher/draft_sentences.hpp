/// @file
/// @brief The sentences of a draft paragraph, each with how much of it adopted paragraphs already say.
#pragma once

#include "analyzers/lineage/word_diff.hpp"

#include <string>
#include <vector>

namespace unres::searcher {

/// One sentence (or semicolon clause) of a draft paragraph.
struct DraftSentence {
    std::string text;
    std::size_t words = 0;
    std::size_t agreed_words = 0;  ///< words some precedent prints in the same place (an equal run)
    bool is_new = false;           ///< fewer than half of its words are agreed: new language
};

/**
 * The sentences of @p paragraph: a sentence ends at a word ending in ';' (UN paragraphs string their
 * clauses so) or in '.' before a capitalised word, abbreviations ("No.", "para.", "Corr.") excepted.
 * A word is agreed when the diff from any of @p diffs (each from a precedent to @p paragraph) keeps it.
 */
[[nodiscard]] auto draft_sentences(const std::string& paragraph,
                                   const std::vector<std::vector<analyzers::DiffRun>>& diffs)
    -> std::vector<DraftSentence>;

}  // namespace unres::searcher
