/// @file
/// @brief What a search answers: paragraph hits with snippets, exact facet counts, a resolution shown
/// whole, and what the index holds.
#pragma once

#include "analyzers/parser/resolution.hpp"
#include "searcher/lineage.hpp"

#include <xapian.h>

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace unres::searcher {

/// One piece of a snippet; matched pieces are the query's words as they stand in the text.
struct Fragment {
    std::string text;
    bool matched = false;
};

/// One paragraph hit, with everything a front-end shows.
struct Hit {
    std::string id;         ///< "A/RES/78/45#op7"
    std::string symbol;     ///< "A/RES/78/45"
    std::string paragraph;  ///< "op7"
    int session = 0;
    std::string kind;
    int number = 0;
    std::string clause;
    std::string verb;
    std::string adopted;
    std::string title;
    double score = 0;
    std::size_t rank = 0;  ///< 1-based over the whole result list
    std::vector<Fragment> snippet;
    std::string text;                  ///< the paragraph's whole clean text
    std::size_t collapsed_others = 0;  ///< with collapse: other matching paragraphs of this resolution
    std::string predecessor;           ///< lineage: "A/RES/76/26#pp12" or ""
    double similarity = 0;
    std::string change;                  ///< "unchanged" | "edited" | "new" | ""
    std::string language = "en";         ///< language of the paragraph
    std::vector<std::string> languages;  ///< languages its resolution is indexed in, UN order
    /// When the query's words are in a footnote the paragraph calls, not in its text: the footnote's mark
    /// ("3") and its text with the matches marked (ranked below paragraphs that have the words themselves).
    std::string footnote_mark;
    std::vector<Fragment> footnote_snippet;
};

struct FacetValue {
    std::string value;
    Xapian::doccount count = 0;
};

struct SearchResult {
    std::string query;
    std::string parsed;          ///< Xapian's description of the parsed query (for golden tests)
    Xapian::doccount total = 0;  ///< exact number of matching paragraphs (or resolutions with collapse)
    std::size_t offset = 0;
    std::size_t limit = 0;
    bool collapsed = false;  ///< one hit per resolution: total counts resolutions
    std::vector<Hit> hits;
    std::map<std::string, std::vector<FacetValue>> facets;  ///< facet_names() order is for display
    std::string did_you_mean;                               ///< a corrected query, or ""
    bool partial = false;                  ///< a time limit or unreachable shard cut the match short
    std::vector<std::string> unavailable;  ///< shards left out because they did not answer (--allow-partial)
};

/// A resolution (and optionally one paragraph of it) as --show prints it.
struct ShowResult {
    analyzers::Resolution resolution;
    std::string paragraph;                            ///< "op7" when one paragraph was asked for, else ""
    std::map<std::string, ParagraphLineage> lineage;  ///< by paragraph id, for paragraphs that have one
    std::vector<Citation> cited_by;                   ///< indexed resolutions citing this one
    std::vector<std::string> languages;               ///< languages indexed for this symbol, UN order
    std::string language_not_indexed;     ///< the language asked for when the resolution is not indexed in it
                                          ///< (it is shown in English, or its first language); "" otherwise
    std::set<std::string> cites_indexed;  ///< the cited symbols the index holds (any language)
    std::set<std::string>
        matched_words;  ///< words of the text the query matches, lower-cased ("mines", "mine")
};

/// What the index holds, for the start page.
struct IndexOverview {
    std::size_t resolutions = 0;
    std::size_t paragraphs = 0;
    int first_session = 0;
    int last_session = 0;
    std::vector<std::string> languages;  ///< UN order
    std::string newest_year;             ///< year of the newest adopted resolution ("" if none)
};

}  // namespace unres::searcher
