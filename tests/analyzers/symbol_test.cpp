/// @file
/// @brief Tests of UN symbol recognition and normalisation.
#include "analyzers/parser/symbol.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using unres::analyzers::normalise_symbol;
using unres::analyzers::short_symbol;
using unres::analyzers::symbol_length;

TEST_SUITE("analyzers/symbol") {
    TEST_CASE("normalises every symbol shape to one canonical form") {
        const std::vector<std::pair<std::string, std::string>> table = {
            {"A/RES/78/45", "A/RES/78/45"},
            {"a/res/78/45", "A/RES/78/45"},
            {"78/45", "A/RES/78/45"},
            {"54/54 B", "A/RES/54/54B"},
            {"54/54B", "A/RES/54/54B"},
            {"A/RES/54/54 B", "A/RES/54/54B"},
            {"A/78/409", "A/78/409"},
            {"A/80/L.6", "A/80/L.6"},
            {"S/RES/2728 (2024)", "S/RES/2728(2024)"},
            {"2758 (XXVI)", "A/RES/2758(XXVI)"},
            {"217 A (III)", "A/RES/217A(III)"},
            {"A/RES/1514 (XV)", "A/RES/1514(XV)"},
            {"A/RES/217 A (III)", "A/RES/217A(III)"},
            {"A/C.1/78/L.5", "A/C.1/78/L.5"},
        };
        for (const auto& [input, expected] : table) {
            CAPTURE(input);
            REQUIRE(normalise_symbol(input).has_value());
            CHECK(*normalise_symbol(input) == expected);
        }
    }

    TEST_CASE("finds a symbol's extent inside running text") {
        const std::string text = "resolutions 54/54 B of 1 December 1999, 55/33 V and A/RES/77/63.";
        CHECK(symbol_length(text, 12) == 7);
        CHECK(symbol_length(text, 40) == 7);
        CHECK(symbol_length(text, 52) == 11);
        CHECK(symbol_length(text, 0) == 0);
    }

    TEST_CASE("does not take dates, paths, words or numbers for symbols") {
        for (const std::string s : {"12/05/2023", "2/3/4", "abc/12", "2024", "78/", "/78/45", "X78/45"}) {
            CAPTURE(s);
            CHECK_FALSE(normalise_symbol(s).has_value());
        }
        CHECK(symbol_length("a78/45", 1) == 0);
    }

    TEST_CASE("gives the short form of General Assembly resolutions only") {
        CHECK(short_symbol("A/RES/78/45") == "78/45");
        CHECK(short_symbol("A/RES/54/54B") == "54/54B");
        CHECK(short_symbol("S/RES/2728(2024)") == "");
    }

    TEST_CASE("a canonical symbol prints as the UN prints it") {
        using unres::analyzers::printed_symbol;
        CHECK(printed_symbol("A/RES/79/34") == "A/RES/79/34");
        CHECK(printed_symbol("A/RES/54/54B") == "A/RES/54/54 B");
        CHECK(printed_symbol("S/RES/2728(2024)") == "S/RES/2728 (2024)");
        CHECK(printed_symbol("A/RES/1514(XV)") == "A/RES/1514 (XV)");
        CHECK(printed_symbol("A/RES/217A(III)") == "A/RES/217 A (III)");
        CHECK(printed_symbol("A/RES/ES-10/21") == "A/RES/ES-10/21");
        CHECK(printed_symbol("A/HRC/RES/55/1") == "A/HRC/RES/55/1");
    }
}
