/// @file
/// @brief Format detection and the Markdown/plain line reader (inline markup, marks, footnote lines).
#include "analyzers/parser/source_lines.hpp"

#include "analyzers/text/ascii.hpp"

#include <cctype>

namespace unres::analyzers {
namespace {

auto is_digit(char c) -> bool { return c >= '0' && c <= '9'; }

auto starts_with(std::string_view s, std::string_view p) -> bool { return s.substr(0, p.size()) == p; }

/// The digit of a superscript digit's UTF-8 bytes at @p i (setting @p len), or '\0'.
auto superscript_digit(std::string_view s, std::size_t i, std::size_t& len) -> char {
    const auto b = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0U; };
    if (b(i) == 0xC2 && (b(i + 1) == 0xB9 || b(i + 1) == 0xB2 || b(i + 1) == 0xB3)) {
        len = 2;
        return b(i + 1) == 0xB9 ? '1' : b(i + 1) == 0xB2 ? '2' : '3';
    }
    if (b(i) == 0xE2 && b(i + 1) == 0x81 && (b(i + 2) == 0xB0 || (b(i + 2) >= 0xB4 && b(i + 2) <= 0xB9))) {
        len = 3;
        return b(i + 2) == 0xB0 ? '0' : static_cast<char>('0' + (b(i + 2) - 0xB0));
    }
    return '\0';
}

/// Drops control characters other than TAB, LF and FF (and the wrap bytes we use for marks): C0, DEL and
/// the C1 range (U+0080–U+009F, bytes C2 80–C2 9F), so no stored text can send a terminal escape sequence.
auto drop_controls(std::string_view text) -> std::string {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\t' && c != '\n' && c != '\f') continue;
        if (u == 0x7F) continue;
        if (u == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F &&
            static_cast<unsigned char>(text[i + 1]) >= 0x80) {
            ++i;
            continue;
        }
        out.push_back(c == '\t' ? ' ' : c);
    }
    return out;
}

/// The emphasised words at the start of @p line (after an optional "12. "), or "".
auto leading_emphasis(std::string_view line) -> std::string {
    std::size_t i = 0;
    while (i < line.size() && is_digit(line[i])) ++i;
    if (i > 0 && i < line.size() && line[i] == '.') {
        ++i;
        while (i < line.size() && line[i] == ' ') ++i;
    } else {
        i = 0;
    }
    if (i >= line.size() || line[i] != '*' || (i + 1 < line.size() && line[i + 1] == '*')) return "";
    const auto end = line.find('*', i + 1);
    if (end == std::string_view::npos) return "";
    std::string unused;
    return collapse_spaces(clean_inline_markup(line.substr(i + 1, end - i - 1), unused));
}

/// A footnote definition line: cleaned text that opens with a wrapped mark.
auto is_footnote_line(const std::string& text) -> bool { return !text.empty() && text.front() == mark_open; }

}  // namespace

auto unix_line_endings(std::string_view text) -> std::string {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') {
            out.push_back(text[i]);
        } else if (i + 1 == text.size() || text[i + 1] != '\n') {
            out.push_back('\n');
        }
    }
    return out;
}

auto strip_marks(std::string_view text, std::vector<std::string>* marks) -> std::string {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != mark_open) {
            if (text[i] != mark_close) out.push_back(text[i]);
            continue;
        }
        const auto end = text.find(mark_close, i + 1);
        if (end == std::string_view::npos) continue;
        if (marks != nullptr) marks->emplace_back(text.substr(i + 1, end - i - 1));
        i = end;
    }
    return out;
}

auto detect_format(std::string_view text) -> SourceFormat {
    if (text.find('\f') != std::string_view::npos) return SourceFormat::Layout;
    std::size_t lines = 0;
    std::size_t indented = 0;
    bool markdown = false;
    std::size_t start = 0;
    while (start < text.size()) {
        auto eol = text.find('\n', start);
        if (eol == std::string_view::npos) eol = text.size();
        const auto line = text.substr(start, eol - start);
        start = eol + 1;
        if (trim(line).empty()) continue;
        ++lines;
        if (starts_with(line, "        ")) ++indented;
        if (starts_with(line, "# ") || starts_with(line, "## ") || starts_with(line, "### ") ||
            line.find("<sup>") != std::string_view::npos || line.find("](") != std::string_view::npos) {
            markdown = true;
        }
    }
    if (lines > 0 && indented * 5 > lines) return SourceFormat::Layout;
    return markdown ? SourceFormat::Markdown : SourceFormat::Plain;
}

