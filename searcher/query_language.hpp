/// @file
/// @brief The language a query is analysed in: asked for, or guessed from the query's script.
#pragma once

#include <string>

namespace unres::searcher {

/**
 * Checks a requested query language: one of the six codes (ar, en, es, fr, ru, zh), "auto", or ""
 * (unset). Returns it unchanged; throws UsageError "<option>: 'xx' is not one of ar, en, es, fr,
 * ru, zh, auto" for anything else. @p option names the option or parameter in the message.
 */
auto checked_language(const std::string& option, const std::string& requested) -> std::string;

/**
 * The language to analyse @p query in: @p requested when it is a code; detected from the query
 * (script and common words) for "auto"; for "" English, unless the query is written in Arabic, Han
 * or Cyrillic letters (then that language), so English queries behave exactly as before.
 */
[[nodiscard]] auto query_language(const std::string& requested, const std::string& query) -> std::string;

}  // namespace unres::searcher
