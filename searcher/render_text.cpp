/// @file
/// @brief Terminal rendering of hits, facets (with a bar chart of sessions) and resolutions.
#include "searcher/render_text.hpp"

#include "index/schema.hpp"

#include "searcher/language_links.hpp"

#include "analyzers/parser/symbol.hpp"

#include <algorithm>
#include <cctype>
#include <iomanip>
#include <sstream>

namespace unres::searcher {

namespace {

constexpr const char* bold = "\x1b[1m";
constexpr const char* dim = "\x1b[2m";
constexpr const char* cyan = "\x1b[36m";
constexpr const char* reset = "\x1b[0m";

struct Style {
    bool on;
    auto operator()(const char* code) const -> const char* { return on ? code : ""; }
};

/// Wraps the pieces at @p width columns (counting UTF-8 code points), indenting each line; marked
/// pieces are shown bold when the style is on.
void wrap(std::ostream& out, const std::vector<std::pair<std::string, bool>>& pieces, const Style& s,
          std::size_t width = 88, const std::string& indent = "   ") {
    constexpr char mark_on = '\x01';
    constexpr char mark_off = '\x02';
    std::string joined;
    for (const auto& [text, marked] : pieces) {
        if (marked) joined.push_back(mark_on);
        joined += text;
        if (marked) joined.push_back(mark_off);
    }
    std::size_t column = 0;
    bool marked = false;
    out << indent;
    std::size_t i = 0;
    while (i < joined.size()) {
        if (joined[i] == ' ' || joined[i] == '\n') {
            ++i;
            continue;
        }
        const std::size_t end = joined.find_first_of(" \n", i);
        const std::string word = joined.substr(i, end == std::string::npos ? std::string::npos : end - i);
        i = end == std::string::npos ? joined.size() : end;
        std::size_t len = 0;
        for (unsigned char c : word) len += (c & 0xC0) != 0x80 && c != mark_on && c != mark_off;
        if (column > 0 && column + 1 + len > width) {
            out << (marked ? s(reset) : "") << '\n' << indent << (marked ? s(bold) : "");
            column = 0;
        } else if (column > 0) {
            out << ' ';
            ++column;
        }
        for (char c : word) {
            if (c == mark_on) {
                marked = true;
                out << s(bold) << s(cyan);
            } else if (c == mark_off) {
                marked = false;
                out << s(reset);
            } else {
                out << c;
            }
        }
        column += len;
    }
    out << '\n';
}

}  // namespace

auto ordinal(int n) -> std::string {
    const int tens = n % 100;
    const char* suffix = "th";
    if (tens < 11 || tens > 13) {
        if (n % 10 == 1) suffix = "st";
        if (n % 10 == 2) suffix = "nd";
        if (n % 10 == 3) suffix = "rd";
    }
    return std::to_string(n) + suffix;
}

auto paragraph_label(const std::string& id) -> std::string {
    std::string label = id;
    for (auto& c : label) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return label;
}

void render_text(const SearchResult& result, std::ostream& out, bool terminal) {
    const Style s{terminal};
    if (result.total == 0) {
        out << "No paragraphs match " << '"' << result.query << "\".\n";
    } else {
        const char* what = result.collapsed ? (result.total == 1 ? " resolution" : " resolutions")
                                            : (result.total == 1 ? " paragraph" : " paragraphs");
        out << result.total << what << (result.total == 1 ? " matches" : " match");
        if (result.limit == 0) {
            out << ".\n";
        } else if (result.hits.empty()) {
            out << "; ";
            out << "--offset " << result.offset << " is past the last of them.\n";
        } else {
            out << "; showing " << result.offset + 1 << "–" << result.offset + result.hits.size() << ".\n";
        }
    }
    if (!result.did_you_mean.empty())
        out << "Did you mean: " << s(bold) << result.did_you_mean << s(reset) << "?\n";
    for (const auto& hit : result.hits) {
        out << '\n'
            << s(dim) << std::setw(3) << hit.rank << ". " << s(reset) << s(bold)
            << analyzers::printed_symbol(hit.symbol) << " · " << paragraph_label(hit.paragraph) << s(reset)
            << " · " << hit.clause << " · "
            << (hit.session > 0
                    ? ordinal(hit.session) + " session, " + hit.adopted.substr(0, 4)
                    : std::string(analyzers::issuing_body(hit.symbol)) + ", " + hit.adopted.substr(0, 4));
        if (hit.collapsed_others > 0) out << s(dim) << " (+" << hit.collapsed_others << " more)" << s(reset);
        if (!hit.change.empty() && hit.change != "unchanged")
            out << s(dim) << " [" << hit.change << "]" << s(reset);
        out << '\n';
        std::vector<std::pair<std::string, bool>> pieces;
        for (const auto& f : hit.snippet) pieces.emplace_back(f.text, f.matched);
        wrap(out, pieces, s);
        if (!hit.footnote_mark.empty()) {  // the words are in a footnote the paragraph calls
            std::vector<std::pair<std::string, bool>> note{
                {"(matched in footnote " + hit.footnote_mark + ": ", false}};
            for (const auto& f : hit.footnote_snippet) note.emplace_back(f.text, f.matched);
            note.emplace_back(")", false);
            wrap(out, note, s);
        }
    }
    if (result.facets.empty() || result.total == 0) return;
    out << '\n' << s(bold) << "Facets" << s(reset) << '\n';
    for (const auto& name : facet_names()) {
        auto it = result.facets.find(name);
        if (it == result.facets.end() || it->second.empty()) continue;
        out << "  " << s(bold) << name << s(reset) << '\n';
        Xapian::doccount top = 1;
        for (const auto& v : it->second) top = std::max(top, v.count);
        std::size_t shown = 0;
        for (const auto& v : it->second) {
            if (++shown > 8) {
                out << "    … " << it->second.size() - 8 << " more\n";
                break;
            }
            // A body by its name ("sc:" filters by the key; the name is what a librarian reads).
            const std::string shown = name == "body" ? std::string(schema::body_name(v.value)) : v.value;
            out << "    " << std::left << std::setw(28) << shown << std::right << std::setw(6) << v.count;
            if (name == "session") {
                const auto bar = static_cast<std::size_t>((20.0 * v.count) / top + 0.5);
                out << "  " << s(cyan);
                for (std::size_t i = 0; i < std::max<std::size_t>(bar, 1); ++i) out << "█";
                out << s(reset);
            }
            out << '\n';
        }
    }
}

void render_show_text(const ShowResult& show, std::ostream& out, bool terminal) {
    const Style s{terminal};
    const auto& r = show.resolution;
    out << s(bold) << analyzers::printed_symbol(r.symbol) << s(reset) << " · " << r.title << '\n';
    if (!show.language_not_indexed.empty()) {
        out << "  (not indexed in " << english_language_name(show.language_not_indexed) << "; shown in "
            << english_language_name(r.language) << ")\n";
    }
    const auto body = analyzers::issuing_body(r.symbol);
    if (body != "General Assembly") {
        // No session, plenary or Main Committee: "Security Council · adopted … at its 9586th meeting".
        out << "  " << body << " · adopted " << r.adopted;
        if (r.meeting > 0) out << " at its " << ordinal(r.meeting) << " meeting";
    } else {
        out << "  " << ordinal(r.session) << " session · adopted " << r.adopted;
        if (r.meeting > 0) out << " at the " << ordinal(r.meeting) << " plenary meeting";
        out << '\n' << "  " << (r.committee.empty() ? "without reference to a Main Committee" : r.committee);
        if (!r.committee_report.empty()) out << " (" << r.committee_report << ")";
        if (!r.agenda_item.empty()) out << " · agenda item " << r.agenda_item;
    }
    out << "\n\n";
    std::string section;
    for (const auto& p : r.paragraphs) {
        if (!show.paragraph.empty() && p.id != show.paragraph) continue;
        if (p.section != section && !p.section.empty())
            out << "  " << s(bold) << p.section << s(reset) << "\n\n";
        section = p.section;
        out << s(dim) << std::setw(6) << paragraph_label(p.id) << s(reset) << " ";
        std::vector<std::pair<std::string, bool>> pieces;
        const std::string rest = p.text.rfind(p.clause, 0) == 0 ? p.text.substr(p.clause.size()) : p.text;
        if (p.text.rfind(p.clause, 0) == 0) pieces.emplace_back(p.clause, true);
        pieces.emplace_back(rest, false);
        wrap(out, pieces, Style{false}, 88, "");
        out << '\n';
    }
    if (show.paragraph.empty() && !r.footnotes.empty()) {
        for (const auto& f : r.footnotes)
            out << "  " << s(dim) << f.mark << " " << f.text << s(reset) << '\n';
    }
    if (!show.cited_by.empty()) {
        out << '\n' << "  " << s(bold) << "Cited by" << s(reset) << '\n';
        for (const auto& c : show.cited_by) {
            out << "    " << c.symbol << ":";
            for (const auto& p : c.paragraphs) out << ' ' << paragraph_label(p);
            out << '\n';
        }
    }
}

void render_tsv(const SearchResult& result, const std::string& qid, std::ostream& out) {
    for (const auto& hit : result.hits) {
        out << qid << '\t' << hit.rank << '\t' << hit.id << '\t' << hit.score << '\n';
    }
}

auto tsv_field(std::string text) -> std::string {
    for (auto& c : text) {
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    }
    return text;
}

}  // namespace unres::searcher