auto clean_inline_markup(std::string_view line, std::string& emphasis) -> std::string {
    emphasis = leading_emphasis(line);
    std::string out;
    out.reserve(line.size());
    std::size_t i = 0;
    while (starts_with(line.substr(i), "#")) ++i;  // heading marks
    if (i > 0 && i < line.size() && line[i] != ' ') i = 0;
    for (; i < line.size(); ++i) {
        const char c = line[i];
        std::size_t len = 0;
        if (c == '<' && starts_with(line.substr(i), "<sup>")) {
            const auto end = line.find("</sup>", i);
            if (end != std::string_view::npos) {
                out.push_back(mark_open);
                out += trim(line.substr(i + 5, end - i - 5));
                out.push_back(mark_close);
                i = end + 5;
                continue;
            }
        }
        if (c == '<') {  // other simple tags: <br>, <em>, </i>
            std::size_t j = i + 1;
            if (j < line.size() && line[j] == '/') ++j;
            const std::size_t name = j;
            while (j < line.size() && std::isalpha(static_cast<unsigned char>(line[j])) != 0) ++j;
            if (j > name && j < line.size() && line[j] == '>') {
                i = j;
                continue;
            }
        }
        if (const char d = superscript_digit(line, i, len); d != '\0') {
            out.push_back(mark_open);
            while (const char e = superscript_digit(line, i, len)) {
                out.push_back(e);
                i += len;
            }
            out.push_back(mark_close);
            --i;
            continue;
        }
        if (c == '[') {
            const auto close = line.find(']', i + 1);
            if (close != std::string_view::npos &&
                line.substr(i + 1, close - i - 1).find('[') == std::string_view::npos) {
                const auto inner = line.substr(i + 1, close - i - 1);
                const bool link = close + 1 < line.size() && line[close + 1] == '(';
                bool digits = !inner.empty() && inner.size() <= 3;
                for (char d2 : inner) digits = digits && is_digit(d2);
                if (link) {
                    const auto paren = line.find(')', close + 2);
                    if (paren != std::string_view::npos) {
                        std::string unused;
                        out += clean_inline_markup(inner, unused);
                        i = paren;
                        continue;
                    }
                } else if (digits) {  // "[1]"-style footnote mark
                    out.push_back(mark_open);
                    out += inner;
                    out.push_back(mark_close);
                    i = close;
                    continue;
                }
            }
        }
        if (c == '*') {
            const bool alone = (i == 0 || line[i - 1] == ' ') && (i + 1 >= line.size() || line[i + 1] == ' ');
            if (!alone) continue;  // emphasis delimiter
        }
        if (c == '\\' && i + 1 < line.size() && std::ispunct(static_cast<unsigned char>(line[i + 1])) != 0) {
            continue;  // Markdown escape
        }
        out.push_back(c);
    }
    return std::string(trim(out));
}

auto read_source_lines(std::string_view raw) -> SourceText {
    const std::string text = drop_controls(raw);
    const SourceFormat format = detect_format(text);
    if (format == SourceFormat::Layout) return read_layout_lines(text);
    SourceText out;
    out.format = format;
    int number = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        auto eol = text.find('\n', start);
        if (eol == std::string::npos) eol = text.size();
        const auto line = trim(std::string_view(text).substr(start, eol - start));
        start = eol + 1;
        ++number;
        SourceLine sl;
        sl.number = number;
        if (line.find_first_not_of("-_=* ") == std::string_view::npos) {  // rule: a blank
            out.lines.push_back(sl);
            continue;
        }
        sl.text = clean_inline_markup(line, sl.emphasis);
        if (is_footnote_line(sl.text)) {
            const auto end = sl.text.find(mark_close);
            if (end != std::string::npos) {
                Footnote note;
                note.mark = sl.text.substr(1, end - 1);
                note.text = collapse_spaces(strip_marks(sl.text.substr(end + 1), nullptr));
                out.footnotes.push_back(std::move(note));
                continue;
            }
        }
        sl.starts_block = !sl.text.empty();
        out.lines.push_back(std::move(sl));
    }
    return out;
}

}  // namespace unres::analyzers
