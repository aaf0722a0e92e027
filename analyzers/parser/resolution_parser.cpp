/// @file
/// @brief parse_resolution(): zones of a resolution (heading, body, annex) and their assembly.
#include "analyzers/parser/resolution_parser.hpp"

#include "analyzers/error.hpp"
#include "analyzers/parser/citations.hpp"
#include "analyzers/parser/localized_clauses.hpp"
#include "analyzers/parser/localized_metadata.hpp"
#include "analyzers/parser/localized_numbering.hpp"
#include "analyzers/parser/metadata.hpp"
#include "analyzers/parser/paragraph_builder.hpp"
#include "analyzers/parser/source_lines.hpp"
#include "analyzers/parser/symbol.hpp"

#include <algorithm>

namespace unres::analyzers {
namespace {

auto plain_text(const SourceLine& line) -> std::string {
    return collapse_spaces(strip_marks(line.text, nullptr));
}

/// "The General Assembly," (or the Council's): the line that opens the body.
auto is_opening_line(const std::string& t) -> bool {
    if (t.size() > 45) return false;
    for (std::string_view organ : {"The General Assembly", "The Security Council",
                                   "The Economic and Social Council", "The Human Rights Council"}) {
        if (t.rfind(organ, 0) != 0) continue;
        const auto rest = std::string_view(t).substr(organ.size());
        return rest.empty() || rest == "," || rest == ":" || rest == ", " || rest == ",*";
    }
    return false;
}

/// The numbered title line ("78/45. Title"): its index, or npos.
auto title_line(const std::vector<SourceLine>& lines, std::size_t end) -> std::size_t {
    for (std::size_t i = 0; i < end && i < lines.size(); ++i) {
        const auto t = plain_text(lines[i]);
        const auto n = symbol_length(t, 0);
        if (n > 0 && n < t.size() && t[n] == '.' && (t.find('/') < n || t.find('(') < n)) return i;
    }
    return std::string::npos;
}

auto error(const std::string& file, int line, const std::string& reason) -> SourceError {
    return SourceError(file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + reason);
}

/// Where the body starts: after "The General Assembly," (@p opening, the heading ends there), else after
/// the numbered title's block.
struct BodyStart {
    std::size_t opening = 0;
    std::size_t body_begin = 0;
};

auto find_body_start(const std::vector<SourceLine>& lines, const std::string& language,
                     const std::string& file) -> BodyStart {
    const std::size_t n = lines.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (is_opening_line(plain_text(lines[i])) || is_localized_opening(plain_text(lines[i]), language))
            return {i, i + 1};
    }
    const auto title = title_line(lines, n);
    if (title == std::string::npos) {
        throw error(file, 0, "not a resolution (no \"The General Assembly,\" line and no numbered title)");
    }
    std::size_t opening = title;
    while (opening < n && !lines[opening].blank()) ++opening;
    return {opening, opening};
}

/// Where the body ends and the annex starts: at the "42nd plenary meeting" line (whose number goes to
/// @p r), the annex after it and the adoption date; both at the end when there is none.
auto find_body_end(const std::vector<SourceLine>& lines, std::size_t body_begin, const std::string& language,
                   Resolution& r) -> std::pair<std::size_t, std::size_t> {
    const std::size_t n = lines.size();
    for (std::size_t i = body_begin; i < n; ++i) {
        const auto t = plain_text(lines[i]);
        const int meeting = std::max(plenary_meeting_number(t), localized_meeting_number(t, language));
        if (meeting <= 0) continue;
        r.meeting = meeting;
        std::size_t annex_begin = i + 1;
        while (annex_begin < n &&
               (lines[annex_begin].blank() || !iso_date(plain_text(lines[annex_begin])).empty() ||
                !localized_date(plain_text(lines[annex_begin]), language).empty())) {
            ++annex_begin;
        }
        return {i, annex_begin};
    }
    return {n, n};
}

/// The resolutions each paragraph cites, in its text and in the footnotes it calls (each footnote counted
/// once), and all the resolution cites; never itself.
void collect_citations(Resolution& r) {
    const auto own = r.symbol;
    auto drop_own = [&](std::vector<std::string> cites) {
        cites.erase(std::remove(cites.begin(), cites.end(), own), cites.end());
        return cites;
    };
    std::vector<std::vector<std::string>> note_cites;
    for (const auto& note : r.footnotes) note_cites.push_back(drop_own(find_cites(note.text)));
    std::vector<bool> note_used(r.footnotes.size(), false);
    for (auto& p : r.paragraphs) {
        p.cites = drop_own(find_cites(p.text));
        for (const auto& mark : p.footnote_refs) {
            for (std::size_t k = 0; k < r.footnotes.size(); ++k) {
                if (r.footnotes[k].mark != mark || note_used[k]) continue;
                append_unique(p.cites, note_cites[k]);
                note_used[k] = true;
                break;
            }
        }
        append_unique(r.cites, p.cites);
    }
    for (std::size_t k = 0; k < r.footnotes.size(); ++k) append_unique(r.cites, note_cites[k]);
}

}  // namespace

