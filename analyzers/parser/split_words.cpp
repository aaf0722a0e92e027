/// @file
/// @brief Rejoining split words (see split_words.hpp).
#include "analyzers/parser/split_words.hpp"

#include "analyzers/parser/spelling_dictionary.hpp"
#include "analyzers/parser/word_counts.hpp"
#include "analyzers/text/letters.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

namespace unres::analyzers {
namespace {

/// Occurrences that make a corpus word known (a fragment of a recurring split occurs less often).
constexpr std::size_t min_corpus_count = 5;

/// Byte length of the run of letters at the end of @p s (0 if @p s does not end with a letter).
auto trailing_letters(std::string_view s) -> std::size_t {
    std::size_t run = 0;  // where the current run of letters began
    std::size_t i = 0;
    bool letter = false;
    while (i < s.size()) {
        letter = is_letter(decode_utf8(s, i));
        if (!letter) run = i;
    }
    return letter ? s.size() - run : 0;
}

/// Byte length of the run of letters at the start of @p s.
auto leading_letters(std::string_view s) -> std::size_t {
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t at = i;
        if (!is_letter(decode_utf8(s, i))) return at;
    }
    return s.size();
}

auto code_points(std::string_view s) -> std::size_t {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) static_cast<void>(decode_utf8(s, i));
    return n;
}

