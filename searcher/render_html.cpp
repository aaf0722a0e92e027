/// @file
/// @brief View models for the search page and their rendering through kainjow mustache.
#include "searcher/render_html.hpp"

#include "analyzers/text/letters.hpp"
#include "index/schema.hpp"

#include "analyzers/parser/symbol.hpp"

#include "analyzers/error.hpp"
#include "searcher/display_dates.hpp"
#include "searcher/escape.hpp"
#include "searcher/history_page.hpp"
#include "searcher/language_links.hpp"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

namespace unres::searcher {
namespace {

using nlohmann::json;
namespace mustache = kainjow::mustache;

const std::vector<std::string> k_page_templates = {"results",    "show",  "history",
                                                   "precedents", "error", "opensearch"};
const std::vector<std::string> k_partials = {"head", "header", "footer", "draft_form"};

/// A scalar view value as template data.
auto scalar_data(const json& value) -> mustache::data {
    switch (value.type()) {
        case json::value_t::string:  // "" is false, so that {{#field}} skips an empty field
            if (value.get_ref<const std::string&>().empty()) return mustache::data{false};
            return mustache::data{value.get_ref<const std::string&>()};
        case json::value_t::boolean:
            return mustache::data{value.get<bool>()};
        case json::value_t::null:
            return mustache::data{false};
        default:
            return mustache::data{value.dump()};
    }
}

/**
 * Fills @p out (an empty object or list, already in place in its parent) with @p value. The library
 * only copies data in (set() and push_back() take references to const), so each child is inserted
 * empty and filled where it stands: converting a view then costs its size, not its size times its
 * depth. The const_cast is sound: the children live in @p out, which is not const.
 */
void fill_data(mustache::data& out, const json& value) {
    const auto child_type = [](const json& item) {
        return item.is_object() ? mustache::data::type::object : mustache::data::type::list;
    };
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (!it->is_structured()) {
                out.set(it.key(), scalar_data(*it));
                continue;
            }
            out.set(it.key(), mustache::data{child_type(*it)});
            fill_data(const_cast<mustache::data&>(*out.get(it.key())), *it);
        }
    } else if (value.is_array()) {
        for (const auto& item : value) {
            if (!item.is_structured()) {
                out.push_back(scalar_data(item));
                continue;
            }
            out.push_back(mustache::data{child_type(item)});
            fill_data(const_cast<mustache::data&>(out.list_value().back()), item);
        }
    }
}

auto to_data(const json& value) -> mustache::data {
    if (!value.is_structured()) return scalar_data(value);
    mustache::data out{value.is_object() ? mustache::data::type::object : mustache::data::type::list};
    fill_data(out, value);
    return out;
}

/// 12345 -> "12,345", as the UN prints numbers in English.
auto grouped(std::size_t number) -> std::string {
    std::string digits = std::to_string(number);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
}

