/// @file
/// @brief UAX #29 word boundaries for Latin text without ICU: the segmenter's fast path.
#pragma once

#include "analyzers/text/span.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace unres::analyzers {

/**
 * Appends to @p out the word spans of @p text[begin, end) as ICU's word BreakIterator finds them,
 * for text made only of characters whose word-break class is known here: ASCII, Latin letters up to
 * U+024F and the punctuation UN documents use (typographic quotes and apostrophes, dashes, the
 * ellipsis, currency signs). Letters and digits join (UAX #29 rules WB5, WB8–WB10); one '.', '’' or
 * '\'' joins letters or digits on both sides, one '·' letters, one ',' or ';' digits (WB6/7, WB11/12).
 * A span is a Number if it ends in a digit, as ICU's rule status says ("1,000", "a1"), else a Word.
 *
 * Returns false, leaving @p out as it was, if the text holds any other character (other scripts,
 * combining marks, format characters, '_', '@', controls, invalid UTF-8): ICU must break it.
 * The segmenter calls this on runs between ASCII white space, where every rule breaks anyway.
 */
auto break_latin_words(std::string_view text, std::size_t begin, std::size_t end, std::vector<Span>& out)
    -> bool;

}  // namespace unres::analyzers