auto parse_resolution(std::string_view text, const std::string& file, const std::string& language,
                      const WordCounts* corpus) -> Resolution {
    if (text.size() > max_source_bytes) {
        throw error(file, 0,
                    "too large (" + std::to_string(text.size()) + " bytes; the limit is " +
                        std::to_string(max_source_bytes) + ")");
    }
    if (text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) throw error(file, 0, "empty file");

    // Files from old Macs end lines with a lone CR, Windows files with CRLF: read both as LF.
    const std::string unix_text =
        text.find('\r') == std::string_view::npos ? std::string() : unix_line_endings(text);
    if (!unix_text.empty()) text = unix_text;
    // Other languages print paragraph numbers in other styles: rewrite them to "12. " and "(a) " first.
    const std::string renumbered = language == "en" ? std::string() : normalise_numbering(text);
    const SourceText source = read_source_lines(language == "en" ? text : std::string_view(renumbered));
    const auto& lines = source.lines;
    const std::size_t n = lines.size();

    // Zones: heading | body (after "The General Assembly,") | annex (after "42nd plenary meeting").
    const BodyStart start = find_body_start(lines, language, file);
    Resolution r;
    r.file = file;
    r.language = language;
    std::vector<std::string> header;
    for (std::size_t i = 0; i < start.opening && i < n; ++i) header.push_back(plain_text(lines[i]));
    read_header_metadata(header, r);
    if (language != "en") read_localized_metadata(header, r);
    const auto [body_end, annex_begin] = find_body_end(lines, start.body_begin, language, r);
    // Everything is keyed by the symbol (ids, incremental runs, citations): no symbol, no resolution.
    if (r.symbol.empty()) {
        throw error(file, 0,
                    "no document symbol found (neither A/RES/… nor a numbered title like \"78/45. …\")");
    }
    build_paragraphs(source, start.body_begin, body_end, false, r, corpus);
    if (annex_begin < n) build_paragraphs(source, annex_begin, n, true, r, corpus);
    assign_paragraph_ids(r);
    localize_clauses(r);
    for (auto& p : r.paragraphs) {  // labels as printed ("(أ)"); ids keep the Latin letter ("op2.a")
        for (auto& sub : p.subparagraphs) {
            const auto& id = sub.id;
            if (sub.label.size() == 3) sub.label = printed_sub_label(language, id.substr(id.rfind('.') + 1));
        }
    }
    r.footnotes = source.footnotes;
    collect_citations(r);
    if (r.paragraphs.empty()) {
        throw error(file, static_cast<int>(start.body_begin < n ? lines[start.body_begin].number : 0),
                    "not a resolution (no paragraphs after \"The General Assembly,\")");
    }
    return r;
}

}  // namespace unres::analyzers
