/// @file
/// @brief Recognition and normalisation of UN document symbols.
#include "analyzers/parser/symbol.hpp"

#include "analyzers/text/ascii.hpp"

#include <cctype>

namespace unres::analyzers {
namespace {

auto is_digit(char c) -> bool { return c >= '0' && c <= '9'; }
auto is_alpha(char c) -> bool { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
auto is_upper(char c) -> bool { return c >= 'A' && c <= 'Z'; }
auto is_alnum(char c) -> bool { return is_digit(c) || is_alpha(c); }
auto is_roman(char c) -> bool { return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C'; }

auto at(std::string_view s, std::size_t i) -> char { return i < s.size() ? s[i] : '\0'; }

auto digits_from(std::string_view s, std::size_t i) -> std::size_t {
    std::size_t n = 0;
    while (is_digit(at(s, i + n))) ++n;
    return n;
}

/// " B" or "B" (a resolution part letter) at i: returns its length or 0.
auto part_letter(std::string_view s, std::size_t i) -> std::size_t {
    if (is_alpha(at(s, i)) && !is_alnum(at(s, i + 1))) return 1;  // glued: 54/54B
    if (at(s, i) == ' ' && is_upper(at(s, i + 1)) && !is_alnum(at(s, i + 2))) return 2;
    return 0;
}

/// " (2024)" or " (XXVI)" at i: returns its length or 0.
auto bracket_suffix(std::string_view s, std::size_t i, bool roman) -> std::size_t {
    std::size_t j = i;
    if (at(s, j) == ' ') ++j;
    if (at(s, j) != '(') return 0;
    ++j;
    std::size_t n = 0;
    while (roman ? is_roman(at(s, j + n)) : is_digit(at(s, j + n))) ++n;
    if (n == 0 || (!roman && n != 4) || at(s, j + n) != ')') return 0;
    return j + n + 1 - i;
}

/// Slash-separated symbol with a leading organ letter: A/RES/78/45, A/C.1/78/L.5, S/RES/2728 (2024).
auto organ_symbol_length(std::string_view s, std::size_t pos) -> std::size_t {
    if (!is_alpha(at(s, pos)) || at(s, pos + 1) != '/') return 0;
    std::size_t i = pos + 1;
    std::size_t segments = 0;
    bool last_numeric = false;
    while (at(s, i) == '/') {
        std::size_t j = i + 1;
        std::size_t n = 0;
        bool numeric = true;
        while (is_alnum(at(s, j + n)) || (at(s, j + n) == '.' && is_alnum(at(s, j + n + 1)) && n > 0)) {
            if (!is_digit(at(s, j + n))) numeric = false;
            ++n;
        }
        if (n == 0) break;
        i = j + n;
        ++segments;
        last_numeric = numeric;
    }
    if (segments < 2) return 0;
    const std::string_view head = s.substr(pos, i - pos);
    const bool resolution = head.size() > 6 && (head.substr(1, 5) == "/RES/" || head.substr(1, 5) == "/res/");
    if (resolution && last_numeric) {
        if (auto b = bracket_suffix(s, i, false)) return i + b - pos;  // S/RES/2728 (2024)
        if (auto b = bracket_suffix(s, i, true)) return i + b - pos;   // A/RES/1514 (XV)
        if (auto p = part_letter(s, i)) {
            if (auto b = bracket_suffix(s, i + p, true)) return i + p + b - pos;  // A/RES/217 A (III)
            return i + p - pos;                                                   // A/RES/54/54 B
        }
    }
    return i - pos;
}

/// Short GA forms: 78/45, 54/54 B, 2758 (XXVI), 217 A (III).
auto short_symbol_length(std::string_view s, std::size_t pos) -> std::size_t {
    const std::size_t a = digits_from(s, pos);
    if (a == 0 || a > 4) return 0;
    std::size_t i = pos + a;
    if (at(s, i) == '/') {
        const std::size_t b = digits_from(s, i + 1);
        if (a > 3 || b == 0 || b > 4 || at(s, i + 1) == '0') return 0;
        i += 1 + b;
        if (at(s, i) == '/' || (at(s, i) == '.' && is_digit(at(s, i + 1)))) return 0;  // a date or a path
        return i + part_letter(s, i) - pos;
    }
    std::size_t j = i;
    if (at(s, j) == ' ' && is_upper(at(s, j + 1)) && at(s, j + 2) == ' ') j += 2;  // 217 A (III)
    if (auto r = bracket_suffix(s, j, true)) return j + r - pos;
    return 0;
}

}  // namespace

auto symbol_length(std::string_view text, std::size_t pos) -> std::size_t {
    if (pos >= text.size()) return 0;
    if (pos > 0 && (is_alnum(text[pos - 1]) || text[pos - 1] == '/')) return 0;
    std::size_t n = organ_symbol_length(text, pos);
    if (n == 0) n = short_symbol_length(text, pos);
    if (n == 0) return 0;
    if (is_alnum(at(text, pos + n)) || at(text, pos + n) == '/') return 0;
    return n;
}

auto normalise_symbol(std::string_view text) -> std::optional<std::string> {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty() || symbol_length(text, 0) != text.size()) return std::nullopt;
    std::string out;
    for (char c : text) {
        if (c != ' ') out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    if (is_digit(out.front())) out = "A/RES/" + out;
    return out;
}

auto short_symbol(const std::string& canonical) -> std::string {
    if (canonical.rfind("A/RES/", 0) != 0) return "";
    return canonical.substr(6);
}

auto issuing_body(std::string_view canonical) -> std::string_view {
    if (canonical.rfind("S/RES/", 0) == 0) return "Security Council";
    if (canonical.rfind("A/HRC/RES/", 0) == 0) return "Human Rights Council";
    if (canonical.rfind("E/RES/", 0) == 0) return "Economic and Social Council";
    return "General Assembly";
}

auto printed_symbol(std::string_view canonical) -> std::string {
    const auto last = canonical.rfind('/');
    std::string out(canonical.substr(0, last == std::string_view::npos ? 0 : last + 1));
    const std::string_view tail = canonical.substr(out.size());
    for (std::size_t i = 0; i < tail.size(); ++i) {
        const char c = tail[i];
        const bool after_digit = i > 0 && std::isdigit(static_cast<unsigned char>(tail[i - 1])) != 0;
        if ((c == '(' && i > 0 && tail[i - 1] != ' ') ||
            (after_digit && std::isupper(static_cast<unsigned char>(c)) != 0))
            out.push_back(' ');
        out.push_back(c);
    }
    return out;
}

auto normalise_anchor(std::string_view anchor) -> std::string { return ascii_lower(anchor); }

}  // namespace unres::analyzers
