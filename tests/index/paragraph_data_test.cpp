/// @file
/// @brief The paragraph data codec: hit fields read from stored JSON whatever else it holds; what the indexer
/// writes read back whole; lineage written, replaced and removed.
#include "index/paragraph_data.hpp"

#include "analyzers/parser/resolution_parser.hpp"

#include <doctest/doctest.h>

#include <string>

using unres::schema::data_with_lineage;
using unres::schema::encode_paragraph_data;
using unres::schema::paragraph_of_data;
using unres::schema::read_paragraph_data;

TEST_SUITE("index/paragraph_data") {
    TEST_CASE("reads the fields a hit shows and skips sub-paragraphs, footnote marks and cites") {
        const auto hit = read_paragraph_data(
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
        CHECK(hit->moved);
    }

    TEST_CASE("a paragraph without lineage, missing or mistyped fields keep their defaults") {
        const auto hit =
            read_paragraph_data(R"J({"symbol":7,"session":"78","paragraph":{"id":"pp1","number":1e99}})J");
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
            CHECK_FALSE(read_paragraph_data(data));
        }
    }

    TEST_CASE("what the indexer writes reads back: hit fields, footnotes and the whole paragraph") {
        const auto r = unres::analyzers::parse_resolution(
            "A/RES/78/45\n\nResolution adopted by the General Assembly on 4 December 2023\n\n"
            "78/45. Anti-personnel mines\n\nThe General Assembly,\n\n"
            "Recalling its resolution 77/77,\n\n"
            "1. Urges all States to clear mines;\n\n"
            "2. Decides to remain seized of the matter.\n",
            "A-RES-78-45.txt");
        REQUIRE(r.paragraphs.size() >= 2);
        const auto& op1 = r.paragraphs[1];
        unres::analyzers::Footnote footnote{"3", "See A/78/409."};
        const std::string data = encode_paragraph_data(r, op1, {&footnote});
        const auto hit = read_paragraph_data(data);
        REQUIRE(hit);
        CHECK(hit->id == r.symbol + "#" + op1.id);
        CHECK(hit->symbol == r.symbol);
        CHECK(hit->session == r.session);
        CHECK(hit->adopted == r.adopted);
        CHECK(hit->paragraph == op1.id);
        CHECK(hit->number == op1.number);
        CHECK(hit->text == op1.text);
        CHECK(hit->verb == op1.verb);
        CHECK(hit->footnote_marks == std::vector<std::string>{"3"});
        CHECK(hit->footnote_texts == std::vector<std::string>{"See A/78/409."});
        CHECK_FALSE(hit->has_lineage);
        const auto whole = paragraph_of_data(data);
        REQUIRE(whole);
        CHECK(whole->id == op1.id);
        CHECK(whole->text == op1.text);
        CHECK(whole->clause == op1.clause);
        CHECK(whole->cites == op1.cites);
        CHECK_FALSE(paragraph_of_data("{}"));
    }

    TEST_CASE("lineage is written, replaced and removed, and the same lineage again changes nothing") {
        const std::string data =
            R"J({"id":"A/RES/79/34#op1","symbol":"A/RES/79/34","paragraph":{"id":"op1"}})J";
        const nlohmann::json lineage = {
            {"predecessor", "A/RES/78/45#op1"}, {"similarity", 0.5}, {"change", "edited"}};
        const auto with = data_with_lineage(data, lineage);
        REQUIRE(with);
        const auto hit = read_paragraph_data(*with);
        REQUIRE(hit);
        CHECK(hit->has_lineage);
        CHECK(hit->predecessor == "A/RES/78/45#op1");
        CHECK(hit->change == "edited");
        CHECK_FALSE(hit->moved);
        CHECK(hit->paragraph == "op1");
        CHECK_FALSE(data_with_lineage(*with, lineage));
        const auto without = data_with_lineage(*with, nlohmann::json());
        REQUIRE(without);
        CHECK_FALSE(read_paragraph_data(*without)->has_lineage);
        CHECK_FALSE(data_with_lineage(data, nlohmann::json()));
        CHECK_FALSE(data_with_lineage("not json", lineage));
    }
}