auto capitalized(std::string text) -> std::string {
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

auto upper(std::string text) -> std::string {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

/// Heading of a facet in the sidebar.
auto facet_label(const std::string& facet) -> std::string {
    if (facet == "verb") return "Opening verb";
    if (facet == "clause") return "Opening clause";
    if (facet == "kind") return "Paragraph kind";
    return capitalized(facet);
}

/// "third" -> "Third Committee"; "plenary" -> "Plenary (no Main Committee)".
auto committee_label(const std::string& key) -> std::string {
    if (key == "plenary") return "Plenary (no Main Committee)";
    return capitalized(key) + " Committee";
}

auto value_label(const std::string& facet, const std::string& value) -> std::string {
    if (facet == "kind" || facet == "change") return capitalized(value);
    if (facet == "session") return "Session " + value;
    if (facet == "committee") return committee_label(value);
    if (facet == "body") return std::string(schema::body_name(value));
    return value;
}

/// A chosen filter as its chip names it: "Session: 79", "Paragraph kind: Operative".
auto chip_label(const std::string& facet, const std::string& value) -> std::string {
    const std::string shown = facet == "kind" || facet == "change" ? capitalized(value)
                              : facet == "committee"               ? committee_label(value)
                              : facet == "body"                    ? std::string(schema::body_name(value))
                                                                   : value;
    return facet_label(facet) + ": " + shown;
}

/// The request's page with one filter added or removed; always back to the first page.
auto toggled(const CgiRequest& request, const std::string& facet, const std::string& value) -> std::string {
    CgiRequest next = request;
    next.search.offset = 0;
    auto& values = next.search.filters[facet];
    const auto found = std::find(values.begin(), values.end(), value);
    if (found == values.end()) {
        values.push_back(value);
    } else {
        values.erase(found);
        if (values.empty()) next.search.filters.erase(facet);
    }
    return query_string(url_params(next));
}

/// URL of a resolution view (with the search state kept, for "back to results"), plus an anchor.
auto show_url(const CgiRequest& request, const std::string& symbol, const std::string& anchor = "")
    -> std::string {
    UrlParams params{{"show", symbol}};
    for (auto& param : url_params(request)) params.push_back(std::move(param));
    std::string url = query_string(params);
    if (!anchor.empty()) url += "#" + url_encode(anchor);
    return url;
}

}  // namespace

namespace {

/// Values a facet shows before "More…" (chosen values are always shown).
constexpr std::size_t k_facet_values_shown = 10;

/// The request's page with @p facet listed whole (or, when it is, cut to its first values again).
auto more_toggled(const CgiRequest& request, const std::string& facet) -> std::string {
    CgiRequest next = request;
    next.more = request.more == facet ? "" : facet;
    return query_string(url_params(next));
}

auto facets_view(const CgiRequest& request, const SearchResult& result) -> json {
    json facets = json::array();
    for (const auto& facet : facet_names()) {
        const auto found = result.facets.find(facet);
        if (found == result.facets.end() || found->second.empty()) continue;
        const auto active = request.search.filters.find(facet);
        const bool whole = request.more == facet;
        json values = json::array();
        std::size_t hidden = 0;
        for (const auto& item : found->second) {
            const bool is_active = active != request.search.filters.end() &&
                                   std::count(active->second.begin(), active->second.end(), item.value) > 0;
            if (!whole && !is_active && values.size() >= k_facet_values_shown) {
                ++hidden;
                continue;
            }
            values.push_back({{"value", item.value},
                              {"label", value_label(facet, item.value)},
                              {"count", grouped(item.count)},
                              {"active", is_active},
                              {"url", toggled(request, facet, item.value)}});
        }
        json view{
            {"name", facet}, {"label", facet_label(facet)}, {"values", values}, {"many", values.size() > 12}};
        if (hidden > 0) view["more"] = {{"url", more_toggled(request, facet)}, {"count", grouped(hidden)}};
        if (whole && found->second.size() > k_facet_values_shown)
            view["fewer_url"] = more_toggled(request, facet);
        facets.push_back(std::move(view));
    }
    return facets;
}

/// Hits per session as bars; the width is a CSS class w0…w20 (5% steps) because the
/// Content-Security-Policy forbids inline style attributes.
auto chart_view(const CgiRequest& request, const SearchResult& result) -> json {
    json bars = json::array();
    const auto found = result.facets.find("session");
    if (found == result.facets.end() || found->second.size() < 2) return bars;
    std::vector<FacetValue> sessions = found->second;
    std::sort(sessions.begin(), sessions.end(), [](const FacetValue& a, const FacetValue& b) {
        return a.value.size() != b.value.size() ? a.value.size() < b.value.size() : a.value < b.value;
    });
    Xapian::doccount max = 1;
    for (const auto& item : sessions) max = std::max(max, item.count);
    for (const auto& item : sessions) {
        auto step = static_cast<unsigned>((item.count * 20 + max / 2) / max);
        if (item.count > 0 && step == 0) step = 1;
        bars.push_back({{"label", item.value},
                        {"count", grouped(item.count)},
                        {"width", "w" + std::to_string(step)},
                        {"url", toggled(request, "session", item.value)}});
    }
    return bars;
}

auto pagination_view(const CgiRequest& request, const SearchResult& result) -> json {
    const std::size_t limit = std::max<std::size_t>(request.search.limit, 1);
    const std::size_t total = result.total;
    const std::size_t last_offset =
        std::min(total == 0 ? 0 : (total - 1) / limit * limit, CgiLimits::max_offset);
    const auto page_url = [&](std::size_t offset) {
        CgiRequest next = request;
        next.search.offset = offset;
        return query_string(url_params(next));
    };
    const std::size_t current = request.search.offset / limit;
    const std::size_t pages = last_offset / limit + 1;
    json view = {{"show", pages > 1}};
    if (request.search.offset > 0)
        view["prev_url"] = page_url(request.search.offset >= limit ? request.search.offset - limit : 0);
    if (request.search.offset + limit <= last_offset)
        view["next_url"] = page_url(request.search.offset + limit);
    json numbers = json::array();
    const std::size_t first = current > 3 ? current - 3 : 0;
    for (std::size_t page = first; page < pages && page < first + 7; ++page) {
        numbers.push_back({{"number", std::to_string(page + 1)},
                           {"url", page_url(page * limit)},
                           {"current", page == current}});
    }
    view["pages"] = numbers;
    return view;
}

auto hit_view(const CgiRequest& request, const Hit& hit) -> json {
    json snippet = json::array();
    for (const auto& fragment : hit.snippet)
        snippet.push_back({{"text", fragment.text}, {"matched", fragment.matched}});
    if (hit.snippet.empty()) snippet.push_back({{"text", hit.text}, {"matched", false}});
    json footnote = json::array();
    for (const auto& fragment : hit.footnote_snippet)
        footnote.push_back({{"text", fragment.text}, {"matched", fragment.matched}});
    json view = {{"rank", std::to_string(hit.rank)},
                 {"symbol", analyzers::printed_symbol(hit.symbol)},
                 {"paragraph", hit.paragraph},
                 {"label", upper(hit.paragraph)},
                 {"kind", hit.kind},
                 {"session", std::to_string(hit.session)},
                 {"clause", hit.clause},
                 {"title", hit.title},
                 {"adopted", hit.adopted},
                 {"adopted_long", long_date(hit.adopted)},
                 {"session_label", session_label(hit.session)},
                 {"snippet", snippet},
                 {"footnote_mark", hit.footnote_mark},
                 {"footnote_snippet", footnote},
                 {"url", show_url(request, hit.symbol, hit.paragraph)},
                 {"resolution_url", show_url(request, hit.symbol)}};
    if (hit.language != "en" || !request.search.language.empty()) {  // open the hit in its own language
        view["url"] = language_show_url(request, hit.symbol, hit.paragraph, hit.language);
        view["resolution_url"] = language_show_url(request, hit.symbol, "", hit.language);
    }
    view.update(content_attributes(hit.language));
    if (hit.languages.size() > 1) {
        view["other_languages"] =
            language_links(request, hit.symbol, hit.paragraph, hit.languages, hit.language, true);
        view["has_other_languages"] = true;
    }
    if (hit.collapsed_others > 0) view["others"] = grouped(hit.collapsed_others);
    if (!hit.change.empty()) view["change"] = hit.change;
    add_change_badge(view, request, hit.id, {hit.predecessor, hit.similarity, hit.change, false});
    return view;
}

}  // namespace

HtmlTemplates::HtmlTemplates(const std::string& directory) {
    std::vector<std::string> names = k_page_templates;
    names.insert(names.end(), k_partials.begin(), k_partials.end());
    for (const auto& name : names) {
        std::ifstream in(directory + "/" + name + ".mustache", std::ios::binary);
        if (!in) throw Error("template '" + name + ".mustache' is missing");
        std::ostringstream text;
        text << in.rdbuf();
        m_texts[name] = text.str();
    }
}

HtmlTemplates::~HtmlTemplates() = default;
HtmlTemplates::HtmlTemplates(HtmlTemplates&&) noexcept = default;

auto HtmlTemplates::render(const std::string& name, const nlohmann::json& view) const -> std::string {
    if (std::find(k_page_templates.begin(), k_page_templates.end(), name) == k_page_templates.end())
        throw Error("no template '" + name + "'");
    // Parsed on first use: a CGI request renders one page, so it parses one template.
    auto found = m_parsed.find(name);
    if (found == m_parsed.end()) {
        // The partials ({{>head}}) are put in place once, so they are parsed with the page, not per render.
        std::string text = m_texts.at(name);
        for (const auto& partial : k_partials) {
            const std::string tag = "{{>" + partial + "}}";
            for (auto at = text.find(tag); at != std::string::npos; at = text.find(tag, at + 1)) {
                text.replace(at, tag.size(), m_texts.at(partial));
            }
        }
        auto parsed = std::make_unique<mustache::mustache>(text);
        if (!parsed->is_valid()) throw Error("template '" + name + "': " + parsed->error_message());
        found = m_parsed.emplace(name, std::move(parsed)).first;
    }
    mustache::data data = to_data(view);
    mustache::mustache& page = *found->second;
    std::string out = page.render(data);
    if (!page.is_valid()) throw Error("template '" + name + "': " + page.error_message());
    return out;
}

auto home_view(const PageSettings& settings, const CgiRequest& request) -> json {
    json view = page_view(settings, request, "UN resolutions search");
    view["home"] = true;
    json examples = json::array();
    for (const char* example :
         {"anti-personnel mines", "clause:\"noting with deep regret\"", "urge* kind:operative"}) {
        examples.push_back({{"text", example}, {"url", query_string({{"q", example}})}});
    }
    view["examples"] = examples;
    return view;
}

auto home_view(const PageSettings& settings, const CgiRequest& request, const IndexOverview& overview)
    -> json {
    json view = home_view(settings, request);
    std::string languages;
    for (const auto& code : overview.languages) {
        languages += (languages.empty() ? "" : ", ") + language_name(code);
    }
    view["overview"] = {{"resolutions", grouped(overview.resolutions)},
                        {"paragraphs", grouped(overview.paragraphs)},
                        {"sessions", overview.first_session == overview.last_session
                                         ? std::to_string(overview.first_session)
                                         : std::to_string(overview.first_session) + "–" +
                                               std::to_string(overview.last_session)},
                        {"has_sessions", overview.last_session > 0},
                        {"languages", languages},
                        {"newest_year", overview.newest_year}};
    return view;
}

namespace {

/// The page's ways to refine: hits per page, one per resolution, "did you mean", and the sort orders.
void add_refine_links(json& view, const CgiRequest& request, const SearchResult& result) {
    json per_page = json::array();
    for (const std::size_t limit : {10, 20, 50, 100}) {
        CgiRequest sized = request;
        sized.search.limit = limit;
        sized.search.offset = 0;
        per_page.push_back({{"label", std::to_string(limit)},
                            {"url", query_string(url_params(sized))},
                            {"current", limit == request.search.limit}});
    }
    view["per_page"] = per_page;
    CgiRequest collapsed = request;  // "one per resolution" on or off
    collapsed.search.collapse = !request.search.collapse;
    collapsed.search.offset = 0;
    view["collapse_url"] = query_string(url_params(collapsed));
    if (!result.did_you_mean.empty()) {
        CgiRequest corrected = request;
        corrected.search.query = result.did_you_mean;
        corrected.search.offset = 0;
        view["did_you_mean"] = {{"text", result.did_you_mean}, {"url", query_string(url_params(corrected))}};
    }
    json sorts = json::array();
    for (const auto& [order, label] :
         std::vector<std::pair<SortOrder, std::string>>{{SortOrder::Relevance, "Relevance"},
                                                        {SortOrder::Date, "Newest"},
                                                        {SortOrder::Document, "Document order"},
                                                        {SortOrder::Cited, "Most cited"}}) {
        CgiRequest sorted = request;
        sorted.search.sort = order;
        sorted.search.offset = 0;
        sorts.push_back({{"label", label},
                         {"url", query_string(url_params(sorted))},
                         {"current", order == request.search.sort}});
    }
    view["sorts"] = sorts;
}

/// The chosen filters as chips, each with the link that removes it, and the link that clears them all.
void add_active_filters(json& view, const CgiRequest& request) {
    json active = json::array();
    for (const auto& facet : facet_names()) {
        const auto found = request.search.filters.find(facet);
        if (found == request.search.filters.end()) continue;
        for (const auto& value : found->second) {
            active.push_back({{"facet", facet_label(facet)},
                              {"label", chip_label(facet, value)},
                              {"remove_url", toggled(request, facet, value)}});
        }
    }
    view["has_active"] = !active.empty();
    view["active"] = active;
    if (!active.empty()) {
        CgiRequest cleared = request;
        cleared.search.filters.clear();
        cleared.search.offset = 0;
        view["clear_url"] = query_string(url_params(cleared));
    }
}

/// This page as JSON, and the whole result set (up to the export bound) as a CSV or JSON Lines download.
void add_downloads(json& view, const CgiRequest& request, const SearchResult& result) {
    const auto with_format = [&](const char* format) {
        UrlParams params = url_params(request);
        params.erase(std::remove_if(params.begin(), params.end(),
                                    [](const auto& p) { return p.first == "offset" || p.first == "limit"; }),
                     params.end());
        params.emplace_back("format", format);
        return query_string(params);
    };
    UrlParams json_params = url_params(request);
    json_params.emplace_back("format", "json");
    view["json_url"] = query_string(json_params);
    view["csv_url"] = with_format("csv");
    view["jsonl_url"] = with_format("jsonl");
    view["export_label"] =
        result.total > CgiLimits::max_export_rows
            ? "the first " + grouped(CgiLimits::max_export_rows) + " of " + grouped(result.total)
            : "all " + grouped(result.total);
}

}  // namespace

auto results_view(const PageSettings& settings, const CgiRequest& request, const SearchResult& result)
    -> json {
    const std::string title = request.search.query.empty() ? "Filtered paragraphs" : request.search.query;
    json view = page_view(settings, request, title + " – UN resolutions search");
    view["results"] = true;
    view["total"] = grouped(result.total);
    view["total_is_one"] = result.total == 1;
    view["first"] = grouped(result.hits.empty() ? 0 : result.offset + 1);
    view["last"] = grouped(result.offset + result.hits.size());
    view["partial"] = result.partial;
    view["collapse"] = request.search.collapse;
    json hits = json::array();
    for (const auto& hit : result.hits) hits.push_back(hit_view(request, hit));
    view["hits"] = hits;
    // Past the last page: say so and lead back, rather than "Nothing matched".
    const bool past_end = result.hits.empty() && result.total > 0 && request.search.offset > 0;
    view["none"] = result.hits.empty() && !past_end;
    view["past_end"] = past_end;
    if (past_end) {
        CgiRequest first = request;
        first.search.offset = 0;
        view["first_page_url"] = query_string(url_params(first));
    }
    view["has_refine"] = !result.hits.empty() || past_end || !request.search.filters.empty();
    add_refine_links(view, request, result);
    add_active_filters(view, request);
    view["facets"] = facets_view(request, result);
    view["chart"] = chart_view(request, result);
    view["has_chart"] = !view["chart"].empty();
    view["pagination"] = pagination_view(request, result);
    add_downloads(view, request, result);
    return view;
}

namespace {

/// How a delegate cites the paragraph: "A/RES/78/45, para. 7", "A/RES/78/45, PP3", "A/RES/78/45, annex, para.
/// 12".
auto paragraph_citation(const std::string& symbol, const analyzers::Paragraph& paragraph) -> std::string {
    switch (paragraph.kind) {
        case analyzers::ParagraphKind::Operative:
            return symbol + ", para. " + std::to_string(paragraph.number);
        case analyzers::ParagraphKind::Preambular:
            return symbol + ", PP" + std::to_string(paragraph.number);
        case analyzers::ParagraphKind::Annex:
            break;
    }
    return symbol + ", annex, para. " + std::to_string(paragraph.number);
}

/// The clean address of a resolution (no search state): the page's base URL, ?show=SYMBOL, and its
/// language when not English.
auto permalink(const PageSettings& settings, const std::string& symbol, const std::string& language)
    -> std::string {
    UrlParams params{{"show", symbol}};
    if (language != "en") params.emplace_back("lang", language);
    return settings.self_url + query_string(params);
}

/// A cited resolution: its view here when the index holds it, else the official document (marked so).
auto cite_view(const CgiRequest& request, const std::string& symbol, const std::set<std::string>& indexed)
    -> json {
    const std::string printed =
        analyzers::printed_symbol(symbol);  // "A/RES/54/54B" is printed "A/RES/54/54 B"
    if (indexed.count(symbol) > 0) return {{"symbol", printed}, {"url", show_url(request, symbol)}};
    return {{"symbol", printed}, {"url", "https://undocs.org/" + symbol}, {"external", true}};
}

/// @p text as pieces [{text, mark}], the words of @p words (lower-cased) marked where they stand whole.
auto marked_pieces(const std::string& text, const std::set<std::string>& words) -> json {
    json pieces = json::array();
    const auto word_char = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80 ||
               c == '-';
    };
    std::string plain;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!word_char(text[i])) {
            plain += text[i++];
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && word_char(text[end])) ++end;
        std::string word = text.substr(i, end - i);
        if (words.count(analyzers::unicode_lower(word)) > 0) {
            if (!plain.empty()) pieces.push_back({{"text", plain}, {"mark", false}});
            plain.clear();
            pieces.push_back({{"text", word}, {"mark", true}});
        } else {
            plain += word;
        }
        i = end;
    }
    if (!plain.empty()) pieces.push_back({{"text", plain}, {"mark", false}});
    return pieces;
}

