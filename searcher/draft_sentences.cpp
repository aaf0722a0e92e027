/// @file
/// @brief Splitting a draft paragraph into sentences and marking the new ones (see draft_sentences.hpp).
#include "searcher/draft_sentences.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <sstream>
#include <string_view>

namespace unres::searcher {
namespace {

auto words_of(const std::string& text) -> std::vector<std::string> {
    std::vector<std::string> words;
    std::istringstream in(text);
    for (std::string w; in >> w;) words.push_back(std::move(w));
    return words;
}

/// Abbreviations UN texts print before a number or a name: their full stop ends no sentence.
auto is_abbreviation(std::string_view word) -> bool {
    constexpr std::array<std::string_view, 16> k_abbreviations = {
        "No.",   "Nos.", "para.", "paras.", "sect.", "art.",  "arts.", "Rev.",
        "Corr.", "Add.", "vol.",  "p.",     "pp.",   "chap.", "e.g.",  "i.e."};
    return std::find(k_abbreviations.begin(), k_abbreviations.end(), word) != k_abbreviations.end();
}

/// Whether the sentence ends after @p word, followed by @p next ("" at the end).
auto ends_sentence(std::string_view word, std::string_view next) -> bool {
    if (next.empty()) return true;
    if (word.back() == ';') return true;
    if (word.back() != '.' || is_abbreviation(word)) return false;
    const auto first = static_cast<unsigned char>(next.front());
    return std::isupper(first) != 0 || first >= 0x80;  // a capital (or a non-ASCII letter, unknown case)
}

}  // namespace

auto draft_sentences(const std::string& paragraph, const std::vector<std::vector<analyzers::DiffRun>>& diffs)
    -> std::vector<DraftSentence> {
    const auto words = words_of(paragraph);
    std::vector<bool> agreed(words.size(), false);
    for (const auto& diff : diffs) {
        std::size_t at = 0;  // the draft's word the next equal or inserted run starts at
        for (const auto& run : diff) {
            if (run.op == analyzers::DiffOp::Delete) continue;
            const std::size_t n = words_of(run.text).size();
            if (run.op == analyzers::DiffOp::Equal) {
                for (std::size_t i = at; i < at + n && i < agreed.size(); ++i) agreed[i] = true;
            }
            at += n;
        }
    }
    std::vector<DraftSentence> sentences;
    DraftSentence current;
    for (std::size_t i = 0; i < words.size(); ++i) {
        current.text += (current.text.empty() ? "" : " ") + words[i];
        ++current.words;
        if (agreed[i]) ++current.agreed_words;
        if (ends_sentence(words[i], i + 1 < words.size() ? std::string_view(words[i + 1]) : "")) {
            current.is_new = current.agreed_words * 2 < current.words;
            sentences.push_back(std::move(current));
            current = DraftSentence{};
        }
    }
    return sentences;
}

}  // namespace unres::searcher
