/// @file
/// @brief A PDF page as layout text with whole words and marked italics (see pdf_page_text.hpp).
#include "indexer/pdf_page_text.hpp"

#include "analyzers/parser/source_lines.hpp"

#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>
#include <vector>

namespace unres::indexer {
namespace {

/// Gaps narrower than this share of the font size are inside a word (spaces are 0.17 or more).
constexpr double max_gap_inside_word = 0.15;

struct Word {
    std::string text;
    double left = 0;
    double right = 0;
    double top = 0;
    double size = 0;
    bool italic = false;
};

auto words_of(const poppler::page& page) -> std::vector<Word> {
    std::vector<Word> words;
    for (auto& box : page.text_list(poppler::page::text_list_include_font)) {
        const auto utf8 = box.text().to_utf8();
        Word w;
        w.text.assign(utf8.begin(), utf8.end());
        const auto rect = box.bbox();
        w.left = rect.x();
        w.right = rect.x() + rect.width();
        w.top = rect.y();
        w.size = box.has_font_info() ? box.get_font_size() : rect.height();
        w.italic = box.has_font_info() && box.get_font_name(0).find("Italic") != std::string::npos;
        if (!w.text.empty()) words.push_back(std::move(w));
    }
    return words;
}

auto same_line(const Word& a, const Word& b) -> bool { return std::abs(a.top - b.top) < 1.0; }

/// @p b continues the word @p a on the same line (the gap is a letter space, not a word space).
auto continues(const Word& a, const Word& b) -> bool {
    const double gap = b.left - a.right;
    const bool same_size = std::abs(a.size - b.size) <= 0.1 * std::max(a.size, b.size);  // not a mark
    return same_line(a, b) && same_size && gap > -0.5 && gap < max_gap_inside_word * std::max(a.size, 1.0);
}

auto is_space(char c) -> bool { return c == ' '; }

/// The byte before @p pos (@p offset < 0) or at @p pos is outside any word: poppler's boxes are whole
/// words with their punctuation, so a box starts after a space and ends before one (or a footnote mark).
auto word_edge(const std::string& text, std::size_t pos, int offset) -> bool {
    if (offset < 0 && pos == 0) return true;
    const std::size_t at = offset < 0 ? pos - 1 : pos;
    if (at >= text.size()) return true;
    const auto c = static_cast<unsigned char>(text[at]);
    if (offset < 0) return std::isalnum(c) == 0 && c < 0x80;
    return std::isalpha(c) == 0 && c < 0x80;  // a footnote mark may follow the word: "Secretariat11"
}

/// From @p from, the position just after @p words printed in order with spaces between them; npos if
/// @p text does not continue so.
auto match_words(const std::string& text, std::size_t from, const std::vector<std::string>& words)
    -> std::size_t {
    std::size_t p = from;
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (k > 0) {
            const std::size_t before = p;
            while (p < text.size() && is_space(text[p])) ++p;
            if (p == before) return std::string::npos;
        }
        if (text.compare(p, words[k].size(), words[k]) != 0) return std::string::npos;
        p += words[k].size();
    }
    return p;
}

/// Joins each word poppler split: "Secre tariat" → "Secretariat", searched in reading order.
void join_split_words(std::string& text, const std::vector<Word>& words) {
    std::size_t cursor = 0;
    constexpr std::size_t window = 4000;  // a pair is looked for this far ahead of the last one
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (!continues(words[i], words[i + 1])) continue;
        const auto& left = words[i].text;
        const auto& right = words[i + 1].text;
        for (auto at = text.find(left, cursor); at != std::string::npos && at < cursor + window;
             at = text.find(left, at + 1)) {
            std::size_t p = at + left.size();
            const std::size_t spaces = p;
            while (p < text.size() && is_space(text[p])) ++p;
            if (p == spaces || text.compare(p, right.size(), right) != 0) continue;
            if (!word_edge(text, at, -1) || !word_edge(text, p + right.size(), 0)) continue;  // "report on"
            text.erase(spaces, p - spaces);
            cursor = spaces;  // the right part may be the left part of the next pair
            break;
        }
    }
}

