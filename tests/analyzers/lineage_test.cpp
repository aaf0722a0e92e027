/// @file
/// @brief Tests of series keys, paragraph alignment and word diffs, on tables and on the sample corpus
/// series.
#include "analyzers/lineage/alignment.hpp"
#include "analyzers/lineage/series.hpp"
#include "analyzers/lineage/word_diff.hpp"
#include "analyzers/parser/resolution_json.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <set>
#include <string>

namespace {

using namespace unres::analyzers;

/// The four resolutions of sample-corpus/, from their exact expected parse.
auto sample_series() -> const std::map<std::string, Resolution>& {
    static const std::map<std::string, Resolution> series = [] {
        std::map<std::string, Resolution> out;
        std::ifstream in(std::string(UNRES_SOURCE_DIR) + "/tests/fixtures/seeds.expected.jsonl");
        std::string line;
        while (std::getline(in, line)) {
            auto r = resolution_from_json(nlohmann::json::parse(line));
            out[r.symbol] = r;
        }
        return out;
    }();
    return series;
}

auto aligned(const Resolution& r) -> std::vector<AlignedParagraph> {
    static const auto analyzer = make_analyzer("en");
    std::vector<AlignedParagraph> out;
    for (const auto& p : r.paragraphs)
        out.push_back({p.id, kind_name(p.kind), p.text, paragraph_forms(*analyzer, p.text)});
    return out;
}

/// Only the changed runs of a diff, groups separated by " | ": exact, but short.
auto changes(const std::vector<DiffRun>& runs) -> std::string {
    std::string out;
    bool gap = false;
    for (const auto& run : runs) {
        if (run.op == DiffOp::Equal) {
            gap = !out.empty();
            continue;
        }
        if (!out.empty()) out += gap ? " | " : " ";
        gap = false;
        out += run.op == DiffOp::Delete ? "~~" + run.text + "~~" : "**" + run.text + "**";
    }
    return out;
}

struct PairExpectation {
    const char* older;
    const char* newer;
    const char* edited;  ///< ids of edited paragraphs, space-separated, in order
};

}  // namespace

TEST_SUITE("analyzers/word_diff") {
    TEST_CASE("word_diff gives the minimal insert and delete runs") {
        struct Row {
            const char* before;
            const char* after;
            const char* expected;
        };
        const Row rows[] = {
            {"Noting with regret that mines", "Noting with deep regret that mines",
             "Noting with **deep** regret that mines"},
            {"Noting with deep regret", "Noting with regret", "Noting with ~~deep~~ regret"},
            {"a b c", "a x c", "a ~~b~~ **x** c"},
            {"a b c d", "a x y d", "a ~~b c~~ **x y** d"},
            {"", "new words", "**new words**"},
            {"old words", "", "~~old words~~"},
            {"", "", ""},
            {"same  text\nhere", "same text here", "same text here"},
            {"the Convention and", "the Convention, and", "the ~~Convention~~ **Convention,** and"},
        };
        for (const auto& row : rows) {
            CAPTURE(row.before);
            CHECK(diff_markup(word_diff(row.before, row.after)) == row.expected);
        }
    }

    TEST_CASE("print variants of dashes and quotes are the same words, runs show the newer print") {
        CHECK(is_unchanged(word_diff("the biennium 2026\u20132027", "the biennium 2026-2027")));
        CHECK(is_unchanged(word_diff("Secretary\u2011General\u2019s report", "Secretary-General's report")));
        CHECK(is_unchanged(word_diff("\u201Cagreed\u201D", "\"agreed\"")));
        CHECK(diff_markup(word_diff("the 2026\u20132027 budget", "the 2026-2027 new budget")) ==
              "the 2026-2027 **new** budget");
        CHECK_FALSE(is_unchanged(word_diff("2026-2027", "2026-2028")));
        CHECK(is_unchanged(word_diff("and see king to address", "and seeking to address")));
        CHECK(diff_markup(word_diff("and see king to", "and seeking new ways to")) ==
              "and ~~see king~~ **seeking new ways** to");
        const auto analyzer = make_analyzer("en");
        const std::vector<AlignedParagraph> older = {
            {"pp1", "preambular", "Recalling its resolution 78/45 of 2023\u20132024,",
             paragraph_forms(*analyzer, "Recalling its resolution 78/45 of 2023\u20132024,")}};
        const std::vector<AlignedParagraph> newer = {
            {"pp1", "preambular", "Recalling its resolution 78/45 of 2023-2024,",
             paragraph_forms(*analyzer, "Recalling its resolution 78/45 of 2023-2024,")}};
        CHECK(align_paragraphs(older, newer).matches.at(0).change == ChangeClass::Unchanged);
    }

    TEST_CASE("runs name their operation and alternate") {
        const auto runs = word_diff("a b c", "a x c");
        REQUIRE(runs.size() == 4);
        CHECK(diff_op_name(runs[0].op) == "equal");
        CHECK(diff_op_name(runs[1].op) == "delete");
        CHECK(diff_op_name(runs[2].op) == "insert");
        CHECK(runs[3].text == "c");
        CHECK(is_unchanged(word_diff("a b", "a  b")));
        CHECK_FALSE(is_unchanged(runs));
    }
}

