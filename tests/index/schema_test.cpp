/// @file
/// @brief Tests of the field table: term spelling, query names and the packed facet value.
#include "index/schema.hpp"

#include "index/term_limit.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace unres::schema;

TEST_SUITE("analyzers/schema") {
    TEST_CASE("every prefix is declared once and every query name names one field") {
        std::set<std::string> prefixes;
        std::set<std::string> names;
        for (const auto& f : fields()) {
            if (!f.prefix.empty()) CHECK_MESSAGE(prefixes.insert(std::string(f.prefix)).second, f.prefix);
            if (!f.query_name.empty()) CHECK(names.insert(std::string(f.query_name)).second);
        }
        CHECK(field_from_query_name("session") == Field::Session);
        CHECK(field_from_query_name("title") == Field::Title);
        CHECK_FALSE(field_from_query_name("nosuchfield").has_value());
        CHECK_FALSE(field_from_query_name("").has_value());
    }

    TEST_CASE("a capitalised value after a multi-letter prefix is separated by a colon") {
        CHECK(boolean_term(Field::Session, "78") == "XSES78");
        CHECK(boolean_term(Field::Symbol, "A/RES/78/45") == "XSYM:A/RES/78/45");
        CHECK(boolean_term(Field::UniqueId, "en:A/RES/78/45") == "Qen:A/RES/78/45");
        CHECK(exact_term(Field::Text, "mines") == "mines");
        CHECK(stemmed_term(Field::Title, "mine") == "ZSmine");
    }

    TEST_CASE("a term over Xapian's 245-byte limit becomes a truncated, hashed term within it") {
        const std::string word(300, 'x');
        const std::string term = exact_term(Field::Text, word);
        CHECK(term.size() == max_term_bytes);
        CHECK(term.substr(0, 200) == word.substr(0, 200));
        CHECK(term == exact_term(Field::Text, word));        // the same word, the same term
        CHECK(term != exact_term(Field::Text, word + "y"));  // another long word, another term
        CHECK(stemmed_term(Field::Text, word).size() <= max_term_bytes);
        CHECK(boolean_term(Field::SourceFile, "/" + word).size() <= max_term_bytes);
        CHECK(exact_term(Field::Text, std::string(245, 'x')) ==
              std::string(245, 'x'));  // at the limit: as is
        // Never cut inside a UTF-8 character: "é" is two bytes.
        std::string accents;
        while (accents.size() < 400) accents += "\xC3\xA9";
        const std::string cut = fit_term(accents);
        CHECK(cut.size() <= max_term_bytes);
        CHECK((cut.find('#') % 2) == 0);
    }

    TEST_CASE("packed facet values round-trip, short enough not to allocate") {
        const FacetValues v{"edited", 78, "operative", "urges", "urges", "first", "ga"};
        const std::string packed = pack_facets(v);
        CHECK(packed.size() <= 15);  // std::string's in-place capacity
        CHECK(unpack_facets(packed).committee == "first");
        CHECK(unpack_facets(packed).body == "ga");
        const FacetValues back = unpack_facets(packed);
        CHECK(back.change == "edited");
        CHECK(back.session == 78);
        CHECK(back.kind == "operative");
        CHECK(back.verb == "urges");
        CHECK(back.clause == "urges");

        const FacetValues other = unpack_facets(
            pack_facets({"", 79, "preambular", "noting", "noting with deep regret", "third", "ga"}));
        CHECK(other.change.empty());
        CHECK(other.kind == "preambular");
        CHECK(other.verb == "noting");
        CHECK(other.clause == "noting with deep regret");
        CHECK(other.committee == "third");
        CHECK(other.session == 79);

        const FacetValues verb_only =
            unpack_facets(pack_facets({"new", 0, "annex", "decides", "", "", "sc"}));
        CHECK(verb_only.change == "new");
        CHECK(verb_only.session == 0);  // a Security Council resolution: no session, no committee
        CHECK(verb_only.body == "sc");
        CHECK(verb_only.kind == "annex");
        CHECK(verb_only.verb == "decides");
        CHECK(verb_only.clause.empty());
        CHECK(verb_only.committee.empty());  // not a General Assembly resolution

        const FacetValues none = unpack_facets(pack_facets({"", 0, "annex", "", "", "plenary", ""}));
        CHECK(none.session == 0);
        CHECK(none.verb.empty());
        CHECK(none.clause.empty());
        CHECK(none.committee == "plenary");
        CHECK(none.body.empty());

        const FacetValues junk = unpack_facets("x");
        CHECK(junk.change.empty());
        CHECK(junk.kind.empty());
    }

    TEST_CASE("the change filter selects exactly one change class") {
        Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
        for (const char* change : {"edited", "unchanged", "new", "edited", ""}) {
            Xapian::Document doc;
            doc.add_value(slot(ValueSlot::Facets),
                          pack_facets({change, 79, "operative", "urges", "urges", "first", "ga"}));
            db.add_document(doc);
        }
        const auto count = [&](const char* change) {
            Xapian::Enquire enquire(db);
            enquire.set_query(change_filter(change));
            return enquire.get_mset(0, 10).get_matches_estimated();
        };
        CHECK(count("edited") == 2);
        CHECK(count("unchanged") == 1);
        CHECK(count("new") == 1);
    }
}
