/// @file
/// @brief --batch with several threads: answers in input order, equal to one-thread answers, errors per line.
#include "searcher/batch_runner.hpp"

#include "analyzers/error.hpp"
#include "searcher/cli_command.hpp"
#include "tests/system/sample_index.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace unres;

namespace {

/// The answers to @p input, one JSON object per line; the run exits 0, or 1 when @p errors (error rows).
auto batch_lines(const std::string& input, unsigned threads, bool errors = false)
    -> std::vector<nlohmann::json> {
    searcher::SearchOptions options;
    options.databases = {testing::sample_database()};
    options.format = searcher::OutputFormat::Jsonl;
    options.threads = threads;
    std::istringstream in(input);
    std::ostringstream out;
    CHECK(searcher::run_batch(options, in, out) == (errors ? 1 : 0));
    std::vector<nlohmann::json> lines;
    std::istringstream answers(out.str());
    for (std::string line; std::getline(answers, line);) lines.push_back(nlohmann::json::parse(line));
    return lines;
}

}  // namespace

TEST_SUITE("system/batch") {
    TEST_CASE("four threads answer 200 queries in input order, exactly as one thread does") {
        const std::vector<std::string> queries = {"mines",
                                                  "general assembly",
                                                  "urges",
                                                  "kind:operative",
                                                  "noting with deep regret",
                                                  "\"anti-personnel mines\"",
                                                  "session:79 verb:urges",
                                                  "refugees OR mines"};
        std::string input;
        for (int i = 0; i < 200; ++i) {
            input +=
                "q" + std::to_string(i) + "\t" + queries[static_cast<std::size_t>(i) % queries.size()] + "\n";
        }
        const auto one = batch_lines(input, 1);
        const auto four = batch_lines(input, 4);
        REQUIRE(one.size() == 200);
        REQUIRE(four.size() == 200);
        for (std::size_t i = 0; i < 200; ++i) {
            CHECK(four[i]["qid"] == "q" + std::to_string(i));
            CHECK(four[i] == one[i]);
        }
        CHECK(one[0]["total"].get<int>() > 0);
    }

    TEST_CASE("a bad line gets its own error naming the line, and the batch goes on") {
        const auto lines = batch_lines("mines\n\nsession:abc\n(((\nq5\t \nurges\n", 2, true);
        REQUIRE(lines.size() == 6);
        CHECK(lines[0]["qid"] == "1");
        CHECK_FALSE(lines[0].contains("error"));
        CHECK(lines[1]["error"] == "line 2: empty query");  // answered, never the whole index
        CHECK(lines[2]["error"].get<std::string>().rfind("line 3: ", 0) == 0);
        CHECK(lines[3]["error"].get<std::string>().rfind("line 4: ", 0) == 0);
        CHECK(lines[4]["error"] == "line 5: empty query after the id");
        CHECK(lines[5]["qid"] == "6");
        CHECK(lines[5]["total"].get<int>() > 0);
    }
}

TEST_SUITE("system/batch tsv") {
    TEST_CASE("with --format tsv a bad or empty line is an error row, and the run exits 1 at the end") {
        searcher::SearchOptions options;
        options.databases = {testing::sample_database()};
        options.format = searcher::OutputFormat::Tsv;
        options.request.limit = 1;
        options.threads = 2;
        std::istringstream in("q1\tmines\nq2\ttitel:oceans\nq3\t\nq4\turges\n");
        std::ostringstream out;
        CHECK(searcher::run_batch(options, in, out) == 1);
        const std::string tsv = out.str();
        CHECK(tsv.find("q1\t1\t") == 0);
        CHECK(tsv.find("\nq2\terror\tline 2: query: unknown field 'titel:'") != std::string::npos);
        CHECK(tsv.find("\nq3\terror\tline 3: empty query after the id\n") != std::string::npos);
        CHECK(tsv.find("\nq4\t1\t") != std::string::npos);
    }
}

TEST_SUITE("system/batch bounds") {
    TEST_CASE("an over-long line gets an error row, is never stored whole, and the batch goes on") {
        const std::string huge(10'000'000, 'a');
        const auto lines = batch_lines("q1\tmines\nq2\t" + huge + "\nq3\turges\n", 2, true);
        REQUIRE(lines.size() == 3);
        CHECK(lines[0]["total"].get<int>() > 0);
        CHECK(lines[1]["qid"] == "2");
        CHECK(lines[1]["error"] == "line 2: line too long (over 8192 bytes); skipped");
        CHECK(lines[2]["qid"] == "q3");
        CHECK(lines[2]["total"].get<int>() > 0);
    }

    TEST_CASE("a line with invalid UTF-8 gets an error row naming the byte, and the batch goes on") {
        const auto lines = batch_lines("q1\tmines \xff\nq\xfe\tmines\nq3\turges\n", 1, true);
        REQUIRE(lines.size() == 3);
        CHECK(lines[0]["qid"] == "q1");
        CHECK(lines[0]["error"] == "line 1: query: not valid UTF-8 (byte 0xFF at column 7)");
        CHECK(lines[1]["qid"] == "q\xEF\xBF\xBD");  // the qid shown with U+FFFD for the bad byte
        CHECK(lines[1]["total"].get<int>() > 0);
        CHECK(lines[2]["total"].get<int>() > 0);
    }
}

TEST_SUITE("system/cli json errors") {
    TEST_CASE(
        "--format json with invalid UTF-8 in the query prints a JSON error, then fails as a usage error") {
        searcher::SearchOptions options;
        options.databases = {testing::sample_database()};
        options.format = searcher::OutputFormat::Json;
        options.request.query = "mines \xff";
        std::istringstream in;
        std::ostringstream out;
        CHECK_THROWS_WITH_AS(searcher::run_search_command(options, in, out, false),
                             "query: not valid UTF-8 (byte 0xFF at column 7)", UsageError);
        const auto answer = nlohmann::json::parse(out.str());
        CHECK(answer["error"] == "query: not valid UTF-8 (byte 0xFF at column 7)");
        CHECK(answer["query"] == "mines \xEF\xBF\xBD");
    }
}

TEST_SUITE("system/batch precedents") {
    TEST_CASE("a {\"like\"} line answers with the draft's precedents, another JSON object is an error row") {
        const std::string draft =
            "Invites the delegations of the moon to consider interplanetary cheese trade on Tuesdays.";
        const auto lines = batch_lines("mines\n{\"like\": \"" + draft +
                                           "\", \"qid\": \"d1\", \"lang\": \"en\"}\n"
                                           "{\"query\": \"mines\"}\n{\"like\": \"  \"}\nurges\n",
                                       2, true);
        REQUIRE(lines.size() == 5);
        CHECK(lines[0]["total"].get<int>() > 0);
        CHECK(lines[1]["qid"] == "d1");
        CHECK(lines[1]["language"] == "en");
        REQUIRE(lines[1]["paragraphs"].size() == 1);
        CHECK(lines[1]["paragraphs"][0]["new"] == true);
        CHECK(lines[2]["error"].get<std::string>().rfind("line 3: a JSON line must be {\"like\"", 0) == 0);
        CHECK(lines[3]["error"] == "line 4: the draft is empty");
        CHECK(lines[4]["total"].get<int>() > 0);
    }
}