/// One paragraph of the resolution view: the clause set in italics as the UN prints it, the text
/// before the first sub-paragraph, then the sub-paragraphs, footnote calls and citations.
auto paragraph_view(const CgiRequest& request, const analyzers::Paragraph& paragraph,
                    const std::string& target, const std::set<std::string>& indexed,
                    const std::set<std::string>& matched) -> json {
    std::string text = paragraph.text;
    if (!paragraph.subparagraphs.empty()) {
        const auto cut = text.find(paragraph.subparagraphs.front().label);
        if (cut != std::string::npos) text = text.substr(0, cut);
    }
    std::string clause;
    if (!paragraph.clause.empty() && text.rfind(paragraph.clause, 0) == 0) {
        clause = paragraph.clause;
        text = text.substr(clause.size());
    }
    json subparagraphs = json::array();
    for (const auto& sub : paragraph.subparagraphs) {
        subparagraphs.push_back(
            {{"id", sub.id}, {"label", sub.label}, {"pieces", marked_pieces(sub.text, matched)}});
    }
    json notes = json::array();
    for (const auto& mark : paragraph.footnote_refs)
        notes.push_back({{"mark", mark}, {"href", "#fn" + url_encode(mark)}});
    json cites = json::array();
    for (const auto& symbol : paragraph.cites) cites.push_back(cite_view(request, symbol, indexed));
    return {{"id", paragraph.id},
            {"label", upper(paragraph.id)},
            {"has_subparagraphs", !subparagraphs.empty()},
            {"number", std::to_string(paragraph.number)},
            {"operative", paragraph.kind == analyzers::ParagraphKind::Operative},
            {"clause", clause},
            {"text", text},
            {"pieces", marked_pieces(text, matched)},
            {"subparagraphs", subparagraphs},
            {"notes", notes},
            {"cites", cites},
            {"target", paragraph.id == target},
            {"anchor_url", "#" + url_encode(paragraph.id)}};
}

}  // namespace

