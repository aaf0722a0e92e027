/// @file
/// @brief ASCII-only case folding for identifiers (field names, anchors, closed facet values), not for text.
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

}  // namespace unres::analyzers
