/// @file
/// @brief JSON output of searches and --show, shared by unres-search and unres.cgi.
#include "searcher/render_json.hpp"

#include "searcher/search_request.hpp"

#include "analyzers/parser/resolution_json.hpp"
#include "searcher/render_lineage.hpp"

#include <kainjow/mustache.hpp>

namespace unres::searcher {

namespace {

using json = nlohmann::ordered_json;

}  // namespace

auto snippet_markup(const std::vector<Fragment>& snippet) -> std::string {
    // The template library's escaper escapes every fragment; only the <mark> tags are ours.
    std::string out;
    for (const auto& f : snippet) {
        if (f.matched) out += "<mark>";
        out += kainjow::mustache::html_escape(f.text);
        if (f.matched) out += "</mark>";
    }
    return out;
}

auto snippet_plain(const std::vector<Fragment>& snippet) -> std::string {
    std::string out;
    for (const auto& f : snippet) out += f.text;
    return out;
}

auto hit_to_json(const Hit& hit) -> json {
    json j;
    j["id"] = hit.id;
    j["symbol"] = hit.symbol;
    j["paragraph"] = hit.paragraph;
    j["session"] = hit.session;
    j["kind"] = hit.kind;
    j["number"] = hit.number;
    j["clause"] = hit.clause;
    j["verb"] = hit.verb;
    j["adopted"] = hit.adopted;
    j["title"] = hit.title;
    j["rank"] = hit.rank;
    j["score"] = hit.score;
    j["snippet"] = snippet_markup(hit.snippet);
    j["snippet_text"] = snippet_plain(hit.snippet);
    j["text"] = hit.text;
    if (!hit.footnote_mark.empty()) {  // matched in a footnote the paragraph calls, not in its text
        j["footnote_match"] = {{"mark", hit.footnote_mark},
                               {"snippet", snippet_markup(hit.footnote_snippet)}};
    }
    if (hit.collapsed_others > 0) j["collapsed"] = hit.collapsed_others;
    if (!hit.change.empty()) {
        j["predecessor"] = hit.predecessor.empty() ? json() : json(hit.predecessor);
        j["similarity"] = hit.similarity;
        j["change"] = hit.change;
    }
    return j;
}

auto result_to_json(const SearchResult& result) -> json {
    json j;
    j["query"] = result.query;
    j["total"] = result.total;
    j["offset"] = result.offset;
    j["limit"] = result.limit;
    j["hits"] = json::array();
    for (const auto& hit : result.hits) j["hits"].push_back(hit_to_json(hit));
    j["facets"] = json::object();
    for (const auto& name : facet_names()) {
        auto it = result.facets.find(name);
        if (it == result.facets.end()) continue;
        // Facet values are distinct: append them without ordered_map's linear search for an
        // existing key (quadratic over the hundreds of clauses a broad query has).
        json counts = json::object();
        auto& pairs = counts.get_ref<json::object_t&>();
        pairs.reserve(it->second.size());
        for (const auto& v : it->second) pairs.json::object_t::Container::emplace_back(v.value, v.count);
        j["facets"][name] = std::move(counts);
    }
    if (!result.did_you_mean.empty()) j["did_you_mean"] = result.did_you_mean;
    if (result.partial) j["partial"] = true;
    if (!result.unavailable.empty()) j["unavailable"] = result.unavailable;
    return j;
}

auto show_to_json(const ShowResult& show) -> json {
    json whole = analyzers::to_json(show.resolution);
    // Lineage (predecessor, similarity, change) on each paragraph that has one; who cites this resolution.
    for (auto& p : whole["paragraphs"]) {
        if (auto found = show.lineage.find(p.value("id", "")); found != show.lineage.end()) {
            add_lineage_json(p, found->second);
        }
    }
    whole["cited_by"] = cited_by_to_json(show.cited_by);
    if (!show.language_not_indexed.empty()) whole["language_not_indexed"] = show.language_not_indexed;
    if (show.paragraph.empty()) return whole;
    json j;
    j["id"] = show.resolution.symbol + "#" + show.paragraph;
    for (const auto& p : whole["paragraphs"]) {
        if (p.value("id", "") == show.paragraph) j["paragraph"] = p;
    }
    whole.erase("paragraphs");
    j["resolution"] = whole;
    return j;
}

}  // namespace unres::searcher