namespace {

/// The resolution's metadata as label/value rows (what a body without committees or plenaries lacks is left
/// out), for the definition list under its title.
auto meta_view(const analyzers::Resolution& resolution) -> json {
    json meta = json::array();
    const auto add_meta = [&](const std::string& label, const std::string& value) {
        if (!value.empty() && value != "0") meta.push_back({{"label", label}, {"value", value}});
    };
    const auto body = std::string(analyzers::issuing_body(resolution.symbol));
    if (body != "General Assembly") add_meta("Adopted by", body);
    add_meta("Session", session_label(resolution.session));
    add_meta("Adopted", long_date(resolution.adopted));
    add_meta("Distributed", long_date(resolution.distributed));
    add_meta("Agenda item", resolution.agenda_item);
    if (body == "General Assembly") {  // other bodies have no Main Committees and no plenary meetings
        add_meta("Committee", resolution.committee.empty() ? "Without reference to a Main Committee"
                                                           : resolution.committee);
        add_meta("Report", resolution.committee_report);
        add_meta("Plenary meeting", std::to_string(resolution.meeting));
    } else {
        add_meta("Meeting", std::to_string(resolution.meeting));
    }
    return meta;
}

/// The paragraphs of the resolution shown, each with its citation, permalink, languages, change badge and
/// (at the first of a section) the section heading, put in "preamble", "operative" and "annex".
void add_paragraphs(json& view, const PageSettings& settings, const CgiRequest& request,
                    const ShowResult& show) {
    const analyzers::Resolution& resolution = show.resolution;
    json preamble = json::array();
    json operative = json::array();
    json annex = json::array();
    std::string section;
    for (const auto& paragraph : resolution.paragraphs) {
        json item =
            paragraph_view(request, paragraph, show.paragraph, show.cites_indexed, show.matched_words);
        item["citation"] = paragraph_citation(analyzers::printed_symbol(resolution.symbol), paragraph);
        item["permalink"] =
            permalink(settings, resolution.symbol, resolution.language) + "#" + url_encode(paragraph.id);
        if (show.languages.size() > 1) {  // this paragraph in the other languages
            item["langs"] = language_links(request, resolution.symbol, paragraph.id, show.languages,
                                           resolution.language, true);
            item["has_langs"] = true;
        }
        if (auto found = show.lineage.find(paragraph.id); found != show.lineage.end()) {
            add_change_badge(item, request, resolution.symbol + "#" + paragraph.id, found->second);
        }
        if (paragraph.section != section) {
            section = paragraph.section;
            if (!section.empty()) item["section"] = section;
        }
        switch (paragraph.kind) {
            case analyzers::ParagraphKind::Preambular:
                preamble.push_back(item);
                break;
            case analyzers::ParagraphKind::Operative:
                operative.push_back(item);
                break;
            case analyzers::ParagraphKind::Annex:
                annex.push_back(item);
                break;
        }
    }
    view["preamble"] = preamble;
    view["operative"] = operative;
    view["annex"] = annex;
    view["has_annex"] = !annex.empty();
}

/// The footnotes, the resolutions it cites and the indexed resolutions citing it.
void add_references(json& view, const CgiRequest& request, const ShowResult& show) {
    json footnotes = json::array();
    for (const auto& note : show.resolution.footnotes) {
        footnotes.push_back({{"mark", note.mark}, {"id", "fn" + url_encode(note.mark)}, {"text", note.text}});
    }
    view["footnotes"] = footnotes;
    view["has_footnotes"] = !footnotes.empty();
    json cites = json::array();
    for (const auto& symbol : show.resolution.cites)
        cites.push_back(cite_view(request, symbol, show.cites_indexed));
    view["cites"] = cites;
    view["has_cites"] = !cites.empty();
    view["cited_by"] = cited_by_view(request, show.cited_by);
    view["has_cited_by"] = !show.cited_by.empty();
}

}  // namespace

