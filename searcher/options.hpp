/// @file
/// @brief unres-search's command line: the Boost.Program_options description and SearchOptions.
#pragma once

#include "searcher/database_set.hpp"
#include "searcher/search_request.hpp"

#include <string>
#include <vector>

namespace unres::searcher {

enum class OutputFormat { Text, Json, Jsonl, Tsv };

/// What one run of unres-search is asked to do.
struct SearchOptions {
    std::vector<std::string> databases;
    DatabaseOptions database;  ///< remote timeout, --allow-partial
    SearchRequest request;     ///< query, filters, limit, offset, sort, collapse, language
    OutputFormat format = OutputFormat::Text;
    std::string show;               ///< --show ID
    std::string history;            ///< --history PARAGRAPH_ID
    std::vector<std::string> diff;  ///< --diff OLDER NEWER (two resolution symbols)
    std::string batch;              ///< --batch FILE ("-" = stdin)
    std::string like;               ///< --like FILE ("-" = stdin): a draft whose precedents are wanted
    bool all_wordings = false;      ///< --all-wordings: list every adoption of each precedent's wording
    unsigned threads = 1;           ///< --threads: --batch queries answered at once
    bool help = false;
    bool color = true;  ///< colours when stdout is a terminal (--no-color turns them off)
};

/// Parses argv. Throws UsageError with a one-line message naming the bad option or value.
[[nodiscard]] auto parse_search_options(int argc, const char* const argv[]) -> SearchOptions;

/// The --help text, including the query syntax.
[[nodiscard]] auto search_help() -> std::string;

}  // namespace unres::searcher
