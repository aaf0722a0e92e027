/// @file
/// @brief Each filter field's canonical value, computed once for the indexer and the query builder alike.
#pragma once

#include <string>
#include <string_view>

namespace unres::analyzers {
class Analyzer;
}

namespace unres::schema {

/// A clause key: Unicode lower case, runs of spaces and tabs as one space, trimmed
/// ("Strongly  Condemns" -> "strongly condemns", "Настоятельно призывает" -> "настоятельно призывает").
[[nodiscard]] auto clause_key(std::string_view clause) -> std::string;

/// A verb as the verb filter holds it: normalised by @p analyzer as words are (case and accents folded:
/// "Décide", "décide" and the Spanish "decide" are one value).
[[nodiscard]] auto verb_value(const analyzers::Analyzer& analyzer, std::string_view verb) -> std::string;

/// An English verb key (verbkey:): ASCII lower case.
[[nodiscard]] auto verb_key_value(std::string_view key) -> std::string;

/// A language (lang:): its code in lower case, from the code ("EN") or the language's name in English or
/// in itself ("French", "español", "中文"); anything else lower-cased, for the caller to refuse.
[[nodiscard]] auto language_value(std::string_view code) -> std::string;
/// An agenda item (agenda:): ASCII lower case, single spaces ("99  (M)" -> "99 (m)").
[[nodiscard]] auto agenda_value(std::string_view item) -> std::string;

}  // namespace unres::schema
