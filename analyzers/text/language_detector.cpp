/// @file
/// @brief Language from file names and from script and function-word counts (see language_detector.hpp).
#include "analyzers/text/language_detector.hpp"

#include "analyzers/text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace unres::analyzers {
namespace {

/// Function words frequent in one Latin-script language and rare in the other two.
auto latin_score(const std::string& word) -> std::array<int, 3> {  // en, fr, es
    if (word.size() > 4) return {0, 0, 0};                         // longer than every word below
    static const std::set<std::string> en = {"the",  "of",  "and", "to", "that",
                                             "with", "for", "its", "on", "by"};
    static const std::set<std::string> fr = {"le",  "les", "des",  "et",  "du",
                                             "aux", "une", "dans", "sur", "au"};
    static const std::set<std::string> es = {"el",  "los", "las", "y",    "del",
                                             "con", "una", "por", "para", "su"};
    return {static_cast<int>(en.count(word)), static_cast<int>(fr.count(word)),
            static_cast<int>(es.count(word))};
}

}  // namespace

auto official_languages() -> const std::vector<std::string>& {
    static const std::vector<std::string> codes = {"ar", "zh", "en", "fr", "ru", "es"};
    return codes;
}

auto is_official_language(std::string_view code) -> bool {
    const auto& codes = official_languages();
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

auto is_right_to_left(std::string_view code) -> bool { return code == "ar"; }

auto language_from_file_name(std::string_view path) -> std::string {
    const auto slash = path.find_last_of("/\\");
    auto name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const auto dot = name.find_last_of('.');
    if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
    if (name.size() < 2) return "";
    const auto code = name.substr(name.size() - 2);
    if (!is_official_language(code)) return "";
    if (name.size() == 2) return std::string(code);
    const char sep = name[name.size() - 3];
    return sep == '-' || sep == '_' || sep == '.' ? std::string(code) : "";
}

auto detect_language(std::string_view text) -> std::string {
    text = text.substr(0, 65536);
    std::size_t arabic = 0;
    std::size_t han = 0;
    std::size_t cyrillic = 0;
    std::size_t latin = 0;
    std::array<int, 3> words = {0, 0, 0};
    std::string word;
    const auto end_word = [&] {
        if (word.empty()) return;
        const auto s = latin_score(word);
        for (std::size_t k = 0; k < words.size(); ++k) words[k] += s[k];
        word.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = decode_utf8(text, i);
        if (cp < 0x80 && std::isalpha(static_cast<int>(cp)) != 0) {
            ++latin;
            word.push_back(static_cast<char>(std::tolower(static_cast<int>(cp))));
            continue;
        }
        end_word();
        if (cp >= 0x0600 && cp <= 0x06FF)
            ++arabic;
        else if (cp >= 0x4E00 && cp <= 0x9FFF)
            ++han;
        else if (cp >= 0x0400 && cp <= 0x04FF)
            ++cyrillic;
        else if (cp >= 0xC0 && cp <= 0x24F)
            ++latin;
    }
    end_word();
    // Han characters carry a word's worth of meaning each; letters of other scripts about a fifth.
    const std::size_t best = std::max({arabic, han * 3, cyrillic, latin});
    if (best == 0) return "en";
    if (best == arabic) return "ar";
    if (best == han * 3) return "zh";
    if (best == cyrillic) return "ru";
    if (words[1] > words[0] && words[1] >= words[2]) return "fr";
    if (words[2] > words[0] && words[2] > words[1]) return "es";
    return "en";
}

auto document_language(std::string_view path, std::string_view text) -> std::string {
    auto language = language_from_file_name(path);
    return language.empty() ? detect_language(text) : language;
}

}  // namespace unres::analyzers
