/// @file
/// @brief Exact facet counts (session, kind, verb, clause, change) over a whole match set, in one pass.
#pragma once

#include "searcher/search.hpp"

#include <xapian.h>

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace unres::searcher {

/**
 * A match spy that counts the values of several slots for every matching document in one pass
 * (one spy instead of one ValueCountMatchSpy per facet). Counts are exact when the match is run
 * with check_at_least >= the database size.
 */
class FacetSpy : public Xapian::MatchSpy {
  public:
    FacetSpy();
    void operator()(const Xapian::Document& doc, double weight) override;
    /// Counts per facet name, sorted for display: sessions newest first, others by count then name.
    [[nodiscard]] auto facets() const -> std::map<std::string, std::vector<FacetValue>>;

  private:
    struct Counter {
        std::string name;
        Xapian::valueno slot;
        std::unordered_map<std::string, Xapian::doccount> counts;
    };
    std::vector<Counter> m_counters;
};

}  // namespace unres::searcher
