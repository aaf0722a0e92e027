/// @file
/// @brief Round trip per field: each sample paragraph indexed by the document builder is found again by the
/// query builder from each of its values (typed in another case and spacing where that is allowed) and
/// read back through the paragraph data codec as it was parsed.
#include "analyzers/text/canonical_values.hpp"
#include "analyzers/parser/localized_clauses.hpp"
#include "analyzers/parser/resolution_parser.hpp"
#include "searcher/search.hpp"
#include "tests/system/sample_index.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <optional>

using namespace unres;

namespace {

auto read_file(const std::filesystem::path& path) -> std::string {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// @p text in ASCII upper case with every space doubled: how a value may be typed.
auto typed_otherwise(const std::string& text) -> std::string {
    std::string out;
    for (char c : text) {
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (c == ' ') out += ' ';
    }
    return out;
}

/// The hit for paragraph @p id among those @p query finds, if it is one of them.
auto hit_of(searcher::Searcher& s, const std::string& query, const std::string& id)
    -> std::optional<searcher::Hit> {
    searcher::SearchRequest request;
    request.query = query;
    request.limit = 1000;
    request.facets = false;
    const auto result = s.search(request);
    const auto found =
        std::find_if(result.hits.begin(), result.hits.end(), [&](const auto& hit) { return hit.id == id; });
    if (found == result.hits.end()) return std::nullopt;
    return *found;
}

/// Whether searching @p query finds the paragraph @p id.
auto finds(searcher::Searcher& s, const std::string& query, const std::string& id) -> bool {
    return hit_of(s, query, id).has_value();
}

/// Calls @p check(resolution, paragraph, id, within) for every paragraph of the sample corpus, as parsed;
/// @p within narrows a query to its resolution (" symbol:A/RES/78/45"). How many paragraphs there were.
template <typename Check>
auto for_each_sample_paragraph(const Check& check) -> int {
    int checked = 0;
    for (const auto* name : {"A-RES-75-52.md", "A-RES-76-26.txt", "A-RES-78-45.md", "A-RES-79-34.txt"}) {
        const auto r = analyzers::parse_resolution(read_file(testing::sample_corpus() / name), name);
        for (const auto& p : r.paragraphs) {
            const std::string id = r.symbol + "#" + p.id;
            CAPTURE(id);
            check(r, p, id, " symbol:" + r.symbol);
            ++checked;
        }
    }
    return checked;
}

}  // namespace

TEST_SUITE("system/canonical values") {
    TEST_CASE("canonical values: one spelling, whatever case and spacing it is typed in") {
        CHECK(schema::clause_key("Strongly  Condemns ") == "strongly condemns");
        CHECK(schema::clause_key("Настоятельно призывает") == "настоятельно призывает");
        CHECK(schema::agenda_value("99  (M)") == "99 (m)");
        CHECK(schema::language_value("EN") == "en");
        CHECK(schema::language_value("French") == "fr");
        CHECK(schema::language_value("Español") == "es");
        CHECK(schema::language_value("Русский") == "ru");
        CHECK(schema::language_value("中文") == "zh");
        CHECK(schema::language_value("Klingon") == "klingon");
        CHECK(schema::verb_key_value("Urges") == "urges");
    }

    TEST_CASE("every sample paragraph is found again by its clause, verb, language and agenda item") {
        searcher::Searcher s({testing::sample_database()});
        const int checked =
            for_each_sample_paragraph([&](const analyzers::Resolution& r, const analyzers::Paragraph& p,
                                          const std::string& id, const std::string& within) {
                if (!p.clause.empty())
                    CHECK(finds(s, "clause:\"" + typed_otherwise(p.clause) + "\"" + within, id));
                if (!p.verb.empty()) CHECK(finds(s, "verb:" + typed_otherwise(p.verb) + within, id));
                CHECK(finds(s, "lang:EN" + within, id));
                if (!r.agenda_item.empty())
                    CHECK(finds(s, "agenda:\"" + typed_otherwise(r.agenda_item) + "\"" + within, id));
            });
        CHECK(checked > 90);
    }

    TEST_CASE("every field of every sample paragraph: found by its value, read back as it was parsed") {
        searcher::Searcher s({testing::sample_database()});
        const int checked =
            for_each_sample_paragraph([&](const analyzers::Resolution& r, const analyzers::Paragraph& p,
                                          const std::string& id, const std::string& within) {
                // Read back through the codec: the hit holds the paragraph as parsed.
                const auto hit = hit_of(s, "kind:" + analyzers::kind_name(p.kind) + within, id);
                REQUIRE(hit);
                CHECK(hit->symbol == r.symbol);
                CHECK(hit->paragraph == p.id);
                CHECK(hit->session == r.session);
                CHECK(hit->adopted == r.adopted);
                CHECK(hit->kind == analyzers::kind_name(p.kind));
                CHECK(hit->number == p.number);
                CHECK(hit->clause == p.clause);
                CHECK(hit->verb == p.verb);
                CHECK(hit->text == p.text);
                CHECK(hit->title == r.title);
                // Found by each boolean field's value.
                CHECK(finds(s, "session:" + std::to_string(r.session) + within, id));
                CHECK(finds(s, "year:" + r.adopted.substr(0, 4) + within, id));
                CHECK(finds(s, "symbol:" + typed_otherwise(r.symbol), id));
                CHECK(finds(s, "body:GA" + within, id));
                if (!r.committee.empty())
                    CHECK(finds(s, "committee:\"" + typed_otherwise(r.committee) + "\"" + within, id));
                for (const auto& cited : p.cites) CHECK(finds(s, "cites:\"" + cited + "\"" + within, id));
                if (const auto key = analyzers::verb_key(r.language, p); !key.empty())
                    CHECK(finds(s, "verbkey:" + typed_otherwise(key) + within, id));
                // And by its words: the text's first word and a word of the title.
                const auto first = p.text.substr(0, p.text.find_first_of(" ,;:"));
                if (!first.empty()) CHECK(finds(s, "\"" + first + "\"" + within, id));
                const auto title_word = r.title.substr(0, r.title.find(' '));
                CHECK(finds(s, "title:\"" + title_word + "\"" + within, id));
            });
        CHECK(checked > 90);
    }
}
