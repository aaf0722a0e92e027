/// @file
/// @brief Loading and longest-match lookup of the clause lexicon.
#include "analyzers/parser/clause_lexicon.hpp"

#include "analyzers/embedded_data.hpp"
#include "analyzers/text/ascii.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace unres::analyzers {
namespace {

auto lower_ascii(char c) -> char { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

auto is_word_char(char c) -> bool {
    const auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) != 0 || c == '-' || u >= 0x80;
}

/// Ends in a CJK Unified Ideograph (U+4E00..U+9FFF: UTF-8 lead byte E4..E9).
auto ends_with_han(std::string_view s) -> bool {
    if (s.size() < 3) return false;
    const auto lead = static_cast<unsigned char>(s[s.size() - 3]);
    return lead >= 0xE4 && lead <= 0xE9;
}

}  // namespace

ClauseLexicon::ClauseLexicon(std::string_view data) {
    ClauseKind kind = ClauseKind::Unknown;
    while (!data.empty()) {
        const auto eol = data.find('\n');
        const auto line = trim(data.substr(0, eol));
        data.remove_prefix(eol == std::string_view::npos ? data.size() : eol + 1);
        if (line.empty() || line.front() == '#') continue;
        if (line.front() == '[') {
            kind = line == "[preambular]"  ? ClauseKind::Preambular
                   : line == "[operative]" ? ClauseKind::Operative
                                           : ClauseKind::Unknown;
            continue;
        }
        const auto eq = line.find(" = ");
        const auto phrase = eq == std::string_view::npos ? line : trim(line.substr(0, eq));
        const auto key = eq == std::string_view::npos ? std::string_view() : trim(line.substr(eq + 3));
        m_entries.push_back({std::string(phrase), kind, std::string(key)});
    }
    // Longest phrases first, so the first hit in match() is the longest.
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry& a, const Entry& b) { return a.phrase.size() > b.phrase.size(); });
    m_by_first_byte.resize(256);
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].phrase.empty()) continue;
        m_by_first_byte[static_cast<unsigned char>(lower_ascii(m_entries[i].phrase[0]))].push_back(i);
    }
}

auto ClauseLexicon::english() -> const ClauseLexicon& {
    static const ClauseLexicon lexicon(embedded_data("clauses.en.txt"));
    return lexicon;
}

auto ClauseLexicon::for_language(const std::string& language) -> const ClauseLexicon& {
    static const std::map<std::string, ClauseLexicon> lexicons = [] {
        std::map<std::string, ClauseLexicon> out;
        for (const char* code : {"fr", "es", "ru", "ar", "zh"}) {
            out.emplace(code, ClauseLexicon(embedded_data(std::string("clauses.") + code + ".txt")));
        }
        return out;
    }();
    const auto it = lexicons.find(language);
    return it == lexicons.end() ? english() : it->second;
}

auto ClauseLexicon::match(std::string_view text, ClauseKind prefer) const -> ClauseMatch {
    if (text.empty()) return {};
    const auto& candidates = m_by_first_byte[static_cast<unsigned char>(lower_ascii(text[0]))];
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        const auto& entry = m_entries[candidates[c]];
        const auto& p = entry.phrase;
        if (p.size() > text.size()) continue;
        if (text.compare(1, p.size() - 1, p, 1, p.size() - 1) != 0) continue;
        if (p.size() < text.size() && is_word_char(text[p.size()]) && !ends_with_han(p)) continue;
        // The same phrase listed for both kinds ("鼓励"): the entry of the preferred kind.
        for (std::size_t d = c; prefer != ClauseKind::Unknown && d < candidates.size(); ++d) {
            const auto& other = m_entries[candidates[d]];
            if (other.phrase != p) break;
            if (other.kind == prefer) return {std::string(text.substr(0, p.size())), other.kind, other.key};
        }
        return {std::string(text.substr(0, p.size())), entry.kind, entry.key};
    }
    return {};
}

auto first_word(std::string_view text) -> std::string {
    std::size_t n = 0;
    while (n < text.size() && text[n] != ' ') ++n;
    auto word = text.substr(0, n);
    while (!word.empty() && std::string_view(",;:.").find(word.back()) != std::string_view::npos) {
        word.remove_suffix(1);
    }
    return std::string(word);
}

}  // namespace unres::analyzers
