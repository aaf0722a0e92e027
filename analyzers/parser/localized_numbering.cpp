/// @file
/// @brief Rewriting localised paragraph and sub-paragraph numbers (see localized_numbering.hpp).
#include "analyzers/parser/localized_numbering.hpp"

#include <array>
#include <utility>

namespace unres::analyzers {
namespace {

auto starts_with(std::string_view s, std::string_view p) -> bool { return s.substr(0, p.size()) == p; }

/// Arabic sub-paragraph letters in the abjad order UN Arabic texts use: (أ) (ب) (ج) (د) (هـ) …
const std::array<std::pair<std::string_view, char>, 16> arabic_letters = {{
    {"أ", 'a'},
    {"ب", 'b'},
    {"ج", 'c'},
    {"د", 'd'},
    {"هـ", 'e'},
    {"ه", 'e'},
    {"و", 'f'},
    {"ز", 'g'},
    {"ح", 'h'},
    {"ط", 'i'},
    {"ي", 'j'},
    {"ك", 'k'},
    {"ل", 'l'},
    {"م", 'm'},
    {"ن", 'n'},
    {"س", 'o'},
}};

/// Cyrillic letters that Russian texts print where others print Latin ones.
const std::array<std::pair<std::string_view, char>, 9> cyrillic_letters = {{
    {"а", 'a'},
    {"б", 'b'},
    {"в", 'c'},
    {"г", 'd'},
    {"д", 'e'},
    {"е", 'f'},
    {"ж", 'g'},
    {"з", 'h'},
    {"и", 'i'},
}};

const std::array<std::string_view, 10> chinese_digits = {"零", "一", "二", "三", "四",
                                                         "五", "六", "七", "八", "九"};

/// Length of the run of ASCII digits at the start of @p s.
auto digit_run(std::string_view s) -> std::size_t {
    std::size_t n = 0;
    while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
    return n;
}

auto skip_spaces(std::string_view s) -> std::string_view {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    if (starts_with(s, "\u3000")) s.remove_prefix(3);  // ideographic space
    return s;
}

/// "12. " for a numbered paragraph opening @p line (ASCII digits already), with @p rest after it.
auto paragraph_number(std::string_view line, std::string_view& rest) -> std::string {
    std::size_t n = digit_run(line);
    std::string number;
    if (n > 0 && n <= 3) {
        number = std::string(line.substr(0, n));
    } else if (n == 0) {  // Chinese numeral + "、"
        const auto mark = line.find("、");
        if (mark == std::string_view::npos || mark == 0 || mark > 15) return "";
        const int value = chinese_numeral_value(line.substr(0, mark));
        if (value == 0) return "";
        rest = skip_spaces(line.substr(mark + 3));
        return rest.empty() ? "" : std::to_string(value) + ". ";
    } else {
        return "";
    }
    auto after = line.substr(n);
    const bool spaced = starts_with(after, " ");
    after = skip_spaces(after);
    for (std::string_view sep : {"-", "–", "．", "、", "."}) {
        if (!starts_with(after, sep)) continue;
        if (sep == "." && spaced) return "";  // "12 . x" is not a number we know
        auto tail = after.substr(sep.size());
        const bool space_after = starts_with(tail, " ") || starts_with(tail, "\u3000");
        if (!space_after && (sep == "." || sep == "-" || sep == "–")) return "";  // "1.1", "2015-2030"
        tail = skip_spaces(tail);
        if (tail.empty()) return "";
        rest = tail;
        return number + ". ";
    }
    return "";
}

/// "(a) " for a lettered sub-paragraph opening @p line, with @p rest after it.
auto sub_label(std::string_view line, std::string_view& rest) -> std::string {
    std::string_view inner = line;
    std::size_t close_len = 0;
    bool bracketed = false;
    if (starts_with(inner, "(")) {
        inner.remove_prefix(1);
        bracketed = true;
    } else if (starts_with(inner, "（")) {
        inner.remove_prefix(3);
        bracketed = true;
    }
    std::string label;
    std::size_t used = 0;
    while (used < inner.size() && used < 5 && inner[used] >= 'a' && inner[used] <= 'z')
        label += inner[used++];
    const auto try_letters = [&](const auto& table) {
        for (const auto& [letter, latin] : table) {
            if (label.empty() && starts_with(inner, letter)) {
                label = std::string(1, latin);
                used = letter.size();
            }
        }
    };
    if (label.empty()) try_letters(arabic_letters);
    if (label.empty()) try_letters(cyrillic_letters);
    if (label.empty()) return "";
    auto after = inner.substr(used);
    if (starts_with(after, ")")) {
        close_len = 1;
    } else if (starts_with(after, "）")) {
        close_len = 3;
    } else {
        return "";
    }
    after = after.substr(close_len);
    const bool spaced = starts_with(after, " ") || starts_with(after, "\u3000");
    // "(a) x" is already in the builder's form; "a) x", "（a）x" and "(أ) x" need rewriting.
    if (bracketed && close_len == 1 && spaced && line.front() == '(' &&
        label == std::string(inner.substr(0, used))) {
        return "";
    }
    if (!spaced && close_len == 1) return "";
    after = skip_spaces(after);
    if (after.empty()) return "";
    rest = after;
    return "(" + label + ") ";
}

}  // namespace

auto ascii_digits(std::string_view text) -> std::string {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        const auto b1 = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0U;
        const auto b2 = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0U;
        if (b0 == 0xD9 && b1 >= 0xA0 && b1 <= 0xA9) {  // U+0660..0669
            out.push_back(static_cast<char>('0' + (b1 - 0xA0)));
            ++i;
        } else if (b0 == 0xDB && b1 >= 0xB0 && b1 <= 0xB9) {  // U+06F0..06F9
            out.push_back(static_cast<char>('0' + (b1 - 0xB0)));
            ++i;
        } else if (b0 == 0xEF && b1 == 0xBC && b2 >= 0x90 && b2 <= 0x99) {  // U+FF10..FF19
            out.push_back(static_cast<char>('0' + (b2 - 0x90)));
            i += 2;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

auto chinese_numeral_value(std::string_view numeral) -> int {
    int total = 0;
    int digit = -1;
    bool any = false;
    while (!numeral.empty()) {
        bool matched = false;
        for (std::size_t d = 0; d < chinese_digits.size(); ++d) {
            if (starts_with(numeral, chinese_digits[d])) {
                digit = static_cast<int>(d);
                numeral.remove_prefix(3);
                matched = true;
                break;
            }
        }
        if (matched) {
            any = true;
            continue;
        }
        if (starts_with(numeral, "百")) {
            total += (digit < 0 ? 1 : digit) * 100;
        } else if (starts_with(numeral, "十")) {
            total += (digit < 0 ? 1 : digit) * 10;
        } else {
            return 0;
        }
        any = true;
        digit = -1;
        numeral.remove_prefix(3);
    }
    if (digit > 0) total += digit;
    return any && total < 1000 ? total : 0;
}

auto normalise_numbering(std::string_view text) -> std::string {
    std::string out;
    out.reserve(text.size() + 64);
    while (!text.empty()) {
        auto eol = text.find('\n');
        const auto line = text.substr(0, eol == std::string_view::npos ? text.size() : eol + 1);
        text.remove_prefix(line.size());
        std::size_t indent = 0;
        while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t')) ++indent;
        const std::string body = ascii_digits(line.substr(indent, 12 * 4));
        std::string_view rest;
        std::string number = paragraph_number(body, rest);
        if (number.empty()) number = sub_label(body, rest);
        if (number.empty()) {
            out += line;
            continue;
        }
        // rest points into `body`, a converted copy of the line's head: map its offset back.
        const std::size_t consumed_ascii = static_cast<std::size_t>(rest.data() - body.data());
        const std::string head_ascii = body.substr(0, consumed_ascii);
        std::size_t consumed = 0;
        while (consumed < line.size() - indent && ascii_digits(line.substr(indent, consumed)) != head_ascii)
            ++consumed;
        out += line.substr(0, indent);
        out += number;
        out += line.substr(indent + consumed);
    }
    return out;
}

auto printed_sub_label(const std::string& language, const std::string& label) -> std::string {
    if (language != "ar" || label.size() != 1) return "(" + label + ")";
    for (const auto& [letter, latin] : arabic_letters) {
        if (latin == label[0]) return "(" + std::string(letter) + ")";  // the first listed: "هـ" for e
    }
    return "(" + label + ")";
}

}  // namespace unres::analyzers
