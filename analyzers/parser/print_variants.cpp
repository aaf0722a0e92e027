/// @file
/// @brief Folding print variants (see print_variants.hpp).
#include "analyzers/parser/print_variants.hpp"

namespace unres::analyzers {

auto fold_print_variants(std::string_view text) -> std::string {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c == 0xE2) && i + 2 < text.size()) {
            const auto b1 = static_cast<unsigned char>(text[i + 1]);
            const auto b2 = static_cast<unsigned char>(text[i + 2]);
            char folded = 0;
            if (b1 == 0x80 && b2 >= 0x90 && b2 <= 0x93) folded = '-';     // U+2010..U+2013
            if (b1 == 0x88 && b2 == 0x92) folded = '-';                   // U+2212
            if (b1 == 0x80 && (b2 == 0x98 || b2 == 0x99)) folded = '\'';  // U+2018, U+2019
            if (b1 == 0x80 && (b2 == 0x9C || b2 == 0x9D)) folded = '"';   // U+201C, U+201D
            if (folded != 0) {
                out.push_back(folded);
                i += 2;
                continue;
            }
        }
        out.push_back(text[i]);
    }
    return out;
}

}  // namespace unres::analyzers
