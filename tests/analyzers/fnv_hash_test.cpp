/// @file
/// @brief Tests of FNV-1a against the published test vectors (stored names depend on them never changing).
#include "analyzers/text/fnv_hash.hpp"

#include <doctest/doctest.h>

using unres::analyzers::Fnv1a;
using unres::analyzers::fnv1a_32;
using unres::analyzers::fnv1a_64;

TEST_SUITE("analyzers/fnv_hash") {
    TEST_CASE("32 and 64 bits give the published values") {
        CHECK(fnv1a_32("") == 0x811c9dc5U);
        CHECK(fnv1a_32("a") == 0xe40c292cU);
        CHECK(fnv1a_32("foobar") == 0xbf9cf968U);
        CHECK(fnv1a_64("") == 0xcbf29ce484222325ULL);
        CHECK(fnv1a_64("a") == 0xaf63dc4c8601ec8cULL);
        CHECK(fnv1a_64("foobar") == 0x85944171f73967e8ULL);
    }

    TEST_CASE("bytes fed in pieces hash as the whole") {
        Fnv1a<std::uint64_t> pieces;
        pieces.add("foo");
        pieces.add("");
        pieces.add("bar");
        CHECK(pieces.value() == fnv1a_64("foobar"));
    }
}
