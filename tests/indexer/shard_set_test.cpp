/// @file
/// @brief Tests of shard routing, sharded database directories and the --shards/--shard-by options.
#include "indexer/shard_set.hpp"
#include "analyzers/text/fnv_hash.hpp"
#include "indexer/indexer.hpp"
#include "indexer/options.hpp"
#include "indexer/shard_router.hpp"

#include "analyzers/error.hpp"
#include "index/schema.hpp"
#include "tests/support/temp_dir.hpp"

#include <doctest/doctest.h>
#include <xapian.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

using namespace unres;
namespace fs = std::filesystem;

namespace {

auto index(const fs::path& db, const std::vector<std::string>& paths, std::size_t shards = 0,
           const std::string& by = "", bool prune = false) -> nlohmann::json {
    indexer::IndexerOptions options;
    options.db = db.string();
    options.paths = paths;
    options.stats = true;
    options.shards = shards;
    options.shard_by = by;
    options.prune = prune;
    std::ostringstream out;
    std::ostringstream err;
    indexer::run_indexer(options, out, err, false);
    return nlohmann::json::parse(out.str());
}

auto parse(std::vector<const char*> args) -> indexer::IndexerOptions {
    args.insert(args.begin(), "unres-index");
    return indexer::parse_indexer_options(static_cast<int>(args.size()), args.data());
}

auto copy_corpus(const testing::TempDir& dir) -> fs::path {
    const fs::path corpus = dir / "corpus";
    fs::copy(testing::sample_corpus(), corpus);
    return corpus;
}

/// "shard:symbol ..." for every resolution record, sorted: where each resolution lives.
auto placement(const fs::path& db, std::size_t shards) -> std::string {
    std::set<std::string> lines;
    const std::string term = schema::boolean_term(schema::Field::DocType, "resolution");
    for (std::size_t i = 0; i < shards; ++i) {
        Xapian::Database shard((db / indexer::shard_dir_name(i)).string());
        for (auto it = shard.postlist_begin(term); it != shard.postlist_end(term); ++it) {
            const auto data = nlohmann::json::parse(shard.get_document(*it).get_data());
            lines.insert(std::to_string(i) + ":" + data.value("symbol", ""));
        }
    }
    std::string out;
    for (const auto& l : lines) out += l + " ";
    return out;
}

}  // namespace

TEST_SUITE("indexer/shard_router") {
    TEST_CASE("symbols are routed by FNV-1a, sessions by number, and one shard takes everything") {
        CHECK(unres::analyzers::fnv1a_64("") == 14695981039346656037ULL);
        CHECK(unres::analyzers::fnv1a_64("a") == 0xaf63dc4c8601ec8cULL);
        const indexer::ShardLayout by_symbol{2, indexer::ShardBy::Symbol};
        const indexer::ShardLayout by_session{3, indexer::ShardBy::Session};
        CHECK(indexer::shard_for(by_symbol, "A/RES/78/45", 78) ==
              unres::analyzers::fnv1a_64("A/RES/78/45") % 2);
        CHECK(indexer::shard_for(by_session, "A/RES/78/45", 78) == 0);
        CHECK(indexer::shard_for(by_session, "A/RES/79/34", 79) == 1);
        CHECK(indexer::shard_for(by_session, "S/RES/2720 (2024)", 0) == 0);
        CHECK(indexer::shard_for({1, indexer::ShardBy::Symbol}, "A/RES/78/45", 78) == 0);
        CHECK(indexer::shard_dir_name(3) == "shard-03");
    }

    TEST_CASE("--shards and --shard-by are checked with messages naming the option") {
        CHECK(parse({"--db", "x", "--shards", "2", "--shard-by", "session", "p"}).shards == 2);
        CHECK(parse({"--db", "x", "--shards", "2", "--shard-by", "session", "p"}).shard_by == "session");
        CHECK_THROWS_WITH_AS(parse({"--db", "x", "--shards", "0", "p"}), "--shards must be between 1 and 256",
                             UsageError);
        CHECK_THROWS_WITH_AS(parse({"--db", "x", "--shards", "257", "p"}),
                             "--shards must be between 1 and 256", UsageError);
        CHECK_THROWS_WITH_AS(parse({"--db", "x", "--shard-by", "year", "p"}),
                             "--shard-by: 'year' is not one of symbol, session", UsageError);
    }
}