TEST_SUITE("analyzers/series") {
    TEST_CASE("the series key is the language plus the folded title") {
        Resolution r;
        r.symbol = "A/RES/79/34";
        r.title = "Implementation of the Convention on the Prohibition of the Use, Stockpiling, Production";
        CHECK(SeriesRules().key(r) ==
              "en:implementation-of-the-convention-on-the-prohibition-of-the-use-stockpiling-production");
        r.title = "";
        CHECK(SeriesRules().key(r).empty());
    }

    TEST_CASE("titles that carry their year, biennium or session fold to one series, others stay apart") {
        CHECK(title_series_key("Programme budget for the biennium 2026\u20132027") ==
              title_series_key("Programme budget for the biennium 2024-2025"));
        CHECK(title_series_key("Programme budget for the biennium 2026\u20132027") ==
              "programme-budget-for-the-biennium");
        CHECK(title_series_key("Provisional agenda of the General Assembly at its eightieth session") ==
              title_series_key("Provisional agenda of the General Assembly at its seventy-ninth session"));
        CHECK(title_series_key("Report of the 80th session") ==
              title_series_key("Report of the 81st session"));
        CHECK(title_series_key("International Year of Peace, 2025") == "international-year-of-peace");
        CHECK(title_series_key("Report of the Human Rights Council") !=
              title_series_key("Report of the Security Council"));
        CHECK(title_series_key("Financing of the United Nations Interim Force in Lebanon") !=
              title_series_key("Financing of the United Nations Disengagement Observer Force"));
        CHECK(title_series_key("Fifty years") == "fifty-years");  // tens without an ordinal stay
        CHECK(title_series_key("2030") == "2030");                // a title of numbers only keeps them
    }

    TEST_CASE("the four sample resolutions form one series") {
        std::set<std::string> keys;
        for (const auto& [symbol, r] : sample_series()) keys.insert(SeriesRules::embedded().key(r));
        CHECK(keys.size() == 1);
        CHECK(sample_series().size() == 4);
    }

    TEST_CASE("an override file maps symbols to a series key") {
        const auto rules =
            SeriesRules::from_text("# comment\n78/45 apm\nA/RES/79/34 apm # trailing\nbad line here\n\n");
        CHECK(rules.size() == 2);
        Resolution r;
        r.symbol = "A/RES/78/45";
        r.title = "Something else";
        CHECK(rules.key(r) == "en:=apm");
        r.symbol = "A/RES/77/1";
        CHECK(rules.key(r) == "en:something-else");
    }

    TEST_CASE("long titles are cut and hashed to fit a term") {
        const std::string title(400, 'x');
        const auto key = title_series_key(title);
        CHECK(key.size() == 169);
        CHECK(key.substr(0, 160) == std::string(160, 'x'));
        CHECK(key[160] == '~');
        CHECK(title_series_key("Élan vital – Éire") ==
              "Élan-vital-Éire");  // non-ASCII letters are kept as they are, dashes part words
    }
}

