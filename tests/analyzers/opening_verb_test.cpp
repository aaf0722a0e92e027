/// @file
/// @brief The verb facet's value: the verb of the opening phrase, never an adverb, pronoun or other word.
#include "analyzers/parser/opening_verb.hpp"
#include "analyzers/parser/clause_lexicon.hpp"

#include <doctest/doctest.h>

using unres::analyzers::ClauseLexicon;
using unres::analyzers::opening_verb;

namespace {

auto english(std::string_view clause, std::string_view text, bool listed = true) -> std::string {
    return opening_verb("en", clause, text, listed, ClauseLexicon::english());
}

}  // namespace

TEST_SUITE("analyzers/opening_verb") {
    TEST_CASE("adverbs before the verb are skipped") {
        CHECK(english("Also requests", "Also requests the Secretary-General to report") == "requests");
        CHECK(english("Deeply regrets", "Deeply regrets the loss") == "regrets");
        CHECK(english("Strongly condemns", "Strongly condemns all acts") == "condemns");
        CHECK(english("Further invites", "Further invites Member States") == "invites");
        CHECK(english("Deeply concerned", "Deeply concerned that") == "concerned");
    }

    TEST_CASE("a clause of modifiers only reads the verb from the text") {
        CHECK(english("Once", "Once again urges all States") == "urges");
        CHECK(english("We", "We reaffirm our commitment") == "reaffirm");
        CHECK(english("We", "We are determined to act") == "");  // "are" opens no paragraph of the lexicon
    }

    TEST_CASE("an unlisted first word counts only when the lexicon opens paragraphs with it") {
        CHECK(english("The", "The General Assembly decides", false) == "");
        CHECK(english("62/50", "62/50 of 17 December 2007", false) == "");
        CHECK(english("***", "***", false) == "");
        CHECK(english("Recognize", "Recognize that the", false) == "recognize");
        CHECK(english("Mindful", "Mindful of the need") == "mindful");
        CHECK(english("Supply", "Supply chains are", false) == "");
    }

    TEST_CASE("other languages skip their own adverbs") {
        CHECK(opening_verb("fr", "Profondément préoccupée", "Profondément préoccupée par", true,
                           ClauseLexicon::for_language("fr")) == "préoccupée");
        CHECK(opening_verb("es", "Insta también", "Insta también a los Estados", true,
                           ClauseLexicon::for_language("es")) == "insta");
        CHECK(opening_verb("ru", "Настоятельно призывает", "Настоятельно призывает все", true,
                           ClauseLexicon::for_language("ru")) == "призывает");
    }
}
