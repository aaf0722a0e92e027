/// @file
/// @brief One PDF page as layout text, read with the page's own words and fonts (poppler-cpp).
#pragma once

#include <string>

namespace poppler {
class page;
}

namespace unres::indexer {

/**
 * The layout text of @p page (as `pdftotext -layout` prints it), corrected with what the PDF knows:
 *  - a word poppler prints as two boxes with almost no gap between them (under 0.15 of the font
 *    size, where spaces between words are 0.17 or more) is printed whole: "Secre tariat" → "Secretariat";
 *  - the italic words that open a line (after an optional paragraph number) — the opening phrase as
 *    printed — are wrapped in analyzers::italic_open / italic_close, which the layout reader turns into
 *    the line's emphasis.
 */
[[nodiscard]] auto pdf_page_text(const poppler::page& page) -> std::string;

}  // namespace unres::indexer
