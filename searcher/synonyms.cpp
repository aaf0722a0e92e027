/// @file
/// @brief Loads synonym groups and finds them in analysed query text.
#include "searcher/synonyms.hpp"

#include <algorithm>

namespace unres::searcher {

Synonyms::Synonyms(std::string_view text, const analyzers::Analyzer& analyzer) {
    // Split on views, not streams: every CGI request loads this file.
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
            for (const auto& token : analyzer.analyze(next_piece(line, '|'), no_stems))
                forms.push_back(token.form);
            if (!forms.empty()) group.push_back(std::move(forms));
        }
        if (group.size() > 1) m_groups.push_back(std::move(group));
    }
}

auto Synonyms::match(const std::vector<std::string>& forms, std::size_t from) const -> Match {
    Match best;
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
    return m_groups.at(index);
}

}  // namespace unres::searcher
