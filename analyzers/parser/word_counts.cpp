/// @file
/// @brief Word counts of a corpus (see word_counts.hpp).
#include "analyzers/parser/word_counts.hpp"

#include "analyzers/text/letters.hpp"

namespace unres::analyzers {

void WordCounts::add_text(std::string_view text) {
    for_each_letter_run(text, [&](std::string_view run, bool) {
        ++m_counts[fold_word(run)];
        ++m_total;
    });
}

void WordCounts::add(const std::string& folded, std::size_t n) {
    m_counts[folded] += n;
    m_total += n;
}

auto WordCounts::count(std::string_view word) const -> std::size_t {
    const auto it = m_counts.find(fold_word(word));
    return it == m_counts.end() ? 0 : it->second;
}

}  // namespace unres::analyzers
