/// @file
/// @brief A draft paragraph's sentences: where they end, and which are new against the precedents' diffs.
#include "searcher/draft_sentences.hpp"

#include <doctest/doctest.h>

using unres::analyzers::DiffOp;
using unres::analyzers::DiffRun;
using unres::searcher::draft_sentences;

TEST_SUITE("searcher/draft_sentences") {
    TEST_CASE("sentences end at a semicolon or a full stop before a capital, not after an abbreviation") {
        const auto s = draft_sentences(
            "Recalls general comment No. 12 of the Committee, para. 3; urges States to act. Decides to "
            "remain seized of the matter.",
            {});
        REQUIRE(s.size() == 3);
        CHECK(s[0].text == "Recalls general comment No. 12 of the Committee, para. 3;");
        CHECK(s[1].text == "urges States to act.");
        CHECK(s[2].text == "Decides to remain seized of the matter.");
        CHECK(s[2].words == 7);
        CHECK(s[2].is_new);  // no precedent says anything of it
    }

    TEST_CASE("a sentence is agreed when any precedent keeps at least half of its words") {
        const std::string draft = "Urges all States to act now; invites the moon to trade cheese.";
        // One precedent keeps the first clause, another a single word of the second.
        const std::vector<std::vector<DiffRun>> diffs = {
            {{DiffOp::Equal, "Urges all States to act"},
             {DiffOp::Delete, "promptly;"},
             {DiffOp::Insert, "now;"},
             {DiffOp::Insert, "invites the moon to trade cheese."}},
            {{DiffOp::Insert, "Urges all States to act now; invites"},
             {DiffOp::Equal, "the"},
             {DiffOp::Insert, "moon to trade cheese."}},
        };
        const auto s = draft_sentences(draft, diffs);
        REQUIRE(s.size() == 2);
        CHECK(s[0].agreed_words == 5);
        CHECK_FALSE(s[0].is_new);
        CHECK(s[1].agreed_words == 1);
        CHECK(s[1].is_new);
    }
}
