/// @file
/// @brief Source text -> clean lines: format detection, markup, page furniture and footnote blocks.
#pragma once

#include "analyzers/parser/resolution.hpp"
#include "analyzers/text/ascii.hpp"  // collapse_spaces(), used with every line read

#include <string>
#include <string_view>
#include <vector>

namespace unres::analyzers {

/// How a resolution's text was produced.
enum class SourceFormat {
    Markdown,  ///< `#` headings, `*` emphasis, `<sup>1</sup>` marks, `---` rules, one paragraph a line
    Plain,     ///< one paragraph a line, superscript `¹` or `[1]` marks
    Layout,    ///< `pdftotext -layout`: pages split by form feeds, paragraphs by indentation
};

/// Footnote marks inside SourceLine::text are wrapped in these two bytes: "\x01" "12" "\x02".
inline constexpr char mark_open = '\x01';
inline constexpr char mark_close = '\x02';

/// The italic words that open a line of layout text read from a PDF are wrapped in these two private-use
/// characters (U+E000, U+E001): the layout reader takes them out and makes them the line's emphasis.
inline constexpr std::string_view italic_open = "\xEE\x80\x80";
inline constexpr std::string_view italic_close = "\xEE\x80\x81";

/// One line of body text with the page furniture gone.
struct SourceLine {
    std::string text;      ///< trimmed; markup removed; footnote marks wrapped (mark_open/mark_close)
    std::string emphasis;  ///< Markdown: the emphasised words opening the line ("Recalling also"), else ""
    int number = 0;        ///< 1-based line number in the source
    int indent = 0;        ///< leading columns (Layout); 0 otherwise
    bool starts_block = false;  ///< opens a new block (paragraph, heading, sub-paragraph)
    [[nodiscard]] auto blank() const -> bool { return text.empty(); }
};

/// A source cut into lines, with its footnotes taken out.
struct SourceText {
    SourceFormat format = SourceFormat::Plain;
    std::vector<SourceLine> lines;
    std::vector<Footnote> footnotes;  ///< in order of appearance; text clean, one line
};

/// Guesses the format: form feeds or deep indentation → Layout; `#`, `<sup>`, `](#)` → Markdown.
[[nodiscard]] auto detect_format(std::string_view text) -> SourceFormat;

/**
 * Cuts @p text into lines. Control characters other than tab, LF and FF are dropped first. For
 * Layout, running headers/footers (job number, barcode, page number, running title and symbol) are
 * removed, footnote blocks under a `____` rule are collected and their marks located in the text.
 * Never throws on valid UTF-8 input; empty input gives no lines.
 */
[[nodiscard]] auto read_source_lines(std::string_view text) -> SourceText;

/// Layout part of read_source_lines() (in page_layout.cpp): @p text has no stray control bytes.
[[nodiscard]] auto read_layout_lines(std::string_view text) -> SourceText;

/// Markdown/plain inline cleaning of one line: emphasis, links, `<sup>` and superscript marks.
/// Sets @p emphasis to the emphasised words opening the line (after an optional "12. ").
[[nodiscard]] auto clean_inline_markup(std::string_view line, std::string& emphasis) -> std::string;

/// @p text with every line ending as LF: CRLF and a lone CR (old Mac files) become LF.
[[nodiscard]] auto unix_line_endings(std::string_view text) -> std::string;

/// Removes wrapped footnote marks from @p text, appending each mark to @p marks (if not null).
[[nodiscard]] auto strip_marks(std::string_view text, std::vector<std::string>* marks) -> std::string;

}  // namespace unres::analyzers
