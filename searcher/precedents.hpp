/// @file
/// @brief Precedents for a draft: for each pasted paragraph, the adopted paragraphs whose words it echoes.
#pragma once

#include "analyzers/lineage/word_diff.hpp"
#include "searcher/draft_sentences.hpp"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace unres::searcher {

/// One adopted wording: the paragraph shown, and every indexed paragraph with the same words.
struct Precedent {
    std::string id;  ///< "A/RES/79/34#op7": the latest paragraph with this wording
    std::string symbol;
    std::string paragraph;
    int session = 0;
    std::string text;
    double similarity = 0;  ///< form_similarity() with the draft paragraph (the lineage measure)
    std::vector<analyzers::DiffRun> diff;   ///< from the precedent to the draft paragraph
    std::vector<std::string> same_wording;  ///< ids of every paragraph adopted in these words, oldest first
    int first_session = 0;
    int last_session = 0;
};

/// One paragraph of the draft with its precedents, best first.
struct DraftParagraph {
    std::string text;
    std::vector<Precedent> precedents;     ///< empty: no precedent (new language)
    std::size_t words = 0;                 ///< words of the paragraph
    std::size_t agreed_words = 0;          ///< of them, words found verbatim in the best precedent
    std::vector<DraftSentence> sentences;  ///< its sentences, the new ones marked (any precedent counts)
};

/// The precedents of a whole draft.
struct PrecedentReport {
    std::string language;
    std::vector<DraftParagraph> paragraphs;
    std::size_t words = 0;
    std::size_t agreed_words = 0;
    std::size_t new_sentences = 0;  ///< sentences of the draft no precedent says (draft_sentences())
};

/// A precedent counts when its similarity reaches this (the lineage threshold for "the same paragraph").
constexpr double min_precedent_similarity = 0.5;

/**
 * The paragraphs of a pasted draft: blank lines separate paragraphs, and so does a line opening with
 * a paragraph number ("3. Urges …", the number dropped) or with a capital after a line that ended a
 * clause (",", ";", ":", "."); other lines continue their paragraph (a wrapped line).
 */
[[nodiscard]] auto split_draft(const std::string& draft) -> std::vector<std::string>;

/// @p part of @p whole as a share (0 for an empty whole).
[[nodiscard]] auto share(std::size_t part, std::size_t whole) -> double;
/// A share as a whole percentage: 0.853 -> "85%".
[[nodiscard]] auto percent(double value) -> std::string;

/// JSON for scripts (documented in docs/PRECEDENTS.md).
[[nodiscard]] auto precedents_to_json(const PrecedentReport& report) -> nlohmann::ordered_json;

/// The report as text for a terminal: per paragraph, the precedents with their word diff.
[[nodiscard]] auto precedents_to_text(const PrecedentReport& report, bool list_all) -> std::string;

}  // namespace unres::searcher
