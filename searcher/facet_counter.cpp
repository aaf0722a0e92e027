/// @file
/// @brief FacetCounter: one FacetSpy, or Xapian's ValueCountMatchSpy over shards, local or remote.
#include "searcher/facet_counter.hpp"

#include "index/schema.hpp"
#include "searcher/remote_value_count_spy.hpp"

namespace unres::searcher {

FacetCounter::FacetCounter(const DatabaseSet& set, const schema::FacetColumn* column) {
    const Xapian::valueno slot = schema::slot(schema::ValueSlot::Facets);
    if (column != nullptr && set.parts.size() == 1 && !set.has_remote()) {
        m_spy.emplace(set.combined(), *column);
        return;
    }
    if (set.has_remote()) {
        m_value_spy = std::make_unique<RemoteValueCountSpy>(slot);
        for (const auto& part : set.parts) {
            if (!part.remote) m_local.add_database(part.db);
        }
    } else if (set.parts.size() > 1) {
        m_value_spy = std::make_unique<Xapian::ValueCountMatchSpy>(slot);
    } else {
        m_spy.emplace(set.combined());
    }
}

void FacetCounter::attach(Xapian::Enquire& enquire) {
    m_query = enquire.get_query();
    if (m_spy) {
        enquire.add_matchspy(&*m_spy);
    } else {
        enquire.add_matchspy(m_value_spy.get());
    }
}

auto FacetCounter::facets() -> std::map<std::string, std::vector<FacetValue>> {
    if (m_spy) return m_spy->facets();
    FacetSpy merged{Xapian::Database()};
    for (auto it = m_value_spy->values_begin(); it != m_value_spy->values_end(); ++it) {
        merged.add_count(*it, it.get_termfreq());
    }
    if (m_local.size() > 0) {
        Xapian::Enquire local(m_local);
        local.set_query(m_query);
        local.set_weighting_scheme(Xapian::BoolWeight());
        Xapian::ValueCountMatchSpy spy(schema::slot(schema::ValueSlot::Facets));
        local.add_matchspy(&spy);
        local.get_mset(0, 0, m_local.get_doccount());
        for (auto it = spy.values_begin(); it != spy.values_end(); ++it)
            merged.add_count(*it, it.get_termfreq());
    }
    return merged.facets();
}

}  // namespace unres::searcher
