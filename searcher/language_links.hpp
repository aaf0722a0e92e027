/// @file
/// @brief Page pieces for the six languages: lang/dir attributes, language switchers, links to other
/// versions.
#pragma once

#include "searcher/cgi_request.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace unres::searcher {

/// The language's own name: "العربية", "中文", "English", "Français", "Русский", "Español"; the code
/// otherwise.
[[nodiscard]] auto language_name(const std::string& code) -> std::string;

/// The language's name in English ("Arabic", "French"), for English prose; the code otherwise.
[[nodiscard]] auto english_language_name(const std::string& code) -> std::string;

/// The body's opening line in @p code: "The General Assembly,", "L'Assemblée générale,", …
[[nodiscard]] auto opening_line(const std::string& code) -> std::string;

/// {"lang": code, "dir": "rtl" | "ltr"}: attributes for an element holding text in @p code.
[[nodiscard]] auto content_attributes(const std::string& code) -> nlohmann::json;

/**
 * URL of the resolution view of @p symbol in @p language, at @p paragraph ("" for the whole
 * resolution): the search state of @p request is kept, its lang replaced, and the paragraph is
 * both the target and the anchor, so switching language stays on the same paragraph.
 */
[[nodiscard]] auto language_show_url(const CgiRequest& request, const std::string& symbol,
                                     const std::string& paragraph, const std::string& language)
    -> std::string;

/**
 * One link per language of @p languages: [{code, name, url, current, lang, dir}], "current" true
 * for @p current. With @p skip_current the current language is left out ("in other languages").
 */
[[nodiscard]] auto language_links(const CgiRequest& request, const std::string& symbol,
                                  const std::string& paragraph, const std::vector<std::string>& languages,
                                  const std::string& current, bool skip_current) -> nlohmann::json;

/// The page's language selector: "Any language" ("") then the six languages, @p selected marked.
[[nodiscard]] auto language_options(const std::string& selected) -> nlohmann::json;

/// The language a resolution view is shown in for the page language @p requested ("" / "auto": English).
[[nodiscard]] auto show_language(const std::string& requested) -> std::string;

}  // namespace unres::searcher
