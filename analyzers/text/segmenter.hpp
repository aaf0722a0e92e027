/// @file
/// @brief Segmenter: ICU word boundaries plus UN symbols and hyphenated compounds -> raw word spans.
#pragma once

#include "analyzers/text/span.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace unres::analyzers {

/// How a Segmenter finds word boundaries; both give the same spans (tests compare them).
enum class Breaking {
    LatinFastPath,  ///< runs of Latin text by break_latin_words(), the rest by ICU (the default)
    IcuOnly,        ///< everything by ICU's BreakIterator (the reference the fast path is checked against)
};

/**
 * Splits text into word spans with ICU's word BreakIterator rules (dictionary based for Chinese and
 * Japanese, so unspaced text is split into words); Latin text takes a fast path that gives the same
 * spans without ICU (analyzers/text/latin_word_breaks.hpp). Punctuation, spaces, emoji and U+FFFD yield no
 * span. UN document symbols (see symbol.hpp) are found first and kept as single spans.
 *
 * Total: invalid UTF-8 is read as U+FFFD (one per bad sequence) and never throws; empty input gives
 * no spans. Not thread-safe: the BreakIterator and buffers are reused between calls, so use one
 * Segmenter per thread.
 */
class Segmenter {
  public:
    /// A segmenter using the word-break rules of @p language (ISO 639-1; "" for the root rules).
    explicit Segmenter(const std::string& language = "", Breaking breaking = Breaking::LatinFastPath);
    ~Segmenter();
    Segmenter(const Segmenter&) = delete;
    auto operator=(const Segmenter&) -> Segmenter& = delete;
    Segmenter(Segmenter&&) noexcept;
    auto operator=(Segmenter&&) noexcept -> Segmenter&;

    /// The word spans of @p text, in order.
    [[nodiscard]] auto segment(std::string_view text) -> std::vector<Span>;

  private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace unres::analyzers
