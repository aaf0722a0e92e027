/// @file
/// @brief Greedy one-to-one paragraph alignment by form similarity, with order as tie-breaker.
#include "analyzers/lineage/alignment.hpp"

#include "analyzers/parser/print_variants.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <tuple>

namespace unres::analyzers {

namespace {

/// Same words in the same order, whatever the spacing: a word the layout split ("see king") or two run
/// together are the same words, as are print variants of dashes and quotes.
auto same_words(std::string_view a_text, std::string_view b_text) -> bool {
    const auto squeeze = [](std::string_view text) {
        std::string out = fold_print_variants(text);
        out.erase(std::remove_if(out.begin(), out.end(),
                                 [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }),
                  out.end());
        return out;
    };
    return squeeze(a_text) == squeeze(b_text);
}

struct Candidate {
    std::size_t newer;
    std::size_t older;
    double similarity;
    bool identical;
    bool same_kind;
    std::size_t distance;
};

/// Marks the pairs outside a longest increasing run of predecessor indices as moved.
void mark_moved(std::vector<ParagraphMatch>& matches) {
    std::vector<std::size_t> paired;  // indices into matches, in newer order
    for (std::size_t i = 0; i < matches.size(); ++i) {
        if (matches[i].predecessor) paired.push_back(i);
    }
    // Patience LIS with back links; O(n log n).
    std::vector<std::size_t> tails;  // positions in `paired`
    std::vector<std::ptrdiff_t> back(paired.size(), -1);
    for (std::size_t k = 0; k < paired.size(); ++k) {
        const std::size_t value = *matches[paired[k]].predecessor;
        const auto pos = std::lower_bound(
            tails.begin(), tails.end(), value,
            [&](std::size_t t, std::size_t v) { return *matches[paired[t]].predecessor < v; });
        if (pos != tails.begin()) back[k] = static_cast<std::ptrdiff_t>(*std::prev(pos));
        if (pos == tails.end()) {
            tails.push_back(k);
        } else {
            *pos = k;
        }
    }
    std::vector<bool> kept(paired.size(), false);
    for (auto k = tails.empty() ? std::ptrdiff_t{-1} : static_cast<std::ptrdiff_t>(tails.back()); k >= 0;
         k = back[static_cast<std::size_t>(k)]) {
        kept[static_cast<std::size_t>(k)] = true;
    }
    for (std::size_t k = 0; k < paired.size(); ++k) matches[paired[k]].moved = !kept[k];
}

}  // namespace

auto change_name(ChangeClass change) -> std::string {
    switch (change) {
        case ChangeClass::Unchanged:
            return "unchanged";
        case ChangeClass::Edited:
            return "edited";
        case ChangeClass::New:
            return "new";
    }
    return "new";
}

auto change_from_name(std::string_view name) -> std::optional<ChangeClass> {
    if (name == "unchanged") return ChangeClass::Unchanged;
    if (name == "edited") return ChangeClass::Edited;
    if (name == "new") return ChangeClass::New;
    return std::nullopt;
}

auto paragraph_forms(const Analyzer& analyzer, std::string_view text) -> std::vector<std::string> {
    std::vector<std::string> forms;
    for (const auto& token : analyzer.analyze(text)) forms.push_back(token.form);
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    return forms;
}

auto form_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b) -> double {
    if (a.empty() && b.empty()) return 1;
    std::size_t common = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

auto align_paragraphs(const std::vector<AlignedParagraph>& older, const std::vector<AlignedParagraph>& newer)
    -> Alignment {
    std::vector<Candidate> candidates;
    for (std::size_t n = 0; n < newer.size(); ++n) {
        for (std::size_t o = 0; o < older.size(); ++o) {
            const double similarity = form_similarity(older[o].forms, newer[n].forms);
            if (similarity < min_alignment_similarity) continue;
            candidates.push_back({n, o, similarity, same_words(older[o].text, newer[n].text),
                                  older[o].kind == newer[n].kind, n > o ? n - o : o - n});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
        return std::make_tuple(-x.similarity, !x.identical, !x.same_kind, x.distance, x.newer, x.older) <
               std::make_tuple(-y.similarity, !y.identical, !y.same_kind, y.distance, y.newer, y.older);
    });
    Alignment alignment;
    alignment.matches.resize(newer.size());
    std::vector<bool> taken(older.size(), false);
    for (const auto& c : candidates) {
        auto& match = alignment.matches[c.newer];
        if (match.predecessor || taken[c.older]) continue;
        taken[c.older] = true;
        match.predecessor = c.older;
        match.similarity = std::round(c.similarity * 1000) / 1000;
        match.change = c.identical ? ChangeClass::Unchanged : ChangeClass::Edited;
    }
    mark_moved(alignment.matches);
    for (std::size_t o = 0; o < older.size(); ++o) {
        if (!taken[o]) alignment.dropped.push_back(o);
    }
    return alignment;
}

}  // namespace unres::analyzers
