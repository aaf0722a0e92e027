/// @file
/// @brief Query-time synonyms from a data file: groups of equivalent phrases ("APM" = "anti-personnel mine").
#pragma once

#include "analyzers/analyzer.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace unres::searcher {

/**
 * Groups of equivalent phrases, each phrase stored as its analysed exact forms.
 * File format: one group per line, phrases separated by '|'; '#' starts a comment.
 */
class Synonyms {
  public:
    /// Parses @p text (the data file's contents) with @p analyzer.
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
    std::vector<std::vector<std::vector<std::string>>> m_groups;
};

}  // namespace unres::searcher
