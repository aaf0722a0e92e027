/// @file
/// @brief The parser against the exact seed parses, the shape fixtures and small cases.
#include "analyzers/parser/resolution_parser.hpp"

#include "analyzers/error.hpp"
#include "analyzers/parser/resolution_json.hpp"
#include "analyzers/parser_test_support.hpp"

#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>

using unres::analyzers::ParagraphKind;
using unres::analyzers::parse_resolution;
using unres::analyzers::resolution_from_json;
using unres::test::read_file;

namespace {

const std::string fixtures = std::string(UNRES_SOURCE_DIR) + "/tests/fixtures";

}  // namespace

TEST_SUITE("analyzers/resolution_parser") {
    TEST_CASE("parses the four seed resolutions exactly as the spec fixture") {
        const std::map<std::string, std::string> origin = {
            {"000_0f0e59a79169eeb2.txt", "A-RES-78-45.md"},
            {"001_05bcac064370b298.txt", "A-RES-79-34.txt"},
            {"002_864f40e800051bca.txt", "A-RES-75-52.md"},
            {"003_bca0c245c8f71e66.txt", "A-RES-76-26.txt"},
        };
        std::istringstream expected(read_file(fixtures + "/seeds.expected.jsonl"));
        std::string line;
        std::size_t paragraphs = 0;
        std::size_t documents = 0;
        while (std::getline(expected, line)) {
            const auto json = nlohmann::json::parse(line);
            const auto want = resolution_from_json(json);
            const auto& sample = origin.at(want.file);
            CAPTURE(sample);
            const auto got = parse_resolution(
                read_file(std::string(UNRES_SOURCE_DIR) + "/sample-corpus/" + sample), want.file);
            CHECK(got.file == want.file);
            unres::test::check_same(got, want, false);
            // Paragraph cites are not in the spec fixture: they must add up to the document's cites.
            std::vector<std::string> all;
            for (const auto& p : got.paragraphs) {
                for (const auto& c : p.cites) {
                    if (std::find(all.begin(), all.end(), c) == all.end()) all.push_back(c);
                }
            }
            CHECK(all == want.cites);
            paragraphs += got.paragraphs.size();
            ++documents;
        }
        CHECK(documents == 4);
        CHECK(paragraphs == 96);
    }

    TEST_CASE("parses each shape fixture as its expected parse") {
        for (const std::string name : {"security-council.txt", "sections-restart.md", "subparagraphs-old.txt",
                                       "declaration-annex.txt", "layout.txt", "layout-fidelity.txt"}) {
            CAPTURE(name);
            const auto stem = name.substr(0, name.rfind('.'));
            const auto want = resolution_from_json(
                nlohmann::json::parse(read_file(fixtures + "/parser/" + stem + ".expected.json")));
            const auto got = parse_resolution(read_file(fixtures + "/parser/" + name), name);
            CHECK(got.file == name);
            unres::test::check_same(got, want, true);
        }
    }

    TEST_CASE("a text adopted inline (no Annex heading) is typed as annex paragraphs, numbered as printed") {
        const std::string text =
            "78/997. A declaration adopted inline\n\nThe General Assembly\n\n"
            "Adopts the following declaration on shared waters:\n\nDeclaration on shared waters\n\n"
            "1. We, the Member States, reaffirm our commitment to cooperation on shared waters.\n\n"
            "2. We recognize that rivers cross borders.\n\n"
            "3. We commit to share data on river flows.\n\n42nd plenary meeting\n4 December 2023\n";
        const auto r = parse_resolution(text, "inline.txt");
        REQUIRE(r.paragraphs.size() == 4);
        CHECK(r.paragraphs[0].id == "op1");
        CHECK(r.paragraphs[0].text == "Adopts the following declaration on shared waters:");
        for (std::size_t i = 1; i < 4; ++i) {
            CAPTURE(i);
            CHECK(r.paragraphs[i].kind == ParagraphKind::Annex);
            CHECK(r.paragraphs[i].id == "an" + std::to_string(i));
            CHECK(r.paragraphs[i].number == static_cast<int>(i));
            CHECK(r.paragraphs[i].section == "Declaration on shared waters");
            CHECK(r.paragraphs[i].text.rfind("We", 0) == 0);
        }
    }

    TEST_CASE("an opening word printed too small for its line is put back where it was printed") {
        // Layout extraction prints a 1-point, letter-spaced "Invites" under the line it opens.
        const std::string text =
            "                United Nations                                     A/RES/78/996\n"
            "   78/996.      A small print test\n\n"
            "                     The General Assembly,\n"
            "                     Recalling its resolution 77/1,\n\n"
            "                     1.      relevant special procedure mandate holders of the Human Rights\n"
            "                             I nv ite s\n"
            "                Council to report on the matter;\n\n"
            "                     2.    Decides to remain seized of the matter.\n\n"
            "                                                              42nd plenary meeting\n"
            "                                                                 4 December 2023\n\f";
        const auto r = parse_resolution(text, "small.txt");
        REQUIRE(r.paragraphs.size() == 3);
        CHECK(r.paragraphs[1].id == "op1");
        CHECK(r.paragraphs[1].clause == "Invites");
        CHECK(r.paragraphs[1].verb == "invites");
        CHECK(
            r.paragraphs[1].text ==
            "Invites relevant special procedure mandate holders of the Human Rights Council to report on the "
            "matter;");
        // Fragments that make no opening word, or a numbered line that lacks none, are left alone.
        std::string unchanged = text;
        unchanged.replace(unchanged.find("I nv ite s"), 10, "x nv ite s");
        CHECK(parse_resolution(unchanged, "small.txt").paragraphs[1].text.rfind("relevant special", 0) == 0);
    }

    TEST_CASE("takes clauses from emphasis, else the lexicon, else the first word") {
        const std::string head = "78/1. Title\n\nThe General Assembly,\n\n";
        SUBCASE("marked") {
            const auto r = parse_resolution(head + "*Recalling also* that x,\n\n1. *Urges* y;\n", "t.md");
            REQUIRE(r.paragraphs.size() == 2);
            CHECK(r.paragraphs[0].clause == "Recalling also");
            CHECK(r.paragraphs[1].clause == "Urges");
        }
        SUBCASE("plain, from the lexicon") {
            const auto r = parse_resolution(
                head + "Noting with deep regret that x,\n\n1. Renews its call upon y;\n", "t.txt");
            REQUIRE(r.paragraphs.size() == 2);
            CHECK(r.paragraphs[0].clause == "Noting with deep regret");
            CHECK(r.paragraphs[1].clause == "Renews its call upon");
            CHECK(r.paragraphs[1].verb == "renews");
        }
        SUBCASE("fallback") {
            const auto r = parse_resolution(head + "Contemplatingly x,\n\n1. Frobnicates y;\n", "t.txt");
            REQUIRE(r.paragraphs.size() == 2);
            CHECK(r.paragraphs[0].clause == "Contemplatingly");
            CHECK(r.paragraphs[1].clause == "Frobnicates");
        }
    }

    TEST_CASE("an unnumbered single operative paragraph is op1") {
        const auto r = parse_resolution(
            "79/132. Credentials\n\nThe General Assembly,\n\nHaving considered the report,\n\nApproves the "
            "report.\n",
            "t.txt");
        REQUIRE(r.paragraphs.size() == 2);
        CHECK(r.paragraphs[0].id == "pp1");
        CHECK(r.paragraphs[1].id == "op1");
        CHECK(r.paragraphs[1].kind == ParagraphKind::Operative);
    }

    TEST_CASE("no control character is stored, C1 included: a document cannot drive a terminal") {
        const auto r = parse_resolution(
            "79/132. Credentials\n\nThe General Assembly,\n\nHaving considered the \x1b[31mreport\xC2\x9B"
            "2J,\n\nApproves the report\x07.\n",
            "t.txt");
        REQUIRE(r.paragraphs.size() == 2);
        CHECK(r.paragraphs[0].text == "Having considered the [31mreport2J,");
        CHECK(r.paragraphs[1].text == "Approves the report.");
    }

    TEST_CASE("recognises every paragraph number past 999 (16,000 numbered lines)") {
        constexpr int count = 16000;
        for (const char* gap : {"\n\n", "\n"}) {
            CAPTURE(std::string(gap).size());
            std::string text =
                "79/999. A long resolution\n\nThe General Assembly,\n\nRecalling its resolutions,\n\n";
            for (int i = 1; i <= count; ++i)
                text += std::to_string(i) + ". Decides that item " + std::to_string(i) + " stands;" + gap;
            const auto r = parse_resolution(text, "long.txt");
            REQUIRE(r.paragraphs.size() == count + 1);
            CHECK(r.paragraphs[999].id == "op999");
            CHECK(r.paragraphs[999].text == "Decides that item 999 stands;");
            CHECK(r.paragraphs[1000].id == "op1000");
            CHECK(r.paragraphs[1000].number == 1000);
            CHECK(r.paragraphs.back().id == "op16000");
            CHECK(r.paragraphs.back().text == "Decides that item 16000 stands;");
        }
    }

    TEST_CASE("a year opening a line is not a paragraph number") {
        const auto r = parse_resolution(
            "79/998. Years\n\nThe General Assembly,\n\n1. Decides to meet in\n2024. It also decides to "
            "act;\n\n"
            "2. Requests a report;\n",
            "t.txt");
        REQUIRE(r.paragraphs.size() == 2);
        CHECK(r.paragraphs[0].id == "op1");
        CHECK(r.paragraphs[1].id == "op2");
    }

    TEST_CASE("rejects what is not a resolution with a message naming the file") {
        CHECK_THROWS_WITH_AS(parse_resolution("", "empty.txt"), "empty.txt: empty file", unres::SourceError);
        CHECK_THROWS_WITH_AS(parse_resolution("  \n\f\n", "blank.txt"), "blank.txt: empty file",
                             unres::SourceError);
        CHECK_THROWS_AS(parse_resolution("Dear colleagues,\nthe meeting is on Monday.\n", "letter.txt"),
                        unres::SourceError);
        const std::string big(unres::analyzers::max_source_bytes + 1, 'a');
        CHECK_THROWS_AS(parse_resolution(big, "big.txt"), unres::SourceError);
    }
}
