/// @file
/// @brief Footnote text is searchable: free words reach it below paragraph text, footnote: alone, the hit
/// says so.
#include "searcher/render_json.hpp"
#include "searcher/search.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/system/sample_index.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace unres;

namespace {

/// A resolution whose op1 cites the Universal Declaration only in a footnote, while pp1 names it in its text.
constexpr const char* k_resolution = R"(Resolution adopted by the General Assembly on 1 December 2024

79/901. Human rights education

The General Assembly,

Recalling the Universal Declaration of Human Rights,

1. Calls upon all States to teach human rights in schools;¹

2. Decides to remain seized of the matter.

¹ Resolution 217 A (III), entitled Universal Declaration of Human Rights.
)";

}  // namespace

TEST_SUITE("system/footnotes") {
    TEST_CASE(
        "words found only in a footnote match the paragraph calling it, ranked below the text, and say so") {
        testing::TempDir tmp;
        std::ofstream(tmp / "A-RES-79-901.txt") << k_resolution;
        REQUIRE(testing::index_into((tmp / "db").string(), {(tmp / "A-RES-79-901.txt").string()}) == 0);
        const std::string db = (tmp / "db").string();

        const auto both = testing::search_paragraphs(db, "universal declaration");
        REQUIRE(both.hits.size() == 2);
        CHECK(both.hits[0].id == "A/RES/79/901#pp1");  // the words in its own text rank first
        CHECK(both.hits[0].footnote_mark.empty());
        CHECK(both.hits[1].id == "A/RES/79/901#op1");
        CHECK(both.hits[1].footnote_mark == "1");
        const auto j = searcher::result_to_json(both);
        CHECK(j["hits"][1]["footnote_match"]["mark"] == "1");
        CHECK(j["hits"][1]["footnote_match"]["snippet"].get<std::string>().find("<mark>Universal</mark>") !=
              std::string::npos);

        const auto only = testing::search_paragraphs(db, "footnote:declaration");  // footnotes alone
        REQUIRE(only.hits.size() == 1);
        CHECK(only.hits[0].id == "A/RES/79/901#op1");
        CHECK(testing::search_paragraphs(db, "\"universal declaration\"").hits.size() ==
              2);  // phrases reach footnotes too
        CHECK(testing::search_paragraphs(db, "footnote:schools")
                  .hits.empty());  // paragraph text is not a footnote
        CHECK(testing::search_paragraphs(db, "cites:217 A (III)").hits.size() ==
              1);  // its citation counts as op1's
    }

    TEST_CASE(
        "the sample corpus: a treaty reference printed only in footnotes is found, with no spelling fix") {
        const auto result = testing::search_paragraphs(testing::sample_database(), "treaty series");
        CHECK(result.total == 4);
        CHECK(result.did_you_mean.empty());
        for (const auto& hit : result.hits) CHECK(hit.footnote_mark == "1");
    }
}
