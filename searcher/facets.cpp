/// @file
/// @brief Counts facet values over the match set and orders them for display.
#include "searcher/facets.hpp"

#include "analyzers/schema.hpp"

#include <algorithm>
#include <cmath>

namespace unres::searcher {

using schema::ValueSlot;

FacetSpy::FacetSpy() {
    m_counters = {{"session", schema::slot(ValueSlot::Session), {}},
                  {"kind", schema::slot(ValueSlot::Kind), {}},
                  {"verb", schema::slot(ValueSlot::Verb), {}},
                  {"clause", schema::slot(ValueSlot::ClauseKey), {}},
                  {"change", schema::slot(ValueSlot::Change), {}}};
}

void FacetSpy::operator()(const Xapian::Document& doc, double /*weight*/) {
    for (auto& c : m_counters) {
        std::string value = doc.get_value(c.slot);
        if (!value.empty()) ++c.counts[value];
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
