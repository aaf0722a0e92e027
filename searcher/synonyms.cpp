/// @file
/// @brief Loads synonym groups and finds them in analysed query text.
#include "searcher/synonyms.hpp"

#include <sstream>

namespace unres::searcher {

Synonyms::Synonyms(std::string_view text, const analyzers::Analyzer& analyzer) {
    std::istringstream in{std::string(text)};
    std::string line;
    while (std::getline(in, line)) {
        if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
        std::vector<std::vector<std::string>> group;
        std::istringstream phrases(line);
        std::string phrase;
        while (std::getline(phrases, phrase, '|')) {
            std::vector<std::string> forms;
            for (const auto& token : analyzer.analyze(phrase)) forms.push_back(token.form);
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
