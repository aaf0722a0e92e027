/// @file
/// @brief Index-then-search properties over the sample corpus: every word and 3-word phrase is found.
#include "analyzers/parser/resolution_json.hpp"
#include "analyzers/text/analyzer.hpp"
#include "index/schema.hpp"
#include "index/stored_resolution.hpp"
#include "searcher/search.hpp"
#include "tests/system/sample_index.hpp"

#include <doctest/doctest.h>
#include <xapian.h>

#include <algorithm>
#include <cctype>

using namespace unres;

namespace {

struct IndexedParagraph {
    std::string id;
    std::string text;
};

auto all_paragraphs(const std::string& db_path) -> std::vector<IndexedParagraph> {
    Xapian::Database db(db_path);
    std::vector<IndexedParagraph> out;
    const std::string records = schema::boolean_term(schema::Field::DocType, "resolution");
    for (auto it = db.postlist_begin(records); it != db.postlist_end(records); ++it) {
        const auto r = analyzers::read_resolution(db, *it);
        REQUIRE(r);
        REQUIRE(!r->paragraphs.empty());
        for (const auto& p : r->paragraphs) out.push_back({r->symbol + "#" + p.id, p.text});
    }
    return out;
}

auto finds(searcher::Searcher& s, const std::string& query, const std::string& id) -> bool {
    searcher::SearchRequest request;
    request.query = query;
    request.limit = 200;
    request.facets = false;
    const auto result = s.search(request);
    return std::any_of(result.hits.begin(), result.hits.end(), [&](const auto& h) { return h.id == id; });
}

auto upper(std::string s) -> std::string {
    for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

auto lower(std::string s) -> std::string {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// Drops the accents of Latin-1 letters (enough for the sample corpus and its typography).
auto strip_accents(const std::string& s) -> std::string {
    static const std::vector<std::pair<std::string, std::string>> table = {
        {"é", "e"}, {"è", "e"}, {"ê", "e"}, {"ô", "o"}, {"ç", "c"}, {"à", "a"}, {"ü", "u"}, {"’", "'"}};
    std::string out = s;
    for (const auto& [from, to] : table) {
        for (auto at = out.find(from); at != std::string::npos; at = out.find(from, at))
            out.replace(at, from.size(), to);
    }
    return out;
}

}  // namespace

TEST_SUITE("system/index_search") {
    TEST_CASE("every word of every paragraph, alone, in upper, lower and accent-free case, finds it") {
        searcher::Searcher s({testing::sample_database()});
        const auto analyzer = analyzers::make_analyzer("en");
        const auto paragraphs = all_paragraphs(testing::sample_database());
        REQUIRE(paragraphs.size() == 96);
        std::size_t checked = 0;
        for (const auto& p : paragraphs) {
            for (const auto& token : analyzer->analyze(p.text)) {
                const std::string word = p.text.substr(token.byte_begin, token.byte_end - token.byte_begin);
                for (const auto& form : {upper(word), lower(word), strip_accents(word)}) {
                    CAPTURE(p.id);
                    CAPTURE(form);
                    CHECK(finds(s, "\"" + form + "\"", p.id));
                    ++checked;
                }
                CHECK(finds(s, upper(word), p.id));
            }
        }
        MESSAGE("word queries checked: " << checked);
    }

    TEST_CASE("every 3-word span, queried as a phrase, finds its paragraph") {
        searcher::Searcher s({testing::sample_database()});
        const auto analyzer = analyzers::make_analyzer("en");
        for (const auto& p : all_paragraphs(testing::sample_database())) {
            const auto tokens = analyzer->analyze(p.text);
            for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
                const std::string span =
                    p.text.substr(tokens[i].byte_begin, tokens[i + 2].byte_end - tokens[i].byte_begin);
                if (span.find('"') != std::string::npos) continue;
                CAPTURE(p.id);
                CAPTURE(span);
                CHECK(finds(s, "\"" + span + "\"", p.id));
            }
        }
    }
}
