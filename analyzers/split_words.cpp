/// @file
/// @brief Rejoining split words (see split_words.hpp).
#include "analyzers/split_words.hpp"

#include "analyzers/spelling_dictionary.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace unres::analyzers {
namespace {

/// The code point at byte @p i of @p s (advancing @p i), or a negative value for invalid bytes.
auto next_code_point(std::string_view s, std::size_t& i) -> UChar32 {
    if (static_cast<unsigned char>(s[i]) < 0x80) return static_cast<UChar32>(s[i++]);
    UChar32 c = 0;
    auto offset = static_cast<int32_t>(i);
    U8_NEXT(s.data(), offset, static_cast<int32_t>(s.size()), c);
    i = static_cast<std::size_t>(offset);
    return c;
}

auto is_letter(UChar32 c) -> bool {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');  // ASCII without ICU
    return u_hasBinaryProperty(c, UCHAR_ALPHABETIC) != 0;
}

/// Byte length of the run of letters at the end of @p s (0 if @p s does not end with a letter).
auto trailing_letters(std::string_view s) -> std::size_t {
    std::size_t run = 0;  // where the current run of letters began
    std::size_t i = 0;
    bool letter = false;
    while (i < s.size()) {
        letter = is_letter(next_code_point(s, i));
        if (!letter) run = i;
    }
    return letter ? s.size() - run : 0;
}

/// Byte length of the run of letters at the start of @p s.
auto leading_letters(std::string_view s) -> std::size_t {
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t at = i;
        if (!is_letter(next_code_point(s, i))) return at;
    }
    return s.size();
}

auto code_points(std::string_view s) -> std::size_t {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) next_code_point(s, i);
    return n;
}

auto fold(std::string_view s) -> std::string {
    std::string out;
    if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        out.resize(s.size());
        std::transform(s.begin(), s.end(), out.begin(),
                       [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
        return out;
    }
    icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
        .foldCase()
        .toUTF8String(out);
    return out;
}

auto starts_upper(std::string_view s) -> bool {
    std::size_t i = 0;
    const UChar32 c = next_code_point(s, i);
    return c >= 0 && u_isupper(c) != 0;
}

auto has_digit(std::string_view s) -> bool {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// The words of one letter in @p language (case-folded).
auto is_one_letter_word(const std::string& language, const std::string& folded) -> bool {
    static const std::array<std::pair<std::string_view, std::string_view>, 14> words = {{
        {"en", "a"},
        {"en", "i"},
        {"fr", "a"},
        {"fr", "à"},
        {"fr", "y"},
        {"es", "a"},
        {"es", "e"},
        {"es", "o"},
        {"es", "u"},
        {"es", "y"},
        {"ru", "в"},
        {"ru", "и"},
        {"ru", "с"},
        {"ru", "к"},
    }};
    if (language == "ru" && (folded == "о" || folded == "у" || folded == "я" || folded == "а")) return true;
    return std::any_of(words.begin(), words.end(),
                       [&](const auto& w) { return w.first == language && w.second == folded; });
}

auto split_spaces(std::string_view text) -> std::vector<std::string_view> {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ') ++i;
        if (i > start) words.push_back(text.substr(start, i - start));
    }
    return words;
}

/// The common words of two letters of @p language (case-folded): never a fragment, however rare in a
/// document.
auto is_two_letter_word(const std::string& language, std::string_view folded) -> bool {
    static const std::array<std::pair<std::string_view, std::string_view>, 5> words = {{
        {"en", " am an as at be by do go he if in is it me my no of on or so to up us we "},
        {"fr", " au ce de du en et il je la le ma me ne ni on ou sa se si ta te tu un vu "},
        {"es", " al da de di el en es ha he la le lo me mi ni no os se si su te tu un va ya yo "},
        {"ru", " во да до же за из им их ко ли мы на не ни но об он от по со то ты уж "},
        {"ar", " "},
    }};
    for (const auto& [code, list] : words) {
        if (code == language) return list.find(" " + std::string(folded) + " ") != std::string_view::npos;
    }
    return false;
}

/// Characters that may stand before a word's first part: an opening bracket or quote.
auto opens_word(std::string_view before) -> bool {
    return before.empty() || before == "(" || before == "[" || before == "\"" || before == "\u201C" ||
           before == "\u2018";
}

/// Characters that may follow a word's last part: closing punctuation.
auto closes_word(std::string_view after) -> bool {
    if (after.empty()) return true;
    for (std::string_view close : {",", ".", ";", ":", ")", "]", "\"", "!", "?", "\u201D", "\u2019", "-"}) {
        if (after.rfind(close, 0) == 0) return true;
    }
    return false;
}

/// The letters a part contributes to a join: the letters ending @p left / opening @p right, provided
/// the rest of the token is only an opening (left) or closing (right) mark.
auto left_part(std::string_view token) -> std::string_view {
    const std::size_t tail = trailing_letters(token);
    if (tail == 0 || !opens_word(token.substr(0, token.size() - tail))) return {};
    return token.substr(token.size() - tail);
}

auto right_part(std::string_view token) -> std::string_view {
    const std::size_t head = leading_letters(token);
    if (head == 0 || !closes_word(token.substr(head))) return {};
    return token.substr(0, head);
}

}  // namespace

