/// @file
/// @brief Reading the heading block of a resolution (see metadata.hpp).
#include "analyzers/parser/metadata.hpp"

#include "analyzers/parser/source_lines.hpp"
#include "analyzers/parser/symbol.hpp"

#include <array>
#include <cctype>
#include <regex>

namespace unres::analyzers {
namespace {

auto lower(std::string_view s) -> std::string {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

auto starts_with(std::string_view s, std::string_view p) -> bool { return s.substr(0, p.size()) == p; }

const std::array<std::string_view, 12> months = {"January",   "February", "March",    "April",
                                                 "May",       "June",     "July",     "August",
                                                 "September", "October",  "November", "December"};

/// First date ("4 December 2023") at or after @p from in @p text, as ISO; "".
auto find_date(std::string_view text, std::size_t from = 0) -> std::string {
    for (std::size_t i = from; i < text.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i])) ||
            (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])) != 0)) {
            continue;
        }
        auto date = iso_date(text.substr(i));
        if (!date.empty()) return date;
    }
    return "";
}

/// Position of the first symbol at or after @p from whose normalised form satisfies @p want.
template <typename Pred>
auto find_symbol(std::string_view text, std::size_t from, Pred want, std::string& found) -> std::size_t {
    for (std::size_t i = from; i < text.size(); ++i) {
        const auto n = symbol_length(text, i);
        if (n == 0) continue;
        const auto norm = normalise_symbol(text.substr(i, n));
        if (norm && want(*norm)) {
            found = norm->find("/RES/") != std::string::npos ? *norm : collapse_spaces(text.substr(i, n));
            return i;
        }
        i += n - 1;
    }
    return std::string_view::npos;
}

/// "78/45. Title", "78/70 A. Title", "2758 (XXVI). Title": the symbol's length or 0.
auto title_number_length(std::string_view line) -> std::size_t {
    const auto n = symbol_length(line, 0);
    if (n == 0 || n >= line.size() || line[n] != '.') return 0;
    if (line.find('/') >= n && line.find('(') >= n) return 0;
    if (starts_with(line, "A/") || starts_with(line, "S/")) return n;
    return n;
}

}  // namespace

auto iso_date(std::string_view text) -> std::string {
    std::size_t i = 0;
    while (i < text.size() && i < 2 && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == 0 || i >= text.size() || text[i] != ' ') return "";
    const int day = std::stoi(std::string(text.substr(0, i)));
    const auto rest = text.substr(i + 1);
    for (std::size_t m = 0; m < months.size(); ++m) {
        if (!starts_with(rest, months[m]) || rest.size() < months[m].size() + 5) continue;
        const auto year = rest.substr(months[m].size() + 1, 4);
        if (rest[months[m].size()] != ' ') return "";
        for (char c : year) {
            if (!std::isdigit(static_cast<unsigned char>(c))) return "";
        }
        if (rest.size() > months[m].size() + 5 &&
            std::isdigit(static_cast<unsigned char>(rest[months[m].size() + 5]))) {
            return "";
        }
        if (day < 1 || day > 31) return "";
        std::string out(year);
        out += '-';
        if (m + 1 < 10) out += '0';
        out += std::to_string(m + 1);
        out += '-';
        if (day < 10) out += '0';
        out += std::to_string(day);
        return out;
    }
    return "";
}

auto ordinal_value(std::string_view word) -> int {
    static const std::array<std::string_view, 20> units = {
        "",           "first",     "second",    "third",       "fourth",     "fifth",     "sixth",
        "seventh",    "eighth",    "ninth",     "tenth",       "eleventh",   "twelfth",   "thirteenth",
        "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    static const std::array<std::string_view, 10> tens = {"",     "",     "twent",  "thirt", "fort",
                                                          "fift", "sixt", "sevent", "eight", "ninet"};
    std::string w = lower(word);
    int hundred = 0;
    if (starts_with(w, "one hundred and ")) {
        hundred = 100;
        w = w.substr(16);
    } else if (starts_with(w, "one hundred ")) {
        hundred = 100;
        w = w.substr(12);
    } else if (w == "one hundredth") {
        return 100;
    }
    for (std::size_t u = 1; u < units.size(); ++u) {
        if (w == units[u]) return hundred + static_cast<int>(u);
    }
    for (std::size_t t = 2; t < tens.size(); ++t) {
        const std::string base(tens[t]);
        if (w == base + "ieth") return hundred + static_cast<int>(t) * 10;
        if (starts_with(w, base + "y-")) {
            const auto unit = w.substr(base.size() + 2);
            for (std::size_t u = 1; u < 10; ++u) {
                if (unit == units[u]) return hundred + static_cast<int>(t * 10 + u);
            }
        }
    }
    return 0;
}

