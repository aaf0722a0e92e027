/// @file
/// @brief Tests of the UTF-8 decoder, checking, repair and text made safe for one-line messages.
#include "analyzers/text/utf8.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using unres::analyzers::decode_utf8;
using unres::analyzers::is_valid_utf8;
using unres::analyzers::printable;
using unres::analyzers::repair_utf8;
using unres::analyzers::utf8_problem;

namespace {

auto byte_string(int byte) -> std::string { return std::string(1, static_cast<char>(byte)); }

}  // namespace

TEST_SUITE("analyzers/utf8") {
    TEST_CASE("names the first invalid byte and its column") {
        CHECK(utf8_problem("Décide") == "");
        CHECK(utf8_problem("ab\xff") == "not valid UTF-8 (byte 0xFF at column 3)");
        CHECK(utf8_problem("\xc0\xaf") == "not valid UTF-8 (byte 0xC0 at column 1)");  // overlong '/'
    }

    TEST_CASE("a file name printed in a message cannot break or forge a line") {
        CHECK(printable("dir/A-RES-78-45.md") == "dir/A-RES-78-45.md");
        CHECK(printable("Décision 第") == "Décision 第");
        CHECK(printable("bad\xffname.md") == "bad\\xFFname.md");
        CHECK(printable("evil\nunres-index: forged") == "evil\\nunres-index: forged");
        CHECK(printable("a\rb\tc\x01") == "a\\rb\\tc\\x01");
    }

    TEST_CASE("decode_utf8 follows the maximal-subpart rule") {
        const std::vector<std::pair<std::string, std::vector<char32_t>>> table = {
            {"a", {U'a'}},
            {"é", {U'é'}},
            {"€", {U'€'}},
            {"😀", {U'😀'}},
            {"\x80", {0xFFFD}},
            {"\xe2\x82", {0xFFFD}},
            {"\xe2\x82x", {0xFFFD, U'x'}},
            {"\xf0\x9f\x98", {0xFFFD}},
            {"\xc0\x80", {0xFFFD, 0xFFFD}},
        };
        for (const auto& [input, expected] : table) {
            CAPTURE(input);
            std::vector<char32_t> decoded;
            for (std::size_t pos = 0; pos < input.size();) decoded.push_back(decode_utf8(input, pos));
            CHECK(decoded == expected);
        }
    }

    TEST_CASE("repair_utf8 keeps valid text and replaces each ill-formed subpart by U+FFFD") {
        const std::string fffd = "\xEF\xBF\xBD";
        const std::vector<std::pair<std::string, std::string>> table = {
            {"", ""},
            {"plain ASCII", "plain ASCII"},
            {"café – “quoted” 𝄞", "café – “quoted” 𝄞"},
            {"\x80", fffd},
            {"a\xFF"
             "b",
             "a" + fffd + "b"},
            {"\xC0\x80", fffd + fffd},                        // overlong NUL
            {"\xE0\x80\x80", fffd + fffd + fffd},             // overlong
            {"\xED\xA0\x80", fffd + fffd + fffd},             // surrogate
            {"\xF4\x90\x80\x80", fffd + fffd + fffd + fffd},  // past U+10FFFF
            {"\xE2\x82", fffd},                               // truncated euro sign: one maximal subpart
            {"\xE2\x82x", fffd + "x"},
            {"\xF0\x9F\x98", fffd},
        };
        for (const auto& [input, expected] : table) {
            CAPTURE(input);
            CHECK(repair_utf8(input) == expected);
            CHECK(is_valid_utf8(repair_utf8(input)));
            CHECK(is_valid_utf8(input) == (input == expected));
        }
    }

    TEST_CASE("a single byte is valid UTF-8 exactly when it is ASCII") {
        for (int byte = 0; byte < 256; ++byte) {
            CAPTURE(byte);
            CHECK(is_valid_utf8(byte_string(byte)) == (byte < 0x80));
            CHECK(repair_utf8(byte_string(byte)) == (byte < 0x80 ? byte_string(byte) : "\xEF\xBF\xBD"));
        }
    }
}
