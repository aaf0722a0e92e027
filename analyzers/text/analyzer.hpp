/// @file
/// @brief The analysis chain (ICU segmentation, normalisation, stemming) shared by indexer and searcher.
#pragma once

#include "analyzers/text/token.hpp"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace unres::analyzers {

/**
 * Turns text into Tokens. The same object analyses documents at index time and query words at
 * query time, so the two can never drift. Total: any input (even invalid UTF-8, which is treated
 * as U+FFFD) yields tokens; nothing is thrown. Not thread-safe (it reuses ICU break iterators, a
 * stemmer and a word cache): use one Analyzer per thread.
 */
class Analyzer {
  public:
    /// Says from a word's exact form whether analyze() should stem it (stemming is most of the cost
    /// of analysing words not seen before).
    using StemFilter = std::function<bool(std::string_view form)>;

    virtual ~Analyzer() = default;
    /// All word tokens of @p text, in order, with byte spans into @p text.
    [[nodiscard]] auto analyze(std::string_view text) const -> std::vector<Token> {
        return analyze(text, {});
    }
    /// analyze(), stemming only the words @p stem_if accepts (all if it is empty); the others may
    /// have an empty Token::stem. For callers that look for a few stems, such as snippets.
    [[nodiscard]] virtual auto analyze(std::string_view text, const StemFilter& stem_if) const
        -> std::vector<Token> = 0;
    /// The normalised exact form of one word as typed in a query (no segmentation): "Côte" -> "cote".
    [[nodiscard]] virtual auto normalise(std::string_view word) const -> std::string = 0;
    /// Snowball stem of an already normalised form ("" where the language has no stemmer).
    [[nodiscard]] virtual auto stem(const std::string& form) const -> std::string = 0;
    /// False only if a word of exact form @p form cannot have the stem @p stem, without stemming it:
    /// suffix-stripping stemmers (English, French, Spanish, Russian) keep all but the last two
    /// letters of a stem at the start of the word. True where that does not hold (Arabic).
    [[nodiscard]] virtual auto may_stem_to(std::string_view form, std::string_view stem) const -> bool = 0;
    /// A StemFilter accepting the words that may_stem_to() one of @p stems, cheaper to call than
    /// may_stem_to() itself (most words are ruled out by their first letter). None for no stems.
    [[nodiscard]] virtual auto stem_filter(const std::vector<std::string>& stems) const -> StemFilter = 0;
    /// ISO 639-1 code of the language this analyzer serves.
    [[nodiscard]] virtual auto language() const -> std::string = 0;
};

/// The analyzer for a language code ("en", "fr", "es", "ru", "ar", "zh"); unknown codes get an
/// unstemmed analyzer that still segments and normalises.
[[nodiscard]] auto make_analyzer(const std::string& language) -> std::unique_ptr<Analyzer>;

}  // namespace unres::analyzers
