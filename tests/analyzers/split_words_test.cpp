/// @file
/// @brief Split-word repair: parts of one word joined, real pairs of words kept apart.
#include "analyzers/split_words.hpp"
#include "analyzers/spelling_dictionary.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using unres::analyzers::dictionary_knows;
using unres::analyzers::SplitWordRepair;

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
}
