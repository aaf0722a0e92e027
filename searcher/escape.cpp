/// @file
/// @brief URL encoding/decoding, UTF-8 repair and terminal helpers (see escape.hpp).
#include "searcher/escape.hpp"

#include <cstddef>

namespace unres::searcher {
namespace {

auto is_unreserved(unsigned char c) -> bool {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

auto hex_value(char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/// Length of the well-formed UTF-8 sequence starting at @p pos, or 0 with @p bad set to the
/// length of the maximal ill-formed subpart (Unicode 15, section 3.9, "U+FFFD substitution").
auto utf8_sequence(std::string_view text, std::size_t pos, std::size_t& bad) -> std::size_t {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    bad = 1;
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;   // no overlongs
        if (lead == 0xED) high = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;   // no overlongs
        if (lead == 0xF4) high = 0x8F;  // nothing past U+10FFFF
    } else {
        return 0;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if (pos + i >= text.size()) return 0;
        const unsigned char c = byte(pos + i);
        const unsigned char lo = i == 1 ? low : 0x80;
        const unsigned char hi = i == 1 ? high : 0xBF;
        if (c < lo || c > hi) return 0;
        bad = i + 1;
    }
    return length;
}

}  // namespace

auto url_encode(std::string_view text) -> std::string {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size() * 3);
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (is_unreserved(c)) {
            out += ch;
        } else if (c == ' ') {
            out += '+';
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0x0F];
        }
    }
    return out;
}

auto url_decode(std::string_view text) -> std::string {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 &&
                   hex_value(text[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

auto is_valid_utf8(std::string_view text) -> bool {
    std::size_t bad = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t length = utf8_sequence(text, pos, bad);
        if (length == 0) return false;
        pos += length;
    }
    return true;
}

auto repair_utf8(std::string_view text) -> std::string {
    if (is_valid_utf8(text)) return std::string(text);
    std::string out;
    out.reserve(text.size() + 8);
    std::size_t bad = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t length = utf8_sequence(text, pos, bad);
        if (length == 0) {
            out += "\xEF\xBF\xBD";
            pos += bad;
        } else {
            out.append(text.substr(pos, length));
            pos += length;
        }
    }
    return out;
}

}  // namespace unres::searcher
