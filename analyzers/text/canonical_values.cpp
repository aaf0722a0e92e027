/// @file
/// @brief Canonical filter values (see canonical_values.hpp).
#include "analyzers/text/canonical_values.hpp"

#include "analyzers/text/analyzer.hpp"
#include "analyzers/text/ascii.hpp"
#include "analyzers/text/letters.hpp"

#include <utility>

namespace unres::schema {

auto clause_key(std::string_view clause) -> std::string {
    return analyzers::collapse_spaces(analyzers::unicode_lower(clause));
}

auto verb_value(const analyzers::Analyzer& analyzer, std::string_view verb) -> std::string {
    return analyzer.normalise(verb);
}

auto verb_key_value(std::string_view key) -> std::string { return analyzers::ascii_lower(key); }

auto agenda_value(std::string_view item) -> std::string {
    return analyzers::collapse_spaces(analyzers::ascii_lower(item));
}

auto language_value(std::string_view code) -> std::string {
    const std::string value = analyzers::unicode_lower(code);
    // A language typed by name, in English or in itself ("lang:French", "lang:español"), is its code.
    static constexpr std::pair<std::string_view, std::string_view> names[] = {
        {"arabic", "ar"},  {"العربية", "ar"},  {"chinese", "zh"},  {"中文", "zh"},    {"english", "en"},
        {"french", "fr"},  {"francais", "fr"}, {"français", "fr"}, {"russian", "ru"}, {"русский", "ru"},
        {"spanish", "es"}, {"espanol", "es"},  {"español", "es"}};
    for (const auto& [name, language] : names) {
        if (value == name) return std::string(language);
    }
    return value;
}

}  // namespace unres::schema
