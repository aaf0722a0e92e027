/// @file
/// @brief Tests for searcher/render_html.cpp: view models, links, escaping of hostile text, templates.
#include "searcher/render_html.hpp"
#include "searcher/render_text.hpp"

#include "analyzers/error.hpp"
#include "searcher/escape.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace unres::searcher;
using nlohmann::json;

namespace {

const std::string k_xss = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";

auto web_dir() -> std::string { return std::string(UNRES_SOURCE_DIR) + "/web"; }

auto request_from(const std::string& query) -> CgiRequest {
    return cgi_request_from_params(parse_query_string(query));
}

auto sample_result() -> SearchResult {
    SearchResult result;
    result.query = "mines";
    result.total = 23;
    result.offset = 10;
    result.limit = 10;
    Hit hit;
    hit.id = "A/RES/78/45#op7";
    hit.symbol = "A/RES/78/45";
    hit.paragraph = "op7";
    hit.session = 78;
    hit.kind = "operative";
    hit.number = 7;
    hit.clause = "Renews its call upon";
    hit.verb = "renews";
    hit.adopted = "2023-12-04";
    hit.title = "Implementation of the Convention " + k_xss;
    hit.rank = 11;
    hit.snippet = {{"all States to clear ", false}, {"mines", true}, {" now " + k_xss, false}};
    result.hits.push_back(hit);
    result.facets["session"] = {{"78", 12}, {"79", 6}, {"75", 5}};
    result.facets["kind"] = {{"operative", 15}, {"preambular", 8}};
    result.facets["verb"] = {{k_xss, 1}};
    result.did_you_mean = "mine";
    return result;
}

auto read(const std::string& path) -> std::string {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_SUITE("searcher/render_html") {
    TEST_CASE("results_view builds toggle links for facets, keeping the other state") {
        const CgiRequest request = request_from("q=mines&session=78&sort=date&offset=10");
        const json view = results_view({}, request, sample_result());
        const json& session = view["facets"][0];
        CHECK(session["name"] == "session");
        CHECK(session["values"][0]["active"] == true);
        CHECK(session["values"][0]["url"] == "?q=mines&sort=date");  // removes 78, back to page 1
        CHECK(session["values"][1]["url"] == "?q=mines&session=78&session=79&sort=date");
        CHECK(view["facets"][1]["values"][0]["url"] == "?q=mines&session=78&kind=operative&sort=date");
        CHECK(view["active"][0]["remove_url"] == "?q=mines&sort=date");
        CHECK(view["clear_url"] == "?q=mines&sort=date");
        CHECK(view["total"] == "23");
        CHECK(view["first"] == "11");
        CHECK(view["last"] == "11");
    }

    TEST_CASE("results_view builds hit, sort, pagination, did-you-mean and JSON links") {
        const CgiRequest request = request_from("q=mines&offset=10");
        const json view = results_view({}, request, sample_result());
        const json& hit = view["hits"][0];
        CHECK(hit["label"] == "OP7");
        CHECK(hit["url"] == "?show=A%2FRES%2F78%2F45&q=mines&offset=10#op7");
        CHECK(hit["resolution_url"] == "?show=A%2FRES%2F78%2F45&q=mines&offset=10");
        CHECK(view["sorts"][0]["current"] == true);
        CHECK(view["sorts"][1]["url"] == "?q=mines&sort=date");
        CHECK(view["sorts"][2]["url"] == "?q=mines&sort=document");
        CHECK(view["pagination"]["prev_url"] == "?q=mines");
        CHECK(view["pagination"]["next_url"] == "?q=mines&offset=20");
        CHECK(view["pagination"]["pages"].size() == 3);
        CHECK(view["pagination"]["pages"][1]["current"] == true);
        CHECK(view["did_you_mean"]["url"] == "?q=mine");
        CHECK(view["json_url"] == "?q=mines&offset=10&format=json");
    }

    TEST_CASE("the session chart scales bars to the largest count in 5% steps") {
        const json view = results_view({}, request_from("q=mines"), sample_result());
        const json& chart = view["chart"];
        REQUIRE(chart.size() == 3);
        CHECK(chart[0]["label"] == "75");  // ordered by session
        CHECK(chart[0]["width"] == "w8");  // 5/12 of 20 steps
        CHECK(chart[1]["width"] == "w20");
        CHECK(chart[2]["width"] == "w10");
        CHECK(view["has_chart"] == true);
    }

    TEST_CASE("pagination stops at the offset cap") {
        SearchResult result = sample_result();
        result.total = 1000000;
        const json view = results_view({}, request_from("q=mines&offset=10000"), result);
        CHECK_FALSE(view["pagination"].contains("next_url"));
    }

    TEST_CASE("templates load from web/ and a missing directory is an Error naming the template") {
        CHECK_NOTHROW(HtmlTemplates{web_dir()});
        CHECK_THROWS_WITH_AS(HtmlTemplates{"/nonexistent"}, "template 'results.mustache' is missing",
                             unres::Error);
    }

    TEST_CASE("hostile text in every field renders inert") {
        const HtmlTemplates templates(web_dir());
        const CgiRequest request = request_from("q=" + url_encode(k_xss) + "&session=" + url_encode(k_xss));
        const std::string html = templates.render("results", results_view({}, request, sample_result()));
        CHECK(html.find("<script>alert") == std::string::npos);
        CHECK(html.find("<img src=x") == std::string::npos);
        CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&apos;&gt;&lt;img") != std::string::npos);
        CHECK(html.find("<mark>mines</mark>") != std::string::npos);
        CHECK(html.find("href=\"?q=mine\"") == std::string::npos);  // did-you-mean keeps the filters
        CHECK(html.find("class=\"chart__bar w20\"") != std::string::npos);
    }

    TEST_CASE("the start page, error page and OpenSearch description render") {
        const HtmlTemplates templates(web_dir());
        const CgiRequest request = request_from("");
        const std::string home = templates.render("results", home_view({}, request));
        CHECK(home.find("<main id=\"main\"") != std::string::npos);
        CHECK(home.find("?q=anti-personnel+mines") != std::string::npos);
        const std::string error =
            templates.render("error", error_view({}, request, 400, "Please check your search", k_xss));
        CHECK(error.find("Error 400") != std::string::npos);
        CHECK(error.find("<script>") == std::string::npos);
        PageSettings settings;
        settings.self_url = "http://127.0.0.1:8080/unres.cgi";
        const std::string xml = templates.render("opensearch", opensearch_view(settings));
        CHECK(xml.find("template=\"http://127.0.0.1:8080/unres.cgi?q={searchTerms}\"") != std::string::npos);
    }

    TEST_CASE("a Security Council resolution shows its body and meeting, no session or Main Committee") {
        ShowResult show;
        auto& resolution = show.resolution;
        resolution.symbol = "S/RES/2728(2024)";
        resolution.title = "Resolution 2728 (2024)";
        resolution.adopted = "2024-03-25";
        resolution.meeting = 9586;
        const json view = show_view({}, request_from("q=ceasefire"), show);
        std::string meta;
        for (const auto& m : view["meta"])
            meta += m["label"].get<std::string>() + "=" + m["value"].get<std::string>() + ";";
        CHECK(meta == "Adopted by=Security Council;Adopted=25 March 2024;Meeting=9586;");
        std::ostringstream text;
        render_show_text(show, text, false);
        CHECK(text.str().rfind(
                  "S/RES/2728 (2024) · Resolution 2728 (2024)\n  Security Council · adopted 2024-03-25 at "
                  "its 9586th meeting\n",
                  0) == 0);
        CHECK(text.str().find("session") == std::string::npos);
        CHECK(text.str().find("Main Committee") == std::string::npos);
    }

    TEST_CASE("show_view lays out the resolution with anchors, target, footnotes and citations") {
        ShowResult show;
        show.paragraph = "op1";
        auto& resolution = show.resolution;
        resolution.symbol = "A/RES/78/45";
        resolution.title = "Mines " + k_xss;
        resolution.session = 78;
        resolution.adopted = "2023-12-04";
        resolution.committee = "First Committee";
        resolution.meeting = 42;
        resolution.cites = {"A/RES/77/63"};
        resolution.footnotes = {{"1", "United Nations, Treaty Series, vol. 2056."}};
        unres::analyzers::Paragraph pp;
        pp.id = "pp1";
        pp.kind = unres::analyzers::ParagraphKind::Preambular;
        pp.number = 1;
        pp.clause = "Recalling";
        pp.text = "Recalling its resolution 77/63,";
        pp.footnote_refs = {"1"};
        pp.cites = {"A/RES/77/63"};
        unres::analyzers::Paragraph op;
        op.id = "op1";
        op.kind = unres::analyzers::ParagraphKind::Operative;
        op.number = 1;
        op.clause = "Invites";
        op.text = "Invites all States: (a) to accede; (b) to ratify;";
        op.subparagraphs = {{"op1.a", "(a)", "to accede;"}, {"op1.b", "(b)", "to ratify;"}};
        resolution.paragraphs = {pp, op};

        const json view = show_view({}, request_from("q=mines"), show);
        CHECK(view["preamble"][0]["clause"] == "Recalling");
        CHECK(view["preamble"][0]["text"] == " its resolution 77/63,");
        CHECK(view["preamble"][0]["notes"][0]["href"] == "#fn1");
        CHECK(view["operative"][0]["text"] == " all States: ");
        CHECK(view["operative"][0]["target"] == true);
        CHECK(view["cites"][0]["url"] == "https://undocs.org/A/RES/77/63");  // not indexed: the official one
        CHECK(view["cites"][0]["external"] == true);
        show.cites_indexed = {"A/RES/77/63"};
        CHECK(show_view({}, request_from("q=mines"), show)["cites"][0]["url"] ==
              "?show=A%2FRES%2F77%2F63&q=mines");
        CHECK(view["back_url"] == "?q=mines");
        CHECK(view["meta"][0]["value"] == "78th session (2023–2024)");

        const std::string html = HtmlTemplates(web_dir()).render("show", view);
        CHECK(html.find("id=\"op1\"") != std::string::npos);
        CHECK(html.find("is-target") != std::string::npos);
        CHECK(html.find("id=\"fn1\"") != std::string::npos);
        CHECK(html.find("id=\"op1.b\"") != std::string::npos);
        CHECK(html.find("<script>alert") == std::string::npos);
    }

    TEST_CASE("templates never use unescaped mustache tags") {
        for (const char* name : {"head", "header", "footer", "results", "show", "error", "opensearch"}) {
            CAPTURE(name);
            const std::string text = read(web_dir() + "/" + name + ".mustache");
            CHECK_FALSE(text.empty());
            CHECK(text.find("{{{") == std::string::npos);
            CHECK(text.find("{{&") == std::string::npos);
            CHECK(text.find("style=") == std::string::npos);    // CSP: no inline styles
            CHECK(text.find("<script>") == std::string::npos);  // CSP: no inline scripts
        }
    }
}
