/// @file
/// @brief The --parse JSON form of a Resolution: field names, order, null committee, round trip.
#include "analyzers/parser/resolution_json.hpp"

#include <doctest/doctest.h>

using namespace unres::analyzers;

TEST_SUITE("analyzers/resolution_json") {
    TEST_CASE("writes the spec's fields in order, an empty committee as null") {
        Resolution r;
        r.file = "a.txt";
        r.symbol = "A/RES/78/45";
        Paragraph p;
        p.id = "op5";
        p.kind = ParagraphKind::Operative;
        p.number = 5;
        p.clause = "Urges";
        p.clause_key = "urges";
        p.verb = "urges";
        p.text = "Urges (a) x;";
        p.subparagraphs.push_back({"op5.a", "(a)", "x;"});
        r.paragraphs.push_back(p);
        const auto j = to_json(r);
        CHECK(
            j.dump() ==
            R"j({"file":"a.txt","symbol":"A/RES/78/45","session":0,"title":"","agenda_item":"","adopted":"",)j"
            R"j("distributed":"","committee":null,"committee_report":"","meeting":0,"language":"en","cites":[],)j"
            R"j("footnotes":[],"paragraphs":[{"id":"op5","kind":"operative","number":5,"clause":"Urges",)j"
            R"j("clause_key":"urges","verb":"urges","text":"Urges (a) x;","footnote_refs":[],)j"
            R"j("subparagraphs":[{"id":"op5.a","label":"(a)","text":"x;"}]}]})j");
    }

    TEST_CASE("reads back what it writes") {
        Resolution r;
        r.file = "b.md";
        r.committee = "First Committee";
        r.cites = {"A/RES/54/54B"};
        r.footnotes = {{"1", "Ibid."}};
        Paragraph p;
        p.id = "I.pp1";
        p.section = "I. Umoja";
        p.cites = {"A/RES/54/54B"};
        p.footnote_refs = {"1"};
        r.paragraphs.push_back(p);
        const auto back = resolution_from_json(nlohmann::json::parse(to_json(r).dump()));
        CHECK(to_json(back) == to_json(r));
    }

    TEST_CASE("rejects an unknown paragraph kind") {
        CHECK_THROWS_AS(paragraph_from_json(nlohmann::json::parse(R"({"id":"x","kind":"footnote"})")),
                        nlohmann::json::exception);
    }
}
