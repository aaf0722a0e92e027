/// @file
/// @brief The `pdftotext -layout` reader: page furniture, footnote blocks and indentation blocks.
#include "analyzers/parser/source_lines.hpp"

#include "analyzers/parser/clause_lexicon.hpp"
#include "analyzers/text/ascii.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

namespace unres::analyzers {
namespace {

auto is_digit(char c) -> bool { return c >= '0' && c <= '9'; }
auto is_alpha(char c) -> bool { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

auto split_words(std::string_view s) -> std::vector<std::string_view> {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ') ++i;
        if (i > start) words.push_back(s.substr(start, i - start));
    }
    return words;
}

auto all_digits(std::string_view s) -> bool {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return is_digit(c); });
}

/// "23-24508" (a UN job number), optionally followed by '*'.
auto is_job_number(std::string_view w) -> bool {
    if (!w.empty() && w.back() == '*') w.remove_suffix(1);
    return w.size() == 8 && all_digits(w.substr(0, 2)) && w[2] == '-' && all_digits(w.substr(3));
}

/// "2/3": a page number.
auto is_page_number(std::string_view w) -> bool {
    const auto slash = w.find('/');
    return slash != std::string_view::npos && all_digits(w.substr(0, slash)) &&
           all_digits(w.substr(slash + 1));
}

/// Running footer lines: "23-24508 (E)  191223", "*2324508*", "2/3   23-24508", "23-24508   3/3".
auto is_footer_line(std::string_view line) -> bool {
    const auto words = split_words(line);
    if (words.empty()) return false;
    if (words.size() == 1 && words[0].size() > 6 && words[0].front() == '*' && words[0].back() == '*' &&
        all_digits(words[0].substr(1, words[0].size() - 2))) {
        return true;  // barcode
    }
    bool job = false;
    for (auto w : words) {
        if (is_job_number(w)) {
            job = true;
        } else if (!(w == "(E)" || (w.size() == 6 && all_digits(w)) || is_page_number(w))) {
            return false;
        }
    }
    return job;
}

auto is_rule(std::string_view line) -> bool {
    const auto t = trim(line);
    return t.size() >= 5 && t.find_first_not_of('_') == std::string_view::npos;
}

/// A footnote mark alone ("1", "12", "*", "**", "a") or "" if @p t is none.
auto mark_token(std::string_view t) -> bool {
    if (t.empty() || t.size() > 3) return false;
    if (all_digits(t)) return true;
    return t.find_first_not_of('*') == std::string_view::npos ||
           (t.size() == 1 && t[0] >= 'a' && t[0] <= 'z');
}

struct RawLine {
    std::string_view text;  // untrimmed
    int number = 0;
    int indent = 0;
    bool dropped = false;
    [[nodiscard]] auto trimmed() const -> std::string_view { return trim(text); }
};

using Page = std::vector<RawLine>;

