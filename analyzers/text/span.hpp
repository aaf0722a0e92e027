/// @file
/// @brief A span of text the segmenter found: where a word, number, ideograph or symbol stands.
#pragma once

#include <cstddef>

namespace unres::analyzers {

/// What a span of text is.
enum class SpanKind {
    Word,       ///< letters (any script; may contain digits, inner apostrophes or dots: "d’Ivoire", "U.N")
    Number,     ///< digits, possibly with inner separators: "2023", "1,000", "٢٠٢٣"
    Ideograph,  ///< Han / kana word from ICU's dictionary segmentation: "大会"
    Symbol,     ///< a whole UN document symbol, spaces included: "54/54 B", "S/RES/2728 (2024)"
};

/// One word of the original text, not yet normalised.
struct Span {
    std::size_t byte_begin = 0;  ///< byte offsets into the text given to Segmenter::segment()
    std::size_t byte_end = 0;
    SpanKind kind = SpanKind::Word;
    /// True if this word follows the previous one across a single hyphen (-, U+2010 or U+2011) with
    /// no space: "personnel" in "anti-personnel". Never true for a number after a number ("2020-2024").
    bool joined_to_previous = false;
};

}  // namespace unres::analyzers
