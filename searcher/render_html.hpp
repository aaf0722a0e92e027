/// @file
/// @brief SearchResult / ShowResult -> HTML pages through mustache templates that escape by default.
#pragma once

#include "searcher/cgi_request.hpp"
#include "searcher/page_view.hpp"
#include "searcher/search_result.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <string>

namespace kainjow::mustache {
template <typename string_type>
class basic_mustache;
}  // namespace kainjow::mustache

namespace unres::searcher {

/**
 * The page templates of one directory (web/ in the source tree, share/unres/web installed):
 * results, show, error and opensearch (`<name>.mustache`) plus the partials they include
 * (header, footer). Templates only ever use `{{name}}`, which HTML-escapes; the view models below
 * hold plain text and URLs built with url_encode(), never markup.
 */
class HtmlTemplates {
  public:
    /// Reads every template of @p directory. Throws Error naming the template that is missing (the
    /// CGI maps that to a 500 page without the message); one that does not parse throws when rendered.
    explicit HtmlTemplates(const std::string& directory);
    ~HtmlTemplates();
    HtmlTemplates(HtmlTemplates&&) noexcept;
    HtmlTemplates(const HtmlTemplates&) = delete;
    auto operator=(const HtmlTemplates&) -> HtmlTemplates& = delete;
    auto operator=(HtmlTemplates&&) -> HtmlTemplates& = delete;

    /// Renders template @p name ("results", "show", "error", "opensearch") with @p view.
    /// Throws Error when rendering fails.
    [[nodiscard]] auto render(const std::string& name, const nlohmann::json& view) const -> std::string;

  private:
    std::map<std::string, std::string> m_texts;  ///< partials are passed to the library as text
    /// Parsed when first rendered; rendering does not change a parsed template.
    mutable std::map<std::string, std::unique_ptr<kainjow::mustache::basic_mustache<std::string>>> m_parsed;
};

/// The view model of a search page: query, hits, facets with toggle links, chart, pagination, sort.
[[nodiscard]] auto results_view(const PageSettings& settings, const CgiRequest& request,
                                const SearchResult& result) -> nlohmann::json;
/// The view model of the start page (no query yet): search box and examples.
[[nodiscard]] auto home_view(const PageSettings& settings, const CgiRequest& request) -> nlohmann::json;
/// The start page saying what the index holds.
[[nodiscard]] auto home_view(const PageSettings& settings, const CgiRequest& request,
                             const IndexOverview& overview) -> nlohmann::json;
/// The view model of a resolution: metadata, preamble, operative part, annex, footnotes, citations.
[[nodiscard]] auto show_view(const PageSettings& settings, const CgiRequest& request, const ShowResult& show)
    -> nlohmann::json;
/// The view model of an error page; @p message is shown as it is (escaped), so keep paths out of it.
[[nodiscard]] auto error_view(const PageSettings& settings, const CgiRequest& request, int status,
                              const std::string& title, const std::string& message) -> nlohmann::json;
/// The view model of the OpenSearch description (uses settings.self_url).
[[nodiscard]] auto opensearch_view(const PageSettings& settings) -> nlohmann::json;

}  // namespace unres::searcher
