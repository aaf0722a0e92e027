/// @file
/// @brief The clause lexicon: file format, longest match on word boundaries, kinds.
#include "analyzers/parser/clause_lexicon.hpp"

#include <doctest/doctest.h>

using namespace unres::analyzers;

TEST_SUITE("analyzers/clause_lexicon") {
    TEST_CASE("reads sections and comments and takes the longest whole-word match") {
        const ClauseLexicon lexicon(
            "# comment\n[preambular]\nNoting\nNoting with regret\n\n[operative]\n Calls upon \n");
        CHECK(lexicon.size() == 3);
        CHECK(lexicon.match("Noting with regret that").phrase == "Noting with regret");
        CHECK(lexicon.match("Noting with regret that").kind == ClauseKind::Preambular);
        CHECK(lexicon.match("Noting with regrets").phrase == "Noting");
        CHECK(lexicon.match("Calls upon all").kind == ClauseKind::Operative);
        CHECK(lexicon.match("calls upon all").phrase == "calls upon");
        CHECK(lexicon.match("Callsupon").phrase.empty());
        CHECK(lexicon.match("").phrase.empty());
    }

    TEST_CASE("the English lexicon holds the standard phrases, stopping before the object") {
        const auto& en = ClauseLexicon::english();
        CHECK(en.size() > 300);
        const std::vector<std::pair<std::string, std::string>> table = {
            {"Reaffirming its determination to put", "Reaffirming its determination"},
            {"Believing it necessary to do", "Believing it necessary"},
            {"Noting with satisfaction the work", "Noting with satisfaction"},
            {"Expresses strong concern regarding", "Expresses strong concern"},
            {"Renews its call upon all States", "Renews its call upon"},
            {"Invites and encourages all", "Invites and encourages"},
            {"Requests the Secretary-General to", "Requests"},
            {"Takes note of the report", "Takes note"},
            {"Bearing in mind that", "Bearing in mind"},
            {"Recalling further its resolution", "Recalling further"},
        };
        for (const auto& [text, clause] : table) {
            CAPTURE(text);
            CHECK(en.match(text).phrase == clause);
        }
        CHECK(en.match("Recalling its").kind == ClauseKind::Preambular);
        CHECK(en.match("Urges all").kind == ClauseKind::Operative);
    }

    TEST_CASE("first_word drops trailing punctuation") {
        CHECK(first_word("Wishing, to") == "Wishing");
        CHECK(first_word("") == "");
    }
}
