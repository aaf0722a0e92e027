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
 * with check_at_least >= the database size. Values are read through one value stream per slot,
 * moved forward with the match (documents arrive in docid order), instead of Document::get_value,
 * which re-reads the value chunk whenever the slot changes.
 */
class FacetSpy : public Xapian::MatchSpy {
  public:
    explicit FacetSpy(const Xapian::Database& db);
    void operator()(const Xapian::Document& doc, double weight) override;
    /// Counts per facet name, sorted for display: sessions newest first, others by count then name.
    [[nodiscard]] auto facets() const -> std::map<std::string, std::vector<FacetValue>>;
    /// The facets and the value slots they count, in display order.
    [[nodiscard]] auto slots() const -> std::vector<std::pair<std::string, Xapian::valueno>>;
    /// Adds @p count matches of the raw slot value @p raw to facet @p name (counts made elsewhere,
    /// e.g. by ValueCountMatchSpy on remote shards); an unknown name is ignored.
    void add_count(const std::string& name, const std::string& raw, Xapian::doccount count);

  private:
    struct Counter {
        std::string name;
        Xapian::valueno slot;
        Xapian::ValueIterator stream;
        std::unordered_map<std::string, Xapian::doccount> counts;
    };
    Xapian::Database m_db;
    std::vector<Counter> m_counters;
    Xapian::docid m_last_docid = 0;
};

}  // namespace unres::searcher
