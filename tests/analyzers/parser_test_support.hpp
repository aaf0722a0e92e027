/// @file
/// @brief Helpers shared by the parser tests: reading files, locating the shared corpus, comparing parses.
#pragma once

#include "analyzers/parser/resolution.hpp"
#include "tests/support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace unres::test {

inline auto read_file(const std::string& path) -> std::string {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

/// ../shared (env UNRES_SHARED_DIR, else UNRES_SOURCE_DIR/../shared).
inline auto shared_dir() -> std::string { return unres::testing::shared_dir().string(); }

/// Checks every field of @p got against @p want (paragraph cites only when @p with_cites).
inline void check_same(const analyzers::Resolution& got, const analyzers::Resolution& want, bool with_cites) {
    CHECK(got.symbol == want.symbol);
    CHECK(got.session == want.session);
    CHECK(got.title == want.title);
    CHECK(got.agenda_item == want.agenda_item);
    CHECK(got.adopted == want.adopted);
    CHECK(got.distributed == want.distributed);
    CHECK(got.committee == want.committee);
    CHECK(got.committee_report == want.committee_report);
    CHECK(got.meeting == want.meeting);
    CHECK(got.language == want.language);
    CHECK(got.cites == want.cites);
    REQUIRE(got.footnotes.size() == want.footnotes.size());
    for (std::size_t i = 0; i < want.footnotes.size(); ++i) {
        CHECK(got.footnotes[i].mark == want.footnotes[i].mark);
        CHECK(got.footnotes[i].text == want.footnotes[i].text);
    }
    REQUIRE(got.paragraphs.size() == want.paragraphs.size());
    for (std::size_t i = 0; i < want.paragraphs.size(); ++i) {
        const auto& g = got.paragraphs[i];
        const auto& w = want.paragraphs[i];
        CAPTURE(w.id);
        CHECK(g.id == w.id);
        CHECK(g.kind == w.kind);
        CHECK(g.number == w.number);
        CHECK(g.clause == w.clause);
        CHECK(g.clause_key == w.clause_key);
        CHECK(g.verb == w.verb);
        CHECK(g.text == w.text);
        CHECK(g.footnote_refs == w.footnote_refs);
        CHECK(g.section == w.section);
        REQUIRE(g.subparagraphs.size() == w.subparagraphs.size());
        for (std::size_t k = 0; k < w.subparagraphs.size(); ++k) {
            CHECK(g.subparagraphs[k].id == w.subparagraphs[k].id);
            CHECK(g.subparagraphs[k].label == w.subparagraphs[k].label);
            CHECK(g.subparagraphs[k].text == w.subparagraphs[k].text);
        }
        if (with_cites) CHECK(g.cites == w.cites);
    }
}

}  // namespace unres::test
