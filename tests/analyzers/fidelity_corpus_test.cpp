/// @file
/// @brief Reading the real corpus as printed (../shared/un-corpus/text): no merged or false paragraphs, no
/// footnote mark glued to a word or year, no adverb or pronoun as a verb; figures printed for the record.
#include "analyzers/parser/clause_lexicon.hpp"
#include "analyzers/parser/opening_verb.hpp"
#include "analyzers/parser/resolution_parser.hpp"
#include "analyzers/parser_test_support.hpp"

#include "tests/support/skip.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <regex>

namespace {

/// A paragraph that swallowed the next one: ",1 Recalling", "2025,3 Noting" inside its text.
auto swallowed_paragraph(const std::string& text) -> bool {
    static const std::regex pattern(
        R"([,;:.]\d{1,2} (Recalling|Noting|Recognizing|Reaffirming|Welcoming|Taking|Bearing|Emphasizing|Stressing|Expressing|Concerned|Acknowledging|Convinced|Mindful|Decides|Requests|Urges|Invites|Calls|Encourages)\b)");
    return std::regex_search(text, pattern);
}

/// A year with a footnote mark glued to it: "in 20142 and".
auto glued_year(const std::string& text) -> bool {
    static const std::regex pattern(R"((^| )(19|20)\d{3}(,|;| and| or))");
    return std::regex_search(text, pattern);
}

}  // namespace

TEST_SUITE("analyzers/fidelity_corpus") {
    TEST_CASE("the real resolutions parse as printed: no merged, false or glued paragraphs, verbs only") {
        const std::filesystem::path dir = unres::test::shared_dir() + "/un-corpus/text";
        UNRES_SKIP_UNLESS_EXISTS(dir);
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            if (entry.path().extension() == ".txt") files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());
        std::size_t paragraphs = 0;
        std::size_t merged = 0;
        std::size_t citation_starts = 0;
        std::size_t glued = 0;
        std::size_t modifier_verbs = 0;
        for (const auto& file : files) {
            const auto name = file.filename().string();
            const auto r = unres::analyzers::parse_resolution(unres::test::read_file(file.string()), name);
            for (const auto& p : r.paragraphs) {
                ++paragraphs;
                CAPTURE(name);
                CAPTURE(p.id);
                CAPTURE(p.text);
                if (swallowed_paragraph(p.text)) ++merged;
                if (!p.text.empty() && p.text[0] >= '0' && p.text[0] <= '9' &&
                    p.text.substr(0, p.text.find(' ')).find('/') != std::string::npos) {
                    ++citation_starts;
                }
                if (glued_year(p.text)) ++glued;
                if (unres::analyzers::is_opening_modifier("en", p.verb)) ++modifier_verbs;
                CHECK_FALSE(swallowed_paragraph(p.text));
                CHECK_FALSE(unres::analyzers::is_opening_modifier("en", p.verb));
            }
        }
        MESSAGE(files.size() << " resolutions, " << paragraphs << " paragraphs: " << merged
                             << " swallowing the next, " << citation_starts << " opening with a citation, "
                             << glued << " with a mark glued to a year, " << modifier_verbs
                             << " with an adverb or pronoun as verb");
        CHECK(files.size() > 600);
        CHECK(citation_starts == 0);
        CHECK(glued == 0);
    }
}
