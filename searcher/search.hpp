/// @file
/// @brief The search core: SearchRequest -> SearchResult (hits, snippets, exact facets). Prints nothing.
#pragma once

#include "analyzers/resolution.hpp"
#include "searcher/database_set.hpp"
#include "searcher/lineage.hpp"
#include "searcher/precedents.hpp"

#include <xapian.h>

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace unres::searcher {

enum class SortOrder { Relevance, Date, Document, Cited };

/// "relevance" | "date" | "document" | "cited"; throws UsageError naming the bad value otherwise.
[[nodiscard]] auto sort_order_from_name(const std::string& name) -> SortOrder;
[[nodiscard]] auto sort_order_name(SortOrder order) -> std::string;

/// Names of the facets, in display order.
[[nodiscard]] auto facet_names() -> const std::vector<std::string>&;

/// Everything one search needs. Filters: facet name ("session", "kind", "verb", "clause", "year",
/// "change") -> accepted values; OR within one facet, AND across facets.
struct SearchRequest {
    std::string query;
    std::map<std::string, std::vector<std::string>> filters;
    std::size_t limit = 10;
    std::size_t offset = 0;
    SortOrder sort = SortOrder::Relevance;
    bool collapse = false;  ///< best paragraph per resolution
    /// Language the query is analysed in: a code, "auto" (detected) or "" (English unless the
    /// query is in Arabic, Han or Cyrillic script; see query_language.hpp). Searches every language.
    std::string language;
    unsigned time_limit_ms = 0;        ///< 0: no limit on matching time
    bool facets = true;                ///< count facets over the whole match set
    bool chosen_facets_whole = false;  ///< count a filtered facet without its own filter (the page's facets)
    bool snippets = true;              ///< mark the query's words in a snippet of each hit
};

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

/**
 * The hits of one request, read one at a time: each is built from the index as it is reached and
 * forgotten after, so a download of thousands of hits holds one in memory. From Searcher::stream().
 */
class HitStream {
  public:
    HitStream(Xapian::MSet mset, Xapian::doccount total,
              std::function<Hit(const Xapian::MSetIterator&)> build);
    /// The exact number of matches (of resolutions when collapsed), as SearchResult::total.
    [[nodiscard]] auto total() const -> Xapian::doccount { return m_total; }
    /// How many hits for_each() gives (the request's window of the matches).
    [[nodiscard]] auto size() const -> std::size_t { return m_mset.size(); }
    /// Calls @p each with every hit of the window in rank order. May throw Xapian::Error (a writer
    /// committed twice meanwhile): hits already given stay given.
    void for_each(const std::function<void(const Hit&)>& each) const;

  private:
    Xapian::MSet m_mset;
    Xapian::doccount m_total = 0;
    std::function<Hit(const Xapian::MSetIterator&)> m_build;
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

/**
 * Searches one or more databases as one. Construct once, search many times (batch mode, CGI).
 * Throws DatabaseError (saying how to create one) when a database cannot be opened.
 */
class Searcher {
  public:
    /// Opens @p databases (directories, shard directories, stub files) as in open_database_set().
    explicit Searcher(const std::vector<std::string>& databases, const DatabaseOptions& options = {});
    ~Searcher();
    Searcher(const Searcher&) = delete;
    auto operator=(const Searcher&) -> Searcher& = delete;

    /// Counts of what the index holds (resolutions, paragraphs, sessions, languages, newest adoption).
    [[nodiscard]] auto overview() -> IndexOverview;
    /// Moves to the newest committed revision of the databases (a long-lived searcher calls this before
    /// each request; it costs little when nothing was committed).
    void refresh();
    /// Runs @p request. Throws UsageError for a malformed query or filter (message points at it),
    /// DatabaseError naming a remote shard that stopped answering (unless options.allow_partial).
    [[nodiscard]] auto search(const SearchRequest& request) -> SearchResult;
    /// @p request's hits as a stream (no facets, no spelling suggestion); errors as search(). The
    /// stream reads from this Searcher: use it before the next call.
    [[nodiscard]] auto stream(const SearchRequest& request) -> HitStream;
    /// "A/RES/78/45#op7" or "A/RES/78/45" (also "78/45"); std::nullopt if not indexed.
    /// The version in @p language (ISO 639-1): paragraphs align by id, so "#op5" is op5 in each.
    /// With @p query, matched_words holds the words of the resolution it matches (for highlighting).
    [[nodiscard]] auto show(const std::string& id, const std::string& language = "en",
                            const std::string& query = "") -> std::optional<ShowResult>;
    /// The precedents of each paragraph of @p draft (split_draft()) among the adopted paragraphs in
    /// @p language ("" = detected from the draft), at most @p limit wordings per paragraph.
    [[nodiscard]] auto precedents(const std::string& draft, const std::string& language,
                                  std::size_t limit = 5) -> PrecedentReport;
    /// paragraph_history() of @p id; UsageError messages name @p option ("--history", "history").
    [[nodiscard]] auto history(const std::string& id, const std::string& option) -> std::optional<History>;
    /// resolution_diff() of two symbols; UsageError messages name @p option.
    [[nodiscard]] auto diff(const std::string& before, const std::string& after, const std::string& option)
        -> std::optional<ResolutionDiff>;

  private:
    /// @p run, retried when a writer's commit or a remote shard interrupts it.
    template <typename Run>
    auto with_retries(Run run) -> decltype(run());

    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace unres::searcher