TEST_SUITE("indexer/shard_set") {
    TEST_CASE("--shards 2 writes two shards and a stub that opens them as one database") {
        testing::TempDir dir;
        const auto stats = index(dir / "db", {testing::sample_corpus().string()}, 2);
        CHECK(stats["resolutions"] == 4);
        CHECK(stats["paragraphs"] == 96);
        CHECK(fs::exists(dir / "db" / "XAPIANDB"));
        const Xapian::Database all((dir / "db").string());
        CHECK(all.get_doccount() == 100);
        std::size_t in_shards = 0;
        for (std::size_t i = 0; i < 2; ++i) {
            const auto shard = Xapian::Database((dir / "db" / indexer::shard_dir_name(i)).string());
            CHECK(shard.get_doccount() > 0);
            CHECK(nlohmann::json::parse(shard.get_metadata(schema::layout_metadata_key()))["shards"] == 2);
            in_shards += shard.get_doccount();
        }
        CHECK(in_shards == 100);
    }

    TEST_CASE("every resolution lives in the shard its rule names, and stays there on re-runs") {
        testing::TempDir dir;
        for (const std::string by : {"symbol", "session"}) {
            CAPTURE(by);
            const auto db = dir / ("db-" + by);
            index(db, {testing::sample_corpus().string()}, 2, by);
            const std::string before = placement(db, 2);
            const indexer::ShardLayout layout{2, indexer::shard_by_from_name(by)};
            for (const auto& [symbol, session] : std::vector<std::pair<std::string, int>>{
                     {"A/RES/75/52", 75}, {"A/RES/76/26", 76}, {"A/RES/78/45", 78}, {"A/RES/79/34", 79}}) {
                CHECK(before.find(std::to_string(indexer::shard_for(layout, symbol, session)) + ":" +
                                  symbol) != std::string::npos);
            }
            const auto again = index(db, {testing::sample_corpus().string()});
            CHECK(again["unchanged"] == 4);
            CHECK(placement(db, 2) == before);
        }
    }

    TEST_CASE(
        "a sharded database keeps its layout: another count, rule or a plain database is a usage error") {
        testing::TempDir dir;
        index(dir / "db", {testing::sample_corpus().string()}, 2);
        const std::string db = (dir / "db").string();
        CHECK_THROWS_WITH_AS(indexer::ShardSet::open(db, 3, std::nullopt),
                             ("--shards 3: " + db +
                              " already has 2 shards, and changing the count would move resolutions between "
                              "shards; index into a new --db (or merge the shards with xapian-compact)")
                                 .c_str(),
                             UsageError);
        CHECK_THROWS_WITH_AS(indexer::ShardSet::open(db, 2, indexer::ShardBy::Session),
                             ("--shard-by session: " + db +
                              " is sharded by symbol; index into a new --db to "
                              "change the rule")
                                 .c_str(),
                             UsageError);
        index(dir / "plain", {testing::sample_corpus().string()});
        const std::string plain = (dir / "plain").string();
        CHECK_THROWS_WITH_AS(
            indexer::ShardSet::open(plain, 2, std::nullopt),
            ("--shards 2: " + plain + " is a single database; index into a new --db to shard the collection")
                .c_str(),
            UsageError);
        const std::string fresh = (dir / "fresh").string();
        CHECK_THROWS_WITH_AS(indexer::ShardSet::open(fresh, 0, indexer::ShardBy::Session),
                             ("--shard-by needs --shards N when " + fresh + " is not sharded yet").c_str(),
                             UsageError);
        const std::string other = (dir / "other").string();
        fs::create_directories(other);
        std::ofstream(other + "/XAPIANDB") << "auto shard-00\n";
        Xapian::WritableDatabase((fs::path(other) / "shard-00").string(), Xapian::DB_CREATE_OR_OPEN).commit();
        CHECK_THROWS_WITH_AS(
            indexer::ShardSet::open(other, 0, std::nullopt),
            (other + "/XAPIANDB lists databases unres-index did not shard; use another --db").c_str(),
            DatabaseError);
    }

    TEST_CASE("edits, duplicates and pruning work across shards") {
        testing::TempDir dir;
        const auto corpus = copy_corpus(dir);
        const auto db = dir / "db";
        index(db, {corpus.string()}, 2);
        fs::copy(corpus / "A-RES-78-45.md", corpus / "Z-copy.md");
        const auto dup = index(db, {corpus.string()});
        CHECK(dup["duplicates"] == 1);
        CHECK(dup["resolutions"] == 4);
        fs::remove(corpus / "A-RES-75-52.md");
        const auto pruned = index(db, {corpus.string()}, 0, "", true);
        CHECK(pruned["pruned"] == 1);
        CHECK(pruned["resolutions"] == 3);
        CHECK(pruned["paragraphs"] == 72);
        CHECK(Xapian::Database(db.string()).get_doccount() == 75);
    }
}
