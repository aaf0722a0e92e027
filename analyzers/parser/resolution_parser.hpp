/// @file
/// @brief Cuts the text of one resolution (markdown-like, plain, or pdftotext -layout) into a Resolution.
#pragma once

#include "analyzers/parser/resolution.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace unres::analyzers {

class WordCounts;

/// Largest source text the parser accepts (bytes); larger files are rejected with a SourceError.
inline constexpr std::size_t max_source_bytes = 16U * 1024U * 1024U;

/**
 * Parses one resolution. @p text must be valid UTF-8 (callers repair or reject first); @p file is
 * the base name recorded in Resolution::file and used in error messages.
 * Throws SourceError ("FILE:LINE: reason") when the text is empty, too large, or not a resolution
 * (no symbol can be found and no paragraph can be cut). Never crashes, whatever the bytes.
 * @p language (ISO 639-1, see language_detector.hpp) selects the clause lexicon, the opening and
 * closing lines, dates and the paragraph numbering styles read ("١٢ -", "一、", "a)"); it is
 * recorded in Resolution::language. "en" parses exactly as the English parser always has.
 * @p corpus: word counts of the other resolutions of the run and of the index (word_counts.hpp), the
 * evidence for rejoining words that layout text split; without it the document is its own evidence.
 */
[[nodiscard]] auto parse_resolution(std::string_view text, const std::string& file,
                                    const std::string& language = "en", const WordCounts* corpus = nullptr)
    -> Resolution;

}  // namespace unres::analyzers
