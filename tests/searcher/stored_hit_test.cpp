/// @file
/// @brief read_stored_hit(): the hit fields of stored paragraph JSON, whatever else the data holds.
#include "searcher/stored_hit.hpp"

#include <doctest/doctest.h>

using unres::searcher::read_stored_hit;

TEST_SUITE("searcher/stored_hit") {
    TEST_CASE("reads the fields a hit shows and skips sub-paragraphs, footnote marks and cites") {
        const auto hit = read_stored_hit(
            R"J({"id":"A/RES/78/45#op7","symbol":"A/RES/78/45","session":78,"adopted":"2023-12-04",)J"
            R"J("language":"en","paragraph":{"id":"op7","kind":"operative","number":7,"clause":"Renews its call upon",)J"
            R"J("clause_key":"renews its call upon","verb":"renews","text":"Renews its call upon all States: (a) to act;",)J"
            R"J("footnote_refs":["3"],"section":"I","subparagraphs":[{"id":"op7.a","label":"(a)","span":[32,42],)J"
            R"J("text":"decoy","verb":"decoy"}],"cites":["A/RES/54/54B"]},)J"
            R"J("lineage":{"predecessor":"A/RES/76/26#op6","similarity":0.93,"change":"edited","moved":true}})J");
        REQUIRE(hit);
        CHECK(hit->id == "A/RES/78/45#op7");
        CHECK(hit->symbol == "A/RES/78/45");
        CHECK(hit->session == 78);
        CHECK(hit->adopted == "2023-12-04");
        CHECK(hit->language == "en");
        CHECK(hit->paragraph == "op7");
        CHECK(hit->kind == "operative");
        CHECK(hit->number == 7);
        CHECK(hit->clause == "Renews its call upon");
        CHECK(hit->verb == "renews");  // not the sub-paragraph's
        CHECK(hit->text == "Renews its call upon all States: (a) to act;");
        CHECK(hit->has_lineage);
        CHECK(hit->predecessor == "A/RES/76/26#op6");
        CHECK(hit->similarity == doctest::Approx(0.93));
        CHECK(hit->change == "edited");
    }

    TEST_CASE("a paragraph without lineage, missing or mistyped fields keep their defaults") {
        const auto hit =
            read_stored_hit(R"J({"symbol":7,"session":"78","paragraph":{"id":"pp1","number":1e99}})J");
        REQUIRE(hit);
        CHECK(hit->symbol.empty());
        CHECK(hit->session == 0);
        CHECK(hit->language == "en");
        CHECK(hit->paragraph == "pp1");
        CHECK(hit->number == 0);
        CHECK_FALSE(hit->has_lineage);
    }

    TEST_CASE("data that is not a JSON object gives nothing") {
        for (const std::string data : {"", "[1,2]", "\"text\"", "{\"id\":", "id=A/RES/78/45#op7", "{}x"}) {
            CAPTURE(data);
            CHECK_FALSE(read_stored_hit(data));
        }
    }
}