auto starts_upper(std::string_view s) -> bool {
    std::size_t i = 0;
    return u_isupper(static_cast<UChar32>(decode_utf8(s, i))) != 0;
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

SplitWordRepair::SplitWordRepair(std::string language, const std::vector<std::string_view>& document,
                                 const WordCounts* corpus)
    : m_language(std::move(language)),
      m_corpus(corpus != nullptr && corpus->is_evidence() ? corpus : nullptr) {
    // m_spaced_pairs: each word with the next, when one space (or a line break) parts each from the word
    // before it; pair_count() looks neighbours up there.
    bool line_ended_with_word = false;
    std::string previous;  // the word before, when one space parted it from its own predecessor
    for (const auto line : document) {
        bool first = true;
        for_each_letter_run(line, [&](std::string_view run, bool after_space) {
            std::string word = fold_word(run);
            const bool spaced = first ? line_ended_with_word && (run.data() == line.data()) : after_space;
            if (spaced && !previous.empty()) ++m_spaced_pairs[previous + ' ' + word];
            previous = spaced ? word : std::string();
            ++m_counts[word];
            first = false;
        });
        line_ended_with_word = !line.empty() && trailing_letters(line) > 0;
        for (std::size_t i = 0; i < line.size();) {  // the four-digit numbers printed whole
            std::size_t j = i;
            while (j < line.size() && line[j] >= '0' && line[j] <= '9') ++j;
            if (j - i == 4) m_years.emplace(line.substr(i, 4));
            i = j == i ? i + 1 : j;
        }
    }
}

auto SplitWordRepair::pair_count(std::string_view left, std::string_view right) const -> int {
    const auto it = m_spaced_pairs.find(fold_word(left) + ' ' + fold_word(right));
    return it == m_spaced_pairs.end() ? 0 : it->second;
}

auto SplitWordRepair::count(std::string_view word) const -> int {
    const auto it = m_counts.find(fold_word(word));
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
    if (length == 1) return is_one_letter_word(m_language, fold_word(word));
    if (length == 2) return is_two_letter_word(m_language, fold_word(word));
    // A fragment occurs once or twice (the same split may recur); a real word is in the dictionary or
    // occurs more often.
    if (count(word) >= 3) return true;
    return dictionary_knows(m_language, std::string(word)).value_or(false);
}

auto SplitWordRepair::known_joined(std::string_view word) const -> bool {
    return count(word) >= 1 || (m_corpus != nullptr && m_corpus->count(word) >= min_corpus_count) ||
           dictionary_knows(m_language, std::string(word)).value_or(false);
}

auto SplitWordRepair::known_as_name(const std::string& word) const -> bool {
    return dictionary_knows(m_language, word).value_or(false) &&
           !dictionary_knows(m_language, unicode_lower(word)).value_or(true);
}

auto SplitWordRepair::corpus_joins(std::string_view left, std::string_view right, bool before_hyphen) const
    -> bool {
    if (m_corpus == nullptr) return false;
    const std::size_t whole = m_corpus->count(std::string(left) + std::string(right));
    const std::size_t rarer = std::min(m_corpus->count(left), m_corpus->count(right));
    // A short part ("a gain", "in formal") and one before a hyphen, often a prefix of its own ("the
    // re-establishment"), must be rarer still ("a mended", "we ll-being").
    const bool short_part = code_points(left) < 3 || code_points(right) < 3;
    const std::size_t ratio = before_hyphen ? 20 : short_part ? 10 : 3;
    return whole >= min_corpus_count && rarer * ratio <= whole;
}

auto SplitWordRepair::belongs_before(std::string_view before, std::string_view part,
                                     std::string_view after) const -> bool {
    if (m_corpus == nullptr) return false;
    // How much more often the joined word occurs than the whole word it would extend.
    const auto gain = [&](std::string_view whole, const std::string& joined) {
        return static_cast<double>(m_corpus->count(joined)) /
               static_cast<double>(std::max<std::size_t>(1, m_corpus->count(whole)));
    };
    return gain(before, std::string(before) + std::string(part)) >=
           gain(after, std::string(part) + std::string(after));
}

auto SplitWordRepair::split_year(std::string_view left_token, std::string_view right_token) const -> bool {
    const auto digits = [](std::string_view s) {
        return static_cast<std::size_t>(
            std::find_if(s.begin(), s.end(), [](char c) { return c < '0' || c > '9'; }) - s.begin());
    };
    const std::size_t left = digits(left_token);
    const std::size_t right = digits(right_token);
    // "2 021" may be a number grouped by thousands, as French prints them: not a split.
    if (left == 0 || left != left_token.size() || right == 0 || right == 3 || left + right != 4) return false;
    if (!closes_word(right_token.substr(right))) return false;
    const std::string year = std::string(left_token) + std::string(right_token.substr(0, right));
    if (year.rfind("19", 0) != 0 && year.rfind("20", 0) != 0) return false;
    return m_years.count(year) > 0;
}

auto SplitWordRepair::split_acronym(std::string_view left_token, std::string_view right_token) const -> bool {
    const std::size_t tail = trailing_letters(left_token);
    const std::size_t head = leading_letters(right_token);
    if (tail == 0 || head == 0) return false;
    const auto left = left_token.substr(left_token.size() - tail);
    const auto right = right_token.substr(0, head);
    const auto capitals = [](std::string_view s) {
        return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    if (!capitals(left) || !capitals(right) || !closes_word(right_token.substr(head))) return false;
    const auto before = left_token.substr(0, left_token.size() - tail);
    if (!before.empty() && before.back() != '/' && !opens_word(before)) return false;
    return count(std::string(left) + std::string(right)) > 0 && pair_count(left, right) <= 1;
}

auto SplitWordRepair::joinable(std::string_view left_token, std::string_view right_token) const -> bool {
    if (split_year(left_token, right_token) || split_acronym(left_token, right_token)) return true;
    if (starts_upper(right_token) || has_digit(left_token) || has_digit(right_token)) return false;
    const auto left = left_part(left_token);
    const auto right = right_part(right_token);
    if (left.empty() || right.empty()) return false;
    const std::string joined = std::string(left) + std::string(right);
    // Whether each part is a word alone first: for most pairs both are, and the document's counts
    // decide without asking the dictionary about the joined form.
    const bool before_hyphen = right_token.size() > right.size() && right_token[right.size()] == '-';
    const bool left_alone = known_alone(left);
    const bool right_alone =
        before_hyphen ? dictionary_knows(m_language, std::string(right)).value_or(true) : known_alone(right);
    if (left_alone && right_alone) {
        // Two words ("see king", "sustain able") are one when the text prints the joined word
        // elsewhere and never these two words side by side but here, or when the corpus says so.
        if (pair_count(left, right) > 1) return false;
        if (code_points(left) >= 3 && code_points(right) >= 3 && count(joined) > 0) return true;
        return corpus_joins(left, right, before_hyphen);
    }
    if (!known_joined(joined)) return false;
    // A capitalised part and a part of two letters or more join only into a word the document prints, the
    // corpus has or the dictionary knows as a name: "Dar es Salaam" is no "Dares" ("dares" is a word,
    // "Dares" none), while "Laye r" is "Layer".
    if (starts_upper(left) && code_points(right) >= 2 && count(joined) == 0 &&
        (m_corpus == nullptr || m_corpus->count(joined) < min_corpus_count) && !known_as_name(joined)) {
        return false;
    }
    // A lone letter beside a whole word ("B and", "V on") joins only into a word the text has
    // elsewhere, or, a lower-case letter, one the corpus has ("p rices", "Stat e").
    const bool letter_left = code_points(left) == 1 && right_alone;
    const bool letter_right = code_points(right) == 1 && left_alone;
    if ((!letter_left && !letter_right) || count(joined) > 0) return true;
    const bool lower_letter = !starts_upper(letter_left ? left : right);
    return lower_letter && m_corpus != nullptr && m_corpus->count(joined) >= min_corpus_count;
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
            // "of t he": the fragment belongs to the word after it when the one before is whole, unless
            // the corpus says it belongs with the one before ("worker s and", "use d in").
            if (join && k + 1 < words.size() && known_alone(left_part(current)) &&
                joinable(word, words[k + 1])) {
                join = belongs_before(left_part(current), right_part(word), right_part(words[k + 1]));
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
