/// @file
/// @brief The view every page shares (see page_view.hpp).
#include "searcher/page_view.hpp"

#include "searcher/language_links.hpp"

namespace unres::searcher {

using nlohmann::json;

auto page_view(const PageSettings& settings, const CgiRequest& request, const std::string& title) -> json {
    json view;
    view["title"] = title;
    view["static"] = settings.static_url;
    view["query"] = request.search.query;
    view["home_url"] = "?";
    json hidden = json::array();
    for (const auto& [name, value] : url_params(request)) {
        if (name != "q" && name != "offset" && name != "lang")
            hidden.push_back({{"name", name}, {"value", value}});
    }
    view["hidden"] = hidden;
    view["lang_options"] = language_options(request.search.language);
    return view;
}

}  // namespace unres::searcher