auto show_view(const PageSettings& settings, const CgiRequest& request, const ShowResult& show) -> json {
    const analyzers::Resolution& resolution = show.resolution;
    json view =
        page_view(settings, request, analyzers::printed_symbol(resolution.symbol) + " – " + resolution.title);
    view["symbol"] = analyzers::printed_symbol(resolution.symbol);
    view["resolution_title"] = resolution.title;
    view.update(content_attributes(resolution.language));
    view["opening"] = opening_line(resolution.language);
    if (show.languages.size() > 1) {
        view["languages"] = language_links(request, resolution.symbol, show.paragraph, show.languages,
                                           resolution.language, false);
        view["has_languages"] = true;
    }
    if (!show.language_not_indexed.empty()) {
        view["language_note"] = "The index holds no " + english_language_name(show.language_not_indexed) +
                                " version of this resolution; it is shown in " +
                                language_name(resolution.language) + ".";
    }
    view["meta"] = meta_view(resolution);
    view["canonical"] = permalink(settings, resolution.symbol, resolution.language);
    view["has_matches"] = !show.matched_words.empty();
    json pdfs = json::array();  // the official document in each official language
    for (const auto& code : {"ar", "zh", "en", "fr", "ru", "es"}) {
        pdfs.push_back(
            {{"code", code}, {"url", "https://undocs.org/" + std::string(code) + "/" + resolution.symbol}});
    }
    view["pdfs"] = pdfs;
    add_paragraphs(view, settings, request, show);
    add_references(view, request, show);
    if (request.has_search()) view["back_url"] = query_string(url_params(request));
    view["json_url"] =
        resolution.language == "en"
            ? query_string({{"show", resolution.symbol}, {"format", "json"}})
            : query_string({{"show", resolution.symbol}, {"format", "json"}, {"lang", resolution.language}});
    view["target"] = show.paragraph;
    return view;
}

auto error_view(const PageSettings& settings, const CgiRequest& request, int status, const std::string& title,
                const std::string& message) -> json {
    json view = page_view(settings, request, title + " – UN resolutions search");
    view["status"] = std::to_string(status);
    view["heading"] = title;
    view["message"] = message;
    // A query the syntax refused: offer its words alone ("((mines" -> "mines").
    const std::string& query = request.search.query;
    if (status == 400 && !query.empty()) {
        std::string words;
        for (const char c : query) {
            const bool keep =
                std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
            if (keep) {
                words += c;
            } else if (!words.empty() && words.back() != ' ') {
                words += ' ';
            }
        }
        while (!words.empty() && words.back() == ' ') words.pop_back();
        if (!words.empty() && words != query) {
            CgiRequest plain = request;
            plain.search.query = words;
            plain.search.offset = 0;
            view["instead"] = {{"text", words}, {"url", query_string(url_params(plain))}};
        }
    }
    return view;
}

auto opensearch_view(const PageSettings& settings) -> json {
    return {{"self_url", settings.self_url}, {"static", settings.static_url}};
}

}  // namespace unres::searcher
