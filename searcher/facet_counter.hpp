/// @file
/// @brief Chooses how facets are counted: FacetSpy locally, Xapian's ValueCountMatchSpy across remote shards.
#pragma once

#include "searcher/facets.hpp"

#include <xapian.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace unres::searcher {

/**
 * Exact facet counts for one match. On local databases one FacetSpy counts every facet in one pass.
 * When any sub-database is remote, a match spy runs inside the remote server, which can only build the
 * spies registered in its Xapian::Registry: the stock xapian-tcpsrv knows ValueCountMatchSpy, not
 * ours. So then one ValueCountMatchSpy per facet slot counts instead (Xapian serialises each to the
 * shards and merges their counts), and the totals are poured into a FacetSpy for the same sorting.
 * Counts are exact when the match runs with check_at_least >= the database size.
 */
class FacetCounter {
  public:
    /// Counts over @p db; @p remote: some sub-database of @p db is a remote shard, or @p db has
    /// several sub-databases (FacetSpy's value streams follow one database's docids).
    FacetCounter(const Xapian::Database& db, bool remote);
    FacetCounter(const FacetCounter&) = delete;
    auto operator=(const FacetCounter&) -> FacetCounter& = delete;

    /// Adds the spies to @p enquire; this object must outlive the enquire's get_mset().
    void attach(Xapian::Enquire& enquire);
    /// Counts per facet, as FacetSpy::facets() orders them.
    [[nodiscard]] auto facets() const -> std::map<std::string, std::vector<FacetValue>>;

  private:
    bool m_remote;
    std::optional<FacetSpy> m_spy;
    std::vector<std::pair<std::string, std::unique_ptr<Xapian::ValueCountMatchSpy>>> m_value_spies;
};

}  // namespace unres::searcher
