/// @file
/// @brief The committee facet counts General Assembly paragraphs by Main Committee; other bodies have neither
/// a committee nor a session to count.
#include "searcher/search.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/system/sample_index.hpp"

#include <doctest/doctest.h>

using namespace unres;

namespace {

auto value_names(const std::vector<searcher::FacetValue>& values) -> std::vector<std::string> {
    std::vector<std::string> out;
    for (const auto& v : values) out.push_back(v.value);
    return out;
}

}  // namespace

TEST_SUITE("system/committee facet") {
    TEST_CASE("a Security Council resolution counts in neither the session nor the committee facet") {
        testing::TempDir dir;
        const std::string db = (dir / "db").string();
        const auto fixture = testing::source_dir() / "tests" / "fixtures" / "parser" / "security-council.txt";
        REQUIRE(testing::index_into(
                    db, {(testing::sample_corpus() / "A-RES-79-34.txt").string(), fixture.string()}) == 0);
        searcher::Searcher s({db});
        searcher::SearchRequest request;
        request.query = "demands OR urges";
        const auto result = s.search(request);
        REQUIRE(result.total == 4);  // 79/34 op3, op5, op8 and the Council's op1
        CHECK(value_names(result.facets.at("session")) == std::vector<std::string>{"79"});
        const auto committees = result.facets.at("committee");
        REQUIRE(committees.size() == 1);
        CHECK(committees[0].value == "first");
        CHECK(committees[0].count == 3);
        request.query = "demands committee:first";
        CHECK(s.search(request).total == 0);
    }
}
