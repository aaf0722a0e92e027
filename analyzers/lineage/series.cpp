/// @file
/// @brief Series keys from titles, with overrides from analyzers/data/series.txt.
#include "analyzers/lineage/series.hpp"

#include "analyzers/text/fnv_hash.hpp"

#include "analyzers/embedded_data.hpp"
#include "analyzers/parser/symbol.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <sstream>
#include <vector>

namespace unres::analyzers {

namespace {

constexpr std::size_t max_title_key_bytes = 160;

/// A year (1900–2099) or an ordinal number ("80th"): it changes with the session.
auto is_number_of_the_session(std::string_view word) -> bool {
    std::size_t digits = 0;
    while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
    if (digits == 4 && digits == word.size()) return word.rfind("19", 0) == 0 || word.rfind("20", 0) == 0;
    const auto suffix = word.substr(digits);
    return digits > 0 && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th");
}

/// An English ordinal word ("ninth", "eightieth") or the tens before one ("seventy" in "seventy-ninth").
auto is_ordinal_word(std::string_view word, std::string_view next) -> bool {
    static const std::array<std::string_view, 28> ordinals = {
        "first",     "second",    "third",       "fourth",     "fifth",      "sixth",      "seventh",
        "eighth",    "ninth",     "tenth",       "eleventh",   "twelfth",    "thirteenth", "fourteenth",
        "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",  "thirtieth",
        "fortieth",  "fiftieth",  "sixtieth",    "seventieth", "eightieth",  "ninetieth",  "hundredth"};
    static const std::array<std::string_view, 8> tens = {"twenty", "thirty",  "forty",  "fifty",
                                                         "sixty",  "seventy", "eighty", "ninety"};
    const auto is_ordinal = [&](std::string_view w) {
        return std::find(ordinals.begin(), ordinals.end(), w) != ordinals.end();
    };
    if (is_ordinal(word)) return true;
    return std::find(tens.begin(), tens.end(), word) != tens.end() && is_ordinal(next);
}

/// @p key ("words-joined-by-dashes") without the words that change with the session.
auto without_session_numbers(const std::string& key) -> std::string {
    std::vector<std::string_view> words;
    for (std::size_t start = 0; start <= key.size();) {
        auto end = key.find('-', start);
        if (end == std::string::npos) end = key.size();
        if (end > start) words.emplace_back(std::string_view(key).substr(start, end - start));
        start = end + 1;
    }
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto next = i + 1 < words.size() ? words[i + 1] : std::string_view();
        if (is_number_of_the_session(words[i]) || is_ordinal_word(words[i], next)) continue;
        if (!out.empty()) out.push_back('-');
        out += words[i];
    }
    return out.empty() ? key : out;
}

}  // namespace

auto title_series_key(std::string_view title) -> std::string {
    std::string key;
    bool dash = false;
    for (std::size_t i = 0; i < title.size(); ++i) {
        const char c = title[i];
        const auto byte = static_cast<unsigned char>(c);
        // Dashes U+2010–U+2015 part words like ASCII punctuation ("2026–2027").
        if (byte == 0xE2 && i + 2 < title.size() && static_cast<unsigned char>(title[i + 1]) == 0x80 &&
            static_cast<unsigned char>(title[i + 2]) >= 0x90 &&
            static_cast<unsigned char>(title[i + 2]) <= 0x95) {
            dash = true;
            i += 2;
            continue;
        }
        const bool alnum =
            (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z');
        if (alnum || byte >= 0x80) {
            if (dash && !key.empty()) key.push_back('-');
            dash = false;
            key.push_back(byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte - 'A' + 'a') : c);
        } else {
            dash = true;
        }
    }
    key = without_session_numbers(key);
    if (key.size() <= max_title_key_bytes) return key;
    std::size_t cut = max_title_key_bytes;
    while (cut > 0 && (static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80) --cut;
    char hash[16];
    std::snprintf(hash, sizeof hash, "~%08x", static_cast<unsigned>(fnv1a_32(key)));
    return key.substr(0, cut) + hash;
}

auto SeriesRules::from_text(std::string_view text) -> SeriesRules {
    SeriesRules rules;
    std::istringstream lines{std::string(text)};
    std::string line;
    while (std::getline(lines, line)) {
        if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
        std::istringstream words(line);
        std::string symbol;
        std::string key;
        std::string extra;
        if (!(words >> symbol >> key) || (words >> extra)) continue;
        if (auto canonical = normalise_symbol(symbol)) rules.m_overrides[*canonical] = key;
    }
    return rules;
}

auto SeriesRules::embedded() -> const SeriesRules& {
    static const SeriesRules rules = from_text(embedded_data("series.txt"));
    return rules;
}

auto SeriesRules::key(const Resolution& resolution) const -> std::string {
    if (resolution.symbol.empty()) return {};
    if (auto found = m_overrides.find(resolution.symbol); found != m_overrides.end()) {
        return resolution.language + ":=" + found->second;
    }
    const std::string title = title_series_key(resolution.title);
    if (title.empty()) return {};
    return resolution.language + ":" + title;
}

}  // namespace unres::analyzers
