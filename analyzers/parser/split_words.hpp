/// @file
/// @brief Rejoining words that layout text split with a space ("Secre tariat", "a nd", "challenge s").
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace unres::analyzers {

class WordCounts;

/**
 * Text extracted from justified PDFs (`pdftotext -layout`) prints some words in two parts. Two
 * neighbouring parts are joined when the joined form is a word — of the document itself (it occurs
 * whole elsewhere) or of the language's dictionary (dictionary_knows) — and one of the parts is not a
 * word on its own: a fragment ("nd", "tariat", "s") or a lone letter other than the language's
 * one-letter words; or, when both parts are words, when the document prints the joined word twice
 * elsewhere and the two words side by side nowhere else ("see king"). Real pairs stay apart ("as set",
 * "a cross", "in to"), as does a part that opens with a capital ("the Additional") or holds a digit.
 * With a corpus's word counts (WordCounts) as evidence, two words also join when the joined word is
 * common in the corpus and one part is much rarer than it ("in novation", "see king": "novation" and
 * "king" are fragments of "innovation" and "seeking"), and a lone letter joins into any corpus word
 * ("implication s", "p rices"); "up on", "in formal" and "a cross" stay, as both parts are common.
 * A year split in two ("20 30") is joined when the document prints it whole elsewhere.
 */
class SplitWordRepair {
  public:
    /// @p document: the lines of the whole resolution (its vocabulary); @p language: "en", "fr", …
    /// @p corpus: word counts of many resolutions (null, or too few words to be evidence: the document
    /// alone).
    SplitWordRepair(std::string language, const std::vector<std::string_view>& document,
                    const WordCounts* corpus = nullptr);

    /// @p text (one paragraph, spaces collapsed) with its split words joined.
    [[nodiscard]] auto repair(std::string_view text) const -> std::string;

  private:
    [[nodiscard]] auto joinable(std::string_view left_token, std::string_view right_token) const -> bool;
    [[nodiscard]] auto known_alone(std::string_view word) const -> bool;
    [[nodiscard]] auto word_alone(std::string_view word) const -> bool;  ///< known_alone() uncached
    [[nodiscard]] auto known_joined(std::string_view word) const -> bool;
    [[nodiscard]] auto count(std::string_view word) const -> int;
    /// How often the document prints @p left and @p right side by side, one space apart.
    [[nodiscard]] auto pair_count(std::string_view left, std::string_view right) const -> int;

    /// The dictionary knows @p word (capitalised) but not its lower-case form: a name ("Mozambique").
    [[nodiscard]] auto known_as_name(const std::string& word) const -> bool;
    /// Whether the corpus counts make @p left + @p right one word rather than two.
    /// @p before_hyphen: the right part is the first of a hyphenated compound ("ll-being").
    [[nodiscard]] auto corpus_joins(std::string_view left, std::string_view right, bool before_hyphen) const
        -> bool;
    /// Whether a fragment @p part between two whole words joins @p before ("worker s and") rather than
    /// @p after ("of t he"), by the corpus; false without one.
    [[nodiscard]] auto belongs_before(std::string_view before, std::string_view part,
                                      std::string_view after) const -> bool;
    /// Capital letters of one acronym parted by a space ("COV ID-19", "HIV/A IDS") that the document prints
    /// whole elsewhere, and side by side nowhere else.
    [[nodiscard]] auto split_acronym(std::string_view left_token, std::string_view right_token) const -> bool;
    /// A year printed in two groups of digits ("20 30", "201 0") that the document prints whole.
    [[nodiscard]] auto split_year(std::string_view left_token, std::string_view right_token) const -> bool;

    std::string m_language;
    const WordCounts* m_corpus = nullptr;
    std::unordered_map<std::string, int> m_counts;          ///< case-folded letter runs of the document
    mutable std::unordered_map<std::string, bool> m_alone;  ///< known_alone() answers
    std::unordered_set<std::string> m_years;                ///< four-digit numbers the document prints whole
    /// "left right": how often the document prints the two words one space apart, @c left itself after a
    /// space (pair_count()).
    std::unordered_map<std::string, int> m_spaced_pairs;
};

}  // namespace unres::analyzers
