/// @file
/// @brief Tests of the precomputed sort keys: date, document and citation order, ties and recounts.
#include "index/sort_keys.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace unres::schema;

namespace {

/// The labels of @p positions after sorting them by @p key, as one string.
template <typename Key>
auto sorted_by(std::vector<std::pair<std::string, SortPosition>> positions, Key key) -> std::string {
    std::sort(positions.begin(), positions.end(),
              [&](const auto& a, const auto& b) { return key(a.second) < key(b.second); });
    std::string out;
    for (const auto& [label, position] : positions) out += (out.empty() ? "" : " ") + label;
    return out;
}

}  // namespace

TEST_SUITE("analyzers/sort_keys") {
    TEST_CASE("date order: newest first, ties by symbol in natural order, then paragraph and language") {
        const std::vector<std::pair<std::string, SortPosition>> positions = {
            {"78/45#2", {78, "2023-12-04", "A/RES/78/45", 2, "en"}},
            {"79/34#0", {79, "2024-12-02", "A/RES/79/34", 0, "en"}},
            {"78/100#0", {78, "2023-12-04", "A/RES/78/100", 0, "en"}},
            {"78/45#10", {78, "2023-12-04", "A/RES/78/45", 10, "en"}},
            {"78/9#0", {78, "2023-12-04", "A/RES/78/9", 0, "en"}},
            {"78/45#2fr", {78, "2023-12-04", "A/RES/78/45", 2, "fr"}},
            {"undated", {78, "", "A/RES/78/1", 0, "en"}},
            {"75/52#0", {75, "20201207", "A/RES/75/52", 0, "en"}},
        };
        CHECK(sorted_by(positions, date_sort_key) ==
              "79/34#0 78/9#0 78/45#2 78/45#2fr 78/45#10 78/100#0 75/52#0 undated");
    }

    TEST_CASE("document order: session, then adoption date oldest first, then symbol and paragraph") {
        const std::vector<std::pair<std::string, SortPosition>> positions = {
            {"79/34#1", {79, "2024-12-02", "A/RES/79/34", 1, "en"}},
            {"79/34#0", {79, "2024-12-02", "A/RES/79/34", 0, "en"}},
            {"78/50", {78, "2023-12-05", "A/RES/78/50", 0, "en"}},
            {"78/45", {78, "2023-12-04", "A/RES/78/45", 0, "en"}},
            {"ES-10/1", {10, "1997-04-25", "A/RES/ES-10/1", 0, "en"}},
            {"54/54 B", {54, "1999-12-01", "A/RES/54/54 B", 0, "en"}},
            {"54/54", {54, "1999-12-01", "A/RES/54/54", 0, "en"}},
        };
        CHECK(sorted_by(positions, document_sort_key) == "ES-10/1 54/54 54/54 B 78/45 78/50 79/34#0 79/34#1");
    }

    TEST_CASE("citation order: most cited first, a recount keeps the rest of the key") {
        const SortPosition a{75, "2020-12-07", "A/RES/75/52", 3, "en"};
        const SortPosition b{78, "2023-12-04", "A/RES/78/45", 0, "en"};
        CHECK(cited_sort_key(a, 3) < cited_sort_key(b, 1));
        CHECK(cited_sort_key(a, 1) < cited_sort_key(b, 1));  // equal counts: symbol order
        CHECK(with_cited_by(cited_sort_key(a, 0), 3) == cited_sort_key(a, 3));
        CHECK(with_cited_by(cited_sort_key(a, 7), 0) == cited_sort_key(a, 0));
        CHECK(cited_by_of(cited_sort_key(a, 3)) == 3);
        CHECK(cited_by_of(cited_sort_key(a, 0)) == 0);
        CHECK(cited_by_of(cited_sort_key(a, 5000000)) == 999999);  // clamped
        CHECK(cited_by_of("") == 0);
        CHECK(cited_by_of("abc") == 0);
        CHECK(cited_by_of(with_cited_by("", 4)) == 4);
    }

    TEST_CASE("no two paragraphs share a key") {
        const SortPosition a{78, "2023-12-04", "A/RES/78/45", 1, "en"};
        SortPosition b = a;
        b.order = 10;
        CHECK(date_sort_key(a) != date_sort_key(b));
        CHECK(document_sort_key(a) != document_sort_key(b));
        CHECK(cited_sort_key(a, 2) != cited_sort_key(b, 2));
        b = a;
        b.language = "fr";
        CHECK(date_sort_key(a) < date_sort_key(b));
    }
}
