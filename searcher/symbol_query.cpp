/// @file
/// @brief A symbol typed alone finds its resolution, then the paragraphs citing it (see symbol_query.hpp).
#include "searcher/symbol_query.hpp"

#include "analyzers/parser/symbol.hpp"
#include "index/schema.hpp"

namespace unres::searcher {

using schema::Field;

namespace {

/// Above any BM25 score a paragraph can reach for a one-symbol query, so the resolution comes first.
constexpr double own_paragraph_weight = 1000.0;

auto upper_ascii(std::string s) -> std::string {
    for (auto& c : s) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return s;
}

}  // namespace

auto lone_resolution_symbol(const std::string& query) -> std::optional<std::string> {
    // Upper case first: "a/res/79/34", "54/54 b" and "1514 (xv)" are typed as often as printed.
    auto symbol = analyzers::normalise_symbol(upper_ascii(query));
    if (!symbol || symbol->find("/RES/") == std::string::npos) return std::nullopt;
    return symbol;
}

auto resolution_then_citers(const Xapian::Database& db, const std::string& symbol,
                            const Xapian::Query& mentions) -> Xapian::Query {
    const Xapian::Query own(schema::boolean_term(Field::Symbol, symbol));
    // Paragraph k (ValueSlot::Order) of the resolution weighs own_paragraph_weight + n - k, so a
    // relevance sort lists the paragraphs in document order; n bounds the paragraph count.
    const Xapian::doccount n = db.get_termfreq(schema::boolean_term(Field::Symbol, symbol));
    auto* order = new Xapian::ValueMapPostingSource(schema::slot(schema::ValueSlot::Order));
    order->set_default_weight(own_paragraph_weight);
    for (Xapian::doccount k = 0; k < n; ++k) {
        order->add_mapping(Xapian::sortable_serialise(static_cast<double>(k)),
                           own_paragraph_weight + static_cast<double>(n - k));
    }
    const Xapian::Query ordered(Xapian::Query::OP_FILTER, Xapian::Query(order->release()), own);
    const Xapian::Query cited(Xapian::Query::OP_SCALE_WEIGHT,
                              Xapian::Query(schema::boolean_term(Field::Cites, symbol)), 0);
    const Xapian::Query citers(Xapian::Query::OP_AND_NOT,
                               Xapian::Query(Xapian::Query::OP_OR, mentions, cited), own);
    return Xapian::Query(Xapian::Query::OP_OR, ordered, citers);
}

}  // namespace unres::searcher
