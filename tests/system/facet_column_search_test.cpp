/// @file
/// @brief Facets read from the facet column equal those counted from the value stream, and stay current.
#include "index/facet_column.hpp"
#include "indexer/indexer.hpp"
#include "searcher/search.hpp"
#include "tests/support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace unres;

namespace {

auto index(const std::string& db, const std::vector<std::string>& paths, std::size_t shards = 0) -> int {
    indexer::IndexerOptions options;
    options.db = db;
    options.paths = paths;
    options.quiet = true;
    options.shards = shards;
    std::ostringstream out;
    std::ostringstream err;
    return indexer::run_indexer(options, out, err, false);
}

/// Every facet of @p query on @p db, one "facet: value=count …" line each, and the total.
auto facets_of(const std::string& db, const std::string& query) -> std::string {
    searcher::Searcher searcher({db});
    searcher::SearchRequest request;
    request.query = query;
    request.limit = 3;
    const auto result = searcher.search(request);
    std::ostringstream out;
    out << "total " << result.total << '\n';
    for (const auto& [facet, values] : result.facets) {
        out << facet << ':';
        for (const auto& v : values) out << ' ' << v.value << '=' << v.count;
        out << '\n';
    }
    return out.str();
}

const std::vector<std::string> queries = {"mines",
                                          "urge*",
                                          "kind:operative",
                                          "session:78..79",
                                          "General Assembly -mines",
                                          "clause:recalling",
                                          "nothingmatchesthis",
                                          "\"anti-personnel mines\" OR convention"};

auto column_file(const std::string& dir) -> std::filesystem::path {
    return std::filesystem::path(dir) / std::string(schema::facet_column_file);
}

}  // namespace

TEST_SUITE("system/facet_column") {
    TEST_CASE("the indexer writes a current column, and facets from it equal those from the value stream") {
        testing::TempDir dir;
        const std::string db = (dir / "db").string();
        REQUIRE(index(db, {testing::sample_corpus().string()}) == 0);
        REQUIRE(schema::FacetColumn::open(Xapian::Database(db), db));
        std::vector<std::string> with_column;
        for (const auto& q : queries) with_column.push_back(facets_of(db, q));
        std::filesystem::rename(column_file(db), dir / "saved");
        for (std::size_t i = 0; i < queries.size(); ++i) {
            CAPTURE(queries[i]);
            CHECK(facets_of(db, queries[i]) == with_column[i]);
        }
        CHECK(with_column.front().find("session: 79=") != std::string::npos);
    }

    TEST_CASE("after an incremental run the column is current again, a stale one is never used") {
        testing::TempDir dir;
        const std::string corpus = (dir / "corpus").string();
        std::filesystem::create_directories(corpus);
        for (const auto& entry : std::filesystem::directory_iterator(testing::sample_corpus())) {
            if (entry.path().extension() == ".md") std::filesystem::copy(entry.path(), corpus);
        }
        const std::string db = (dir / "db").string();
        REQUIRE(index(db, {corpus}) == 0);
        std::filesystem::copy_file(column_file(db), dir / "old-column");
        const std::string before = facets_of(db, "mines");

        // Remove one resolution: its paragraphs leave the counts. The old column, put back after the
        // run, no longer matches the database and is ignored.
        std::filesystem::remove(std::filesystem::path(corpus) / "A-RES-78-45.md");
        indexer::IndexerOptions options;
        options.db = db;
        options.paths = {corpus};
        options.quiet = true;
        options.prune = true;
        std::ostringstream out;
        std::ostringstream err;
        REQUIRE(indexer::run_indexer(options, out, err, false) == 0);
        REQUIRE(schema::FacetColumn::open(Xapian::Database(db), db));
        const std::string after = facets_of(db, "mines");
        CHECK(after != before);
        std::filesystem::copy_file(dir / "old-column", column_file(db),
                                   std::filesystem::copy_options::overwrite_existing);
        CHECK_FALSE(schema::FacetColumn::open(Xapian::Database(db), db));
        CHECK(facets_of(db, "mines") == after);
    }

    TEST_CASE("local shards count from their value streams, as the single database counts from its column") {
        testing::TempDir dir;
        const std::string single = (dir / "single").string();
        const std::string sharded = (dir / "sharded").string();
        REQUIRE(index(single, {testing::sample_corpus().string()}) == 0);
        REQUIRE(index(sharded, {testing::sample_corpus().string()}, 3) == 0);
        REQUIRE(schema::FacetColumn::open(Xapian::Database(single), single));
        for (const auto& q : queries) {
            CAPTURE(q);
            CHECK(facets_of(sharded, q) == facets_of(single, q));
        }
    }
}
