/// @file
/// @brief Lineage through the searcher on the sample corpus: history, diff, change filters and facet,
/// cited_by, sort.
#include "analyzers/error.hpp"
#include "searcher/render_json.hpp"
#include "searcher/render_lineage.hpp"
#include "searcher/search.hpp"
#include "tests/system/sample_index.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <functional>
#include <sstream>

using namespace unres;
using namespace unres::searcher;

namespace {

auto sample_searcher() -> Searcher& {
    static Searcher s({testing::sample_database()});
    return s;
}

auto facet(const SearchResult& result, const std::string& name) -> std::string {
    std::string out;
    const auto found = result.facets.find(name);
    if (found == result.facets.end()) return out;
    for (const auto& v : found->second) out += v.value + "=" + std::to_string(v.count) + " ";
    return out;
}

auto usage_error(const std::function<void()>& f) -> std::string {
    try {
        f();
    } catch (const UsageError& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST_SUITE("system/lineage") {
    TEST_CASE(
        "a moved paragraph counts once as moved and once as unchanged or edited: counts add up to lines") {
        testing::TempDir dir;
        const auto write = [&](const std::string& name, const std::string& body) {
            std::ofstream(dir / name) << body;
        };
        write("A-RES-78-901.txt",
              "A/RES/78/901\n\n78/901. Shared waters\n\nThe General Assembly,\n\n"
              "Recalling its earlier work on shared waters and rivers,\n\nNoting the report on shared "
              "rivers,\n\n"
              "Welcoming the cooperation of riparian States on shared waters,\n\n"
              "1. Urges all States to cooperate on shared waters;\n\n2. Decides to remain seized of the "
              "matter.\n");
        write("A-RES-79-901.txt",
              "A/RES/79/901\n\n79/901. Shared waters\n\nThe General Assembly,\n\n"
              "Welcoming the continued cooperation of riparian States on shared waters,\n\n"
              "Recalling its earlier work on shared waters and rivers,\n\nNoting the report on shared "
              "rivers,\n\n"
              "1. Urges all States to cooperate on shared waters;\n\n2. Decides to remain seized of the "
              "matter.\n");
        indexer::IndexerOptions options;
        options.db = (dir / "db").string();
        options.paths = {dir.path().string()};
        options.quiet = true;
        std::ostringstream out;
        std::ostringstream err;
        indexer::run_indexer(options, out, err, false);
        Searcher searcher({options.db});
        const auto diff = searcher.diff("A/RES/78/901", "A/RES/79/901", "--diff");
        REQUIRE(diff);
        std::size_t moved_lines = 0;
        for (const auto& line : diff->lines) moved_lines += line.status == "moved" ? 1 : 0;
        CHECK(moved_lines == diff->counts.at("moved"));
        CHECK(moved_lines >= 1);
        CHECK(diff->counts.at("unchanged") + diff->counts.at("edited") + diff->counts.at("new") +
                  diff->counts.at("dropped") ==
              diff->lines.size());
        std::ostringstream text;
        render_diff_text(*diff, text, false);
        CHECK(text.str().rfind(
                  "A/RES/78/901 → A/RES/79/901: 4 unchanged, 1 edited, 0 new, 0 dropped; 1 moved", 0) == 0);
    }

    TEST_CASE("--history follows pp12 back to 75/52, newest first, with word diffs") {
        const auto history = sample_searcher().history("79/34#pp12", "--history");
        REQUIRE(history);
        REQUIRE(history->versions.size() == 4);
        std::string line;
        for (const auto& v : history->versions)
            line += v.id + ":" + (v.lineage.change.empty() ? "first" : v.lineage.change) + " ";
        CHECK(line ==
              "A/RES/79/34#pp12:unchanged A/RES/78/45#pp12:edited A/RES/76/26#pp12:unchanged "
              "A/RES/75/52#pp12:first ");
        CHECK(
            analyzers::diff_markup(history->versions[1].diff).rfind("Noting with **deep** regret that", 0) ==
            0);

        std::ostringstream text;
        render_history_text(*history, text, false);
        CHECK(text.str().find("A/RES/78/45 PP12 · 78th session, 2023-12-04 · edited since A/RES/76/26 PP12 "
                              "(similarity 0.980)\n"
                              "   Noting with **deep** regret that") != std::string::npos);
        std::ostringstream tty;
        render_history_text(*history, tty, true);
        CHECK(tty.str().find("Noting with \x1b[1;32mdeep\x1b[0m regret") != std::string::npos);

        const auto json = history_to_json(*history);
        CHECK(
            json["versions"][1]["diff"].dump() ==
            R"([{"op":"equal","text":"Noting with"},{"op":"insert","text":"deep"},{"op":"equal","text":"regret that anti-personnel mines continue to be used in some conflicts around the world, causing human suffering and impeding post-conflict development,"}])");
        CHECK(json["versions"][3]["predecessor"].is_null());
    }

    TEST_CASE("--history of a paragraph that is not indexed, or not a paragraph id") {
        CHECK_FALSE(sample_searcher().history("A/RES/79/34#op99", "--history"));
        const auto upper = sample_searcher().history("A/RES/79/34#PP12", "--history");  // as results print it
        REQUIRE(upper);
        CHECK(upper->versions.size() == 4);
        CHECK(usage_error([] { (void)sample_searcher().history("A/RES/79/34", "--history"); }) ==
              "--history: 'A/RES/79/34' is not a paragraph id (e.g. A/RES/79/34#pp12)");
        CHECK(usage_error([] { (void)sample_searcher().history("hello#pp1", "history"); }) ==
              "history: 'hello#pp1' is not a paragraph id (e.g. A/RES/79/34#pp12)");
    }

    TEST_CASE("--diff lists what changed between two resolutions") {
        const auto diff = sample_searcher().diff("A/RES/78/45", "A/RES/79/34", "--diff");
        REQUIRE(diff);
        CHECK(diff->counts.at("unchanged") == 18);
        CHECK(diff->counts.at("edited") == 6);
        CHECK(diff->counts.at("new") == 0);
        CHECK(diff->counts.at("dropped") == 0);
        std::ostringstream text;
        render_diff_text(*diff, text, false);
        CHECK(text.str().rfind(
                  "A/RES/78/45 → A/RES/79/34: 18 unchanged, 6 edited, 0 new, 0 dropped; 0 moved\n", 0) == 0);
        CHECK(text.str().find("OP12   edited (0.954)\n   Decides to include in the provisional agenda of its "
                              "~~seventy-ninth~~ "
                              "**eightieth** session") != std::string::npos);
        const auto json = resolution_diff_to_json(*diff);
        CHECK(json["paragraphs"][11]["status"] == "unchanged");
        CHECK(json["paragraphs"][5]["diff"][1].dump() == R"({"op":"delete","text":"first"})");

        // Any two resolutions, even across the series: 75/52 to 79/34 in one step.
        const auto far = sample_searcher().diff("75/52", "79/34", "--diff");
        REQUIRE(far);
        CHECK(far->counts.at("edited") == 8);
        CHECK(usage_error([] { (void)sample_searcher().diff("A/RES/78/45", "nonsense", "--diff"); }) ==
              "--diff: 'nonsense' is not a UN resolution symbol (e.g. A/RES/78/45)");
        CHECK_FALSE(sample_searcher().diff("A/RES/78/45", "A/RES/70/1", "--diff"));
    }

    TEST_CASE("change: queries, the change filter and the change facet") {
        SearchRequest request;
        request.query = "change:edited session:79 kind:operative";
        request.limit = 50;
        const auto edited = sample_searcher().search(request);
        std::string ids;
        for (const auto& hit : edited.hits) ids += hit.paragraph + " ";
        CHECK(edited.total == 3);
        CHECK(edited.hits.front().change == "edited");
        CHECK(edited.hits.front().predecessor.rfind("A/RES/78/45#op", 0) == 0);

        request.query = "mines";
        request.filters = {{"change", {"unchanged"}}};
        const auto unchanged = sample_searcher().search(request);
        for (const auto& hit : unchanged.hits) CHECK(hit.change == "unchanged");

        request.query = "change:new";
        request.filters.clear();
        CHECK(sample_searcher().search(request).total == 0);

        request.query = "convention";
        const auto all = sample_searcher().search(request);
        CHECK(facet(all, "change").find("edited=") != std::string::npos);
        CHECK(facet(all, "change").find("unchanged=") != std::string::npos);
        const auto json = result_to_json(all);
        CHECK(json["facets"].contains("change"));
    }

    TEST_CASE("--show carries lineage per paragraph and the resolutions citing this one") {
        const auto show = sample_searcher().show("A/RES/76/26");
        REQUIRE(show);
        const auto json = show_to_json(*show);
        CHECK(json["paragraphs"][11]["change"] == "unchanged");
        CHECK(json["paragraphs"][11]["predecessor"] == "A/RES/75/52#pp12");
        CHECK(
            json["cited_by"].dump() ==
            R"([{"symbol":"A/RES/78/45","session":78,"paragraphs":["pp1"]},{"symbol":"A/RES/79/34","session":79,"paragraphs":["pp1"]}])");
        const auto one = show_to_json(*sample_searcher().show("A/RES/79/34#pp6"));
        CHECK(one["paragraph"]["change"] == "edited");
        CHECK(one["paragraph"]["similarity"] == 0.974);
        CHECK(one["resolution"]["cited_by"].empty());
    }

    TEST_CASE("--sort cited puts the most cited resolution first") {
        SearchRequest request;
        request.query = "mines";
        request.sort = SortOrder::Cited;
        request.limit = 100;
        const auto result = sample_searcher().search(request);
        REQUIRE_FALSE(result.hits.empty());
        CHECK(result.hits.front().symbol == "A/RES/75/52");
        CHECK(result.hits.back().symbol == "A/RES/79/34");
    }
}
