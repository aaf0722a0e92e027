/// @file
/// @brief Letters of UTF-8 text (see letters.hpp).
#include "analyzers/text/letters.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace unres::analyzers {

auto unicode_lower(std::string_view text) -> std::string {
    std::string out;
    icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
        .toLower(icu::Locale::getRoot())
        .toUTF8String(out);
    return out;
}

auto is_letter(char32_t c) -> bool {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');  // ASCII without ICU
    return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_ALPHABETIC) != 0;
}

auto fold_word(std::string_view word) -> std::string {
    std::string out;
    if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        out.resize(word.size());
        std::transform(word.begin(), word.end(), out.begin(),
                       [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
        return out;
    }
    icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())))
        .foldCase()
        .toUTF8String(out);
    return out;
}

}  // namespace unres::analyzers
