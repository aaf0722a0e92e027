/// @file
/// @brief Series keys from titles, with overrides from analyzers/data/series.txt.
#include "analyzers/series.hpp"

#include "analyzers/embedded_data.hpp"
#include "analyzers/symbol.hpp"

#include <cstdint>
#include <cstdio>
#include <sstream>

namespace unres::analyzers {

namespace {

constexpr std::size_t max_title_key_bytes = 160;

auto fnv1a(std::string_view text) -> std::uint32_t {
    std::uint32_t hash = 2166136261u;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 16777619u;
    }
    return hash;
}

}  // namespace

auto title_series_key(std::string_view title) -> std::string {
    std::string key;
    bool dash = false;
    for (char c : title) {
        const auto byte = static_cast<unsigned char>(c);
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
    if (key.size() <= max_title_key_bytes) return key;
    std::size_t cut = max_title_key_bytes;
    while (cut > 0 && (static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80) --cut;
    char hash[16];
    std::snprintf(hash, sizeof hash, "~%08x", static_cast<unsigned>(fnv1a(key)));
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
