/// @file
/// @brief Counts facet values over the match set and orders them for display.
#include "searcher/facets.hpp"

#include "analyzers/schema.hpp"

#include <algorithm>
#include <cmath>

namespace unres::searcher {

using schema::ValueSlot;

FacetSpy::FacetSpy(const Xapian::Database& db) : m_db(db) {
    const std::pair<const char*, ValueSlot> facets[] = {{"session", ValueSlot::Session},
                                                        {"kind", ValueSlot::Kind},
                                                        {"verb", ValueSlot::Verb},
                                                        {"clause", ValueSlot::ClauseKey},
                                                        {"change", ValueSlot::Change}};
    for (const auto& [name, slot] : facets) {
        m_counters.push_back({name, schema::slot(slot), m_db.valuestream_begin(schema::slot(slot)), {}});
    }
}

void FacetSpy::operator()(const Xapian::Document& doc, double /*weight*/) {
    const Xapian::docid did = doc.get_docid();
    if (did < m_last_docid) {
        // Streams only move forward; a match that went back (not seen in practice) restarts them.
        for (auto& c : m_counters) c.stream = m_db.valuestream_begin(c.slot);
    }
    m_last_docid = did;
    for (auto& c : m_counters) {
        if (c.stream == m_db.valuestream_end(c.slot)) continue;
        if (c.stream.check(did) && c.stream != m_db.valuestream_end(c.slot) && c.stream.get_docid() == did) {
            ++c.counts[*c.stream];
        }
    }
}

auto FacetSpy::slots() const -> std::vector<std::pair<std::string, Xapian::valueno>> {
    std::vector<std::pair<std::string, Xapian::valueno>> out;
    for (const auto& c : m_counters) out.emplace_back(c.name, c.slot);
    return out;
}

void FacetSpy::add_count(const std::string& name, const std::string& raw, Xapian::doccount count) {
    for (auto& c : m_counters) {
        if (c.name == name && !raw.empty()) c.counts[raw] += count;
    }
}

auto FacetSpy::facets() const -> std::map<std::string, std::vector<FacetValue>> {
    std::map<std::string, std::vector<FacetValue>> out;
    for (const auto& c : m_counters) {
        std::vector<FacetValue> values;
        const bool numeric = c.name == "session";
        std::vector<std::pair<double, FacetValue>> keyed;
        for (const auto& [raw, count] : c.counts) {
            if (numeric) {
                const double n = Xapian::sortable_unserialise(raw);
                keyed.push_back({n, {std::to_string(static_cast<long>(std::lround(n))), count}});
            } else {
                keyed.push_back({0, {raw, count}});
            }
        }
        std::sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
            if (numeric) return a.first > b.first;
            if (a.second.count != b.second.count) return a.second.count > b.second.count;
            return a.second.value < b.second.value;
        });
        for (auto& [key, v] : keyed) values.push_back(std::move(v));
        out[c.name] = std::move(values);
    }
    return out;
}

}  // namespace unres::searcher