/// Words printed far smaller than the text around them (less than this share of its median size), inside
/// a line of it: "Invites" set at 1 pt in op45 of A/RES/79/172. Footnote marks are larger, and digits.
constexpr double max_dwarf_share = 0.4;

auto median_size(const std::vector<Word>& words) -> double {
    std::vector<double> sizes;
    sizes.reserve(words.size());
    for (const auto& w : words) sizes.push_back(w.size);
    if (sizes.empty()) return 0;
    std::nth_element(sizes.begin(), sizes.begin() + static_cast<long>(sizes.size() / 2), sizes.end());
    return sizes[sizes.size() / 2];
}

auto is_dwarf(const Word& w, double body) -> bool {
    return w.size < max_dwarf_share * body && std::all_of(w.text.begin(), w.text.end(), [](char c) {
               return std::isalpha(static_cast<unsigned char>(c)) != 0;
           });
}

/// Where in @p text the words @p left and @p right stand on one line with only spaces between them, at or
/// before @p before (the nearest such place); npos if nowhere.
auto gap_between(const std::string& text, const std::string& left, const std::string& right,
                 std::size_t before) -> std::size_t {
    std::size_t found = std::string::npos;
    for (auto at = text.find(left); at != std::string::npos && at <= before; at = text.find(left, at + 1)) {
        std::size_t p = at + left.size();
        while (p < text.size() && is_space(text[p])) ++p;
        if (p > at + left.size() && text.compare(p, right.size(), right) == 0 && word_edge(text, at, -1))
            found = at + left.size();
    }
    return found;
}

/**
 * A run of dwarf words (letters set far smaller than the line they stand in) is laid out by poppler on a
 * line of its own ("I nv ite s" under "45.      relevant special procedure…"). Puts each run back, as one
 * word, into the gap of its line between the words it stands between, in @p text and in @p words (so
 * that an italic run is marked as the opening phrase it is).
 */
void restore_dwarf_words(std::string& text, std::vector<Word>& words) {
    const double body = median_size(words);
    for (std::size_t i = 0; i < words.size();) {
        if (!is_dwarf(words[i], body)) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < words.size() && is_dwarf(words[j], body) && same_line(words[j - 1], words[j])) ++j;
        Word run = words[i];
        std::vector<std::string> fragments{words[i].text};
        for (std::size_t k = i + 1; k < j; ++k) {
            run.text += words[k].text;
            fragments.push_back(words[k].text);
            run.right = words[k].right;
        }
        // The line it stands in: the nearest words on either side whose line spans its height.
        const double middle = run.top + run.size / 2;
        const Word* left = nullptr;
        const Word* right = nullptr;
        for (const auto& w : words) {
            if (is_dwarf(w, body) || middle < w.top || middle > w.top + w.size) continue;
            if (w.right <= run.left && (left == nullptr || w.right > left->right)) left = &w;
            if (w.left >= run.right && (right == nullptr || w.left < right->left)) right = &w;
        }
        std::size_t own = std::string::npos;  // the run's own line in the text: its fragments alone
        for (auto at = text.find(fragments.front()); at != std::string::npos;
             at = text.find(fragments.front(), at + 1)) {
            const auto after = match_words(text, at, fragments);
            const auto line_start = text.rfind('\n', at) + 1;
            const auto line_end = std::min(text.find('\n', at), text.size());
            if (after == std::string::npos || after != line_end) continue;
            if (text.find_first_not_of(' ', line_start) != at) continue;
            own = at;
            break;
        }
        const std::size_t gap = left == nullptr || right == nullptr || own == std::string::npos
                                    ? std::string::npos
                                    : gap_between(text, left->text, right->text, own);
        if (gap == std::string::npos) {
            i = j;  // left where poppler put it
            continue;
        }
        const auto own_start = text.rfind('\n', own) + 1;
        const auto own_end = std::min(text.find('\n', own), text.size());
        // Its line goes, newline and all (the gap is before it: erasing leaves the gap in place).
        text.erase(own_start, std::min(own_end + 1, text.size()) - own_start);
        text.insert(gap, " " + run.text);
        run.top = left->top;
        run.size = left->size;
        // The run moves to just after its left neighbour; scanning goes on with the word after the run.
        std::size_t after_host = static_cast<std::size_t>(left - words.data()) + 1;
        if (after_host > i) after_host -= j - i;
        words.erase(words.begin() + static_cast<long>(i), words.begin() + static_cast<long>(j));
        words.insert(words.begin() + static_cast<long>(after_host), run);
        if (after_host <= i) ++i;
    }
}

