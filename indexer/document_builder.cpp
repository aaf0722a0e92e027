/// @file
/// @brief Builds Xapian documents for the paragraphs and record of one resolution.
#include "indexer/document_builder.hpp"

#include "analyzers/lineage/series.hpp"
#include "analyzers/parser/localized_clauses.hpp"
#include "analyzers/parser/resolution_json.hpp"
#include "analyzers/parser/symbol.hpp"
#include "analyzers/text/ascii.hpp"
#include "analyzers/text/canonical_values.hpp"
#include "index/paragraph_data.hpp"
#include "index/schema.hpp"
#include "index/sort_keys.hpp"
#include "index/stored_resolution.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

namespace unres::indexer {

using analyzers::Paragraph;
using analyzers::Resolution;
using schema::Field;
using schema::ValueSlot;

namespace {

auto year_of(const std::string& iso_date) -> std::string {
    return iso_date.size() >= 4 ? iso_date.substr(0, 4) : "";
}

/// The Main Committee of a General Assembly resolution ("third", "plenary"); "" for other bodies.
auto general_assembly_committee(const Resolution& r) -> std::string {
    if (analyzers::issuing_body(r.symbol) != "General Assembly") return "";
    return schema::committee_key(r.committee);
}

/// Terms every document of the resolution carries (symbol, session, year, language, committee, agenda).
void add_resolution_terms(Xapian::Document& doc, const Resolution& r) {
    doc.add_boolean_term(schema::boolean_term(Field::Symbol, r.symbol));
    if (r.session > 0) doc.add_boolean_term(schema::boolean_term(Field::Session, std::to_string(r.session)));
    if (auto y = year_of(r.adopted); !y.empty()) doc.add_boolean_term(schema::boolean_term(Field::Year, y));
    doc.add_boolean_term(schema::boolean_term(Field::Language, schema::language_value(r.language)));
    doc.add_boolean_term(schema::boolean_term(Field::Committee, schema::committee_key(r.committee)));
    doc.add_boolean_term(schema::boolean_term(Field::Body, schema::body_key(r.symbol)));
    if (!r.agenda_item.empty())
        doc.add_boolean_term(schema::boolean_term(Field::AgendaItem, schema::agenda_value(r.agenda_item)));

    doc.add_value(schema::slot(ValueSlot::Session), Xapian::sortable_serialise(r.session));
    if (auto y = year_of(r.adopted); !y.empty()) {
        doc.add_value(schema::slot(ValueSlot::Year), Xapian::sortable_serialise(std::stoi(y)));
    }
    doc.add_value(schema::slot(ValueSlot::Symbol), r.symbol);
    doc.add_value(schema::slot(ValueSlot::Language), r.language);
}

/// The footnotes @p p calls, in the order it calls them (each once).
auto called_footnotes(const Resolution& r, const Paragraph& p) -> std::vector<const analyzers::Footnote*> {
    std::vector<const analyzers::Footnote*> out;
    for (const auto& mark : p.footnote_refs) {
        for (const auto& f : r.footnotes) {
            if (f.mark == mark && std::find(out.begin(), out.end(), &f) == out.end()) {
                out.push_back(&f);
                break;
            }
        }
    }
    return out;
}

auto paragraph_document(const Resolution& r, const Paragraph& p, std::size_t order,
                        const analyzers::Analyzer& analyzer) -> Xapian::Document {
    Xapian::Document doc;
    schema::index_text(doc, analyzer, Field::Text, p.text);
    // The title is indexed on the resolution's record only (title: queries go through it).
    schema::index_text(doc, analyzer, Field::Clause, p.clause);
    // Footnote text in its own field, a gap of positions between footnotes so no phrase spans two.
    Xapian::termpos next = 1;
    const auto called = called_footnotes(r, p);
    for (const auto* f : called) next = schema::index_text(doc, analyzer, Field::Footnote, f->text, next) + 8;
    doc.add_boolean_term(schema::unique_term(r.language, r.symbol + "#" + p.id));
    doc.add_boolean_term(schema::boolean_term(Field::DocType, "paragraph"));
    add_resolution_terms(doc, r);
    const std::string kind = analyzers::kind_name(p.kind);
    doc.add_boolean_term(schema::boolean_term(Field::Kind, kind));
    if (!p.verb.empty())
        doc.add_boolean_term(schema::boolean_term(Field::Verb, schema::verb_value(analyzer, p.verb)));
    if (auto key = analyzers::verb_key(r.language, p); !key.empty()) {
        doc.add_boolean_term(schema::boolean_term(
            Field::VerbKey, schema::verb_key_value(key)));  // one filter across languages
    }
    if (!p.clause_key.empty()) doc.add_boolean_term(schema::boolean_term(Field::ClauseKey, p.clause_key));
    for (const auto& cited : p.cites) doc.add_boolean_term(schema::boolean_term(Field::Cites, cited));
    doc.add_value(schema::slot(ValueSlot::Facets),
                  schema::pack_facets({"", r.session, kind, p.verb, p.clause_key,
                                       general_assembly_committee(r), schema::body_key(r.symbol)}));
    doc.add_value(schema::slot(ValueSlot::Order), Xapian::sortable_serialise(static_cast<double>(order)));
    const schema::SortPosition position{r.session, r.adopted, r.symbol, order, r.language};
    doc.add_value(schema::slot(ValueSlot::SortDate), schema::date_sort_key(position));
    doc.add_value(schema::slot(ValueSlot::SortDocument), schema::document_sort_key(position));
    // No citations until the lineage pass counts them (indexer/lineage_pass.cpp).
    doc.add_value(schema::slot(ValueSlot::SortCited), schema::cited_sort_key(position, 0));
    doc.set_data(schema::encode_paragraph_data(r, p, called));
    return doc;
}

}  // namespace

auto build_documents(const Resolution& resolution, const analyzers::Analyzer& analyzer,
                     const std::string& source_path) -> BuiltResolution {
    BuiltResolution built;
    std::size_t order = 0;
    for (const auto& p : resolution.paragraphs) {
        built.documents.push_back(paragraph_document(resolution, p, order++, analyzer));
        built.unique_terms.push_back(
            schema::unique_term(resolution.language, resolution.symbol + "#" + p.id));
    }
    built.paragraphs = resolution.paragraphs.size();

    Xapian::Document record;
    record.add_boolean_term(schema::unique_term(resolution.language, resolution.symbol));
    record.add_boolean_term(schema::boolean_term(Field::DocType, "resolution"));
    add_resolution_terms(record, resolution);
    // Only the record names the file: the paragraphs are found from it (indexer.cpp, forget_source()).
    record.add_boolean_term(schema::boolean_term(Field::SourceFile, source_path));
    schema::index_text(record, analyzer, Field::Title, resolution.title);
    for (const auto& cited : resolution.cites)
        record.add_boolean_term(schema::boolean_term(Field::Cites, cited));
    // Lineage groups records by series (indexer/lineage_pass.cpp).
    if (auto key = analyzers::SeriesRules::embedded().key(resolution); !key.empty()) {
        record.add_boolean_term(schema::boolean_term(Field::Series, key));
    }
    record.set_data(analyzers::record_data(resolution, source_path));
    record.add_value(schema::slot(ValueSlot::Title), resolution.title);
    // The lineage pass compares the record's count with a fresh one before it rewrites the paragraphs.
    record.add_value(
        schema::slot(ValueSlot::SortCited),
        schema::cited_sort_key(
            {resolution.session, resolution.adopted, resolution.symbol, 0, resolution.language}, 0));
    built.documents.push_back(std::move(record));
    built.unique_terms.push_back(schema::unique_term(resolution.language, resolution.symbol));
    return built;
}

}  // namespace unres::indexer
