/// @file
/// @brief unres-index's command line: the Boost.Program_options description and what it parses into.
#pragma once

#include <boost/program_options/options_description.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace unres::indexer {

/// What one run of unres-index is asked to do.
struct IndexerOptions {
    std::vector<std::string> paths;  ///< files or directories (searched recursively)
    std::string db;                  ///< database directory ("" with --parse)
    bool parse = false;              ///< print the parse as JSON lines, index nothing
    bool lexicon_gaps = false;       ///< list printed opening phrases the lexicon misses, index nothing
    bool prune = false;              ///< remove resolutions whose source files are gone
    bool follow_links = false;       ///< follow symbolic links to directories outside the paths given
    bool quiet = false;              ///< errors only
    bool stats = false;              ///< summary as JSON on stdout
    bool help = false;
    std::string language;           ///< force the language of every document ("" = from file or text)
    std::size_t batch_size = 2000;  ///< paragraphs per commit
    unsigned threads = 0;           ///< analysis threads (0 = cores)
    std::size_t shards = 0;         ///< --shards N: write N shards (0 = keep the layout --db has)
    std::string shard_by;           ///< --shard-by symbol|session ("" = keep, or symbol when new)
};

/// The option descriptions (used for parsing and --help).
[[nodiscard]] auto indexer_options_description() -> boost::program_options::options_description;

/// Parses argv. Throws UsageError with a one-line message naming the bad option or value.
[[nodiscard]] auto parse_indexer_options(int argc, const char* const argv[]) -> IndexerOptions;

/// The --help text: usage line, description, options.
[[nodiscard]] auto indexer_help() -> std::string;

}  // namespace unres::indexer