SplitWordRepair::SplitWordRepair(std::string language, const std::vector<std::string_view>& document)
    : m_language(std::move(language)) {
    // m_words: the folded words, each after ' ' when one space (or a line break) parts it from the one
    // before, else after '|'; pair_count() looks neighbours up in it.
    const auto add = [&](std::string_view run, bool after_space) {
        std::string word = fold(run);
        m_words.push_back(after_space ? ' ' : '|');
        m_words += word;
        ++m_counts[word];
    };
    bool after_space = false;  // the next word follows the last one after one space (or a line break)
    for (const auto line : document) {
        std::size_t i = 0;
        std::size_t run = 0;
        while (i < line.size()) {
            const std::size_t at = i;
            if (!is_letter(next_code_point(line, i))) {
                const bool ended_word = at > run;
                if (ended_word) add(line.substr(run, at - run), after_space);
                after_space = ended_word && line[at] == ' ';
                run = i;
            }
        }
        const bool ends_with_word = line.size() > run;
        if (ends_with_word) add(line.substr(run), after_space);
        after_space = ends_with_word;
    }
}

auto SplitWordRepair::pair_count(std::string_view left, std::string_view right) const -> int {
    const std::string pair = ' ' + fold(left) + ' ' + fold(right);
    int n = 0;
    for (auto at = m_words.find(pair); at != std::string::npos; at = m_words.find(pair, at + 1)) {
        const auto end = at + pair.size();
        if (end == m_words.size() || m_words[end] == ' ' || m_words[end] == '|') ++n;
    }
    return n;
}

auto SplitWordRepair::count(std::string_view word) const -> int {
    const auto it = m_counts.find(fold(word));
    return it == m_counts.end() ? 0 : it->second;
}

auto SplitWordRepair::known_alone(std::string_view word) const -> bool {
    const auto cached = m_alone.find(std::string(word));
    if (cached != m_alone.end()) return cached->second;
    const bool known = word_alone(word);
    m_alone.emplace(std::string(word), known);
    return known;
}

auto SplitWordRepair::word_alone(std::string_view word) const -> bool {
    const std::size_t length = code_points(word);
    if (length == 1) return is_one_letter_word(m_language, fold(word));
    if (length == 2) return is_two_letter_word(m_language, fold(word));
    // A fragment occurs once or twice (the same split may recur); a real word is in the dictionary or
    // occurs more often.
    if (count(word) >= 3) return true;
    return dictionary_knows(m_language, std::string(word)).value_or(false);
}

auto SplitWordRepair::known_joined(std::string_view word) const -> bool {
    return count(word) >= 1 || dictionary_knows(m_language, std::string(word)).value_or(false);
}

auto SplitWordRepair::joinable(std::string_view left_token, std::string_view right_token) const -> bool {
    if (starts_upper(right_token) || has_digit(left_token) || has_digit(right_token)) return false;
    const auto left = left_part(left_token);
    const auto right = right_part(right_token);
    if (left.empty() || right.empty()) return false;
    const std::string joined = std::string(left) + std::string(right);
    // Whether each part is a word alone first: for most pairs both are, and the document's counts
    // decide without asking the dictionary about the joined form.
    const bool left_alone = known_alone(left);
    const bool right_alone = right_token.size() > right.size() && right_token[right.size()] == '-'
                                 ? dictionary_knows(m_language, std::string(right)).value_or(true)
                                 : known_alone(right);
    if (left_alone && right_alone) {
        // Two words ("see king", "sustain able") are one when the text prints the joined word
        // elsewhere and never these two words side by side but here.
        if (code_points(left) < 3 || code_points(right) < 3 || count(joined) == 0) return false;
        return pair_count(left, right) <= 1;
    }
    if (!known_joined(joined)) return false;
    // A lone letter beside a whole word ("B and", "V on") joins only into a word the text has elsewhere.
    const bool lone_letter =
        (code_points(left) == 1 && right_alone) || (code_points(right) == 1 && left_alone);
    return !lone_letter || count(joined) > 0;
}

auto SplitWordRepair::repair(std::string_view text) const -> std::string {
    const auto words = split_spaces(text);
    std::string out;
    out.reserve(text.size());
    std::string current;  // the word being built (parts joined so far)
    for (std::size_t k = 0; k < words.size(); ++k) {
        const auto word = words[k];
        if (!current.empty()) {
            bool join = joinable(current, word);
            // "of t he": the fragment belongs to the word after it when the one before is whole.
            if (join && k + 1 < words.size() && known_alone(left_part(current)) &&
                joinable(word, words[k + 1])) {
                join = false;
            }
            if (join) {
                current += word;
                continue;
            }
            if (!out.empty()) out.push_back(' ');
            out += current;
        }
        current = std::string(word);
    }
    if (!current.empty()) {
        if (!out.empty()) out.push_back(' ');
        out += current;
    }
    return out;
}

}  // namespace unres::analyzers
