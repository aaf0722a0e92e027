/// @file
/// @brief Agreed language at query time: a paragraph's line of descent, the diff of two resolutions,
/// citations.
#pragma once

#include "analyzers/lineage/word_diff.hpp"
#include "analyzers/parser/resolution.hpp"

#include <xapian.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace unres::searcher {

/// What the indexer's lineage pass stored on one paragraph (indexer/lineage_pass.hpp).
struct ParagraphLineage {
    std::string predecessor;  ///< "A/RES/76/26#pp12", "" for a new paragraph
    double similarity = 0;
    std::string change;  ///< "unchanged" | "edited" | "new"
    bool moved = false;
};

/// An indexed resolution citing another, with the paragraphs that do.
struct Citation {
    std::string symbol;  ///< "A/RES/79/34"
    int session = 0;
    std::vector<std::string> paragraphs;  ///< "pp1", in document order
};

/// One version of a paragraph in its line of descent.
struct ParagraphVersion {
    std::string id;  ///< "A/RES/78/45#pp12"
    std::string symbol;
    std::string paragraph;  ///< "pp12"
    int session = 0;
    std::string adopted;
    std::string text;
    ParagraphLineage lineage;              ///< relative to the version after it in the list
    std::vector<analyzers::DiffRun> diff;  ///< from the predecessor's text to this one; empty if none
};

/// A paragraph's versions, newest first: the one asked for, its predecessor, and so on.
struct History {
    std::string id;
    std::vector<ParagraphVersion> versions;
};

/// One line of a resolution diff.
struct DiffLine {
    std::string status;  ///< "unchanged" | "edited" | "new" | "dropped" | "moved"
    std::string before;  ///< paragraph id in the older resolution ("pp12"), "" for new
    std::string after;   ///< paragraph id in the newer resolution, "" for dropped
    double similarity = 0;
    bool edited = false;                   ///< a moved paragraph whose words changed too
    std::string text;                      ///< the newer text (the older one for dropped)
    std::vector<analyzers::DiffRun> diff;  ///< for edited and moved-and-edited paragraphs
};

/// What changed between two resolutions, in the newer one's order (dropped ones where they stood).
struct ResolutionDiff {
    std::string before;  ///< "A/RES/78/45"
    std::string after;
    std::vector<DiffLine> lines;
    /// "unchanged" | "edited" | "new" | "dropped" -> paragraphs (they add up to the lines); "moved" -> the
    /// moved paragraphs among the unchanged and edited ones
    std::map<std::string, std::size_t> counts;
};

/// The lineage of every paragraph of @p resolution that has one, by paragraph id.
[[nodiscard]] auto read_lineage(const Xapian::Database& db, const analyzers::Resolution& resolution)
    -> std::map<std::string, ParagraphLineage>;

/// The indexed resolutions that cite @p symbol (itself excluded), oldest session first.
[[nodiscard]] auto read_cited_by(const Xapian::Database& db, const std::string& symbol)
    -> std::vector<Citation>;

/**
 * The line of descent of paragraph @p id ("A/RES/79/34#pp12", also "79/34#pp12"), newest first,
 * each version with the word diff from its predecessor. std::nullopt if the paragraph is not
 * indexed. Throws UsageError (naming @p option) when @p id is not a paragraph id.
 */
[[nodiscard]] auto paragraph_history(const Xapian::Database& db, const std::string& id,
                                     const std::string& option) -> std::optional<History>;

/**
 * Aligns the paragraphs of two indexed resolutions (any two, not only neighbours in a series)
 * with analyzers::align_paragraphs(). std::nullopt if either is not indexed. Throws UsageError
 * (naming @p option) when either is not a UN symbol.
 */
[[nodiscard]] auto resolution_diff(const Xapian::Database& db, const std::string& before,
                                   const std::string& after, const std::string& option)
    -> std::optional<ResolutionDiff>;

}  // namespace unres::searcher
