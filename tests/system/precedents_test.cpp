/// @file
/// @brief Precedents for a draft: edited sample paragraphs find their source with the right diff,
/// invented text has none, a draft from three resolutions names all three.
#include "searcher/precedents.hpp"
#include "analyzers/parser/resolution_parser.hpp"
#include "indexer/indexer.hpp"
#include "searcher/search.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/system/sample_index.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <sstream>

using namespace unres;

namespace {

auto read_file(const std::filesystem::path& path) -> std::string {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The sample resolutions as parsed: every paragraph is a known source.
auto sample_resolutions() -> std::vector<analyzers::Resolution> {
    std::vector<analyzers::Resolution> out;
    for (const auto* name : {"A-RES-75-52.md", "A-RES-76-26.txt", "A-RES-78-45.md", "A-RES-79-34.txt"}) {
        out.push_back(analyzers::parse_resolution(read_file(testing::sample_corpus() / name), name));
    }
    return out;
}

auto words(const std::string& text) -> std::vector<std::string> {
    std::istringstream in(text);
    return {std::istream_iterator<std::string>(in), std::istream_iterator<std::string>()};
}

auto join(const std::vector<std::string>& w, std::size_t from, std::size_t to) -> std::string {
    std::string out;
    for (std::size_t i = from; i < to && i < w.size(); ++i) out += (out.empty() ? "" : " ") + w[i];
    return out;
}

/// Whether @p id is among the wordings of the best precedents of @p p (those as similar as the first:
/// a sibling wording one word away may tie with the source).
auto first_names(const searcher::DraftParagraph& p, const std::string& id) -> bool {
    for (const auto& precedent : p.precedents) {
        if (precedent.similarity < p.precedents.front().similarity - 1e-9) break;
        const auto& same = precedent.same_wording;
        if (std::find(same.begin(), same.end(), id) != same.end()) return true;
    }
    return false;
}

auto ops(const std::vector<analyzers::DiffRun>& runs) -> std::string {
    std::string out;
    for (const auto& r : runs)
        out += r.op == analyzers::DiffOp::Equal ? "=" : r.op == analyzers::DiffOp::Delete ? "-" : "+";
    return out;
}

}  // namespace

TEST_SUITE("precedents") {
    TEST_CASE(
        "each sample paragraph with one word changed finds its source first, the change as one replace") {
        searcher::Searcher s({testing::sample_database()});
        int checked = 0;
        for (const auto& r : sample_resolutions()) {
            for (const auto& p : r.paragraphs) {
                auto w = words(p.text);
                if (w.size() < 8) continue;
                const std::size_t at = w.size() / 2;
                const std::string old_word = w[at];
                w[at] = "zanzibarian";
                const auto report = s.precedents(join(w, 0, w.size()), "en");
                CAPTURE(r.symbol + "#" + p.id);
                REQUIRE(report.paragraphs.size() == 1);
                const auto& got = report.paragraphs.front();
                CHECK(first_names(got, r.symbol + "#" + p.id));
                REQUIRE_FALSE(got.precedents.empty());
                const auto& diff = got.precedents.front().diff;
                if (got.precedents.front().text == p.text) {
                    CHECK(ops(diff) == "=-+=");
                    CHECK(diff[1].text == old_word);
                    CHECK(diff[2].text == "zanzibarian");
                    CHECK(got.agreed_words == w.size() - 1);
                }
                ++checked;
            }
        }
        CHECK(checked > 80);
    }

    TEST_CASE("a clause added to a paragraph is an insert, two merged paragraphs find one of them") {
        searcher::Searcher s({testing::sample_database()});
        const auto resolutions = sample_resolutions();
        const auto& r = resolutions.back();  // A/RES/79/34
        const auto& op = r.paragraphs[r.paragraphs.size() - 3];
        const auto added =
            s.precedents(op.text + " and in particular to the needs of small island developing States", "en");
        REQUIRE_FALSE(added.paragraphs.front().precedents.empty());
        CHECK(first_names(added.paragraphs.front(), r.symbol + "#" + op.id));
        CHECK(ops(added.paragraphs.front().precedents.front().diff) == "=+");

        const auto& a = r.paragraphs[1];
        const auto& b = r.paragraphs[2];
        const auto merged = s.precedents(a.text + " " + b.text, "en");
        REQUIRE(merged.paragraphs.size() == 1);
        const auto& got = merged.paragraphs.front();
        CHECK((first_names(got, r.symbol + "#" + a.id) || first_names(got, r.symbol + "#" + b.id)));
    }

    TEST_CASE("invented text has no precedent and the summary counts no agreed words") {
        searcher::Searcher s({testing::sample_database()});
        const auto report = s.precedents(
            "Invites the delegations of the moon to consider interplanetary cheese trade on Tuesdays.", "en");
        REQUIRE(report.paragraphs.size() == 1);
        CHECK(report.paragraphs.front().precedents.empty());
        CHECK(report.agreed_words == 0);
        CHECK(searcher::precedents_to_text(report, false).find("no precedent") != std::string::npos);
        CHECK(searcher::precedents_to_json(report)["paragraphs"][0]["new"] == true);
    }

    TEST_CASE("a draft made of paragraphs of three resolutions names all three") {
        testing::TempDir dir;
        const std::string db = (dir / "db").string();
        const auto fixtures = testing::source_dir() / "tests" / "fixtures" / "parser";
        const std::vector<std::string> paths = {(testing::sample_corpus() / "A-RES-79-34.txt").string(),
                                                (fixtures / "layout-fidelity.txt").string(),
                                                (fixtures / "security-council.txt").string()};
        REQUIRE(testing::index_into(db, paths) == 0);
        std::vector<std::string> texts;
        std::vector<std::string> symbols;
        for (const auto& path : paths) {
            const auto r = analyzers::parse_resolution(read_file(path), path);
            const auto& p =
                *std::max_element(r.paragraphs.begin(), r.paragraphs.end(),
                                  [](const auto& x, const auto& y) { return x.text.size() < y.text.size(); });
            texts.push_back(p.text);
            symbols.push_back(r.symbol);
        }
        const std::string draft = "1. " + texts[0] + "\n\n2. " + texts[1] + "\n\n3. " + texts[2] + "\n";
        searcher::Searcher s({db});
        const auto report = s.precedents(draft, "");
        CHECK(report.language == "en");
        REQUIRE(report.paragraphs.size() == 3);
        for (std::size_t i = 0; i < 3; ++i) {
            CAPTURE(symbols[i]);
            REQUIRE_FALSE(report.paragraphs[i].precedents.empty());
            CHECK(report.paragraphs[i].precedents.front().symbol == symbols[i]);
            CHECK(report.paragraphs[i].precedents.front().similarity == doctest::Approx(1.0));
        }
        CHECK(report.agreed_words == report.words);
    }

    TEST_CASE("a sentence added to an adopted paragraph is named new, the adopted one is not") {
        searcher::Searcher s({testing::sample_database()});
        const auto resolutions = sample_resolutions();
        const auto& op = resolutions.back().paragraphs.back();  // A/RES/79/34's last paragraph
        const std::string invented =
            "Invites the delegations of the moon to consider interplanetary cheese trade.";
        const auto report = s.precedents(op.text + " " + invented, "en");
        REQUIRE(report.paragraphs.size() == 1);
        const auto& sentences = report.paragraphs.front().sentences;
        REQUIRE(sentences.size() >= 2);
        CHECK(sentences.back().text == invented);
        CHECK(sentences.back().is_new);
        for (std::size_t i = 0; i + 1 < sentences.size(); ++i) CHECK_FALSE(sentences[i].is_new);
        CHECK(report.new_sentences == 1);
        const auto json = searcher::precedents_to_json(report);
        CHECK(json["new_sentences"] == 1);
        CHECK(json["paragraphs"][0]["sentences"].back()["new"] == true);
        CHECK(searcher::precedents_to_text(report, false).find("new sentence: " + invented) !=
              std::string::npos);
    }

    TEST_CASE("a pasted draft splits at numbers, blank lines and one paragraph a line") {
        const auto paragraphs = searcher::split_draft(
            "Recalling its resolution 78/45,\nNoting with concern the\nreport,\n\n1. Urges all States;\n2. "
            "Decides to "
            "remain seized.\n");
        REQUIRE(paragraphs.size() == 4);
        CHECK(paragraphs[0] == "Recalling its resolution 78/45,");
        CHECK(paragraphs[1] == "Noting with concern the report,");
        CHECK(paragraphs[2] == "Urges all States;");
        CHECK(paragraphs[3] == "Decides to remain seized.");
    }
}