/// Words before a number that make it a quantity or a reference, not a footnote mark.
auto is_reference_word(std::string_view w) -> bool {
    static const std::array<std::string_view, 58> words = {"article",
                                                           "articles",
                                                           "paragraph",
                                                           "paragraphs",
                                                           "para",
                                                           "paras",
                                                           "resolution",
                                                           "resolutions",
                                                           "decision",
                                                           "decisions",
                                                           "of",
                                                           "and",
                                                           "or",
                                                           "to",
                                                           "from",
                                                           "chapter",
                                                           "chapters",
                                                           "annex",
                                                           "section",
                                                           "sections",
                                                           "rule",
                                                           "rules",
                                                           "principle",
                                                           "principles",
                                                           "goal",
                                                           "goals",
                                                           "target",
                                                           "targets",
                                                           "no",
                                                           "nos",
                                                           "vol",
                                                           "page",
                                                           "pages",
                                                           "than",
                                                           "by",
                                                           "on",
                                                           "in",
                                                           "at",
                                                           "for",
                                                           "the",
                                                           "with",
                                                           "between",
                                                           "protocol",
                                                           "part",
                                                           "level",
                                                           "table",
                                                           "item",
                                                           "items",
                                                           "recommendation",
                                                           "recommendations",
                                                           "phase",
                                                           "volume",
                                                           "appendix",
                                                           "over",
                                                           "under",
                                                           "least",
                                                           "only",
                                                           "sdg"};
    std::string lower;
    for (char c : w) {
        if (is_alpha(c)) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return std::find(words.begin(), words.end(), lower) != words.end();
}

auto is_quantity_word(std::string_view w) -> bool {
    static const std::array<std::string_view, 20> words = {
        "January", "February",  "March",   "April",    "May",      "June", "July",
        "August",  "September", "October", "November", "December", "per",  "percent",
        "million", "billion",   "dollars", "years",    "%",        "to"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

/// "programmes 5, 7, 9": a number in a list (followed by ", 7" or " and 7") is no mark.
auto in_number_list(const std::string& s, std::size_t end) -> bool {
    const auto rest = std::string_view(s).substr(end);
    // A plain number follows ("7", "12,"), not a symbol ("4/10") or a year-like reference.
    const auto digit_after = [&](std::size_t k) {
        std::size_t e = k;
        while (e < rest.size() && is_digit(rest[e])) ++e;
        if (e == k || e - k > 3) return false;
        if (e == rest.size() || rest[e] == ',' || rest[e] == ';') return true;
        if (rest[e] != ' ') return false;
        auto next = rest.substr(e + 1);
        return !is_quantity_word(next.substr(0, next.find(' ')));  // "and 27 January": a date, not a list
    };
    if (rest.rfind(", ", 0) == 0 && digit_after(2)) return true;
    if ((rest.rfind(" and ", 0) == 0 || rest.rfind(" to ", 0) == 0 || rest.rfind(" or ", 0) == 0) &&
        digit_after(rest[1] == 't' || rest[1] == 'o' ? 4 : 5)) {
        return true;
    }
    return false;
}

/// "East,1" or "of 2025,1" at a line's end: a digit mark glued to the punctuation after a word.
auto glued_after_punctuation(const std::string& s, std::size_t pos, std::size_t end) -> bool {
    if (pos < 2) return false;
    const char punct = s[pos - 1];
    const char p = s[pos - 2];
    if (punct != ',' && punct != ';' && punct != ':' && punct != '.') return false;
    bool word_before = is_alpha(p) || p == ')' || p == '"' || static_cast<unsigned char>(p) >= 0x80;
    // After a full stop only where a sentence ends ("Add.1 of" is a symbol).
    if (punct == '.' && end < s.size() &&
        !(s[end] == ' ' && end + 1 < s.size() && std::isupper(static_cast<unsigned char>(s[end + 1])) != 0)) {
        word_before = false;
    }
    // After a number only at the line's end ("2025,1"), never inside one ("2.5", "1,000").
    const bool number_before = is_digit(p) && punct == ',' && end == s.size();
    return word_before || number_before;
}

/// "in 20142": a mark of one or two digits glued to a year (19xx, 20xx) that stands alone.
auto glued_after_year(const std::string& s, std::size_t pos, const std::string& mark) -> bool {
    if (mark.size() > 2 || pos < 4) return false;
    const auto year = std::string_view(s).substr(pos - 4, 4);
    if (!all_digits(year) || !(year.rfind("19", 0) == 0 || year.rfind("20", 0) == 0)) return false;
    if (pos == 4) return true;
    const char before = s[pos - 5];
    return before == ' ' || before == '(';
}

/// Wraps the first plausible occurrence of footnote @p mark at or after (line, col) in @p lines.
auto wrap_mark(std::vector<std::string>& lines, const std::string& mark, std::size_t& line, std::size_t& col)
    -> bool {
    for (std::size_t l = line; l < lines.size(); ++l) {
        std::string& s = lines[l];
        std::size_t pos = (l == line) ? col : 0;
        while ((pos = s.find(mark, pos)) != std::string::npos) {
            const std::size_t end = pos + mark.size();
            const bool space_before = pos >= 2 && s[pos - 1] == ' ' && s[pos - 2] != ' ';
            const bool glued = pos >= 1 && mark == "*" && s[pos - 1] != ' ';
            const bool ends_ok = end == s.size() || s[end] == ' ' || s[end] == ',' || s[end] == ';' ||
                                 (s[end] == '.' && (end + 1 == s.size() || s[end + 1] == ' ')) ||
                                 s[end] == ')';
            bool ok = (space_before || glued) && ends_ok && !is_digit(s[pos - 1]) &&
                      (all_digits(mark) ? !is_digit(s[pos - 2]) : true);
            if (ok && space_before && all_digits(mark) && in_number_list(s, end)) ok = false;
            if (!ok && ends_ok && all_digits(mark) &&
                (glued_after_punctuation(s, pos, end) || glued_after_year(s, pos, mark))) {
                ok = true;  // "East,1", "of 2025,1" (at the line's end), "in 20142": pdftotext glued the mark
            } else if (ok && space_before) {
                const char p = s[pos - 2];
                ok = is_alpha(p) || p == '.' || p == ',' || p == ';' || p == ':' || p == ')' || p == '"' ||
                     static_cast<unsigned char>(p) >= 0x80;
                std::size_t ws = s.rfind(' ', pos - 2);
                ws = ws == std::string::npos ? 0 : ws + 1;
                const auto prev = std::string_view(s).substr(ws, pos - 1 - ws);
                if (ok && is_reference_word(prev) && prev.back() != ',' && prev.back() != '.') ok = false;
                if (ok && end < s.size()) {
                    auto next = std::string_view(s).substr(end + 1);
                    next = next.substr(0, next.find(' '));
                    if (is_quantity_word(next)) ok = false;
                }
            }
            if (ok) {
                s.insert(end, 1, mark_close);
                s.insert(pos, 1, mark_open);
                line = l;
                col = end + 2;
                return true;
            }
            pos = end;
        }
    }
    return false;
}

/// Reads the footnote lines under a page's rule into @p notes; false if they do not look like footnotes.
auto read_footnotes(const std::vector<RawLine*>& lines, std::vector<Footnote>& notes) -> bool {
    std::vector<Footnote> found;
    for (const RawLine* raw : lines) {
        const auto t = raw->trimmed();
        if (t.empty()) continue;
        const auto words = split_words(t);
        const auto gap = t.find("  ");
        if (mark_token(t)) {
            found.push_back({std::string(t), ""});
        } else if (gap != std::string_view::npos && mark_token(t.substr(0, gap))) {
            found.push_back({std::string(t.substr(0, gap)), collapse_spaces(t.substr(gap))});
        } else if (words.size() > 1 && words[0].find_first_not_of('*') == std::string_view::npos &&
                   mark_token(words[0])) {  // "* Reissued for technical reasons …": one space after a star
            found.push_back({std::string(words[0]), collapse_spaces(t.substr(words[0].size()))});
        } else if (!found.empty()) {
            auto& text = found.back().text;
            if (!text.empty() && text.back() == '-' && text.size() > 1 && is_alpha(text[text.size() - 2])) {
                text += std::string(t);
            } else {
                if (!text.empty()) text.push_back(' ');
                text += collapse_spaces(t);
            }
        } else {
            return false;
        }
    }
    if (found.empty()) return false;
    for (auto& note : found) notes.push_back(std::move(note));
    return true;
}

/// The body indent of a page: the leftmost indent shared by enough full-width lines (wrapped body
/// text); paragraph first lines, nested lists and quotes stand deeper. @p fallback if none.
auto body_indent(const Page& page, int fallback) -> int {
    std::map<int, int> counts;
    int total = 0;
    for (const auto& l : page) {
        if (!l.dropped && l.trimmed().size() >= 50) {
            ++counts[l.indent];
            ++total;
        }
    }
    for (const auto& [indent, count] : counts) {
        if (count >= 3 || count * 4 >= total) return indent;
    }
    return counts.empty() ? fallback : counts.begin()->first;
}

/// "12. Text" or "(a) Text": a line that opens a numbered paragraph or a sub-paragraph.
auto opens_numbered(std::string_view t) -> bool {
    std::size_t n = 0;
    if (!t.empty() && t[0] == '(') {
        n = 1;
        while (n < t.size() && n <= 5 && t[n] >= 'a' && t[n] <= 'z') ++n;
        if (n == 1 || n >= t.size() || t[n] != ')') return false;
        ++n;
    } else {
        while (n < t.size() && is_digit(t[n])) ++n;
        if (n == 0 || n > 3 || n >= t.size() || t[n] != '.') return false;
        ++n;
    }
    if (n >= t.size() || t[n] != ' ') return false;
    while (n < t.size() && t[n] == ' ') ++n;
    if (n >= t.size()) return false;
    const auto c = static_cast<unsigned char>(t[n]);
    return std::isupper(c) != 0 || c == '(' || c == '"' || c >= 0x80;
}

/// Ends with , ; . : (a line after which a new paragraph may start).
auto ends_clause(std::string_view t) -> bool {
    return !t.empty() && std::string_view(",;.:").find(t.back()) != std::string_view::npos;
}

/// "I", "IV.", "A", "B." alone, or "I. Title" / "A. Title": a section heading line.
auto is_heading_line(std::string_view t) -> bool {
    std::size_t n = 0;
    while (n < t.size() && (t[n] == 'I' || t[n] == 'V' || t[n] == 'X' || t[n] == 'L')) ++n;
    if (n == 0 && !t.empty() && t[0] >= 'A' && t[0] <= 'Z') n = 1;
    if (n == 0 || n > 6) return false;
    if (n == t.size()) return true;
    if (t[n] == '.' && n + 1 == t.size()) return true;
    if (t[n] == '.' && n + 1 < t.size() && t[n + 1] == ' ') {
        const auto rest = trim(t.substr(n + 1));
        return !rest.empty() && std::isupper(static_cast<unsigned char>(rest[0])) != 0 && t.size() < 140 &&
               t.back() != '.' && t.back() != ',' && t.back() != ';';
    }
    return false;
}

/// The document symbol printed at the top of page 1 ("A/RES/78/45"), or "".
auto page_one_symbol(const Page& page) -> std::string {
    for (std::size_t i = 0; i < page.size() && i < 6; ++i) {
        for (auto w : split_words(page[i].text)) {
            if (w.find("/RES/") != std::string_view::npos) return std::string(w);
        }
    }
    return "";
}

/// "***" or "* * *" alone: the mark between two parts of a text.
auto is_separator_line(std::string_view t) -> bool {
    return std::count(t.begin(), t.end(), '*') >= 3 && t.find_first_not_of("* ") == std::string_view::npos;
}

/// Takes the italic marks of a PDF's page text out of @p text into @p unmarked; returns each marked
/// line's opening italic phrase by line number (empty when @p text has no marks: @p unmarked is unused).
auto take_italic_marks(std::string_view text, std::string& unmarked) -> std::map<int, std::string> {
    std::map<int, std::string> phrases;
    if (text.find(italic_open) == std::string_view::npos) return phrases;
    unmarked.reserve(text.size());
    int number = 1;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text.compare(i, italic_open.size(), italic_open) == 0) {
            const auto close = text.find(italic_close, i);
            const auto eol = text.find('\n', i);
            if (close != std::string_view::npos && (eol == std::string_view::npos || close < eol)) {
                const auto phrase = text.substr(i + italic_open.size(), close - i - italic_open.size());
                phrases.emplace(number, collapse_spaces(std::string(phrase)));
                unmarked.append(phrase);
                i = close + italic_close.size();
                continue;
            }
            i += italic_open.size();
            continue;
        }
        if (text.compare(i, italic_close.size(), italic_close) == 0) {
            i += italic_close.size();
            continue;
        }
        if (text[i] == '\n') ++number;
        unmarked.push_back(text[i]);
        ++i;
    }
    return phrases;
}

/// The lines of @p text by page, numbered from 1: a form feed opens a page, also inside a line.
auto split_pages(std::string_view text) -> std::vector<Page> {
    std::vector<Page> pages(1);
    int number = 0;
    const auto indent_of = [](std::string_view line) {
        int indent = 0;
        while (static_cast<std::size_t>(indent) < line.size() && line[indent] == ' ') ++indent;
        return indent;
    };
    std::size_t start = 0;
    while (start <= text.size()) {
        auto eol = text.find('\n', start);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view line = text.substr(start, eol - start);
        ++number;
        while (!line.empty() && line.front() == '\f') {
            pages.emplace_back();
            line.remove_prefix(1);
        }
        RawLine raw;
        raw.text = line;
        raw.number = number;
        raw.indent = indent_of(line);
        if (const auto ff = line.find('\f'); ff != std::string_view::npos) {
            raw.text = line.substr(0, ff);
            pages.back().push_back(raw);
            pages.emplace_back();
            raw.text = line.substr(ff + 1);
            raw.indent = indent_of(raw.text);
        }
        pages.back().push_back(raw);
        if (eol == text.size()) break;
        start = eol + 1;
    }
    return pages;
}

/// Drops a page's running header: its first lines up to a blank, holding @p symbol (or another
/// resolution symbol) or repeating a header seen before (@p header_texts) or page one's text.
void drop_running_header(Page& page, const std::string& symbol, const std::string& page_one_text,
                         std::vector<std::string>& header_texts) {
    std::size_t i = 0;
    while (i < page.size() && (page[i].dropped || page[i].trimmed().empty())) ++i;
    std::size_t j = i;
    bool has_symbol = false;
    std::string group;
    while (j < page.size() && !page[j].trimmed().empty() && j - i < 8) {
        for (auto w : split_words(page[j].text)) {
            if ((!symbol.empty() && w == symbol) || w.rfind("A/RES/", 0) == 0 || w.rfind("S/RES/", 0) == 0) {
                has_symbol = true;
            }
        }
        group += collapse_spaces(page[j].text) + " ";
        ++j;
    }
    const bool known = std::find(header_texts.begin(), header_texts.end(), group) != header_texts.end() ||
                       (!group.empty() && page_one_text.find(group) != std::string::npos && j - i <= 6);
    if (j > i && (j == page.size() || page[j].trimmed().empty()) && (has_symbol || known)) {
        for (std::size_t k = 0; k < j; ++k) page[k].dropped = true;
        if (j < page.size()) page[j].dropped = true;
        header_texts.push_back(group);
    }
}

/// The footnote block under the last rule of @p page, its lines dropped from the body.
auto take_footnotes(Page& page) -> std::vector<Footnote> {
    std::vector<Footnote> notes;
    for (std::size_t r = page.size(); r-- > 0;) {
        if (page[r].dropped || !is_rule(page[r].text)) continue;
        std::vector<RawLine*> below;
        for (std::size_t k = r + 1; k < page.size(); ++k) {
            if (!page[k].dropped) below.push_back(&page[k]);
        }
        if (read_footnotes(below, notes)) {
            page[r].dropped = true;
            for (auto* l : below) l->dropped = true;
        }
        break;
    }
    return notes;
}

/// The body lines a page keeps and their texts, with the marks of @p notes wrapped where they stand in
/// reading order ("***" between parts is a break with no text, and no mark).
struct PageBody {
    std::vector<std::string> texts;
    std::vector<const RawLine*> lines;
};

auto page_body(const Page& page, const std::vector<Footnote>& notes) -> PageBody {
    PageBody body;
    for (const auto& l : page) {
        if (l.dropped) continue;
        body.texts.emplace_back(is_separator_line(l.trimmed()) ? std::string_view() : l.text);
        body.lines.push_back(&l);
    }
    std::size_t line = 0;
    std::size_t col = 0;
    for (const auto& note : notes) {
        std::size_t l2 = line;
        std::size_t c2 = col;
        if (wrap_mark(body.texts, note.mark, l2, c2)) {
            line = l2;
            col = c2;
        }
    }
    return body;
}

/// Appends a page's body lines to @p out, each marked where a unit (paragraph, heading, item) starts: after
/// a blank line, at a heading or a number, or at an indent away from the page's body @p indent.
void append_source_lines(const PageBody& body, int indent, bool first_page,
                         const std::map<int, std::string>& emphasis_by_line, SourceText& out) {
    const auto& lexicon = ClauseLexicon::english();
    bool after_blank = first_page;
    int previous_indent = -1;
    std::string previous_text;
    for (std::size_t k = 0; k < body.lines.size(); ++k) {
        SourceLine sl;
        sl.number = body.lines[k]->number;
        sl.indent = body.lines[k]->indent;
        sl.text = std::string(trim(body.texts[k]));
        if (const auto it = emphasis_by_line.find(sl.number); it != emphasis_by_line.end()) {
            sl.emphasis = it->second;
        }
        if (sl.text.empty()) {
            after_blank = true;
            out.lines.push_back(std::move(sl));
            continue;
        }
        const std::string plain = strip_marks(sl.text, nullptr);
        const bool heading = is_heading_line(plain);
        const bool numbered = opens_numbered(plain);
        bool deep = sl.indent >= indent + 3 || sl.indent + 3 <= indent;
        if (deep && sl.indent == previous_indent) {
            // A hanging block (nested list, quotation): its lines share one indent. A new unit
            // starts only after a finished clause with a standard opening phrase.
            deep = ends_clause(previous_text) && !lexicon.match(plain).phrase.empty();
        }
        sl.starts_block = after_blank || heading || numbered || deep;
        after_blank = false;
        previous_indent = sl.indent;
        previous_text = plain;
        out.lines.push_back(std::move(sl));
    }
}

/// "I nv ite s": a line of letter fragments, single-spaced, that join into an opening word the lexicon
/// lists ("Invites"); "" for any other line.
auto spaced_opening_word(std::string_view line) -> std::string {
    const auto text = trim(line);
    if (text.empty() || text.size() > 40 || text.find("  ") != std::string_view::npos) return "";
    std::string joined;
    std::size_t fragments = 1;
    for (const char c : text) {
        if (c == ' ') {
            ++fragments;
        } else if (std::isalpha(static_cast<unsigned char>(c)) != 0) {
            joined += c;
        } else {
            return "";
        }
    }
    if (fragments < 2 || std::isupper(static_cast<unsigned char>(joined[0])) == 0) return "";
    const auto match = ClauseLexicon::english().match(joined);
    return match.phrase.size() == joined.size() ? joined : "";
}

/// Where the text of a numbered paragraph line starts when a wide gap after the number is followed by a
/// lower-case word ("45.      relevant special …"): a word is missing there; npos otherwise.
auto gap_after_number(std::string_view line) -> std::size_t {
    std::size_t p = 0;
    while (p < line.size() && line[p] == ' ') ++p;
    const std::size_t digits = p;
    while (p < line.size() && std::isdigit(static_cast<unsigned char>(line[p])) != 0) ++p;
    if (p == digits || p - digits > 3 || p >= line.size() || line[p] != '.') return std::string_view::npos;
    const std::size_t dot = ++p;
    while (p < line.size() && line[p] == ' ') ++p;
    if (p - dot < 3 || p >= line.size() || std::islower(static_cast<unsigned char>(line[p])) == 0)
        return std::string_view::npos;
    return dot;
}

/**
 * An opening word set so small (and letter-spaced) that layout extraction prints it on a line of its own,
 * in fragments, under the line it opens ("45.      relevant special procedure …" then "I nv ite s"):
 * the word is put back after the number, and the line of fragments left blank (line numbers stay as
 * they are). Text without such a line comes back empty (nothing to change).
 */
auto restore_spaced_opening_words(std::string_view text) -> std::string {
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start <= text.size();) {
        const auto eol = std::min(text.find('\n', start), text.size());
        lines.push_back(text.substr(start, eol - start));
        start = eol + 1;
    }
    std::vector<std::string> changed(lines.size());
    std::vector<bool> emptied(lines.size(), false);
    bool any = false;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const std::string word = spaced_opening_word(lines[i]);
        if (word.empty()) continue;
        for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
            const std::size_t h = i - back;
            if (trim(lines[h]).empty()) continue;
            const auto gap = changed[h].empty() ? gap_after_number(lines[h]) : std::string_view::npos;
            if (gap == std::string_view::npos) break;
            changed[h] =
                std::string(lines[h].substr(0, gap)) + " " + word + std::string(lines[h].substr(gap));
            emptied[i] = any = true;
            break;
        }
    }
    if (!any) return "";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!emptied[i]) out += changed[i].empty() ? std::string(lines[i]) : changed[i];
        if (i + 1 < lines.size()) out += '\n';
    }
    return out;
}

}  // namespace

auto read_layout_lines(std::string_view text) -> SourceText {
    SourceText out;
    out.format = SourceFormat::Layout;
    std::string unmarked;
    const auto emphasis_by_line = take_italic_marks(text, unmarked);
    if (!emphasis_by_line.empty()) text = unmarked;
    const std::string restored = restore_spaced_opening_words(text);
    if (!restored.empty()) text = restored;
    std::vector<Page> pages = split_pages(text);
    const std::string symbol = page_one_symbol(pages.front());
    std::string page_one_text;
    for (const auto& l : pages.front()) page_one_text += collapse_spaces(l.text) + " ";
    std::vector<std::string> header_texts;
    int indent = 0;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        Page& page = pages[p];
        for (auto& l : page) {
            if (is_footer_line(l.text)) l.dropped = true;
        }
        if (p > 0) drop_running_header(page, symbol, page_one_text, header_texts);
        std::vector<Footnote> notes = take_footnotes(page);
        const PageBody body = page_body(page, notes);
        for (auto& note : notes) out.footnotes.push_back(std::move(note));
        indent = body_indent(page, indent);  // a page too short to tell keeps the one before
        append_source_lines(body, indent, p == 0, emphasis_by_line, out);
    }
    return out;
}

}  // namespace unres::analyzers
