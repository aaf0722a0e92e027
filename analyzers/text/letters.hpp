/// @file
/// @brief Letters of UTF-8 text one code point at a time: what a word is made of, and its folded form.
#pragma once

#include "analyzers/text/utf8.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace unres::analyzers {

/// Whether @p c is a letter (Unicode Alphabetic).
[[nodiscard]] auto is_letter(char32_t c) -> bool;

/// @p text lower-cased in full Unicode (ICU root locale).
[[nodiscard]] auto unicode_lower(std::string_view text) -> std::string;

/// @p word case-folded (ASCII without ICU).
[[nodiscard]] auto fold_word(std::string_view word) -> std::string;

/// Calls @p each(run, after_space) for every run of letters of @p line, in order; @p after_space tells
/// whether one space (and nothing else) parts the run from the run before it on the line.
template <typename Each>
void for_each_letter_run(std::string_view line, Each&& each) {
    std::size_t i = 0;
    std::size_t run = 0;
    bool after_space = false;
    while (i < line.size()) {
        const std::size_t at = i;
        if (!is_letter(decode_utf8(line, i))) {
            const bool ended_word = at > run;
            if (ended_word) each(line.substr(run, at - run), after_space);
            after_space = ended_word && line[at] == ' ';
            run = i;
        }
    }
    if (line.size() > run) each(line.substr(run), after_space);
}

}  // namespace unres::analyzers
