/// @file
/// @brief Chooses and marks the snippet window of a hit.
#include "searcher/snippet.hpp"

#include <algorithm>
#include <map>

namespace unres::searcher {

namespace {

/// Index of the query word a token matches, or -1.
auto match_of(const analyzers::Token& token, const BuiltQuery& q) -> int {
    for (std::size_t i = 0; i < q.exact_forms.size(); ++i) {
        if (token.form == q.exact_forms[i]) return static_cast<int>(i);
        for (const auto& alias : token.aliases) {
            if (alias == q.exact_forms[i]) return static_cast<int>(i);
        }
    }
    const int base = static_cast<int>(q.exact_forms.size());
    for (std::size_t i = 0; i < q.stems.size(); ++i) {
        if (!token.stem.empty() && token.stem == q.stems[i]) return base + static_cast<int>(i);
    }
    const int base2 = base + static_cast<int>(q.stems.size());
    for (std::size_t i = 0; i < q.prefixes.size(); ++i) {
        if (token.form.rfind(q.prefixes[i], 0) == 0) return base2 + static_cast<int>(i);
    }
    return -1;
}

}  // namespace

auto make_snippet(const std::string& text, const analyzers::Analyzer& analyzer, const BuiltQuery& query,
                  std::size_t max_words) -> std::vector<Fragment> {
    // Only words that may have one of the query's stems are stemmed (most of the cost of analysis).
    const auto tokens = analyzer.analyze(text, analyzer.stem_filter(query.stems));
    if (tokens.empty()) return {{text, false}};
    std::vector<int> matches(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) matches[i] = match_of(tokens[i], query);

    // Slide a window of max_words tokens; score = distinct query words, then total matches. The
    // window's counts are updated as it moves, so this is linear in the paragraph's length.
    std::size_t best_start = 0;
    std::pair<std::size_t, std::size_t> best_score{0, 0};
    if (tokens.size() > max_words) {
        std::map<int, std::size_t> in_window;  // query word -> occurrences inside the window
        std::size_t total = 0;
        const auto enter = [&](std::size_t i) {
            if (matches[i] < 0) return;
            ++in_window[matches[i]];
            ++total;
        };
        const auto leave = [&](std::size_t i) {
            if (matches[i] < 0) return;
            if (--in_window[matches[i]] == 0) in_window.erase(matches[i]);
            --total;
        };
        for (std::size_t i = 0; i < max_words; ++i) enter(i);
        for (std::size_t start = 0;; ++start) {
            const std::pair<std::size_t, std::size_t> score{in_window.size(), total};
            if (score > best_score) {
                best_score = score;
                best_start = start;
            }
            if (start + max_words >= tokens.size()) break;
            leave(start);
            enter(start + max_words);
        }
        // Start a little before the first match so it has some context.
        std::size_t first = best_start;
        while (first < best_start + max_words && matches[first] < 0) ++first;
        if (first < best_start + max_words && first > best_start + 5) {
            best_start = std::min(first - 5, tokens.size() - max_words);
        }
    }
    const std::size_t end_token = std::min(tokens.size(), best_start + max_words);

    std::vector<Fragment> out;
    const auto append = [&](std::string piece, bool matched) {
        if (piece.empty()) return;
        if (!out.empty() && out.back().matched == matched) {
            out.back().text += piece;
        } else {
            out.push_back({std::move(piece), matched});
        }
    };
    std::size_t cursor = best_start < tokens.size() ? tokens[best_start].byte_begin : 0;
    if (best_start > 0) append("… ", false);
    for (std::size_t i = best_start; i < end_token; ++i) {
        append(text.substr(cursor, tokens[i].byte_begin - cursor), false);
        append(text.substr(tokens[i].byte_begin, tokens[i].byte_end - tokens[i].byte_begin), matches[i] >= 0);
        cursor = tokens[i].byte_end;
    }
    if (end_token < tokens.size()) {
        append(" …", false);
    } else {
        append(text.substr(std::min(cursor, text.size())), false);
    }
    return out;
}

}  // namespace unres::searcher
