/// @file
/// @brief A title: query made a filter on paragraphs (see title_filter.hpp).
#include "searcher/title_filter.hpp"

#include "index/schema.hpp"

#include <vector>

namespace unres::searcher {

using schema::Field;

auto resolutions_titled(const Xapian::Database& db, const Xapian::Query& title) -> Xapian::Query {
    if (title.get_type() == Xapian::Query::LEAF_MATCH_ALL) return title;
    Xapian::Enquire records(db);
    records.set_query(Xapian::Query(Xapian::Query::OP_FILTER, title,
                                    Xapian::Query(schema::boolean_term(Field::DocType, "resolution"))));
    records.set_weighting_scheme(Xapian::BoolWeight());
    records.set_docid_order(Xapian::Enquire::ASCENDING);
    const Xapian::MSet found = records.get_mset(0, db.get_doccount());
    std::vector<Xapian::Query> resolutions;
    for (auto it = found.begin(); it != found.end(); ++it) {
        const Xapian::Document record = it.get_document();
        resolutions.emplace_back(
            Xapian::Query::OP_AND,
            Xapian::Query(schema::boolean_term(Field::Symbol,
                                               record.get_value(schema::slot(schema::ValueSlot::Symbol)))),
            Xapian::Query(schema::boolean_term(Field::Language,
                                               record.get_value(schema::slot(schema::ValueSlot::Language)))));
    }
    if (resolutions.empty()) return Xapian::Query::MatchNothing;
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                         Xapian::Query(Xapian::Query::OP_OR, resolutions.begin(), resolutions.end()), 0);
}

}  // namespace unres::searcher
