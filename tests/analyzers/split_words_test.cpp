/// @file
/// @brief Split-word repair: parts of one word joined, real pairs of words kept apart.
#include "analyzers/parser/split_words.hpp"
#include "analyzers/parser/spelling_dictionary.hpp"
#include "analyzers/parser/word_counts.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using unres::analyzers::dictionary_knows;
using unres::analyzers::SplitWordRepair;
using unres::analyzers::WordCounts;

namespace {

/// A document whose other lines hold the whole words (as every real resolution does).
auto repair_in(const std::vector<std::string_view>& document, std::string_view text,
               const std::string& language = "en") -> std::string {
    return SplitWordRepair(language, document).repair(text);
}

const std::vector<std::string_view> k_document = {
    "The Secretariat and the Member States, as set out in the annex, across the region,",
    "challenges and the implementation of the programme, the Additional Protocol,",
    "women’s and girls’ rights and the sand of the desert, areas B and C, Annex V on oceans,"};

}  // namespace

TEST_SUITE("analyzers/split_words") {
    TEST_CASE("a word printed in two parts is joined when one part is a fragment") {
        CHECK(repair_in(k_document, "of the Secre tariat, in accordance") ==
              "of the Secretariat, in accordance");
        CHECK(repair_in(k_document, "programmes a nd activities") == "programmes and activities");
        CHECK(repair_in(k_document, "the challenge s ahead") == "the challenges ahead");
        CHECK(repair_in(k_document, "the implementa tion of") == "the implementation of");
        CHECK(repair_in(k_document, "(Secre tariat)") == "(Secretariat)");
    }

    TEST_CASE("a lone letter joins the word after it, not the whole word before it") {
        CHECK(repair_in(k_document, "the role of t he Secretariat") == "the role of the Secretariat");
        CHECK(repair_in(k_document, "the programme of th e region") == "the programme of the region");
    }

    TEST_CASE("two real words stay apart") {
        CHECK(repair_in(k_document, "as set out in") == "as set out in");
        CHECK(repair_in(k_document, "a cross-border plan, a cross") == "a cross-border plan, a cross");
        CHECK(repair_in(k_document, "the Additional Protocol") == "the Additional Protocol");
        CHECK(repair_in(k_document, "women’s and girls’ rights") == "women’s and girls’ rights");
        CHECK(repair_in(k_document, "areas B and C, Annex V on oceans") ==
              "areas B and C, Annex V on oceans");
        CHECK(repair_in(k_document, "in 20 26 and 12 a") == "in 20 26 and 12 a");
    }

    TEST_CASE("a capitalised name in short parts stays apart unless the document or a name list joins it") {
        CHECK(repair_in(k_document, "held in Dar es Salaam in 2023") == "held in Dar es Salaam in 2023");
        CHECK(repair_in(k_document, "the Ozone Laye r and the") == "the Ozone Layer and the");
        CHECK(repair_in(k_document, "held in Moza mbique in 2023") == "held in Mozambique in 2023");
    }

    TEST_CASE("an acronym parted by a space is whole when the document prints it whole") {
        const std::vector<std::string_view> document = {
            "the COVID-19 pandemic and HIV/AIDS, as Habitat III said,", "the ILO and WHO,"};
        CHECK(repair_in(document, "the coronavirus disease (COV ID-19) pandemic") ==
              "the coronavirus disease (COVID-19) pandemic");
        CHECK(repair_in(document, "on HIV/A IDS and") == "on HIV/AIDS and");
        CHECK(repair_in(document, "(Habitat II I), held") == "(Habitat III), held");
        CHECK(repair_in(document, "the ILO WHO meeting") == "the ILO WHO meeting");  // never printed whole
    }

    TEST_CASE("two whole words are one when the document prints them joined and never apart") {
        const std::vector<std::string_view> document = {"States seeking assistance, and sustainable peace,",
                                                        "and may be able to act, as set out below,"};
        CHECK(repair_in(document, "and see king to address") == "and seeking to address");
        CHECK(repair_in(document, "for sustain able development") == "for sustainable development");
        CHECK(repair_in(document, "the States may be able to") == "the States may be able to");
        CHECK(repair_in(document, "the King of the kingdom") == "the King of the kingdom");
    }

    TEST_CASE("the language's dictionary knows words the document does not") {
        if (!dictionary_knows("en", "necessary").has_value()) {
            MESSAGE("no English hunspell dictionary: the document's own words only");
            return;
        }
        CHECK(*dictionary_knows("en", "necessary"));
        CHECK_FALSE(*dictionary_knows("en", "necessa"));
        CHECK(repair_in(k_document, "all necessa ry measures") == "all necessary measures");
        CHECK(repair_in(k_document, "the Internationa l Court") == "the International Court");
    }

    TEST_CASE("other languages: French and Russian parts") {
        const std::vector<std::string_view> french = {"les États Membres et le Secrétariat, la coopération"};
        CHECK(repair_in(french, "le Secré tariat et la coopé ration", "fr") ==
              "le Secrétariat et la coopération");
        const std::vector<std::string_view> russian = {"Генеральная Ассамблея и сотрудничество"};
        CHECK(repair_in(russian, "и сотрудни чество", "ru") == "и сотрудничество");
    }

    TEST_CASE("a corpus's word counts join what one document cannot tell, and keep real pairs apart") {
        // Counts as a few hundred resolutions give them: the whole words common, their fragments rare.
        WordCounts corpus;
        for (const auto& [word, n] : std::vector<std::pair<std::string, std::size_t>>{
                 {"the", 60000},  {"and", 40000},      {"of", 35000},    {"in", 30000},
                 {"to", 20000},   {"a", 7000},         {"on", 7000},     {"so", 300},
                 {"up", 400},     {"with", 4000},      {"seeking", 140}, {"see", 400},
                 {"king", 30},    {"innovation", 900}, {"novation", 1},  {"towards", 600},
                 {"wards", 2},    {"amended", 90},     {"mended", 1},    {"again", 110},
                 {"gain", 16},    {"informal", 270},   {"formal", 120},  {"across", 400},
                 {"cross", 300},  {"soon", 150},       {"upon", 2600},   {"implications", 60},
                 {"prices", 40},  {"workers", 450},    {"worker", 15},   {"sand", 200},
                 {"used", 230},   {"use", 2700},       {"din", 2},       {"well", 4000},
                 {"ll", 12},      {"there", 380},      {"re", 100},      {"state", 3000},
                 {"stat", 2},     {"states", 9000},    {"being", 2000},  {"establishment", 500},
                 {"within", 1500}}) {
            corpus.add(word, n);
        }
        REQUIRE(corpus.is_evidence());
        const std::vector<std::string_view> document = {"The General Assembly, noting the report,"};
        const auto repair = [&](std::string_view text) {
            return SplitWordRepair("en", document, &corpus).repair(text);
        };
        // Both parts are words, one of them rare: a fragment.
        CHECK(repair("and see king to address") == "and seeking to address");
        CHECK(repair("science and in novation, and") == "science and innovation, and");
        CHECK(repair("progress to wards the goal") == "progress towards the goal");
        CHECK(repair("as a mended by") == "as amended by");
        CHECK(repair("the we ll-being of") == "the well-being of");
        // A lone lower-case letter joins the word it completes, before or after it.
        CHECK(repair("the implication s of") == "the implications of");
        CHECK(repair("food p rices rose") == "food prices rose");
        CHECK(repair("migrant worker s and their families") == "migrant workers and their families");
        CHECK(repair("methods use d in mining") == "methods used in mining");
        CHECK(repair("on Stat e practice") == "on State practice");
        // Both parts common: real pairs, kept apart.
        CHECK(repair("follow up on the report") == "follow up on the report");
        CHECK(repair("in formal meetings") == "in formal meetings");
        CHECK(repair("a cross-cutting issue") == "a cross-cutting issue");
        CHECK(repair("represents a gain for") == "represents a gain for");
        CHECK(repair("and so on") == "and so on");
        CHECK(repair("the re-establishment of") == "the re-establishment of");
        CHECK(repair("in keeping with in particular") == "in keeping with in particular");
        // Too few words to be evidence: the document alone decides, as without a corpus.
        WordCounts small;
        small.add("seeking", 140);
        CHECK(SplitWordRepair("en", document, &small).repair("and see king to") == "and see king to");
    }

    TEST_CASE("a year printed in two groups of digits is whole when the document prints it whole") {
        const std::vector<std::string_view> document = {"the 2030 Agenda, adopted in 2015,"};
        CHECK(repair_in(document, "by 20 30, and") == "by 2030, and");
        CHECK(repair_in(document, "in 201 5 the") == "in 2015 the");
        CHECK(repair_in(document, "items 20 26 and") == "items 20 26 and");  // 2026 is not printed
        CHECK(repair_in(document, "of 2 015 people") == "of 2 015 people");  // grouped by thousands
    }
}
