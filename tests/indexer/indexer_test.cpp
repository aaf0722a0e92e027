/// @file
/// @brief Tests of indexing runs: counts, incremental re-runs, edits, renames, deletions, locking, rejects.
#include "indexer/indexer.hpp"

#include "analyzers/error.hpp"
#include "index/schema.hpp"
#include "tests/support/temp_dir.hpp"

#include <doctest/doctest.h>
#include <xapian.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace unres;
namespace fs = std::filesystem;

namespace {

struct RunOutput {
    int status;
    nlohmann::json stats;
    std::string errors;
};

auto index(const fs::path& db, const std::vector<std::string>& paths, bool prune = false) -> RunOutput {
    indexer::IndexerOptions options;
    options.db = db.string();
    options.paths = paths;
    options.stats = true;
    options.prune = prune;
    std::ostringstream out;
    std::ostringstream err;
    const int status = indexer::run_indexer(options, out, err, false);
    return {status, nlohmann::json::parse(out.str()), err.str()};
}

/// Indexes the sample corpus into @p db (into @p shards shards if not 0); throws what run_indexer throws.
auto index_sample(const fs::path& db, std::size_t shards = 0) -> int {
    indexer::IndexerOptions options;
    options.db = db.string();
    options.paths = {testing::sample_corpus().string()};
    options.shards = shards;
    options.quiet = true;
    std::ostringstream out;
    std::ostringstream err;
    return indexer::run_indexer(options, out, err, false);
}

auto copy_corpus(const testing::TempDir& dir) -> fs::path {
    const fs::path corpus = dir / "corpus";
    fs::copy(testing::sample_corpus(), corpus);
    return corpus;
}

auto count(const fs::path& db, const std::string& term) -> Xapian::doccount {
    return Xapian::Database(db.string()).get_termfreq(term);
}

auto read(const fs::path& p) -> std::string {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

}  // namespace

TEST_SUITE("indexer/indexer") {
    TEST_CASE("indexes the sample corpus into 96 paragraphs and 4 resolution records") {
        testing::TempDir dir;
        const auto run = index(dir / "db", {testing::sample_corpus().string()});
        CHECK(run.status == 0);
        CHECK(run.stats["resolutions"] == 4);
        CHECK(run.stats["paragraphs"] == 96);
        CHECK(run.stats["added"] == 4);
        CHECK(count(dir / "db", schema::boolean_term(schema::Field::DocType, "paragraph")) == 96);
        CHECK(count(dir / "db", schema::boolean_term(schema::Field::DocType, "resolution")) == 4);
    }

    TEST_CASE("re-running on an unchanged corpus changes nothing") {
        testing::TempDir dir;
        index(dir / "db", {testing::sample_corpus().string()});
        const auto revision = Xapian::Database((dir / "db").string()).get_revision();
        const auto again = index(dir / "db", {testing::sample_corpus().string()});
        CHECK(again.stats["unchanged"] == 4);
        CHECK(again.stats["paragraphs_written"] == 0);
        CHECK(Xapian::Database((dir / "db").string()).get_revision() == revision);
    }

    TEST_CASE("an edited file replaces all of its paragraphs") {
        testing::TempDir dir;
        const auto corpus = copy_corpus(dir);
        index(dir / "db", {corpus.string()});
        std::string text = read(corpus / "A-RES-79-34.txt");
        const auto at = text.find("Siem Reap, Cambodia");
        REQUIRE(at != std::string::npos);
        text.replace(at, 19, "Zanzibarville");
        write(corpus / "A-RES-79-34.txt", text);
        const auto run = index(dir / "db", {corpus.string()});
        CHECK(run.stats["updated"] == 1);
        CHECK(run.stats["unchanged"] == 3);
        CHECK(run.stats["paragraphs"] == 96);
        CHECK(count(dir / "db", "zanzibarville") == 1);
        CHECK(count(dir / "db", "siem") == 0);
    }

    TEST_CASE("a renamed file moves its resolution without duplicating it") {
        testing::TempDir dir;
        const auto corpus = copy_corpus(dir);
        index(dir / "db", {corpus.string()});
        fs::rename(corpus / "A-RES-76-26.txt", corpus / "renamed.txt");
        const auto run = index(dir / "db", {corpus.string()});
        CHECK(run.status == 0);
        CHECK(run.stats["resolutions"] == 4);
        CHECK(run.stats["paragraphs"] == 96);
        // The record names the file; its 24 paragraphs moved with it.
        CHECK(count(dir / "db",
                    schema::boolean_term(schema::Field::SourceFile, (corpus / "renamed.txt").string())) == 1);
        CHECK(count(dir / "db", schema::boolean_term(schema::Field::Symbol, "A/RES/76/26")) == 25);
    }

    TEST_CASE("--prune removes the resolutions of deleted files, without it they stay") {
        testing::TempDir dir;
        const auto corpus = copy_corpus(dir);
        index(dir / "db", {corpus.string()});
        fs::remove(corpus / "A-RES-75-52.md");
        CHECK(index(dir / "db", {corpus.string()}).stats["resolutions"] == 4);
        const auto run = index(dir / "db", {corpus.string()}, true);
        CHECK(run.stats["pruned"] == 1);
        CHECK(run.stats["resolutions"] == 3);
        CHECK(run.stats["paragraphs"] == 72);
    }

    TEST_CASE("two files with one symbol: the first path in sort order keeps it, with a warning") {
        testing::TempDir dir;
        const auto corpus = copy_corpus(dir);
        fs::copy(corpus / "A-RES-78-45.md", corpus / "Z-copy.md");
        const auto run = index(dir / "db", {corpus.string()});
        CHECK(run.stats["resolutions"] == 4);
        CHECK(run.stats["duplicates"] == 1);
        CHECK(run.errors.find("same symbol A/RES/78/45") != std::string::npos);
        CHECK(count(dir / "db",
                    schema::boolean_term(schema::Field::SourceFile, (corpus / "Z-copy.md").string())) == 0);
    }

    TEST_CASE("a rejected file is reported, the rest indexed, exit status 1, nothing indexed lost") {
        testing::TempDir dir;
        const auto corpus = copy_corpus(dir);
        index(dir / "db", {corpus.string()});
        write(corpus / "A-RES-79-34.txt", "not a resolution at all\n");
        write(corpus / "junk.txt", std::string("\xff\xfe\x00\x01", 4));
        const auto run = index(dir / "db", {corpus.string()});
        CHECK(run.status == 1);
        CHECK(run.stats["rejected"].size() == 2);
        CHECK(run.errors.find("junk.txt") != std::string::npos);
        CHECK(run.stats["resolutions"] == 4);  // the old 79/34 stays until a good version replaces it
    }

    TEST_CASE("a second writer fails at once with a clear message") {
        testing::TempDir dir;
        index(dir / "db", {testing::sample_corpus().string()});
        Xapian::WritableDatabase holder((dir / "db").string(), Xapian::DB_OPEN);
        CHECK_THROWS_WITH_AS(index_sample(dir / "db"),
                             doctest::Contains("is locked: another unres-index is writing to it"),
                             DatabaseError);
    }

    TEST_CASE("a database path that is a file is refused") {
        testing::TempDir dir;
        write(dir / "file", "x");
        CHECK_THROWS_WITH_AS(index_sample(dir / "file"), doctest::Contains("it is a file, not a directory"),
                             DatabaseError);
    }

    TEST_CASE("a database of another index format is refused before anything changes") {
        testing::TempDir dir;
        index(dir / "db", {testing::sample_corpus().string()});
        {
            Xapian::WritableDatabase db((dir / "db").string(), Xapian::DB_OPEN);
            CHECK(db.get_metadata(schema::format_metadata_key()) == schema::index_format);
            db.set_metadata(schema::format_metadata_key(), "");  // as a database from before formats
            db.commit();
        }
        const auto revision = Xapian::Database((dir / "db").string()).get_revision();
        CHECK_THROWS_WITH_AS(index_sample(dir / "db"),
                             doctest::Contains("was built by another version of unres (index format 1"),
                             DatabaseError);
        CHECK(Xapian::Database((dir / "db").string()).get_revision() == revision);
    }

    TEST_CASE("every shard of a sharded database records the index format") {
        testing::TempDir dir;
        REQUIRE(index_sample(dir / "db", 2) == 0);
        std::size_t shards = 0;
        for (const auto& entry : fs::directory_iterator(dir / "db")) {
            if (!entry.is_directory()) continue;
            ++shards;
            const Xapian::Database shard(entry.path().string());
            if (shard.get_doccount() > 0)
                CHECK(shard.get_metadata(schema::format_metadata_key()) == schema::index_format);
        }
        CHECK(shards == 2);
    }
}
