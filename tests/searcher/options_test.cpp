/// @file
/// @brief Tests of unres-search's options: lineage (--history, --diff, --sort cited) and hit counts.
#include "searcher/options.hpp"
#include "analyzers/error.hpp"
#include "index/schema.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace unres::searcher;

namespace {

auto parse(std::vector<const char*> args) -> SearchOptions {
    args.insert(args.begin(), {"unres-search", "--db", "db"});
    return parse_search_options(static_cast<int>(args.size()), args.data());
}

auto usage_error_of(std::vector<const char*> args) -> std::string {
    try {
        (void)parse(std::move(args));
    } catch (const unres::UsageError& error) {
        return error.what();
    }
    return "(no error)";
}

}  // namespace

TEST_SUITE("searcher/options") {
    TEST_CASE("--limit and --offset take whole numbers of hits, a negative one is refused, never wrapped") {
        CHECK(parse({"--limit", "0"}).request.limit == 0);
        CHECK(parse({"--offset", "4294967295"}).request.offset == 4294967295U);
        CHECK(usage_error_of({"--limit", "-3"}) == "--limit: '-3' is not a number of hits from 0 to 10000");
        CHECK(usage_error_of({"--limit", "10001"}) ==
              "--limit: '10001' is not a number of hits from 0 to 10000");
        CHECK(usage_error_of({"--offset", "-1"}) ==
              "--offset: '-1' is not a number of hits from 0 to 4294967295");
        CHECK(usage_error_of({"--offset", "2x"}) ==
              "--offset: '2x' is not a number of hits from 0 to 4294967295");
    }

    TEST_CASE("--history and --diff are read") {
        CHECK(parse({"--history", "A/RES/79/34#pp12"}).history == "A/RES/79/34#pp12");
        CHECK(parse({"--diff", "A/RES/78/45", "A/RES/79/34"}).diff ==
              std::vector<std::string>{"A/RES/78/45", "A/RES/79/34"});
        CHECK(parse({"--sort", "cited", "mines"}).request.sort == SortOrder::Cited);
    }

    TEST_CASE("lineage options report misuse") {
        struct Row {
            std::vector<const char*> args;
            const char* message;
        };
        const std::vector<Row> rows = {
            {{"--diff", "A/RES/78/45"},
             "--diff takes two resolution symbols: --diff A/RES/78/45 A/RES/79/34"},
            {{"--diff", "a", "b", "c"},
             "--diff takes two resolution symbols: --diff A/RES/78/45 A/RES/79/34"},
            {{"--history", "A/RES/79/34#pp1", "--show", "A/RES/79/34"},
             "give only one of --show, --history, --diff, --like and --batch"},
            {{"--history", "A/RES/79/34#pp1", "mines"}, "--history and --diff take no query"},
            {{"--sort", "popular"}, "sort: 'popular' is not one of relevance, date, document, cited"},
        };
        for (const auto& row : rows) {
            CAPTURE(row.message);
            CHECK(usage_error_of(row.args) == row.message);
        }
    }

    TEST_CASE("the help names every field of the query language, and every filter but lang: is an option") {
        const std::string help = search_help();
        int filters = 0;
        for (const auto& field : unres::schema::fields()) {
            const std::string name(field.query_name);
            if (name.empty() || name == "id" || name == "type" || name == "clausekey") continue;
            CAPTURE(name);
            CHECK(help.find(name + ":") != std::string::npos);
            if (!field.boolean || name == "lang") continue;
            ++filters;
            std::vector<const char*> args = {"--", "x"};
            const std::string option = "--" + name;
            args.insert(args.begin(), option.c_str());
            const char* value = name == "session"                     ? "78"
                                : name == "year"                      ? "2023"
                                : name == "kind"                      ? "operative"
                                : name == "change"                    ? "new"
                                : name == "committee"                 ? "first"
                                : name == "body"                      ? "sc"
                                : name == "symbol" || name == "cites" ? "78/45"
                                                                      : "urges";
            args.insert(args.begin() + 1, value);
            const auto options = parse(args);
            CHECK(options.request.filters.count(name) == 1);
        }
        CHECK(filters >= 11);
    }
}
