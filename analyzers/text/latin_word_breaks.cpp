/// @file
/// @brief break_latin_words(): UAX #29 word boundaries over a table of Latin word-break classes.
#include "analyzers/text/latin_word_breaks.hpp"

#include "analyzers/text/utf8.hpp"

#include <array>
#include <cstdint>

namespace unres::analyzers {
namespace {

/// The UAX #29 Word_Break classes this fast path knows; Unknown sends the text to ICU.
enum class WordClass : std::uint8_t {
    Unknown,
    Other,      ///< breaks on both sides and is no word: spaces, most punctuation and symbols
    Letter,     ///< ALetter
    Digit,      ///< Numeric
    MidLetter,  ///< joins letters: U+00B7 MIDDLE DOT
    MidNum,     ///< joins digits: ',' ';'
    MidNumLet,  ///< joins letters or digits: '.', '\'', U+2018, U+2019, U+2024
};

constexpr auto ascii_classes() -> std::array<WordClass, 128> {
    std::array<WordClass, 128> classes{};
    for (int c = 0x20; c < 0x7F; ++c) classes[c] = WordClass::Other;
    for (int c = 'a'; c <= 'z'; ++c) classes[c] = WordClass::Letter;
    for (int c = 'A'; c <= 'Z'; ++c) classes[c] = WordClass::Letter;
    for (int c = '0'; c <= '9'; ++c) classes[c] = WordClass::Digit;
    classes['.'] = WordClass::MidNumLet;
    classes['\''] = WordClass::MidNumLet;
    classes[','] = WordClass::MidNum;
    classes[';'] = WordClass::MidNum;
    // ICU joins '_' (ExtendNumLet) and '@' to letters; rare enough to leave to ICU.
    classes['_'] = WordClass::Unknown;
    classes['@'] = WordClass::Unknown;
    return classes;
}

constexpr std::array<WordClass, 128> k_ascii = ascii_classes();

auto class_of(char32_t c) -> WordClass {
    if (c < 0x80) return k_ascii[c];
    if (c < 0xA0) return WordClass::Unknown;  // C1 controls, U+0085 NEXT LINE
    if (c < 0xC0) {
        switch (c) {
            case 0xAA:  // ª
            case 0xB5:  // µ
            case 0xBA:  // º
                return WordClass::Letter;
            case 0xB7:
                return WordClass::MidLetter;
            case 0xAD:  // SOFT HYPHEN is a format character (rule WB4)
                return WordClass::Unknown;
            default:
                return WordClass::Other;  // NO-BREAK SPACE, « », §, °, ±, ², ½, ¿ …
        }
    }
    if (c <= 0x24F) return c == 0xD7 || c == 0xF7 ? WordClass::Other : WordClass::Letter;  // × ÷
    if (c >= 0x2010 && c <= 0x2027) {
        if (c == 0x2018 || c == 0x2019 || c == 0x2024) return WordClass::MidNumLet;
        if (c == 0x2027) return WordClass::Unknown;  // HYPHENATION POINT is MidLetter; not met
        return WordClass::Other;                     // ‐ ‑ – — ‖ “ ” „ † ‡ • …
    }
    if (c >= 0x2030 && c <= 0x203E) return WordClass::Other;  // ‰ ′ ″ ‹ › ※ ‼ ‽ ‾
    if (c >= 0x20A0 && c <= 0x20C0) return WordClass::Other;  // currency signs: €, ₽ …
    if (c == 0x2116 || c == 0x2122) return WordClass::Other;  // № ™
    return WordClass::Unknown;
}

/// The code point at @p pos and where the next one starts.
auto next_code_point(std::string_view text, std::size_t pos, std::size_t& next) -> char32_t {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
        next = pos + 1;
        return byte;
    }
    next = pos;
    return decode_utf8(text, next);  // U+FFFD for invalid bytes: Unknown
}

}  // namespace

auto break_latin_words(std::string_view text, std::size_t begin, std::size_t end, std::vector<Span>& out)
    -> bool {
    const std::size_t mark = out.size();
    const auto unknown = [&] {
        out.resize(mark);
        return false;
    };
    std::size_t pos = begin;
    while (pos < end) {
        std::size_t next = 0;
        const WordClass first = class_of(next_code_point(text, pos, next));
        if (first == WordClass::Unknown) return unknown();
        if (first != WordClass::Letter && first != WordClass::Digit) {
            pos = next;
            continue;
        }
        const std::size_t start = pos;
        WordClass last = first;
        pos = next;
        while (pos < end) {
            const WordClass c = class_of(next_code_point(text, pos, next));
            if (c == WordClass::Unknown) return unknown();
            if (c == WordClass::Letter || c == WordClass::Digit) {
                last = c;
                pos = next;
                continue;
            }
            if (next >= end ||
                (c != WordClass::MidLetter && c != WordClass::MidNum && c != WordClass::MidNumLet))
                break;
            std::size_t after = 0;
            const WordClass d = class_of(next_code_point(text, next, after));
            if (d == WordClass::Unknown) return unknown();
            const bool letters =
                last == WordClass::Letter && d == WordClass::Letter && c != WordClass::MidNum;
            const bool digits =
                last == WordClass::Digit && d == WordClass::Digit && c != WordClass::MidLetter;
            if (!letters && !digits) break;
            pos = after;
        }
        out.push_back({start, pos, last == WordClass::Digit ? SpanKind::Number : SpanKind::Word});
    }
    return true;
}

}  // namespace unres::analyzers
