/// @file
/// @brief Finds close, frequent index terms for unknown query words.
#include "searcher/spelling.hpp"

#include "index/schema.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace unres::searcher {

auto edit_distance(const std::string& a, const std::string& b) -> std::size_t {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

namespace {

/// Symbols, numbers and dates are not misspelt words: "a/res/79/34" is not a typo of "a/res/70/34".
auto has_digit(const std::string& s) -> bool {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// The most frequent unprefixed term close to @p word, or "".
auto closest_term(const Xapian::Database& db, const std::string& word) -> std::string {
    const std::size_t limit = word.size() <= 4 ? 1 : 2;
    std::string best;
    Xapian::doccount best_freq = 0;
    std::size_t best_distance = limit + 1;
    // Candidates share the first byte (typos rarely hit it), which keeps the scan small.
    const std::string start(1, word.front());
    for (auto it = db.allterms_begin(start); it != db.allterms_end(start); ++it) {
        const std::string term = *it;
        if (has_digit(term)) continue;
        const std::size_t gap =
            term.size() > word.size() ? term.size() - word.size() : word.size() - term.size();
        if (gap > limit) continue;
        const std::size_t d = edit_distance(word, term);
        if (d == 0 || d > limit) continue;
        const Xapian::doccount freq = it.get_termfreq();
        if (d < best_distance || (d == best_distance && freq > best_freq)) {
            best = term;
            best_freq = freq;
            best_distance = d;
        }
    }
    return best;
}

}  // namespace

auto suggest_spelling(const Xapian::Database& db, const analyzers::Analyzer& analyzer,
                      const std::string& query, const std::vector<std::string>& words) -> std::string {
    std::set<std::string> unknown;
    for (const auto& w : words) {
        // Known words are in a paragraph's text or in a footnote it calls (both are searched).
        if (!w.empty() && std::isalpha(static_cast<unsigned char>(w.front())) && !has_digit(w) &&
            db.get_termfreq(schema::exact_term(schema::Field::Text, w)) == 0 &&
            db.get_termfreq(schema::exact_term(schema::Field::Footnote, w)) == 0) {
            unknown.insert(w);
        }
    }
    if (unknown.empty()) return "";
    std::string corrected;
    std::size_t cursor = 0;
    bool changed = false;
    for (const auto& token : analyzer.analyze(query)) {
        if (unknown.count(token.form) == 0) continue;
        const std::string fix = closest_term(db, token.form);
        if (fix.empty()) continue;
        corrected += query.substr(cursor, token.byte_begin - cursor) + fix;
        cursor = token.byte_end;
        changed = true;
    }
    if (!changed) return "";
    return corrected + query.substr(cursor);
}

}  // namespace unres::searcher
