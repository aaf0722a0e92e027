/// @file
/// @brief Tests of UTF-8 checking and of text made safe for one-line messages.
#include "analyzers/utf8_check.hpp"

#include <doctest/doctest.h>

using unres::analyzers::printable;
using unres::analyzers::utf8_problem;

TEST_SUITE("analyzers/utf8_check") {
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
}
