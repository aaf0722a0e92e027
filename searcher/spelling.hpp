/// @file
/// @brief "Did you mean": corrections for query words the index has never seen, from its own vocabulary.
#pragma once

#include "analyzers/text/analyzer.hpp"

#include <xapian.h>

#include <string>
#include <vector>

namespace unres::searcher {

/// Edit distance (insertions, deletions, substitutions; counted in bytes) between two words.
[[nodiscard]] auto edit_distance(const std::string& a, const std::string& b) -> std::size_t;

/**
 * The query with each unknown word (one of @p words with no occurrence in @p db) replaced by the
 * most frequent indexed word within edit distance 1 (words of up to 4 letters) or 2; "" when every
 * word is known or nothing close exists. Words holding a digit (symbols, numbers, dates) are never
 * corrected, nor proposed as a correction.
 */
[[nodiscard]] auto suggest_spelling(const Xapian::Database& db, const analyzers::Analyzer& analyzer,
                                    const std::string& query, const std::vector<std::string>& words)
    -> std::string;

}  // namespace unres::searcher
