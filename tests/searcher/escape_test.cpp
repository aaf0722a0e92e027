/// @file
/// @brief Tests for searcher/escape.cpp: URL encode/decode over every byte value.
#include "searcher/escape.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

using namespace unres::searcher;

namespace {

/// The encoding of one byte, written independently of escape.cpp from RFC 3986 + HTML forms.
auto expected_encoding(int byte) -> std::string {
    const std::string unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
    if (unreserved.find(static_cast<char>(byte)) != std::string::npos)
        return std::string(1, static_cast<char>(byte));
    if (byte == ' ') return "+";
    char buffer[4];
    std::snprintf(buffer, sizeof buffer, "%%%02X", byte);
    return buffer;
}

auto byte_string(int byte) -> std::string { return std::string(1, static_cast<char>(byte)); }

}  // namespace

TEST_SUITE("searcher/escape") {
    TEST_CASE("url_encode maps every byte value as a form value") {
        for (int byte = 0; byte < 256; ++byte) {
            CAPTURE(byte);
            CHECK(url_encode(byte_string(byte)) == expected_encoding(byte));
        }
    }

    TEST_CASE("url_encode output is inert in HTML attributes and query strings") {
        std::string all;
        for (int byte = 0; byte < 256; ++byte) all += static_cast<char>(byte);
        const std::string encoded = url_encode(all);
        CHECK(encoded.find_first_of("<>&\"'=#?/ ") == std::string::npos);
        CHECK(url_encode("") == "");
        CHECK(url_encode("A/RES/78/45") == "A%2FRES%2F78%2F45");
        CHECK(url_encode("a b+c") == "a+b%2Bc");
        CHECK(url_encode("clause:\"noting\"") == "clause%3A%22noting%22");
        CHECK(url_encode("é") == "%C3%A9");
    }

    TEST_CASE("url_decode maps %XX of every byte value, in either case") {
        for (int byte = 0; byte < 256; ++byte) {
            CAPTURE(byte);
            char upper[4];
            char lower[4];
            std::snprintf(upper, sizeof upper, "%%%02X", byte);
            std::snprintf(lower, sizeof lower, "%%%02x", byte);
            CHECK(url_decode(upper) == byte_string(byte));
            CHECK(url_decode(lower) == byte_string(byte));
        }
    }

    TEST_CASE("url_decode inverts url_encode for every byte value") {
        std::string all;
        for (int byte = 0; byte < 256; ++byte) all += static_cast<char>(byte);
        CHECK(url_decode(url_encode(all)) == all);
    }

    TEST_CASE("url_decode turns + into a space and keeps malformed escapes literally") {
        const std::vector<std::pair<std::string, std::string>> table = {
            {"", ""},
            {"a+b", "a b"},
            {"%2B", "+"},
            {"%20", " "},
            {"100%", "100%"},
            {"%2", "%2"},
            {"%zz", "%zz"},
            {"%g1", "%g1"},
            {"%%41", "%A"},
            {"A%2FRES%2F78%2F45", "A/RES/78/45"},
            {"%3Cscript%3E", "<script>"},
            {"caf%C3%A9", "café"},
        };
        for (const auto& [input, expected] : table) {
            CAPTURE(input);
            CHECK(url_decode(input) == expected);
        }
    }
}
