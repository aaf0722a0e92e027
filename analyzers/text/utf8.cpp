/// @file
/// @brief The one UTF-8 decoder, validity, repair and safe printing (see utf8.hpp).
#include "analyzers/text/utf8.hpp"

#include <cstdio>

namespace unres::analyzers {
namespace {

constexpr char32_t replacement_character = 0xFFFD;

}  // namespace

auto utf8_step(std::string_view text, std::size_t pos) -> Utf8Step {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned lead = byte(pos);
    if (lead < 0x80) return {lead, 1, true};
    std::size_t length = 0;
    unsigned low = 0x80;
    unsigned high = 0xBF;
    char32_t cp = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1FU;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0FU;
        if (lead == 0xE0) low = 0xA0;   // no overlong forms
        if (lead == 0xED) high = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07U;
        if (lead == 0xF0) low = 0x90;   // no overlong forms
        if (lead == 0xF4) high = 0x8F;  // nothing past U+10FFFF
    } else {
        return {replacement_character, 1, false};
    }
    for (std::size_t i = 1; i < length; ++i) {
        // A bad or missing byte ends the maximal subpart: skip the valid prefix, resynchronise on it.
        if (pos + i >= text.size() || byte(pos + i) < low || byte(pos + i) > high) {
            return {replacement_character, i, false};
        }
        cp = (cp << 6) | (byte(pos + i) & 0x3FU);
        low = 0x80;
        high = 0xBF;
    }
    return {cp, length, true};
}

auto utf8_sequence_length(std::string_view text, std::size_t i) -> std::size_t {
    if (i >= text.size()) return 0;
    const Utf8Step step = utf8_step(text, i);
    return step.valid ? step.length : 0;
}

auto is_valid_utf8(std::string_view text) -> bool {
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Step step = utf8_step(text, pos);
        if (!step.valid) return false;
        pos += step.length;
    }
    return true;
}

auto repair_utf8(std::string_view text) -> std::string {
    if (is_valid_utf8(text)) return std::string(text);
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Step step = utf8_step(text, pos);
        if (step.valid) {
            out.append(text.substr(pos, step.length));
        } else {
            out += "\xEF\xBF\xBD";
        }
        pos += step.length;
    }
    return out;
}

auto utf8_problem(std::string_view text) -> std::string {
    for (std::size_t i = 0; i < text.size();) {
        const auto n = utf8_sequence_length(text, i);
        if (n == 0) {
            char byte[8];
            std::snprintf(byte, sizeof byte, "0x%02X",
                          static_cast<unsigned>(static_cast<unsigned char>(text[i])));
            return std::string("not valid UTF-8 (byte ") + byte + " at column " + std::to_string(i + 1) + ")";
        }
        i += n;
    }
    return "";
}

auto printable(std::string_view text) -> std::string {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto n = utf8_sequence_length(text, i);
        const auto c = static_cast<unsigned char>(text[i]);
        if (n > 1 || (n == 1 && c >= 0x20 && c != 0x7F)) {
            out.append(text.substr(i, n));
            i += n;
            continue;
        }
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\x%02X", static_cast<unsigned>(c));
            out += escape;
        }
        ++i;
    }
    return out;
}

}  // namespace unres::analyzers
