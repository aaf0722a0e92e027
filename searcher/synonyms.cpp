/// @file
/// @brief Loads synonym groups and finds them in analysed query text.
#include "searcher/synonyms.hpp"

#include <algorithm>

namespace unres::searcher {

Synonyms::Synonyms(std::string_view text, const analyzers::Analyzer& analyzer)
    : m_text(text), m_analyzer(&analyzer) {
    m_lower.reserve(text.size());
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) m_ascii = false;
        m_lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
}

void Synonyms::load() const {
    if (m_loaded) return;
    m_loaded = true;
    std::string_view text = m_text;
    const auto next_piece = [](std::string_view& rest, char separator) {
        const std::size_t end = std::min(rest.find(separator), rest.size());
        const std::string_view piece = rest.substr(0, end);
        rest.remove_prefix(std::min(end + 1, rest.size()));
        return piece;
    };
    const auto no_stems = [](std::string_view) { return false; };  // only exact forms are matched
    while (!text.empty()) {
        std::string_view line = next_piece(text, '\n');
        line = line.substr(0, std::min(line.find('#'), line.size()));
        std::vector<std::vector<std::string>> group;
        while (!line.empty()) {
            std::vector<std::string> forms;
            for (const auto& token : m_analyzer->analyze(next_piece(line, '|'), no_stems))
                forms.push_back(token.form);
            if (!forms.empty()) group.push_back(std::move(forms));
        }
        if (group.size() > 1) m_groups.push_back(std::move(group));
    }
}

auto Synonyms::match(const std::vector<std::string>& forms, std::size_t from) const -> Match {
    Match best;
    if (from >= forms.size()) return best;
    if (!m_loaded && m_ascii && m_lower.find(forms[from]) == std::string::npos) return best;
    load();
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        for (const auto& phrase : m_groups[g]) {
            if (phrase.size() <= best.length || from + phrase.size() > forms.size()) continue;
            bool same = true;
            for (std::size_t i = 0; i < phrase.size() && same; ++i) same = forms[from + i] == phrase[i];
            if (same) best = {phrase.size(), g};
        }
    }
    return best;
}

auto Synonyms::group(std::size_t index) const -> const std::vector<std::vector<std::string>>& {
    load();
    return m_groups.at(index);
}

}  // namespace unres::searcher
