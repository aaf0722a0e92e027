/// @file
/// @brief The query language -> Xapian::Query, analysed by the same Analyzer the indexer uses.
#pragma once

#include "analyzers/text/analyzer.hpp"
#include "searcher/query_lexer.hpp"
#include "searcher/synonyms.hpp"

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

namespace unres::searcher {

/// A parsed query plus what the snippet highlighter and "did you mean" need.
struct BuiltQuery {
    Xapian::Query query;                   ///< MatchAll for an empty query
    std::vector<std::string> exact_forms;  ///< forms to highlight
    std::vector<std::string> stems;        ///< stems to highlight
    std::vector<std::string> prefixes;     ///< wildcard prefixes to highlight
    std::vector<std::string> words;        ///< plain words as typed (normalised), for spelling checks
    bool has_positive = false;             ///< false when the query only excludes
};

/// A title: token resolved before parsing: the filter on paragraphs of the resolutions so titled, and what
/// building the title query recorded (forms to highlight, words for spelling), for the parse to take in turn.
struct TitleFilter {
    Xapian::Query filter;
    BuiltQuery words;
};

/**
 * Parses the query language (see README "Query syntax"): words (stemmed), "phrases", =exact,
 * AND OR NOT, -word, +word, ( ), word*, and fields title: clause: symbol: session: year: kind: verb:
 * cites: committee: lang: change: agenda:. The default operator is AND.
 */
class QueryBuilder {
  public:
    QueryBuilder(const analyzers::Analyzer& analyzer, const Synonyms& synonyms, const Xapian::Database& db);

    /// Throws UsageError ("query: unbalanced '(' at column 7") for a malformed query.
    [[nodiscard]] auto build(const std::string& text) const -> BuiltQuery;

    /// One facet filter value as a query: session "78" or "75..78", kind "operative", clause "calls upon"…
    /// Throws UsageError naming the facet and value when the value is malformed.
    [[nodiscard]] auto filter(const std::string& facet, const std::string& value) const -> Xapian::Query;

    /// Filters: OR within a facet, AND across facets; MatchAll when empty.
    [[nodiscard]] auto filters(const std::map<std::string, std::vector<std::string>>& filters) const
        -> Xapian::Query;

  private:
    /// The filter of each title: token of @p tokens, by index: a search of the resolution records, done
    /// before parsing so that the parser itself never searches.
    [[nodiscard]] auto resolve_titles(const std::vector<QueryToken>& tokens) const
        -> std::map<std::size_t, TitleFilter>;

    const analyzers::Analyzer& m_analyzer;
    const Synonyms& m_synonyms;
    const Xapian::Database& m_db;
    friend class QueryParserState;
};

/// Most wildcard expansions one `word*` may make before the query is refused.
inline constexpr Xapian::termcount max_wildcard_expansion = 1000;

}  // namespace unres::searcher