/// The italic phrases that open lines (after an optional "12." number), in reading order, each as its
/// words with split words joined.
auto opening_italics(const std::vector<Word>& words) -> std::vector<std::vector<std::string>> {
    std::vector<std::vector<std::string>> phrases;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const bool line_start = i == 0 || !same_line(words[i - 1], words[i]);
        if (!line_start) continue;
        std::size_t j = i;
        const auto& first = words[j].text;
        if (!words[j].italic && first.size() >= 2 && first.back() == '.' &&
            std::isdigit(static_cast<unsigned char>(first[0])) != 0 && j + 1 < words.size() &&
            same_line(words[j], words[j + 1])) {
            ++j;  // "12." then the phrase
        }
        std::vector<std::string> phrase;
        for (; j < words.size() && words[j].italic && (j == i || same_line(words[j - 1], words[j])); ++j) {
            if (!phrase.empty() && j > 0 && continues(words[j - 1], words[j])) {
                phrase.back() += words[j].text;
            } else {
                phrase.push_back(words[j].text);
            }
        }
        if (!phrase.empty() && std::isupper(static_cast<unsigned char>(phrase.front()[0])) != 0) {
            phrases.push_back(std::move(phrase));
        }
    }
    return phrases;
}

/// Where a line of @p text from @p line on opens with @p phrase (after its indentation and an optional
/// "12." number), wraps the phrase and moves @p line past that line; false if no line near does.
auto mark_phrase(std::string& text, std::size_t& line, const std::vector<std::string>& phrase) -> bool {
    constexpr std::size_t window = 20000;  // a phrase is looked for this far ahead of the last one
    for (std::size_t start = line; start < text.size() && start < line + window;) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::size_t p = start;
        while (p < end && (is_space(text[p]) || text[p] == '\f')) ++p;
        std::size_t number_end = p;
        while (number_end < end && std::isdigit(static_cast<unsigned char>(text[number_end])) != 0)
            ++number_end;
        if (number_end > p && number_end < end && text[number_end] == '.') {
            ++number_end;
            while (number_end < end && is_space(text[number_end])) ++number_end;
        } else {
            number_end = p;
        }
        for (const std::size_t at : {p, number_end}) {
            const auto after = match_words(text, at, phrase);
            if (after == std::string::npos || after > end) continue;
            text.insert(after, analyzers::italic_close);
            text.insert(at, analyzers::italic_open);
            line = end + analyzers::italic_open.size() + analyzers::italic_close.size() + 1;
            return true;
        }
        start = end + 1;
    }
    return false;
}

}  // namespace

auto pdf_page_text(const poppler::page& page) -> std::string {
    const auto utf8 = page.text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
    std::string text(utf8.begin(), utf8.end());
    auto words = words_of(page);
    restore_dwarf_words(text, words);
    join_split_words(text, words);
    std::size_t line = 0;
    for (const auto& phrase : opening_italics(words)) mark_phrase(text, line, phrase);
    return text;
}

}  // namespace unres::indexer
