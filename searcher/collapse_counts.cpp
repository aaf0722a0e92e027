/// @file
/// @brief Counts the matching paragraphs of each collapsed hit's resolution in one extra match.
#include "searcher/collapse_counts.hpp"

#include "index/schema.hpp"

#include <map>
#include <set>
#include <string>

namespace unres::searcher {

void count_collapsed(const Xapian::Database& db, const Xapian::Query& query, std::vector<Hit>& hits) {
    if (hits.empty()) return;
    std::set<std::string> symbols;
    std::vector<Xapian::Query> terms;
    for (const auto& hit : hits) {
        if (symbols.insert(hit.symbol).second) {
            terms.emplace_back(schema::boolean_term(schema::Field::Symbol, hit.symbol));
        }
    }
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query,
                                    Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end())));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    Xapian::ValueCountMatchSpy spy(schema::slot(schema::ValueSlot::Symbol));
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, db.get_doccount());
    std::map<std::string, Xapian::doccount> matches;
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it) matches[*it] = it.get_termfreq();
    for (auto& hit : hits) {
        const auto found = matches.find(hit.symbol);
        hit.collapsed_others = found == matches.end() || found->second == 0 ? 0 : found->second - 1;
    }
}

}  // namespace unres::searcher
