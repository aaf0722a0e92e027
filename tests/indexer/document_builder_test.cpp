/// @file
/// @brief Tests of the Xapian documents built for one resolution: terms, values and stored data.
#include "indexer/document_builder.hpp"

#include "analyzers/parser/resolution_parser.hpp"
#include "index/schema.hpp"
#include "index/sort_keys.hpp"
#include "tests/support/temp_dir.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

using namespace unres;
using schema::Field;
using schema::ValueSlot;

namespace {

auto parse_sample(const std::string& name) -> analyzers::Resolution {
    std::ifstream in(testing::sample_corpus() / name, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return analyzers::parse_resolution(text.str(), name);
}

auto terms_of(const Xapian::Document& doc) -> std::set<std::string> {
    std::set<std::string> terms;
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) terms.insert(*it);
    return terms;
}

}  // namespace

TEST_SUITE("indexer/document_builder") {
    TEST_CASE("builds one document per paragraph plus one resolution record") {
        const auto r = parse_sample("A-RES-78-45.md");
        const auto analyzer = analyzers::make_analyzer("en");
        const auto built = indexer::build_documents(r, *analyzer, "sample-corpus/A-RES-78-45.md");
        CHECK(built.paragraphs == 24);
        REQUIRE(built.documents.size() == 25);
        CHECK(built.unique_terms.back() == "Qen:A/RES/78/45");
        CHECK(built.unique_terms[18] == "Qen:A/RES/78/45#op7");
    }

    TEST_CASE("an operative paragraph carries every boolean field of the schema") {
        const auto r = parse_sample("A-RES-78-45.md");
        const auto analyzer = analyzers::make_analyzer("en");
        const auto built = indexer::build_documents(r, *analyzer, "sample-corpus/A-RES-78-45.md");
        const auto terms = terms_of(built.documents[18]);  // op7
        for (const std::string& expected :
             {schema::boolean_term(Field::UniqueId, "en:A/RES/78/45#op7"),
              schema::boolean_term(Field::DocType, "paragraph"),
              schema::boolean_term(Field::Symbol, "A/RES/78/45"), schema::boolean_term(Field::Session, "78"),
              schema::boolean_term(Field::Year, "2023"), schema::boolean_term(Field::Kind, "operative"),
              schema::boolean_term(Field::Verb, "renews"),
              schema::boolean_term(Field::ClauseKey, "renews its call upon"),
              schema::boolean_term(Field::Language, "en"), schema::boolean_term(Field::Committee, "first"),
              schema::boolean_term(Field::AgendaItem, "99 (m)")}) {
            CAPTURE(expected);
            CHECK(terms.count(expected) == 1);
        }
        // The source file is named by the resolution record only.
        const std::string file = schema::boolean_term(Field::SourceFile, "sample-corpus/A-RES-78-45.md");
        CHECK(terms.count(file) == 0);
        CHECK(terms_of(built.documents.back()).count(file) == 1);
        // Free text: exact forms with positions, stems and the clause field; the title only on the record.
        CHECK(terms.count("rehabilitation") == 1);
        CHECK(terms.count("Zrehabilit") == 1);
        CHECK(terms.count(schema::exact_term(Field::Title, "convention")) == 0);
        CHECK(terms_of(built.documents.back()).count(schema::exact_term(Field::Title, "convention")) == 1);
        CHECK(terms.count(schema::exact_term(Field::Clause, "renews")) == 1);
        CHECK(terms.count("antipersonnel") == 1);
    }

    TEST_CASE("the paragraph citing resolutions carries cites terms, others do not") {
        const auto r = parse_sample("A-RES-78-45.md");
        const auto analyzer = analyzers::make_analyzer("en");
        const auto built = indexer::build_documents(r, *analyzer, "x.md");
        const auto pp1 = terms_of(built.documents[0]);
        CHECK(pp1.count(schema::boolean_term(Field::Cites, "A/RES/54/54B")) == 1);
        CHECK(pp1.count(schema::boolean_term(Field::Cites, "A/RES/77/63")) == 1);
        const auto pp2 = terms_of(built.documents[1]);
        CHECK(std::none_of(pp2.begin(), pp2.end(),
                           [](const std::string& t) { return t.rfind("XCITE", 0) == 0; }));
    }

    TEST_CASE("values are encoded for sorting, ranges and facets") {
        const auto r = parse_sample("A-RES-79-34.txt");
        const auto analyzer = analyzers::make_analyzer("en");
        const auto built = indexer::build_documents(r, *analyzer, "x.txt");
        const auto& pp12 = built.documents[11];
        CHECK(Xapian::sortable_unserialise(pp12.get_value(schema::slot(ValueSlot::Session))) == 79);
        const auto facets = schema::unpack_facets(pp12.get_value(schema::slot(ValueSlot::Facets)));
        CHECK(facets.session == 79);
        CHECK(facets.kind == "preambular");
        CHECK(facets.verb == "noting");
        CHECK(facets.clause == "noting with deep regret");
        CHECK(facets.change.empty());
        CHECK(Xapian::sortable_unserialise(pp12.get_value(schema::slot(ValueSlot::Order))) == 11);
        CHECK(Xapian::sortable_unserialise(pp12.get_value(schema::slot(ValueSlot::Year))) == 2024);
        CHECK(pp12.get_value(schema::slot(ValueSlot::Symbol)) == "A/RES/79/34");
    }

    TEST_CASE("sort keys: date and document order follow paragraph order, no citations before the pass") {
        const auto r = parse_sample("A-RES-79-34.txt");
        const auto analyzer = analyzers::make_analyzer("en");
        const auto built = indexer::build_documents(r, *analyzer, "x.txt");
        const auto& pp12 = built.documents[11];
        const schema::SortPosition position{79, "2024-12-02", "A/RES/79/34", 11, "en"};
        CHECK(pp12.get_value(schema::slot(ValueSlot::SortDate)) == schema::date_sort_key(position));
        CHECK(pp12.get_value(schema::slot(ValueSlot::SortDocument)) == schema::document_sort_key(position));
        CHECK(pp12.get_value(schema::slot(ValueSlot::SortCited)) == schema::cited_sort_key(position, 0));
        for (const auto slot : {ValueSlot::SortDate, ValueSlot::SortDocument, ValueSlot::SortCited}) {
            CHECK(built.documents[10].get_value(schema::slot(slot)) < pp12.get_value(schema::slot(slot)));
        }
        // The record carries the count the lineage pass compares before rewriting paragraphs.
        const auto& record = built.documents.back();
        CHECK(schema::cited_by_of(record.get_value(schema::slot(ValueSlot::SortCited))) == 0);
        CHECK_FALSE(record.get_value(schema::slot(ValueSlot::SortCited)).empty());
    }

    TEST_CASE("stored data lets a front-end show a hit without the source") {
        const auto r = parse_sample("A-RES-79-34.txt");
        const auto analyzer = analyzers::make_analyzer("en");
        const auto built = indexer::build_documents(r, *analyzer, "x.txt");
        const auto data = nlohmann::json::parse(built.documents[11].get_data());
        CHECK(data["id"] == "A/RES/79/34#pp12");
        CHECK(data["session"] == 79);
        CHECK(data["adopted"] == "2024-12-02");
        CHECK(data["paragraph"]["clause"] == "Noting with deep regret");
        CHECK(data["paragraph"]["text"].get<std::string>().rfind("Noting with deep regret that", 0) == 0);
        const auto record = nlohmann::json::parse(built.documents.back().get_data());
        CHECK(record["symbol"] == "A/RES/79/34");
        CHECK(!record.contains("paragraphs"));  // each paragraph document stores its own
        CHECK(record["source"] == "x.txt");
    }
}
