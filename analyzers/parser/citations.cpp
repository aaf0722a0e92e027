/// @file
/// @brief Finding cited resolutions in paragraph text, each with its issuing body (see citations.hpp).
#include "analyzers/parser/citations.hpp"

#include "analyzers/parser/symbol.hpp"

#include <algorithm>
#include <cctype>

namespace unres::analyzers {
namespace {

/// Who issued the resolutions a "resolution(s)" keyword introduces. None: no keyword in reach, so a
/// bare number is nobody's resolution ("document CL 144/9", "general comment No. 12 (1999)").
enum class Issuer {
    None,
    GeneralAssembly,           ///< A/RES/78/45, A/RES/1514(XV)
    SecurityCouncil,           ///< S/RES/2728(2024)
    HumanRightsCouncil,        ///< A/HRC/RES/60/5
    EconomicAndSocialCouncil,  ///< E/RES/2023/1
    UnnamedCouncil,            ///< "Council resolution" with no council named before it: "2728 (2024)" only
    Other,                     ///< another body's resolution (Commission, Board, Conference): not recorded
    Decision,                  ///< a decision, not a resolution: not recorded
};

auto is_alpha(char c) -> bool { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
auto is_digit(char c) -> bool { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
auto is_upper(char c) -> bool { return std::isupper(static_cast<unsigned char>(c)) != 0; }

auto is_space(char c) -> bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

/// The word ending just before @p pos (skipping spaces and line breaks), or "".
auto word_before(std::string_view text, std::size_t pos) -> std::string_view {
    while (pos > 0 && is_space(text[pos - 1])) --pos;
    std::size_t start = pos;
    while (start > 0 && (is_alpha(text[start - 1]) || text[start - 1] == '-')) --start;
    return text.substr(start, pos - start);
}

/// The word before the word @p w (a view into @p text).
auto word_before_word(std::string_view text, std::string_view w) -> std::string_view {
    return word_before(text, static_cast<std::size_t>(w.data() - text.data()));
}

/// Words that carry a list of one body's resolutions on: "Human Rights Council resolutions 5/1
/// and resolution 6/3", "… resolutions, in particular resolutions 7/34", "as well as resolutions".
auto continues_list(std::string_view w) -> bool {
    for (std::string_view k : {"and", "particular", "including", "well", "also", "notably", "especially"}) {
        if (w == k) return true;
    }
    return false;
}

/// The council a paragraph last named before @p pos ("… by the Security Council …"), or UnnamedCouncil.
auto council_named_before(std::string_view text, std::size_t pos) -> Issuer {
    const auto before = text.substr(0, pos);
    Issuer named = Issuer::UnnamedCouncil;
    std::size_t at = 0;
    for (const auto& [name, issuer] :
         {std::pair{std::string_view("Security Council"), Issuer::SecurityCouncil},
          std::pair{std::string_view("Human Rights Council"), Issuer::HumanRightsCouncil},
          std::pair{std::string_view("Economic and Social Council"), Issuer::EconomicAndSocialCouncil}}) {
        const auto found = before.rfind(name);
        if (found != std::string_view::npos && found + 1 > at) {
            at = found + 1;
            named = issuer;
        }
    }
    return named;
}

/// The issuer of the "resolution(s)" keyword at @p pos, named by the words before it ("Security
/// Council resolution", "its resolution"); "Council resolution" after a lower-case word ("and
/// Council resolution", "including Council resolutions") is the council the paragraph named before;
/// a lower-case word before the keyword ("in particular resolutions", "and resolution") continues the
/// body of the keyword before, @p current.
auto issuer_at(std::string_view text, std::size_t pos, Issuer current) -> Issuer {
    const auto w1 = word_before(text, pos);
    if (w1 == "Council") {
        const auto w2 = word_before_word(text, w1);
        if (w2 == "Security") return Issuer::SecurityCouncil;
        if (w2 == "Rights") return Issuer::HumanRightsCouncil;  // Human Rights Council
        if (w2 == "Social") return Issuer::EconomicAndSocialCouncil;
        if (w2.empty() || !is_upper(w2[0])) return council_named_before(text, pos);
        return Issuer::Other;  // "Trusteeship Council", "Governing Council"
    }
    if (w1 == "Assembly") {  // "General Assembly", "the Assembly"; not "Environment Assembly"
        const auto w2 = word_before_word(text, w1);
        return w2 == "General" || w2.empty() || !is_upper(w2[0]) ? Issuer::GeneralAssembly : Issuer::Other;
    }
    if (w1 == "its") return Issuer::GeneralAssembly;  // the Assembly speaking of its own resolutions
    if (w1.empty() || !is_upper(w1[0])) {
        const bool body = current == Issuer::SecurityCouncil || current == Issuer::HumanRightsCouncil ||
                          current == Issuer::EconomicAndSocialCouncil || current == Issuer::UnnamedCouncil ||
                          current == Issuer::Other;
        return body && continues_list(w1) ? current : Issuer::GeneralAssembly;
    }
    return Issuer::Other;  // "Commission resolution", "Board resolution", "Conference resolution"
}

auto is_resolution(const std::string& symbol) -> bool {
    return symbol.find("/RES/") != std::string::npos && symbol.size() > 6;
}

/// "2728 (2024)" at @p i: its length, or 0 (also for the tail of another series' code: "LC-LP.1 (2008)").
auto council_number_length(std::string_view text, std::size_t i) -> std::size_t {
    std::size_t n = 0;
    while (i + n < text.size() && is_digit(text[i + n])) ++n;
    if (n == 0 || n > 5) return 0;
    if (i > 0 && (is_digit(text[i - 1]) || is_alpha(text[i - 1]) || text[i - 1] == '/' || text[i - 1] == '.'))
        return 0;
    const auto rest = text.substr(i + n);
    if (rest.size() >= 7 && rest[0] == ' ' && rest[1] == '(' && is_digit(rest[2]) && is_digit(rest[3]) &&
        is_digit(rest[4]) && is_digit(rest[5]) && rest[6] == ')') {
        return n + 7;
    }
    return 0;
}

/// "2023/1" (an Economic and Social Council resolution: year/number) at @p i: its length, or 0.
auto year_number_length(std::string_view text, std::size_t i) -> std::size_t {
    if (text.size() < i + 6 || (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == '/'))) return 0;
    for (std::size_t k = 0; k < 4; ++k) {
        if (!is_digit(text[i + k])) return 0;
    }
    if (text[i + 4] != '/') return 0;
    std::size_t n = 0;
    while (i + 5 + n < text.size() && is_digit(text[i + 5 + n])) ++n;
    if (n == 0 || n > 3 || (i + 5 + n < text.size() && (is_alpha(text[i + 5 + n]) || text[i + 5 + n] == '/')))
        return 0;
    return 5 + n;
}

/// A short number preceded by another document series' code ("CL 144/9", "C 2013/20"), not a resolution.
auto after_series_code(std::string_view text, std::size_t i) -> bool {
    if (i == 0 || !is_space(text[i - 1])) return false;
    const auto w = word_before(text, i);
    return !w.empty() && w.size() <= 5 && std::all_of(w.begin(), w.end(), [](char c) { return is_upper(c); });
}

/// "No. 12 (1999)": a numbered general comment or recommendation, not a resolution.
auto after_number_sign(std::string_view text, std::size_t i) -> bool {
    return i >= 4 && text.substr(i - 4, 4) == "No. ";
}

/// "62/50 of 5 December 2007": a dated short symbol, as the Assembly lists its own resolutions (a
/// paragraph continuing such a list need not repeat "resolutions").
auto dated(std::string_view text, std::size_t end) -> bool {
    return text.substr(end, 4) == " of " && end + 4 < text.size() && is_digit(text[end + 4]);
}

/// The keyword ("resolution", "Resolution", "decision", "Decision") starting at @p i, or "".
auto keyword_at(std::string_view text, std::size_t i) -> std::string_view {
    if (i > 0 && is_alpha(text[i - 1])) return "";
    for (std::string_view k : {"resolution", "Resolution", "decision", "Decision"}) {
        if (text.substr(i, k.size()) == k) return k;
    }
    return "";
}

/// The short form @p canonical_short ("A/RES/78/45" as normalised) under @p issuer's series, or "".
auto issued_symbol(Issuer issuer, const std::string& canonical) -> std::string {
    const std::string short_form = short_symbol(canonical);  // "78/45", "1514(XV)"
    switch (issuer) {
        case Issuer::GeneralAssembly:
            return canonical;
        case Issuer::HumanRightsCouncil:  // numbered session/number, never Roman
            return short_form.find('(') == std::string::npos ? "A/HRC/RES/" + short_form : "";
        default:
            return "";
    }
}

}  // namespace

void append_unique(std::vector<std::string>& list, const std::vector<std::string>& more) {
    for (const auto& item : more) {
        if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
    }
}

auto find_cites(std::string_view text) -> std::vector<std::string> {
    std::vector<std::string> cites;
    Issuer issuer = Issuer::None;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        // A keyword reaches to the end of its sentence; another body's, to the end of its clause (the
        // Assembly lists its own resolutions across clauses: "Resolutions 52/214, sect. C; 55/222").
        if (c == ';' && issuer != Issuer::GeneralAssembly) issuer = Issuer::None;
        if (c == '.' && i + 3 < text.size() && text[i + 1] == ' ' && is_upper(text[i + 2]) &&
            std::islower(static_cast<unsigned char>(text[i + 3])))  // ". The", not "sect. C"
            issuer = Issuer::None;
        if (c == ';' || c == '.') continue;
        if (c == 'r' || c == 'R' || c == 'd' || c == 'D') {
            if (const auto k = keyword_at(text, i); !k.empty()) {
                issuer = (k[0] == 'd' || k[0] == 'D') ? Issuer::Decision : issuer_at(text, i, issuer);
                i += k.size() - 1;
                continue;
            }
        }
        if (!is_digit(c) && !is_upper(c)) continue;
        if (is_digit(c) && i > 0 && text[i - 1] == '-') {  // "ES-10/21", "S-35/1": a special session's symbol
            std::size_t end = i;
            while (end < text.size() && (is_digit(text[end]) || text[end] == '/')) ++end;
            if (issuer == Issuer::HumanRightsCouncil && i >= 2 && text[i - 2] == 'S' &&
                (i == 2 || !is_alpha(text[i - 3])) &&
                text.substr(i, end - i).find('/') != std::string_view::npos) {
                append_unique(cites, {"A/HRC/RES/S-" + std::string(text.substr(i, end - i))});
            }
            i = end - 1;
            continue;
        }
        // "resolution 2728 (2024)": only the Security Council numbers its resolutions so, also when the
        // Assembly's text names it loosely ("its resolution 497 (1981)" after "the Security Council",
        // "Council resolution 1373 (2001)").
        if (is_digit(c) &&
            (issuer == Issuer::SecurityCouncil || issuer == Issuer::GeneralAssembly ||
             issuer == Issuer::UnnamedCouncil) &&
            !after_number_sign(text, i)) {
            if (const auto n = council_number_length(text, i)) {
                const auto digits = text.substr(i, text.find(' ', i) - i);
                std::string symbol =
                    "S/RES/" + std::string(digits) + "(" + std::string(text.substr(i + n - 5, 4)) + ")";
                append_unique(cites, {symbol});
                i += n - 1;
                continue;
            }
        }
        if (is_digit(c) && issuer == Issuer::EconomicAndSocialCouncil) {
            if (const auto n = year_number_length(text, i)) {
                append_unique(cites, {"E/RES/" + std::string(text.substr(i, n))});
                i += n - 1;
                continue;
            }
        }
        const auto n = symbol_length(text, i);
        if (n == 0) continue;
        const auto symbol = normalise_symbol(text.substr(i, n));
        if (symbol && is_resolution(*symbol)) {
            if (!is_digit(c)) {
                append_unique(cites, {*symbol});  // a full symbol names its issuer itself
            } else if (!after_series_code(text, i) && !after_number_sign(text, i)) {
                Issuer by = issuer;
                // The Council numbers its resolutions "2728 (2024)", never "78/45": an Assembly one.
                if (by == Issuer::SecurityCouncil || (by == Issuer::None && dated(text, i + n)))
                    by = Issuer::GeneralAssembly;
                if (auto issued = issued_symbol(by, *symbol); !issued.empty()) append_unique(cites, {issued});
            }
        }
        i += n - 1;
    }
    return cites;
}

}  // namespace unres::analyzers
