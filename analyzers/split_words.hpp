/// @file
/// @brief Rejoining words that layout text split with a space ("Secre tariat", "a nd", "challenge s").
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace unres::analyzers {

/**
 * Text extracted from justified PDFs (`pdftotext -layout`) prints some words in two parts. Two
 * neighbouring parts are joined when the joined form is a word — of the document itself (it occurs
 * whole elsewhere) or of the language's dictionary (dictionary_knows) — and one of the parts is not a
 * word on its own: a fragment ("nd", "tariat", "s") or a lone letter other than the language's
 * one-letter words; or, when both parts are words, when the document prints the joined word twice
 * elsewhere and the two words side by side nowhere else ("see king"). Real pairs stay apart ("as set",
 * "a cross", "in to"), as does a part that opens
 * with a capital ("the Additional") or holds a digit.
 */
class SplitWordRepair {
  public:
    /// @p document: the lines of the whole resolution (its vocabulary); @p language: "en", "fr", …
    SplitWordRepair(std::string language, const std::vector<std::string_view>& document);

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

    std::string m_language;
    std::unordered_map<std::string, int> m_counts;          ///< case-folded letter runs of the document
    mutable std::unordered_map<std::string, bool> m_alone;  ///< known_alone() answers
    std::string m_words;  ///< the document's folded words, each after ' ' (one space before it) or '|'
};

}  // namespace unres::analyzers
