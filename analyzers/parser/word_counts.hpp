/// @file
/// @brief How often each word occurs in a corpus: the evidence for rejoining words a layout split.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace unres::analyzers {

/**
 * Case-folded words (runs of letters) of many resolutions and how often each occurs. A word split in
 * one document ("see king") is whole in the others ("seeking"), and a fragment ("king") is rare where
 * the whole word is common: SplitWordRepair asks these counts when both parts are words. Built before
 * parsing (from the sources of a run and the index's own vocabulary), then only read, by any thread.
 */
class WordCounts {
  public:
    /// Counts the words of @p text.
    void add_text(std::string_view text);
    /// Adds @p n occurrences of @p folded (already case-folded).
    void add(const std::string& folded, std::size_t n);

    /// Occurrences of @p word (folded here).
    [[nodiscard]] auto count(std::string_view word) const -> std::size_t;
    /// Words counted in all.
    [[nodiscard]] auto total() const -> std::size_t { return m_total; }
    /// Whether there are enough words (about fifty resolutions) for the counts to be evidence.
    [[nodiscard]] auto is_evidence() const -> bool { return m_total >= min_evidence_words; }

    static constexpr std::size_t min_evidence_words = 100000;

  private:
    std::unordered_map<std::string, std::size_t> m_counts;
    std::size_t m_total = 0;
};

}  // namespace unres::analyzers
