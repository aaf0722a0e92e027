/// @file
/// @brief Finding cited resolutions in paragraph text (see citations.hpp).
#include "analyzers/citations.hpp"

#include "analyzers/symbol.hpp"

#include <algorithm>
#include <cctype>

namespace unres::analyzers {
namespace {

enum class Issuer { GeneralAssembly, SecurityCouncil, Other, Decision };

auto is_alpha(char c) -> bool { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
auto is_digit(char c) -> bool { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

/// The word ending just before @p pos (skipping spaces), or "".
auto word_before(std::string_view text, std::size_t pos) -> std::string_view {
    while (pos > 0 && text[pos - 1] == ' ') --pos;
    std::size_t start = pos;
    while (start > 0 && (is_alpha(text[start - 1]) || text[start - 1] == '-')) --start;
    return text.substr(start, pos - start);
}

/// Who issued the resolutions named after the keyword at @p pos ("resolution" or "decision").
auto issuer_at(std::string_view text, std::size_t pos, bool decision) -> Issuer {
    if (decision) return Issuer::Decision;
    const auto w1 = word_before(text, pos);
    if (w1 == "Council") {
        const auto w2 = word_before(text, pos - w1.size() - 1);
        return w2 == "Security" ? Issuer::SecurityCouncil : Issuer::Other;
    }
    if (w1 == "Assembly" || w1.empty() || !std::isupper(static_cast<unsigned char>(w1[0]))) {
        return Issuer::GeneralAssembly;
    }
    return Issuer::Other;  // "Commission resolution", "Board resolution", "Conference resolution"
}

auto is_resolution(const std::string& symbol) -> bool {
    return symbol.find("/RES/") != std::string::npos && symbol.size() > 6;
}

/// "2728 (2024)" at @p i: its length, or 0.
auto council_number_length(std::string_view text, std::size_t i) -> std::size_t {
    std::size_t n = 0;
    while (i + n < text.size() && is_digit(text[i + n])) ++n;
    if (n == 0 || n > 5 || (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == '/'))) return 0;
    const auto rest = text.substr(i + n);
    if (rest.size() >= 7 && rest[0] == ' ' && rest[1] == '(' && is_digit(rest[2]) && is_digit(rest[3]) &&
        is_digit(rest[4]) && is_digit(rest[5]) && rest[6] == ')') {
        return n + 7;
    }
    return 0;
}

}  // namespace

void append_unique(std::vector<std::string>& list, const std::vector<std::string>& more) {
    for (const auto& item : more) {
        if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
    }
}

auto find_cites(std::string_view text) -> std::vector<std::string> {
    std::vector<std::string> cites;
    Issuer issuer = Issuer::GeneralAssembly;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if ((c == 'r' || c == 'd') && (i == 0 || !is_alpha(text[i - 1]))) {
            const auto rest = text.substr(i);
            if (rest.rfind("resolution", 0) == 0) {
                issuer = issuer_at(text, i, false);
                i += 9;
                continue;
            }
            if (rest.rfind("decision", 0) == 0) {
                issuer = issuer_at(text, i, true);
                i += 7;
                continue;
            }
        }
        if (!is_digit(c) && !std::isupper(static_cast<unsigned char>(c))) continue;
        if (c == ';') issuer = Issuer::GeneralAssembly;
        if (is_digit(c) && i > 0 && text[i - 1] == '-') {  // "ES-10/21": an emergency session's symbol
            while (i + 1 < text.size() && text[i + 1] != ' ') ++i;
            continue;
        }
        if ((issuer == Issuer::SecurityCouncil || issuer == Issuer::GeneralAssembly) && is_digit(c)) {
            if (const auto n = council_number_length(text, i)) {
                const auto digits = text.substr(i, text.find(' ', i) - i);
                std::string symbol =
                    "S/RES/" + std::string(digits) + "(" + std::string(text.substr(i + n - 5, 4)) + ")";
                append_unique(cites, {symbol});
                i += n - 1;
                continue;
            }
        }
        const auto n = symbol_length(text, i);
        if (n == 0) continue;
        const auto symbol = normalise_symbol(text.substr(i, n));
        const bool short_form = is_digit(c);
        if (symbol && is_resolution(*symbol) && (!short_form || issuer == Issuer::GeneralAssembly)) {
            append_unique(cites, {*symbol});
        }
        i += n - 1;
    }
    return cites;
}

}  // namespace unres::analyzers