TEST_SUITE("analyzers/alignment") {
    TEST_CASE("form similarity is the Dice coefficient of the form sets") {
        CHECK(form_similarity({"a", "b"}, {"a", "b"}) == 1.0);
        CHECK(form_similarity({"a", "b"}, {"a", "c"}) == 0.5);
        CHECK(form_similarity({}, {}) == 1.0);
        CHECK(form_similarity({"a"}, {}) == 0.0);
    }

    TEST_CASE("new, dropped and moved paragraphs") {
        const auto p = [](const char* id, const char* text) {
            static const auto analyzer = make_analyzer("en");
            return AlignedParagraph{id, "operative", text, paragraph_forms(*analyzer, text)};
        };
        const std::vector<AlignedParagraph> older = {
            p("op1", "Urges all States to ratify the Convention"),
            p("op2", "Requests the Secretary-General to report on mines"),
            p("op3", "Decides to remain seized of the matter")};
        const std::vector<AlignedParagraph> newer = {
            p("op1", "Requests the Secretary-General to report on mines"),
            p("op2", "Urges all States to ratify the Convention"),
            p("op3", "Welcomes the entry into force of a wholly different treaty")};
        const auto a = align_paragraphs(older, newer);
        REQUIRE(a.matches.size() == 3);
        CHECK(a.matches[0].predecessor == std::optional<std::size_t>(1));
        CHECK(a.matches[1].predecessor == std::optional<std::size_t>(0));
        CHECK(a.matches[0].moved != a.matches[1].moved);  // one of the two swapped paragraphs moved
        CHECK(change_name(a.matches[1].change) == "unchanged");
        CHECK_FALSE(a.matches[2].predecessor);
        CHECK(change_name(a.matches[2].change) == "new");
        CHECK(a.dropped == std::vector<std::size_t>{2});
        CHECK(change_from_name("edited") == ChangeClass::Edited);
        CHECK_FALSE(change_from_name("moved"));
        CHECK(align_paragraphs({}, {}).matches.empty());
    }

    TEST_CASE("each sample resolution aligns 24 of 24 paragraphs with its predecessor") {
        const PairExpectation pairs[] = {
            {"A/RES/75/52", "A/RES/76/26", "pp1 pp6 op9 op10 op12"},
            {"A/RES/76/26", "A/RES/78/45", "pp1 pp6 pp12 op8 op9 op10 op12"},
            {"A/RES/78/45", "A/RES/79/34", "pp1 pp6 pp7 op9 op10 op12"},
        };
        for (const auto& pair : pairs) {
            CAPTURE(pair.newer);
            const auto older = aligned(sample_series().at(pair.older));
            const auto newer = aligned(sample_series().at(pair.newer));
            const auto a = align_paragraphs(older, newer);
            std::size_t paired = 0;
            std::string edited;
            for (std::size_t i = 0; i < newer.size(); ++i) {
                const auto& m = a.matches[i];
                if (!m.predecessor) continue;
                ++paired;
                CHECK(older[*m.predecessor].id == newer[i].id);  // counterpart: same paragraph number
                CHECK_FALSE(m.moved);
                if (m.change == ChangeClass::Edited) edited += (edited.empty() ? "" : " ") + newer[i].id;
                if (m.change == ChangeClass::Unchanged) CHECK(m.similarity == 1.0);
            }
            CHECK(paired == 24);
            CHECK(newer.size() == 24);
            CHECK(a.dropped.empty());
            CHECK(edited == pair.edited);
        }
    }

    TEST_CASE("the known edits of the series come out as minimal word diffs") {
        struct Row {
            const char* older;
            const char* newer;
            const char* paragraph;
            const char* expected;  ///< changes() of the diff
        };
        const Row rows[] = {
            {"A/RES/78/45", "A/RES/79/34", "pp6",
             "~~first~~ **First** | ~~twentieth meetings~~ **Twenty-first Meetings** | ~~parties~~ "
             "**Parties** | "
             "~~(2022),~~ **(2022 and 2023),**"},
            {"A/RES/76/26", "A/RES/78/45", "pp12", "**deep**"},
            {"A/RES/78/45", "A/RES/79/34", "op9",
             "~~Twenty-first Meeting~~ **Fifth Review Conference** | ~~States Parties to the~~ | ~~Geneva~~ "
             "**Siem Reap, Cambodia,** | ~~20~~ **25** | ~~24~~ **29** | ~~2023,~~ **2024,**"},
            {"A/RES/78/45", "A/RES/79/34", "op10",
             "~~Fifth Review Conference~~ **Twenty-second Meeting** | ~~Fifth Review Conference~~ "
             "**Twenty-second "
             "Meeting of the States Parties**"},
            {"A/RES/76/26", "A/RES/78/45", "op10",
             "~~Twentieth Meeting~~ **Fifth Review Conference** | ~~Twentieth Meeting of the States "
             "Parties~~ "
             "**Fifth Review Conference**"},
            {"A/RES/75/52", "A/RES/76/26", "pp6",
             "~~seventeenth~~ **eighteenth** | ~~(2018),~~ **(2018 and 2020),**"},
            {"A/RES/78/45", "A/RES/79/34", "op12", "~~seventy-ninth~~ **eightieth**"},
        };
        for (const auto& row : rows) {
            CAPTURE(row.newer);
            CAPTURE(row.paragraph);
            const auto find = [&](const char* symbol) {
                for (const auto& p : sample_series().at(symbol).paragraphs) {
                    if (p.id == row.paragraph) return p.text;
                }
                return std::string();
            };
            CHECK(changes(word_diff(find(row.older), find(row.newer))) == row.expected);
        }
        const auto pp12 = word_diff(sample_series().at("A/RES/76/26").paragraphs[11].text,
                                    sample_series().at("A/RES/78/45").paragraphs[11].text);
        CHECK(diff_markup(pp12).rfind("Noting with **deep** regret that anti-personnel mines", 0) == 0);
    }
}
