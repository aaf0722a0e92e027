/// @file
/// @brief FacetCounter: one FacetSpy, or one ValueCountMatchSpy per facet when shards are remote.
#include "searcher/facet_counter.hpp"

namespace unres::searcher {

namespace {

/// A FacetSpy over no database: only add_count() fills it.
auto empty_spy() -> FacetSpy { return FacetSpy(Xapian::Database()); }

}  // namespace

FacetCounter::FacetCounter(const Xapian::Database& db, bool remote) : m_remote(remote) {
    if (!m_remote) {
        m_spy.emplace(db);
        return;
    }
    for (const auto& [name, slot] : empty_spy().slots()) {
        m_value_spies.emplace_back(name, std::make_unique<Xapian::ValueCountMatchSpy>(slot));
    }
}

void FacetCounter::attach(Xapian::Enquire& enquire) {
    if (m_spy) {
        enquire.add_matchspy(&*m_spy);
        return;
    }
    for (auto& entry : m_value_spies) enquire.add_matchspy(entry.second.get());
}

auto FacetCounter::facets() const -> std::map<std::string, std::vector<FacetValue>> {
    if (m_spy) return m_spy->facets();
    FacetSpy merged = empty_spy();
    for (const auto& [name, spy] : m_value_spies) {
        for (auto it = spy->values_begin(); it != spy->values_end(); ++it)
            merged.add_count(name, *it, it.get_termfreq());
    }
    return merged.facets();
}

}  // namespace unres::searcher