auto roman_value(std::string_view numeral) -> int {
    if (numeral.empty() || numeral.size() > 12) return 0;
    auto value = [](char c) {
        switch (c) {
            case 'I':
                return 1;
            case 'V':
                return 5;
            case 'X':
                return 10;
            case 'L':
                return 50;
            case 'C':
                return 100;
            default:
                return 0;
        }
    };
    int total = 0;
    for (std::size_t i = 0; i < numeral.size(); ++i) {
        const int v = value(numeral[i]);
        if (v == 0) return 0;
        const int next = i + 1 < numeral.size() ? value(numeral[i + 1]) : 0;
        total += v < next ? -v : v;
    }
    return total > 0 ? total : 0;
}

auto plenary_meeting_number(std::string_view line) -> int {
    std::size_t i = 0;
    while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
    if (i == 0 || i > 5 || line.size() < i + 2) return 0;
    const auto suffix = line.substr(i, 2);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
    auto rest = line.substr(i + 2);
    if (starts_with(rest, " (resumed)")) rest.remove_prefix(10);
    if (rest != " plenary meeting") return 0;
    return std::stoi(std::string(line.substr(0, i)));
}

void read_header_metadata(const std::vector<std::string>& header, Resolution& r) {
    std::string joined;
    for (const auto& line : header) {
        if (line.empty()) continue;
        if (!joined.empty()) joined += ' ';
        joined += line;
        if (joined.size() > 20000) break;
    }
    const std::string_view text(joined);

    // Symbol: printed at the top ("A/RES/78/45", "S/RES/2728 (2024)"), else from the title number.
    std::size_t title_line = header.size();
    std::size_t title_len = 0;
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (auto n = title_number_length(header[i]); n > 0) {
            title_line = i;
            title_len = n;
            break;
        }
    }
    std::string symbol;
    find_symbol(
        text, 0, [](const std::string& s) { return s.find("/RES/") != std::string::npos; }, symbol);
    if (symbol.empty() && title_line < header.size()) {
        symbol = normalise_symbol(std::string_view(header[title_line]).substr(0, title_len)).value_or("");
    }
    if (symbol.empty()) {  // Security Council: "Resolution 2728 (2024)"
        static const std::regex sc(R"(Resolution (\d{1,5}) \((\d{4})\))");
        std::smatch m;
        if (std::regex_search(joined, m, sc)) symbol = "S/RES/" + m.str(1) + "(" + m.str(2) + ")";
    }
    r.symbol = symbol;

    // Title: the rest of the numbered title line and the lines that follow it up to a blank.
    if (title_line < header.size()) {
        std::string title = header[title_line].substr(title_len + 1);
        for (std::size_t i = title_line + 1; i < header.size() && !header[i].empty(); ++i) {
            title += ' ' + header[i];
        }
        r.title = collapse_spaces(title);
    }

    if (title_line == header.size()) {  // no numbered title: the last block of the heading is the title
        std::size_t end = header.size();
        while (end > 0 && header[end - 1].empty()) --end;
        std::size_t begin = end;
        while (begin > 0 && !header[begin - 1].empty()) --begin;
        std::string title;
        for (std::size_t i = begin; i < end; ++i) title += (title.empty() ? "" : " ") + header[i];
        if (!title.empty() && title.front() != '[' && title.find("dopted by") == std::string::npos &&
            title.find("Distr.") == std::string::npos) {
            r.title = collapse_spaces(title);
        }
    }
    if (r.title.empty() && starts_with(symbol, "S/RES/")) {
        // Security Council resolutions have no title but their number: "Resolution 2728 (2024)".
        static const std::regex number_re(R"(^Resolution \d+ \((19|20)\d\d\)$)");
        for (const auto& line : header) {
            if (std::regex_match(line, number_re)) {
                r.title = line;
                break;
            }
        }
    }

    // Session: "Seventy-eighth session", else the symbol's session.
    static const std::regex session_re(
        R"(([A-Z][a-z]+(?:-[a-z]+)?(?: hundred(?: and)? [a-z]+(?:-[a-z]+)?)?) (?:special |emergency special )?session)");
    std::smatch sm;
    if (std::regex_search(joined, sm, session_re)) r.session = ordinal_value(sm.str(1));
    if (r.session == 0 && starts_with(symbol, "A/RES/")) {
        const auto rest = symbol.substr(6);
        std::size_t n = 0;
        while (n < rest.size() && std::isdigit(static_cast<unsigned char>(rest[n]))) ++n;
        if (n > 0 && n < rest.size() && rest[n] == '/') {
            r.session = std::stoi(rest.substr(0, n));
        } else if (const auto open = rest.find('('); open != std::string::npos) {
            r.session = roman_value(rest.substr(open + 1, rest.find(')', open) - open - 1));
        }
    }

    // Agenda item as printed.
    for (const auto& line : header) {
        for (std::string_view p : {"Agenda items ", "Agenda item "}) {
            if (starts_with(line, p)) {
                r.agenda_item = collapse_spaces(line.substr(p.size()));
                break;
            }
        }
        if (!r.agenda_item.empty()) break;
    }

    // Dates.
    for (std::string_view p : {"adopted by the General Assembly on ", "Adopted by the General Assembly on ",
                               "adopted by the Security Council", "Adopted by the Security Council",
                               "adopted by the Economic and Social Council", "adopted by the"}) {
        const auto at = text.find(p);
        if (at == std::string_view::npos) continue;
        r.adopted = find_date(text.substr(at, p.size() + 60));
        if (!r.adopted.empty()) break;
    }
    if (const auto at = text.find("Distr.:"); at != std::string_view::npos) {
        r.distributed = find_date(text.substr(at, 60));
    }

    // Committee and its report: "[on the report of the First Committee (A/78/409, para. 89)]".
    const auto open = text.find("[on the report of the ");
    const auto without = text.find("without reference to a Main Committee");
    std::size_t bracket = std::string_view::npos;
    if (open != std::string_view::npos) {
        bracket = open;
        std::string report;
        const auto close = text.find(']', open);
        const auto inner = text.substr(open, close == std::string_view::npos ? 300 : close - open);
        find_symbol(
            inner, 0, [](const std::string&) { return true; }, report);
        // The name ends at the first bracket that is not "(Fourth Committee)".
        std::size_t cut = 22;
        while (true) {
            const auto paren = inner.find(" (", cut);
            if (paren == std::string_view::npos) {
                cut = inner.size();
                break;
            }
            const auto close_paren = inner.find(')', paren);
            if (close_paren == std::string_view::npos ||
                inner.substr(paren, close_paren - paren).find("Committee") == std::string_view::npos ||
                inner.substr(paren, close_paren - paren).find('/') != std::string_view::npos) {
                cut = paren;
                break;
            }
            cut = close_paren;
        }
        auto name = inner.substr(22, cut - 22 + (cut < inner.size() && inner[cut] == ')' ? 1 : 0));
        if (report.empty() && cut < inner.size()) {  // a misprinted symbol ("A/78423"): keep it as printed
            auto token = inner.substr(cut + 2);
            token = token.substr(0, std::min(token.find(','), token.find(')')));
            if (token.size() < 40) report = std::string(token);
        }
        r.committee = collapse_spaces(name);
        r.committee_report = report;
    } else if (without != std::string_view::npos) {
        bracket = without;
        r.committee.clear();
        const auto close = text.find(']', without);
        const auto inner = text.substr(without, close == std::string_view::npos ? 300 : close - without);
        find_symbol(
            inner, 0, [](const std::string&) { return true; }, r.committee_report);
    }
    (void)bracket;

    // Security Council: "Adopted by the Security Council at its 9586th meeting, on 25 March 2024".
    static const std::regex sc_meeting(R"(Security Council at its (\d+)(?:st|nd|rd|th) meeting)");
    std::smatch mm;
    if (std::regex_search(joined, mm, sc_meeting)) r.meeting = std::stoi(mm.str(1));
}

}  // namespace unres::analyzers
