/// @file
/// @brief Searching two local shards answers like one database: same hits, scores, totals and facets.
#include "indexer/indexer.hpp"
#include "searcher/search.hpp"
#include "tests/system/sample_index.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

using namespace unres;

namespace {

auto sharded_database(const std::string& by) -> std::string {
    static testing::TempDir dir;
    const std::string db = (dir / ("db-" + by)).string();
    if (!std::filesystem::exists(db)) {
        indexer::IndexerOptions options;
        options.db = db;
        options.paths = {testing::sample_corpus().string()};
        options.quiet = true;
        options.shards = 2;
        options.shard_by = by;
        std::ostringstream out;
        std::ostringstream err;
        indexer::run_indexer(options, out, err, false);
    }
    return db;
}

/// Hits as "score id" lines sorted by score then id (equal scores may tie-break differently, since
/// docids interleave across shards), then total and every facet count.
auto canonical(const searcher::SearchResult& result) -> std::string {
    std::vector<std::pair<double, std::string>> hits;
    for (const auto& h : result.hits) {
        hits.emplace_back(-h.score,
                          h.id + (h.collapsed_others ? "+" + std::to_string(h.collapsed_others) : ""));
    }
    std::sort(hits.begin(), hits.end());
    std::ostringstream out;
    out.precision(12);
    out << "total " << result.total << '\n';
    for (const auto& [score, id] : hits) out << -score << ' ' << id << '\n';
    for (const auto& [facet, values] : result.facets) {
        out << facet << ':';
        for (const auto& v : values) out << ' ' << v.value << '=' << v.count;
        out << '\n';
    }
    return out.str();
}

}  // namespace

TEST_SUITE("system/shards") {
    TEST_CASE("two local shards rank, count, collapse and sort like the single database") {
        searcher::Searcher single({testing::sample_database()});
        for (const std::string by : {"symbol", "session"}) {
            searcher::Searcher sharded({sharded_database(by)});
            for (const std::string query :
                 {"mines", "urge states", "\"deep regret\"", "disarm*", "session:78", "kind:operative",
                  "recalling OR welcoming", "convention -ottawa"}) {
                for (const auto sort : {searcher::SortOrder::Relevance, searcher::SortOrder::Date,
                                        searcher::SortOrder::Document, searcher::SortOrder::Cited}) {
                    for (const bool collapse : {false, true}) {
                        CAPTURE(by);
                        CAPTURE(query);
                        CAPTURE(collapse);
                        searcher::SearchRequest request;
                        request.query = query;
                        request.limit = 200;
                        request.sort = sort;
                        request.collapse = collapse;
                        const auto a = single.search(request);
                        const auto b = sharded.search(request);
                        CHECK(canonical(a) == canonical(b));
                        // Every order ends with a sort key no two paragraphs share (relevance ties
                        // too), so hits come in one order whatever the docids.
                        std::vector<std::string> ids_a, ids_b;
                        for (const auto& h : a.hits) ids_a.push_back(h.id);
                        for (const auto& h : b.hits) ids_b.push_back(h.id);
                        CHECK(ids_a == ids_b);
                    }
                }
            }
            const auto shown = sharded.show("A/RES/78/45#op1");
            REQUIRE(shown.has_value());
            CHECK(shown->resolution.symbol == "A/RES/78/45");
        }
    }
}
