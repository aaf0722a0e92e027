/// @file
/// @brief Search behaviour on the sample corpus: ranking, exact facets, filters, sorting, collapse, show,
/// errors.
#include "analyzers/error.hpp"
#include "searcher/render_json.hpp"
#include "searcher/render_text.hpp"
#include "searcher/search.hpp"
#include "tests/system/sample_index.hpp"

#include <doctest/doctest.h>

#include <set>
#include <sstream>

using namespace unres;
using searcher::SearchRequest;

namespace {

auto run(const std::string& query, std::map<std::string, std::vector<std::string>> filters = {},
         std::size_t limit = 100) -> searcher::SearchResult {
    static searcher::Searcher s({testing::sample_database()});
    SearchRequest r;
    r.query = query;
    r.filters = std::move(filters);
    r.limit = limit;
    return s.search(r);
}

auto ids(const searcher::SearchResult& result) -> std::set<std::string> {
    std::set<std::string> out;
    for (const auto& h : result.hits) out.insert(h.id);
    return out;
}

auto facet(const searcher::SearchResult& result, const std::string& name, const std::string& value)
    -> Xapian::doccount {
    for (const auto& v : result.facets.at(name)) {
        if (v.value == value) return v.count;
    }
    return 0;
}

}  // namespace

TEST_SUITE("system/ranking") {
    TEST_CASE("the paragraphs that say a phrase rank above those that merely share its words") {
        const auto result = run("deep regret");
        REQUIRE(result.hits.size() >= 2);
        const std::set<std::string> top{result.hits[0].id, result.hits[1].id};
        CHECK(top == std::set<std::string>{"A/RES/78/45#pp12", "A/RES/79/34#pp12"});
    }

    TEST_CASE("a rare word ranks the paragraph that uses it first") {
        const auto result = run("Siem Reap");
        REQUIRE(result.total == 1);
        CHECK(result.hits[0].id == "A/RES/79/34#op9");
    }

    TEST_CASE("stemming finds other forms, =word does not") {
        CHECK(run("urging").total == run("urges").total);
        CHECK(run("=urges").total == 12);
        CHECK(run("=urging").total == 0);
    }

    TEST_CASE("facet counts are exact over the whole match set, not the page") {
        const auto result = run("convention", {}, 1);
        std::map<std::string, Xapian::doccount> sessions;
        const auto all = run("convention", {}, 200);
        for (const auto& h : all.hits) ++sessions[std::to_string(h.session)];
        CHECK(result.total == all.hits.size());
        for (const auto& [session, n] : sessions) CHECK(facet(result, "session", session) == n);
        // Sessions are listed newest first.
        REQUIRE(result.facets.at("session").size() == 4);
        CHECK(result.facets.at("session").front().value == "79");
        CHECK(result.facets.at("session").back().value == "75");
    }

    TEST_CASE("filters: OR within a facet, AND across facets") {
        CHECK(run("", {{"session", {"78"}}}).total == 24);
        CHECK(run("", {{"session", {"78", "79"}}}).total == 48);
        CHECK(run("", {{"session", {"75..76"}}, {"kind", {"operative"}}}).total == 24);
        CHECK(run("", {{"verb", {"urges"}}}).total == 12);
        CHECK(run("", {{"clause", {"Noting with deep regret"}}}).total == 2);
        CHECK(run("", {{"year", {"2023"}}}).total == 24);
    }

    TEST_CASE("fields in the query") {
        CHECK(run("symbol:78/45").total == 24);
        CHECK(run("symbol:A/RES/78/45 kind:operative").total == 12);
        CHECK(run("session:75..78 verb:urges").total == 9);
        CHECK(ids(run("cites:77/63")) == std::set<std::string>{"A/RES/78/45#pp1", "A/RES/79/34#pp1"});
        CHECK(run("cites:A/RES/75/52").total == 3);
        CHECK(run("committee:first").total == 96);
        // A facet too: every sample resolution is on a First Committee report.
        const auto committees = run("mines").facets.at("committee");
        REQUIRE(committees.size() == 1);
        CHECK(committees[0].value == "first");
        CHECK(committees[0].count == run("mines").total);
        CHECK(run("title:stockpiling").total == 96);
        CHECK(run("clause:regret").total == 4);
        CHECK(run("lang:en year:2020..2021").total == 48);
    }

    TEST_CASE(
        "title: keeps the paragraphs of resolutions so titled and leaves their scores to the other words") {
        CHECK(run("title:\"anti-personnel mines\"").total == 96);
        CHECK(run("title:nonexistentword").total == 0);
        CHECK(run("title:stock*").total == 96);
        CHECK(run("-title:stockpiling").total == 0);
        const auto plain = run("victims");
        const auto titled = run("victims title:stockpiling");
        REQUIRE(plain.total > 0);
        REQUIRE(titled.total == plain.total);
        for (std::size_t i = 0; i < plain.hits.size(); ++i) {
            CAPTURE(plain.hits[i].id);
            CHECK(titled.hits[i].id == plain.hits[i].id);
            CHECK(titled.hits[i].score == doctest::Approx(plain.hits[i].score));
        }
    }

    TEST_CASE("hyphen, apostrophe and symbol variants meet") {
        const auto a = run("anti-personnel").total;
        CHECK(a > 0);
        CHECK(run("antipersonnel").total == a);
        CHECK(run("\"anti personnel\"").total == a);
        CHECK(run("\"54/54 B\"").total == 4);
        CHECK(run("A/RES/54/54B").total == 4);
    }

    TEST_CASE("synonyms apply at query time") {
        CHECK(ids(run("APM")) == ids(run("\"anti-personnel mines\" OR \"anti-personnel mine\" OR landmine")));
        CHECK(run("Ottawa Convention").total > 0);
    }

    TEST_CASE("boolean operators, exclusion and prefixes") {
        CHECK(run("Maputo OR Nairobi").total == run("Maputo").total);
        CHECK(run("urges NOT ratify").total == run("urges").total - run("urges ratify").total);
        CHECK(run("urges -ratify").total == run("urges NOT ratify").total);
        CHECK(run("stockpil*").total > 0);
        CHECK(run("(Geneva OR Maputo) AND review").total > 0);
    }

    TEST_CASE("sorting by date puts the newest session first, by document, in paragraph order") {
        static searcher::Searcher s({testing::sample_database()});
        SearchRequest r;
        r.query = "convention";
        r.limit = 100;
        r.sort = searcher::SortOrder::Date;
        auto by_date = s.search(r);
        CHECK(by_date.hits.front().session == 79);
        CHECK(by_date.hits.back().session == 75);
        r.sort = searcher::SortOrder::Document;
        auto by_doc = s.search(r);
        CHECK(by_doc.hits.front().id == "A/RES/75/52#pp5");
    }

    TEST_CASE("collapse keeps the best paragraph per resolution and counts the others") {
        static searcher::Searcher s({testing::sample_database()});
        SearchRequest r;
        r.query = "urges";
        r.collapse = true;
        const auto result = s.search(r);
        CHECK(result.total == 4);
        REQUIRE(result.hits.size() == 4);
        CHECK(result.hits[0].collapsed_others == 2);
    }

    TEST_CASE("snippets mark the matched surface forms, stemmed ones included") {
        const auto result = run("urge");
        REQUIRE(!result.hits.empty());
        bool marked = false;
        for (const auto& f : result.hits[0].snippet) marked |= f.matched && f.text == "Urges";
        CHECK(marked);
        CHECK(searcher::snippet_markup(result.hits[0].snippet).find("<mark>Urges</mark>") !=
              std::string::npos);
    }

    TEST_CASE("an unknown word gets a suggestion from the index's vocabulary") {
        CHECK(run("convnetion").did_you_mean == "convention");
        CHECK(run("convention").did_you_mean.empty());
    }

    TEST_CASE("--show gives a paragraph with its resolution, or the whole resolution") {
        static searcher::Searcher s({testing::sample_database()});
        const auto one = s.show("A/RES/78/45#op7");
        REQUIRE(one.has_value());
        CHECK(one->paragraph == "op7");
        CHECK(one->resolution.meeting == 42);
        const auto whole = s.show("79/34");
        REQUIRE(whole.has_value());
        CHECK(whole->resolution.paragraphs.size() == 24);
        CHECK_FALSE(s.show("A/RES/1/1").has_value());
        CHECK_FALSE(s.show("A/RES/78/45#op99").has_value());
        const auto upper = s.show("A/RES/78/45#OP7");  // as results print it
        REQUIRE(upper.has_value());
        CHECK(upper->paragraph == "op7");
        CHECK_THROWS_WITH_AS(s.show("nonsense"), doctest::Contains("is not a UN symbol"), UsageError);
    }

    TEST_CASE("malformed queries and filters get messages that point at the problem") {
        const std::vector<std::pair<std::string, std::string>> table = {
            {"mines (urges", "query: unbalanced '(' at column 7"},
            {"mines )", "query: unexpected ')' at column 7"},
            {"\"deep regret", "query: unterminated '\"' at column 1"},
            {"mines OR", "query: 'OR' at column 7 needs something after it"},
            {"session:seventy", "session: 'seventy' is not a number (e.g. session:78)"},
            {"kind:annexe", "kind: 'annexe' is not one of preambular, operative, annex"},
            {"symbol:banana", "symbol: 'banana' is not a UN document symbol (e.g. A/RES/78/45 or 78/45)"},
            {"session:", "query: 'session:' at column 1 needs a value"},
            {"session:99..75", "session: '99..75' runs backwards (did you mean session:75..99?)"},
            {"year:78", "year: '78' is not a year (e.g. year:2023)"},
            {"year:20..2023", "year: '20..2023' is not a range (e.g. year:2020..2023)"},
            {"lang:xx", "lang: 'xx' is not one of ar, en, es, fr, ru, zh"},
            {"committee:seventh",
             "committee: 'seventh' is not one of first, second, third, fourth, fifth, sixth, "
             "plenary"},
        };
        for (const auto& [query, message] : table) {
            CAPTURE(query);
            CHECK_THROWS_WITH_AS(run(query), message.c_str(), UsageError);
        }
    }

    TEST_CASE("a field name that is no field is refused with the nearest one, never searched as text") {
        CHECK_THROWS_WITH_AS(
            run("titel:oceans"),
            doctest::Contains("query: unknown field 'titel:' at column 1 (did you mean title:?)"),
            UsageError);
        CHECK_THROWS_WITH_AS(run("mines foo:bar"),
                             doctest::Contains("unknown field 'foo:' at column 7; fields are title,"),
                             UsageError);
        CHECK(run("Session:79 mines").total == run("session:79 mines").total);  // field names in any case
        CHECK_NOTHROW(run("\"titel:oceans\""));                                 // quoted, it is text
        CHECK_NOTHROW(run("http://undocs.org"));                                // a URL is text
    }

    TEST_CASE("an offset past the last hit shows none and says so, it never wraps past 2^32") {
        static searcher::Searcher s({testing::sample_database()});
        SearchRequest r;
        r.query = "mines";
        r.offset = 4294967296U + 3;  // would be 3 if cut to 32 bits
        const auto result = s.search(r);
        CHECK(result.total == run("mines").total);
        CHECK(result.hits.empty());
        std::ostringstream text;
        searcher::render_text(result, text, false);
        CHECK(text.str().find("--offset 4294967299 is past the last of them.") != std::string::npos);
        r.offset = 0;
        r.limit = 1000;
        std::set<std::string> symbols;  // the resolutions that match, counted from every paragraph hit
        for (const auto& hit : s.search(r).hits) symbols.insert(hit.symbol);
        REQUIRE(symbols.size() > 1);
        r.collapse = true;
        r.limit = 1;
        std::ostringstream collapsed;
        searcher::render_text(s.search(r), collapsed, false);
        CAPTURE(collapsed.str());
        CHECK(collapsed.str().rfind(std::to_string(symbols.size()) + " resolutions match; showing 1–1.", 0) ==
              0);
    }

    TEST_CASE("a missing database says how to create one") {
        CHECK_THROWS_WITH_AS(
            searcher::Searcher({"/nonexistent/unres-db"}),
            doctest::Contains("create one with: unres-index --db /nonexistent/unres-db sample-corpus"),
            DatabaseError);
    }

    TEST_CASE("JSON keeps the documented field names and an exact total") {
        const auto j = searcher::result_to_json(run("renews its call"));
        CHECK(j["total"] == 4);
        const auto& hit = j["hits"][0];
        for (const char* key : {"id", "symbol", "paragraph", "session", "kind", "number", "clause", "verb",
                                "adopted", "score", "snippet", "text"}) {
            CAPTURE(key);
            CHECK(hit.contains(key));
        }
        CHECK(hit["clause"] == "Renews its call upon");
        CHECK(j["facets"]["kind"]["operative"] == 4);
    }
}
