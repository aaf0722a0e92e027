/// @file
/// @brief Language attributes, switchers and links (see language_links.hpp).
#include "searcher/language_links.hpp"

#include "analyzers/text/language_detector.hpp"
#include "searcher/escape.hpp"

#include <map>

namespace unres::searcher {

auto language_name(const std::string& code) -> std::string {
    static const std::map<std::string, std::string> names = {
        {"ar", "العربية"},  {"zh", "中文"},    {"en", "English"},
        {"fr", "Français"}, {"ru", "Русский"}, {"es", "Español"},
    };
    const auto it = names.find(code);
    return it == names.end() ? code : it->second;
}

auto english_language_name(const std::string& code) -> std::string {
    static const std::map<std::string, std::string> names = {
        {"ar", "Arabic"}, {"zh", "Chinese"}, {"en", "English"},
        {"fr", "French"}, {"ru", "Russian"}, {"es", "Spanish"},
    };
    const auto it = names.find(code);
    return it == names.end() ? code : it->second;
}

auto opening_line(const std::string& code) -> std::string {
    static const std::map<std::string, std::string> lines = {
        {"ar", "إن الجمعية العامة،"},     {"zh", "大会，"},
        {"en", "The General Assembly,"},  {"fr", "L’Assemblée générale,"},
        {"ru", "Генеральная Ассамблея,"}, {"es", "La Asamblea General,"},
    };
    const auto it = lines.find(code);
    return it == lines.end() ? lines.at("en") : it->second;
}

auto content_attributes(const std::string& code) -> nlohmann::json {
    return {{"lang", code}, {"dir", analyzers::is_right_to_left(code) ? "rtl" : "ltr"}};
}

auto language_show_url(const CgiRequest& request, const std::string& symbol, const std::string& paragraph,
                       const std::string& language) -> std::string {
    UrlParams params{{"show", paragraph.empty() ? symbol : symbol + "#" + paragraph}};
    CgiRequest state = request;
    state.search.language = language;
    for (auto& param : url_params(state)) params.push_back(std::move(param));
    std::string url = query_string(params);
    if (!paragraph.empty()) url += "#" + url_encode(paragraph);
    return url;
}

auto language_links(const CgiRequest& request, const std::string& symbol, const std::string& paragraph,
                    const std::vector<std::string>& languages, const std::string& current, bool skip_current)
    -> nlohmann::json {
    nlohmann::json links = nlohmann::json::array();
    for (const auto& code : languages) {
        if (skip_current && code == current) continue;
        nlohmann::json link = content_attributes(code);
        link["code"] = code;
        link["name"] = language_name(code);
        link["url"] = language_show_url(request, symbol, paragraph, code);
        link["current"] = code == current;
        links.push_back(std::move(link));
    }
    return links;
}

auto language_options(const std::string& selected) -> nlohmann::json {
    nlohmann::json options = nlohmann::json::array();
    options.push_back({{"code", ""}, {"name", "Query language: detect"}, {"selected", selected.empty()}});
    for (const auto& code : analyzers::official_languages()) {
        options.push_back({{"code", code}, {"name", language_name(code)}, {"selected", code == selected}});
    }
    return options;
}

auto show_language(const std::string& requested) -> std::string {
    return analyzers::is_official_language(requested) ? requested : "en";
}

}  // namespace unres::searcher
