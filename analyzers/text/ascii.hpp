/// @file
/// @brief ASCII-only helpers: case folding for identifiers (field names, anchors, closed facet values), and
/// trimming white space.
#pragma once

#include <string>
#include <string_view>

namespace unres::analyzers {

/// @p text with A–Z lower-cased and every other byte as it is (text goes through the Normalizer instead).
[[nodiscard]] inline auto ascii_lower(std::string_view text) -> std::string {
    std::string out(text);
    for (auto& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

/// @p text without the ASCII white space (space, tab, CR, LF, VT, FF) at either end.
[[nodiscard]] inline auto trim(std::string_view text) -> std::string_view {
    constexpr std::string_view space = " \t\r\n\v\f";
    const auto first = text.find_first_not_of(space);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

/// @p text with every run of ASCII white space (line breaks and form feeds too) as one space, trimmed.
[[nodiscard]] inline auto collapse_spaces(std::string_view text) -> std::string {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

}  // namespace unres::analyzers
