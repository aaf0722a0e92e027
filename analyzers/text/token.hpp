/// @file
/// @brief One analysed word: its normalised exact form, its stem and where it stands in the source.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace unres::analyzers {

/**
 * A word of a text after analysis. Positions count words from 0 and are consecutive; aliases stand
 * at the same position as their token.
 */
struct Token {
    std::string form;  ///< exact form: NFKC, full case folding, accents stripped ("cote", "d'ivoire")
    std::string stem;  ///< Snowball stem of form; "" for symbols, numbers and unstemmed languages
    std::size_t byte_begin = 0;  ///< span of the word in the original (un-normalised) text
    std::size_t byte_end = 0;
    unsigned position = 0;
    /// Further exact forms indexed at the same position: "antipersonnel" on the first part of
    /// "anti-personnel"; "78/45" on "a/res/78/45".
    std::vector<std::string> aliases;
    /// True for the second and later parts of a hyphenated compound ("personnel" in anti-personnel).
    bool joined_to_previous = false;
};

}  // namespace unres::analyzers
