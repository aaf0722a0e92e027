/// @file
/// @brief The search core: SearchRequest -> SearchResult (hits, snippets, exact facets). Prints nothing.
#pragma once

#include "searcher/database_set.hpp"
#include "searcher/hit_stream.hpp"
#include "searcher/lineage.hpp"
#include "searcher/precedents.hpp"
#include "searcher/search_request.hpp"
#include "searcher/search_result.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace unres::searcher {

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
