/// @file
/// @brief Tests of opening database sets: stub files, bad stub lines, unreachable remote shards, options.
#include "searcher/database_set.hpp"
#include "searcher/options.hpp"

#include "analyzers/error.hpp"
#include "index/schema.hpp"
#include "tests/support/temp_dir.hpp"

#include <doctest/doctest.h>
#include <xapian.h>

#include <fstream>

using namespace unres;
namespace fs = std::filesystem;

namespace {

/// A database with one document, as unres writes them (in its index format) unless @p format says otherwise.
void make_db(const fs::path& path, const std::string& term,
             const std::string& format = std::string(schema::index_format)) {
    Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OPEN);
    Xapian::Document doc;
    doc.add_term(term);
    db.add_document(doc);
    if (!format.empty()) db.set_metadata(schema::format_metadata_key(), format);
    db.commit();
}

auto parse(std::vector<const char*> args) -> searcher::SearchOptions {
    args.insert(args.begin(), "unres-search");
    return searcher::parse_search_options(static_cast<int>(args.size()), args.data());
}

}  // namespace

TEST_SUITE("searcher/database_set") {
    TEST_CASE("a database in another index format is refused with a message saying what to do") {
        testing::TempDir dir;
        make_db(dir / "old", "alpha", "");
        make_db(dir / "new", "alpha", "99");
        CHECK_THROWS_WITH_AS(searcher::open_database_set({(dir / "old").string()}, {}),
                             ((dir / "old").string() +
                              " was built by another version of unres (index format 1, this version uses " +
                              std::string(schema::index_format) + "); index the resolutions into a new --db")
                                 .c_str(),
                             DatabaseError);
        CHECK_THROWS_AS(searcher::open_database_set({(dir / "new").string()}, {}), DatabaseError);
        Xapian::WritableDatabase(dir / "empty", Xapian::DB_CREATE).commit();
        CHECK(searcher::open_database_set({(dir / "empty").string()}, {}).parts.size() == 1);
    }

    TEST_CASE("a stub file and a stub directory open their databases, relative to the stub") {
        testing::TempDir dir;
        make_db(dir / "a", "alpha");
        make_db(dir / "b", "beta");
        std::ofstream(dir / "XAPIANDB") << "# two shards\nauto a\n\nglass " << (dir / "b").string() << "\n";
        for (const auto& spec : {(dir / "XAPIANDB").string(), dir.path().string()}) {
            const auto set = searcher::open_database_set({spec}, {});
            CHECK(set.parts.size() == 2);
            CHECK_FALSE(set.has_remote());
            CHECK(set.combined().get_doccount() == 2);
            CHECK(set.combined().get_termfreq("beta") == 1);
        }
    }

    TEST_CASE("a bad stub line is reported by file and line number") {
        testing::TempDir dir;
        std::ofstream(dir / "stub") << "auto a\nremote nowhere\n";
        make_db(dir / "a", "alpha");
        CHECK_THROWS_WITH_AS(searcher::open_database_set({(dir / "stub").string()}, {}),
                             ((dir / "stub").string() +
                              ":2: bad stub line (expected auto PATH, glass PATH or remote HOST:PORT)")
                                 .c_str(),
                             DatabaseError);
    }

    TEST_CASE("an unreachable remote shard is an error naming it, or skipped with allow_partial") {
        testing::TempDir dir;
        make_db(dir / "a", "alpha");
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        std::ofstream(dir / "stub") << "auto a\nremote 127.0.0.1:1\n";
        searcher::DatabaseOptions options;
        options.remote_timeout_ms = 2000;
        CHECK_THROWS_WITH_AS(searcher::open_database_set({(dir / "stub").string()}, options),
                             doctest::Contains("remote shard 127.0.0.1:1 is unavailable: "), DatabaseError);
        options.allow_partial = true;
        const auto set = searcher::open_database_set({(dir / "stub").string()}, options);
        CHECK(set.parts.size() == 1);
        CHECK(set.unavailable == std::vector<std::string>{"127.0.0.1:1"});
        std::ofstream(dir / "only-remote") << "remote 127.0.0.1:1\n";
        CHECK_THROWS_WITH_AS(searcher::open_database_set({(dir / "only-remote").string()}, options),
                             "no shard answered: 1 unavailable", DatabaseError);
    }

    TEST_CASE("no database at all is a usage error") {
        CHECK_THROWS_WITH_AS(searcher::open_database_set({}, {}), "no database given (--db DIR)", UsageError);
    }

    TEST_CASE("--remote-timeout and --allow-partial reach the database options") {
        const auto o = parse({"--db", "x", "--remote-timeout", "250", "--allow-partial", "q"});
        CHECK(o.database.remote_timeout_ms == 250);
        CHECK(o.database.allow_partial);
        CHECK(parse({"--db", "x", "q"}).database.remote_timeout_ms == 10000);
        CHECK_THROWS_WITH_AS(parse({"--db", "x", "--remote-timeout", "0", "q"}),
                             "--remote-timeout must be at least 1 (milliseconds)", UsageError);
    }
}
