/// @file
/// @brief The committee facet counts General Assembly paragraphs by Main Committee; other bodies have neither
/// a committee nor a session to count; the body facet and body: filter tell the Assembly from the Council.
#include "analyzers/error.hpp"
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

/// A database in @p dir of A/RES/79/34 and a Security Council resolution.
auto assembly_and_council(const testing::TempDir& dir) -> std::string {
    const std::string db = (dir / "db").string();
    const auto fixture = testing::source_dir() / "tests" / "fixtures" / "parser" / "security-council.txt";
    REQUIRE(testing::index_into(
                db, {(testing::sample_corpus() / "A-RES-79-34.txt").string(), fixture.string()}) == 0);
    return db;
}

}  // namespace

TEST_SUITE("system/committee facet") {
    TEST_CASE("a Security Council resolution counts in neither the session nor the committee facet") {
        testing::TempDir dir;
        searcher::Searcher s({assembly_and_council(dir)});
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

    TEST_CASE("the body facet counts the Assembly's and the Council's paragraphs, body: keeps one of them") {
        testing::TempDir dir;
        searcher::Searcher s({assembly_and_council(dir)});
        searcher::SearchRequest request;
        request.query = "demands OR urges";
        const auto bodies = s.search(request).facets.at("body");
        REQUIRE(bodies.size() == 2);
        CHECK(bodies[0].value == "ga");
        CHECK(bodies[0].count == 3);
        CHECK(bodies[1].value == "sc");
        CHECK(bodies[1].count == 1);
        for (const char* spelling :
             {"body:sc", "body:SC", "body:\"Security Council\"", "body:security-council"}) {
            CAPTURE(spelling);
            request.query = std::string("(demands OR urges) ") + spelling;
            const auto result = s.search(request);
            REQUIRE(result.total == 1);
            CHECK(result.hits[0].symbol == "S/RES/2728(2024)");
        }
        request.query = "(demands OR urges) body:\"General Assembly\"";
        CHECK(s.search(request).total == 3);
        request.query = "demands body:council";
        CHECK_THROWS_WITH_AS(s.search(request), doctest::Contains("body"), UsageError);
    }
}
