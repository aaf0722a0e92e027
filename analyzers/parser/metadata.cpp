/// @file
/// @brief Reading the heading block of a resolution (see metadata.hpp).
#include "analyzers/parser/metadata.hpp"

#include "analyzers/parser/source_lines.hpp"
#include "analyzers/parser/symbol.hpp"
#include "analyzers/text/ascii.hpp"

#include <array>
#include <cctype>
#include <regex>

namespace unres::analyzers {
namespace {

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
    std::string w = ascii_lower(word);
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

namespace {

/// The header's lines joined by spaces (at most about 20,000 bytes): what the metadata is searched in.
auto joined_header(const std::vector<std::string>& header) -> std::string {
    std::string joined;
    for (const auto& line : header) {
        if (line.empty()) continue;
        if (!joined.empty()) joined += ' ';
        joined += line;
        if (joined.size() > 20000) break;
    }
    return joined;
}

/// Where the numbered title ("78/45. Anti-personnel mines") stands: its line and the length of its number.
struct TitleLine {
    std::size_t line = 0;    ///< header.size() when there is none
    std::size_t number = 0;  ///< bytes of "78/45."
};

auto find_title_line(const std::vector<std::string>& header) -> TitleLine {
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (auto n = title_number_length(header[i]); n > 0) return {i, n};
    }
    return {header.size(), 0};
}

/// Symbol: printed at the top ("A/RES/78/45", "S/RES/2728 (2024)"), else from the title number, else a
/// Security Council "Resolution 2728 (2024)".
auto read_symbol(const std::vector<std::string>& header, const std::string& joined, const TitleLine& title)
    -> std::string {
    std::string symbol;
    find_symbol(
        joined, 0, [](const std::string& s) { return s.find("/RES/") != std::string::npos; }, symbol);
    if (symbol.empty() && title.line < header.size()) {
        symbol = normalise_symbol(std::string_view(header[title.line]).substr(0, title.number)).value_or("");
    }
    if (symbol.empty()) {
        static const std::regex sc(R"(Resolution (\d{1,5}) \((\d{4})\))");
        std::smatch m;
        if (std::regex_search(joined, m, sc)) symbol = "S/RES/" + m.str(1) + "(" + m.str(2) + ")";
    }
    return symbol;
}

/// Title: the rest of the numbered title line and the lines after it up to a blank; with no numbered
/// title, the heading's last block; a Security Council resolution's is its number.
auto read_title(const std::vector<std::string>& header, const TitleLine& title_line,
                const std::string& symbol) -> std::string {
    if (title_line.line < header.size()) {
        std::string title = header[title_line.line].substr(title_line.number + 1);
        for (std::size_t i = title_line.line + 1; i < header.size() && !header[i].empty(); ++i) {
            title += ' ' + header[i];
        }
        return collapse_spaces(title);
    }
    std::size_t end = header.size();
    while (end > 0 && header[end - 1].empty()) --end;
    std::size_t begin = end;
    while (begin > 0 && !header[begin - 1].empty()) --begin;
    std::string title;
    for (std::size_t i = begin; i < end; ++i) title += (title.empty() ? "" : " ") + header[i];
    if (!title.empty() && title.front() != '[' && title.find("dopted by") == std::string::npos &&
        title.find("Distr.") == std::string::npos) {
        return collapse_spaces(title);
    }
    if (starts_with(symbol, "S/RES/")) {
        // Security Council resolutions have no title but their number: "Resolution 2728 (2024)".
        static const std::regex number_re(R"(^Resolution \d+ \((19|20)\d\d\)$)");
        for (const auto& line : header) {
            if (std::regex_match(line, number_re)) return line;
        }
    }
    return "";
}

/// Session: "Seventy-eighth session", else the session of a GA symbol ("78/45", "1514 (XV)").
auto read_session(const std::string& joined, const std::string& symbol) -> int {
    static const std::regex session_re(
        R"(([A-Z][a-z]+(?:-[a-z]+)?(?: hundred(?: and)? [a-z]+(?:-[a-z]+)?)?) (?:special |emergency special )?session)");
    std::smatch sm;
    if (std::regex_search(joined, sm, session_re)) {
        if (const int session = ordinal_value(sm.str(1)); session != 0) return session;
    }
    if (!starts_with(symbol, "A/RES/")) return 0;
    const auto rest = symbol.substr(6);
    std::size_t n = 0;
    while (n < rest.size() && std::isdigit(static_cast<unsigned char>(rest[n]))) ++n;
    if (n > 0 && n < rest.size() && rest[n] == '/') return std::stoi(rest.substr(0, n));
    if (const auto open = rest.find('('); open != std::string::npos) {
        return roman_value(rest.substr(open + 1, rest.find(')', open) - open - 1));
    }
    return 0;
}

/// The agenda item as printed ("Agenda item 99 (m)").
auto read_agenda_item(const std::vector<std::string>& header) -> std::string {
    for (const auto& line : header) {
        for (std::string_view p : {"Agenda items ", "Agenda item "}) {
            if (starts_with(line, p)) return collapse_spaces(line.substr(p.size()));
        }
    }
    return "";
}

/// The adoption date ("Resolution adopted by the General Assembly on 4 December 2023").
auto read_adopted(std::string_view text) -> std::string {
    for (std::string_view p : {"adopted by the General Assembly on ", "Adopted by the General Assembly on ",
                               "adopted by the Security Council", "Adopted by the Security Council",
                               "adopted by the Economic and Social Council", "adopted by the"}) {
        const auto at = text.find(p);
        if (at == std::string_view::npos) continue;
        if (auto date = find_date(text.substr(at, p.size() + 60)); !date.empty()) return date;
    }
    return "";
}

/// The committee's name ends at the first bracket that is not "(Fourth Committee)": where it ends in
/// @p inner ("[on the report of the …"), from byte 22.
auto committee_name_end(std::string_view inner) -> std::size_t {
    std::size_t cut = 22;
    while (true) {
        const auto paren = inner.find(" (", cut);
        if (paren == std::string_view::npos) return inner.size();
        const auto close_paren = inner.find(')', paren);
        if (close_paren == std::string_view::npos ||
            inner.substr(paren, close_paren - paren).find("Committee") == std::string_view::npos ||
            inner.substr(paren, close_paren - paren).find('/') != std::string_view::npos) {
            return paren;
        }
        cut = close_paren;
    }
}

/// Committee and its report: "[on the report of the First Committee (A/78/409, para. 89)]", or "[without
/// reference to a Main Committee (A/78/L.10)]".
void read_committee(std::string_view text, Resolution& r) {
    const auto open = text.find("[on the report of the ");
    const auto without = text.find("without reference to a Main Committee");
    if (open != std::string_view::npos) {
        std::string report;
        const auto close = text.find(']', open);
        const auto inner = text.substr(open, close == std::string_view::npos ? 300 : close - open);
        find_symbol(
            inner, 0, [](const std::string&) { return true; }, report);
        const std::size_t cut = committee_name_end(inner);
        auto name = inner.substr(22, cut - 22 + (cut < inner.size() && inner[cut] == ')' ? 1 : 0));
        if (report.empty() && cut < inner.size()) {  // a misprinted symbol ("A/78423"): keep it as printed
            auto token = inner.substr(cut + 2);
            token = token.substr(0, std::min(token.find(','), token.find(')')));
            if (token.size() < 40) report = std::string(token);
        }
        r.committee = collapse_spaces(name);
        r.committee_report = report;
    } else if (without != std::string_view::npos) {
        r.committee.clear();
        const auto close = text.find(']', without);
        const auto inner = text.substr(without, close == std::string_view::npos ? 300 : close - without);
        find_symbol(
            inner, 0, [](const std::string&) { return true; }, r.committee_report);
    }
}

/// Security Council: "Adopted by the Security Council at its 9586th meeting, on 25 March 2024".
auto read_meeting(const std::string& joined) -> int {
    static const std::regex sc_meeting(R"(Security Council at its (\d+)(?:st|nd|rd|th) meeting)");
    std::smatch mm;
    return std::regex_search(joined, mm, sc_meeting) ? std::stoi(mm.str(1)) : 0;
}

}  // namespace

void read_header_metadata(const std::vector<std::string>& header, Resolution& r) {
    const std::string joined = joined_header(header);
    const std::string_view text(joined);
    const TitleLine title = find_title_line(header);
    r.symbol = read_symbol(header, joined, title);
    if (auto printed = read_title(header, title, r.symbol); !printed.empty()) r.title = std::move(printed);
    if (const int session = read_session(joined, r.symbol); session != 0) r.session = session;
    if (auto item = read_agenda_item(header); !item.empty()) r.agenda_item = std::move(item);
    if (auto adopted = read_adopted(text); !adopted.empty()) r.adopted = std::move(adopted);
    if (const auto at = text.find("Distr.:"); at != std::string_view::npos) {
        r.distributed = find_date(text.substr(at, 60));
    }
    read_committee(text, r);
    if (const int meeting = read_meeting(joined); meeting != 0) r.meeting = meeting;
}

}  // namespace unres::analyzers
