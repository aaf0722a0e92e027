/// @file
/// @brief Query language selection (see query_language.hpp).
#include "searcher/query_language.hpp"

#include "analyzers/error.hpp"
#include "analyzers/text/language_detector.hpp"

namespace unres::searcher {

auto checked_language(const std::string& option, const std::string& requested) -> std::string {
    if (requested.empty() || requested == "auto" || analyzers::is_official_language(requested))
        return requested;
    throw UsageError(option + ": '" + requested + "' is not one of ar, en, es, fr, ru, zh, auto");
}

auto query_language(const std::string& requested, const std::string& query) -> std::string {
    if (analyzers::is_official_language(requested)) return requested;
    const std::string detected = analyzers::detect_language(query);
    if (requested == "auto") return detected;
    return detected == "ar" || detected == "zh" || detected == "ru" ? detected : "en";
}

}  // namespace unres::searcher
