/// @file
/// @brief Chooses how facets are counted: FacetSpy locally, Xapian's ValueCountMatchSpy across shards.
#pragma once

#include "searcher/database_set.hpp"
#include "searcher/facets.hpp"

#include <xapian.h>

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace unres::searcher {

/**
 * Exact facet counts for one match, whatever the databases are:
 * - one local database with a current facet column (schema::FacetColumn): one FacetSpy reads it;
 * - one local database: one FacetSpy counts every facet in one pass (its value stream follows the
 *   database's docids);
 * - several local shards: Xapian's ValueCountMatchSpy counts the packed ValueSlot::Facets values;
 * - remote shards: a match spy runs inside each remote server, which can only build the spies
 *   registered in its Xapian::Registry (the stock xapian-tcpsrv knows ValueCountMatchSpy, not ours):
 *   a RemoteValueCountSpy is serialised to the servers and merges their counts. Local shards mixed in
 *   are counted by a second match over them alone, since the client-side calls of a spy cannot tell
 *   local documents from remote ones (Xapian 1.4 passes shard docids).
 * ValueCountMatchSpy totals are poured into a FacetSpy, which splits and sorts them the same way.
 * Counts are exact when the match runs with check_at_least >= the database size.
 */
class FacetCounter {
  public:
    /// Counts over all the parts of @p set, which must outlive this object, from @p column when
    /// given (the current facet column of the set's single local database, likewise outliving it).
    FacetCounter(const DatabaseSet& set, const schema::FacetColumn* column);
    FacetCounter(const FacetCounter&) = delete;
    auto operator=(const FacetCounter&) -> FacetCounter& = delete;

    /// Adds the spy to @p enquire (whose query is the one counted); this object must outlive the
    /// enquire's get_mset().
    void attach(Xapian::Enquire& enquire);
    /// Counts per facet, as FacetSpy::facets() orders them; call after the enquire's get_mset(). With
    /// local and remote shards mixed, this first runs the match over the local shards.
    [[nodiscard]] auto facets() -> std::map<std::string, std::vector<FacetValue>>;

  private:
    Xapian::Database m_local;  ///< the local parts when remote parts are mixed in (counted apart)
    Xapian::Query m_query;
    std::optional<FacetSpy> m_spy;
    std::unique_ptr<Xapian::ValueCountMatchSpy> m_value_spy;
};

}  // namespace unres::searcher
