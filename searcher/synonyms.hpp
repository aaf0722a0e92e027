/// @file
/// @brief Query-time synonyms from a data file: groups of equivalent phrases ("APM" = "anti-personnel mine").
#pragma once

#include "analyzers/text/analyzer.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace unres::searcher {

/**
 * Groups of equivalent phrases, each phrase stored as its analysed exact forms.
 * File format: one group per line, phrases separated by '|'; '#' starts a comment.
 * The phrases are analysed on the first match() that could succeed: a query word found nowhere in
 * an all-ASCII file (lower-cased) cannot start a phrase, so most queries never analyse the file
 * (every CGI request would otherwise pay for it).
 */
class Synonyms {
  public:
    /// Reads @p text (the data file's contents, which must outlive this object) with @p analyzer
    /// (likewise).
    Synonyms(std::string_view text, const analyzers::Analyzer& analyzer);

    /// A match of a phrase of some group at the start of a token sequence.
    struct Match {
        std::size_t length = 0;  ///< tokens consumed
        std::size_t group = 0;
    };
    /// The longest phrase matching forms[from…]; length 0 if none.
    [[nodiscard]] auto match(const std::vector<std::string>& forms, std::size_t from) const -> Match;
    /// The phrases of a group, as exact forms.
    [[nodiscard]] auto group(std::size_t index) const -> const std::vector<std::vector<std::string>>&;

  private:
    /// Analyses the phrases of m_text into m_groups, once.
    void load() const;

    std::string_view m_text;
    const analyzers::Analyzer* m_analyzer;
    std::string m_lower;  ///< m_text lower-cased, to rule out words no phrase holds
    bool m_ascii = true;  ///< m_text is ASCII, so every analysed form is a part of m_lower
    mutable bool m_loaded = false;
    mutable std::vector<std::vector<std::vector<std::string>>> m_groups;
};

}  // namespace unres::searcher
