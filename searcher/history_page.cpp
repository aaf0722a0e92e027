/// @file
/// @brief View models for change badges, the paragraph history page and the "cited by" list.
#include "searcher/history_page.hpp"

#include "searcher/escape.hpp"

#include <cctype>

namespace unres::searcher {

namespace {

using nlohmann::json;

auto upper(std::string text) -> std::string {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

auto symbol_of(const std::string& id) -> std::string { return id.substr(0, id.find('#')); }

/// The history view of @p id, keeping the search state (query, filters, language) for the way back.
auto history_url(const CgiRequest& request, const std::string& id) -> std::string {
    UrlParams params{{"history", id}};
    for (auto& param : url_params(request)) params.push_back(std::move(param));
    return query_string(params);
}

/// A resolution view, optionally at one paragraph, keeping the search state for "back to results".
auto resolution_url(const CgiRequest& request, const std::string& symbol, const std::string& paragraph = "")
    -> std::string {
    UrlParams params{{"show", symbol}};
    for (auto& param : url_params(request)) params.push_back(std::move(param));
    std::string url = query_string(params);
    if (!paragraph.empty()) url += "#" + url_encode(paragraph);
    return url;
}

}  // namespace

void add_change_badge(json& view, const CgiRequest& request, const std::string& id,
                      const ParagraphLineage& lineage) {
    if (lineage.change.empty()) return;
    view["change"] = lineage.change;
    view["is_new"] = lineage.change == "new";
    view["is_edited"] = lineage.change == "edited";
    const std::string previous = symbol_of(lineage.predecessor);
    if (lineage.change == "new") {
        view["change_label"] = "New in this session";
    } else if (lineage.change == "edited") {
        view["change_label"] = "Changed since " + previous;
    } else {
        view["change_label"] = "Unchanged since " + previous;
    }
    view["history_url"] = history_url(request, id);
}

auto cited_by_view(const CgiRequest& request, const std::vector<Citation>& cited_by) -> json {
    json list = json::array();
    for (const auto& c : cited_by) {
        json paragraphs = json::array();
        for (const auto& p : c.paragraphs) {
            paragraphs.push_back({{"label", upper(p)}, {"url", resolution_url(request, c.symbol, p)}});
        }
        list.push_back(
            {{"symbol", c.symbol}, {"url", resolution_url(request, c.symbol)}, {"paragraphs", paragraphs}});
    }
    return list;
}

auto history_view(const PageSettings& settings, const CgiRequest& request, const History& history) -> json {
    const std::string label =
        symbol_of(history.id) + " " + upper(history.id.substr(history.id.find('#') + 1));
    json view = page_view(settings, request, "History of " + label + " – UN resolutions search");
    view["label"] = label;
    view["resolution_url"] =
        resolution_url(request, symbol_of(history.id), history.id.substr(history.id.find('#') + 1));
    view["json_url"] = query_string({{"history", history.id}, {"format", "json"}});
    view["count"] = std::to_string(history.versions.size());
    json versions = json::array();
    for (std::size_t i = 0; i < history.versions.size(); ++i) {
        const auto& v = history.versions[i];
        json item;
        item["id"] = v.id;
        item["anchor"] = "s" + std::to_string(v.session) + "-" + std::to_string(i);
        item["session"] = std::to_string(v.session);
        item["symbol"] = v.symbol;
        item["label"] = upper(v.paragraph);
        item["adopted"] = v.adopted;
        item["url"] = resolution_url(request, v.symbol, v.paragraph);
        item["change"] = v.lineage.change.empty() ? "first" : v.lineage.change;
        if (v.lineage.change.empty()) {
            item["change_label"] = "Earliest indexed version";
        } else if (v.lineage.change == "new") {
            item["change_label"] = "New in this session";
        } else {
            item["change_label"] = (v.lineage.change == "edited" ? "Changed since " : "Unchanged since ") +
                                   symbol_of(v.lineage.predecessor);
        }
        item["current"] = i == 0;
        item["pieces"] =
            v.diff.empty() ? json::array({{{"text", v.text}, {"equal", true}}}) : diff_pieces(v.diff);
        versions.push_back(item);
    }
    view["versions"] = versions;
    return view;
}

auto diff_pieces(const std::vector<analyzers::DiffRun>& runs) -> json {
    json pieces = json::array();
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const auto& run = runs[i];
        // Spaces between runs are their own piece, so that <del>/<ins> hold words only.
        if (i > 0) pieces.push_back({{"equal", true}, {"text", " "}});
        pieces.push_back({{"text", run.text},
                          {"equal", run.op == analyzers::DiffOp::Equal},
                          {"deleted", run.op == analyzers::DiffOp::Delete},
                          {"inserted", run.op == analyzers::DiffOp::Insert}});
    }
    return pieces;
}

}  // namespace unres::searcher
