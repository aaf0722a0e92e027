/// @file
/// @brief Counts packed facet values over the match set and orders them for display.
#include "searcher/facets.hpp"

#include "index/schema.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace unres::searcher {

FacetSpy::FacetSpy(const Xapian::Database& db) : m_db(db), m_slot(schema::slot(schema::ValueSlot::Facets)) {
    if (m_db.size() > 0) {
        m_stream = m_db.valuestream_begin(m_slot);
        m_has_stream = true;
    }
}

FacetSpy::FacetSpy(const Xapian::Database& db, const schema::FacetColumn& column)
    : m_db(db),
      m_slot(schema::slot(schema::ValueSlot::Facets)),
      m_column(&column),
      m_code_counts(std::size_t{column.values()} + 1, 0) {}

void FacetSpy::operator()(const Xapian::Document& doc, double /*weight*/) {
    const Xapian::docid did = doc.get_docid();
    if (m_column) {
        const std::uint32_t code = m_column->code(did);
        if (code != 0 && code < m_code_counts.size()) ++m_code_counts[code];
        return;
    }
    if (!m_has_stream) return;
    // Streams only move forward; a match that went back (not seen in practice) restarts it.
    if (did < m_last_docid) m_stream = m_db.valuestream_begin(m_slot);
    m_last_docid = did;
    if (m_stream == m_db.valuestream_end(m_slot)) return;
    if (m_stream.check(did) && m_stream != m_db.valuestream_end(m_slot) && m_stream.get_docid() == did) {
        ++m_counts[*m_stream];
    }
}

void FacetSpy::add_count(const std::string& packed, Xapian::doccount count) {
    if (!packed.empty()) m_counts[packed] += count;
}

auto FacetSpy::facets() const -> std::map<std::string, std::vector<FacetValue>> {
    // Packed values are split in place: each facet's counts are keyed by views into the packed values
    // (m_counts' keys, or the column's mapped values), which outlive this function's maps.
    std::map<int, Xapian::doccount> sessions;
    constexpr std::size_t named_facets = 6;
    std::unordered_map<std::string_view, Xapian::doccount> named[named_facets];  // kind … body
    const auto add = [&](std::string_view packed, Xapian::doccount count) {
        const schema::FacetViews v = schema::facet_views(packed);
        if (v.session > 0) sessions[v.session] += count;  // other bodies' resolutions have no session
        const std::string_view fields[] = {v.kind, v.verb, v.clause, v.change, v.committee, v.body};
        for (std::size_t i = 0; i < named_facets; ++i) {
            if (!fields[i].empty()) named[i][fields[i]] += count;
        }
    };
    for (const auto& [packed, count] : m_counts) add(packed, count);
    for (std::uint32_t code = 1; code < m_code_counts.size(); ++code) {
        if (m_code_counts[code] > 0) add(m_column->value(code), m_code_counts[code]);
    }
    std::map<std::string, std::vector<FacetValue>> out;
    auto& by_session = out["session"];
    for (auto it = sessions.rbegin(); it != sessions.rend(); ++it) {
        by_session.push_back({std::to_string(it->first), it->second});
    }
    const char* names[] = {"kind", "verb", "clause", "change", "committee", "body"};
    for (std::size_t i = 0; i < named_facets; ++i) {
        auto& values = out[names[i]];
        values.reserve(named[i].size());
        for (const auto& [value, count] : named[i]) values.push_back({std::string(value), count});
        std::sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
    }
    return out;
}

}  // namespace unres::searcher
