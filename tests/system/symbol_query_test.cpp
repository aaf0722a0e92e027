/// @file
/// @brief A symbol typed as the query finds its resolution, then its citers; every printed symbol form works.
#include "index/schema.hpp"
#include "index/stored_resolution.hpp"
#include "indexer/indexer.hpp"
#include "searcher/search.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/system/sample_index.hpp"

#include <doctest/doctest.h>
#include <xapian.h>

#include <fstream>
#include <iterator>
#include <sstream>

using namespace unres;

namespace {

/// The paragraph ids of @p symbol in document order, as the stored resolution lists them.
auto paragraph_ids(const std::string& db_path, const std::string& symbol) -> std::vector<std::string> {
    Xapian::Database db(db_path);
    const auto term = schema::boolean_term(schema::Field::UniqueId, "en:" + symbol);
    REQUIRE(db.postlist_begin(term) != db.postlist_end(term));
    const auto r = analyzers::read_resolution(db, *db.postlist_begin(term));
    REQUIRE(r);
    std::vector<std::string> ids;
    for (const auto& p : r->paragraphs) ids.push_back(symbol + "#" + p.id);
    return ids;
}

auto hit_ids(const searcher::SearchResult& result) -> std::vector<std::string> {
    std::vector<std::string> ids;
    for (const auto& h : result.hits) ids.push_back(h.id);
    return ids;
}

/// A database of one resolution (79/34 of the sample corpus) whose preamble also cites a Security
/// Council resolution, old-style GA resolutions and another body's resolution, as printed.
auto citing_database() -> std::string {
    static testing::TempDir dir;
    static const std::string db = [] {
        std::ifstream in(testing::sample_corpus() / "A-RES-79-34.txt");
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::string old = "Stressing the need to take into account gender aspects in mine action,";
        const auto at = text.find(old);
        REQUIRE(at != std::string::npos);
        text.replace(
            at, old.size(),
            "Stressing the need to take into account gender aspects in mine action, recalling Security "
            "Council resolution 1325 (2000) and its resolutions 1514 (XV) and 217 A (III),");
        std::filesystem::create_directories(dir / "corpus");
        std::ofstream(dir / "corpus" / "A-RES-79-34.txt") << text;
        const std::string path = (dir / "db").string();
        testing::index_into(path, {(dir / "corpus").string()});
        return path;
    }();
    return db;
}

}  // namespace

TEST_SUITE("system/symbol_query") {
    TEST_CASE("a symbol alone lists its resolution first, in document order, in every spelling") {
        const auto db = testing::sample_database();
        const auto own = paragraph_ids(db, "A/RES/79/34");
        for (const std::string query : {"A/RES/79/34", "79/34", "a/res/79/34", " A/RES/79/34 "}) {
            CAPTURE(query);
            const auto result = testing::search_paragraphs(db, query);
            const auto ids = hit_ids(result);
            REQUIRE(ids.size() >= own.size());
            CHECK(std::vector<std::string>(ids.begin(), ids.begin() + static_cast<long>(own.size())) == own);
            CHECK(result.did_you_mean == "");
        }
    }

    TEST_CASE("a symbol alone lists the paragraphs citing it after its own") {
        const auto db = testing::sample_database();
        const auto own = paragraph_ids(db, "A/RES/78/45");
        const auto result = testing::search_paragraphs(db, "78/45");
        REQUIRE(result.hits.size() > own.size());
        for (std::size_t i = 0; i < own.size(); ++i) CHECK(result.hits[i].id == own[i]);
        CHECK(result.hits[own.size()].id == "A/RES/79/34#pp1");  // "Recalling its resolutions … 78/45"
    }

    TEST_CASE("the speller never proposes a symbol, number or date for another") {
        const auto db = testing::sample_database();
        for (const std::string query :
             {"A/RES/79/35", "a/res/79/35", "79/35", "mines 1998", "2 Decmber 2024"}) {
            CAPTURE(query);
            const auto dym = testing::search_paragraphs(db, query).did_you_mean;
            CHECK(dym.find("79/3") == std::string::npos);
            CHECK(dym.find("199") == std::string::npos);
        }
        CHECK(testing::search_paragraphs(db, "2 Decmber 2024").did_you_mean == "2 december 2024");
    }

    TEST_CASE("old-style, Security Council and lettered symbols work as cites:, symbol: and free words") {
        const auto db = citing_database();
        const std::string pp = "A/RES/79/34#pp9";
        for (const std::string query :
             {"cites:S/RES/1325 (2000)", "cites:\"S/RES/1325 (2000)\"", "cites:s/res/1325 (2000)",
              "S/RES/1325 (2000)", "cites:1514 (XV)", "1514 (XV)", "cites:A/RES/1514 (XV)",
              "cites:217 A (III)", "217 A (III)", "cites:54/54 B", "cites:54/54 b", "54/54 B",
              "cites:1514 (XV) gender", "gender 1514 (XV)", "(cites:1514 (XV))"}) {
            CAPTURE(query);
            const auto ids = hit_ids(testing::search_paragraphs(db, query));
            const bool pp9 = std::find(ids.begin(), ids.end(), pp) != ids.end();
            const bool pp1 = std::find(ids.begin(), ids.end(), "A/RES/79/34#pp1") != ids.end();
            CHECK((pp9 || pp1));
        }
        CHECK(hit_ids(testing::search_paragraphs(db, "cites:S/RES/1325 (2000)")) ==
              std::vector<std::string>{pp});
        CHECK(hit_ids(testing::search_paragraphs(db, "cites:1514 (XV)")) == std::vector<std::string>{pp});
        CHECK(hit_ids(testing::search_paragraphs(db, "cites:217 A (III)")) == std::vector<std::string>{pp});
        CHECK(testing::search_paragraphs(db, "symbol:79/34 1514 (XV)").hits.size() == 1);
        CHECK(testing::search_paragraphs(db, "symbol:A/RES/79/34").hits.size() > 10);
    }
}
