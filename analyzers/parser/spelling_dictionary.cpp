/// @file
/// @brief Hunspell dictionaries, one set per thread (Hunspell objects are not shared across threads).
#include "analyzers/parser/spelling_dictionary.hpp"

#include <hunspell.hxx>

#include <filesystem>
#include <map>
#include <memory>
#include <unordered_map>

#if defined(__SANITIZE_ADDRESS__)
/// LeakSanitizer's default suppressions in sanitizer builds (defined here, in an object every parsing
/// program links): hunspell's UTF-8 table and fontconfig's caches (poppler asks it for a PDF's fonts)
/// are process-wide allocations those libraries keep until exit; the memory is theirs, not a leak of ours.
extern "C" auto __lsan_default_suppressions() -> const char* {
    return "leak:initialize_utf_tbl\nleak:libhunspell\nleak:libfontconfig.so\n";
}
#endif

namespace unres::analyzers {
namespace {

/// The dictionary file names tried for @p language, best first.
auto dictionary_names(const std::string& language) -> std::vector<std::string> {
    if (language == "en") return {"en_GB", "en_US"};
    if (language == "fr") return {"fr_FR", "fr"};
    if (language == "es") return {"es_ES"};
    if (language == "ru") return {"ru_RU"};
    if (language == "ar") return {"ar"};
    return {};
}

auto open_dictionary(const std::string& language) -> std::unique_ptr<Hunspell> {
    for (const std::string dir : {"/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell"}) {
        for (const auto& name : dictionary_names(language)) {
            const auto aff = dir + "/" + name + ".aff";
            const auto dic = dir + "/" + name + ".dic";
            std::error_code ec;
            if (std::filesystem::exists(aff, ec) && std::filesystem::exists(dic, ec)) {
                return std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
            }
        }
    }
    return nullptr;
}

struct Dictionary {
    std::unique_ptr<Hunspell> hunspell;  // null: none installed
    std::unordered_map<std::string, bool> answers;
};

}  // namespace

auto dictionary_knows(const std::string& language, const std::string& word) -> std::optional<bool> {
    thread_local std::map<std::string, Dictionary> dictionaries;
    auto [it, fresh] = dictionaries.try_emplace(language);
    if (fresh) it->second.hunspell = open_dictionary(language);
    Dictionary& d = it->second;
    if (!d.hunspell) return std::nullopt;
    if (d.answers.size() > 200000) d.answers.clear();  // bounded memory on huge inputs
    auto [answer, unknown] = d.answers.try_emplace(word, false);
    if (unknown) answer->second = d.hunspell->spell(word);
    return answer->second;
}

}  // namespace unres::analyzers
