/// @file
/// @brief Exact facet counts (session, kind, verb, clause, change) over a whole match set, in one pass.
#pragma once

#include "index/facet_column.hpp"
#include "searcher/search_result.hpp"

#include <xapian.h>

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace unres::searcher {

/**
 * A match spy that counts every facet of each matching paragraph with one value read: the packed
 * schema::ValueSlot::Facets value (schema::pack_facets). Counts are kept per distinct packed value
 * and split into facets only at the end, so the per-document cost is one value-stream step and one
 * hash look-up. Counts are exact when the match is run with check_at_least >= the database size.
 * The stream moves forward with the match (documents arrive in docid order) instead of
 * Document::get_value, which would look the value up afresh for every document. Given the current
 * facet column of a single database (schema::FacetColumn), it reads each document's code from it
 * instead and only counts codes: one array read and one increment per document. (Over several
 * databases Xapian 1.4 gives a spy shard docids without their shard, so only one database can.)
 */
class FacetSpy : public Xapian::MatchSpy {
  public:
    /// Counts over @p db; a default Database (no sub-databases) counts only what add_count() adds.
    explicit FacetSpy(const Xapian::Database& db);
    /// Counts over the single database @p db, whose current facet column is @p column (which must
    /// outlive this spy).
    FacetSpy(const Xapian::Database& db, const schema::FacetColumn& column);
    void operator()(const Xapian::Document& doc, double weight) override;
    /// Counts per facet name, sorted for display: sessions newest first, others by count then name.
    [[nodiscard]] auto facets() const -> std::map<std::string, std::vector<FacetValue>>;
    /// Adds @p count matches of the packed value @p packed (counted elsewhere, e.g. by Xapian's
    /// ValueCountMatchSpy on remote shards).
    void add_count(const std::string& packed, Xapian::doccount count);

  private:
    Xapian::Database m_db;
    Xapian::valueno m_slot;
    Xapian::ValueIterator m_stream;
    bool m_has_stream = false;
    Xapian::docid m_last_docid = 0;
    std::unordered_map<std::string, Xapian::doccount> m_counts;
    const schema::FacetColumn* m_column = nullptr;  ///< or none: the value stream is read
    std::vector<Xapian::doccount> m_code_counts;    ///< matches per code of m_column
};

}  // namespace unres::searcher
