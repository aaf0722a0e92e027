/// @file
/// @brief The query language's meaning, row by row: each query against the Xapian query it must build (in
/// the style of Xapian's api_queryparser), or the one-line error it must give, over the sample index.
/// Unlike the sample-queries goldens (regenerated from output), a change of meaning fails here by name.
#include "analyzers/embedded_data.hpp"
#include "analyzers/error.hpp"
#include "analyzers/text/analyzer.hpp"
#include "searcher/query_builder.hpp"
#include "searcher/synonyms.hpp"
#include "tests/system/sample_index.hpp"

#include <doctest/doctest.h>
#include <xapian.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

using namespace unres;

namespace {

/// The index of the ')' that closes the '(' at @p open in @p s, or npos.
auto closing(const std::string& s, std::size_t open) -> std::size_t {
    int depth = 0;
    for (std::size_t i = open; i < s.size(); ++i) {
        if (s[i] == '(') ++depth;
        if (s[i] == ')' && --depth == 0) return i;
    }
    return std::string::npos;
}

/**
 * A query description as a reader checks it: without "Query(…)", with the footnote copy of each text
 * query ("… OR 0.3 * (XFN…)", which every text query carries) dropped, and without doubled parentheses or
 * parentheses around one term.
 * "<nothing>" for MatchNothing. The rows of "footnotes" show the copies themselves.
 */
auto compact(std::string d) -> std::string {
    if (d.rfind("Query(", 0) == 0 && d.back() == ')') d = d.substr(6, d.size() - 7);
    const std::string footnote = " OR 0.2999999999999999889 * ";
    for (auto at = d.find(footnote); at != std::string::npos; at = d.find(footnote)) {
        std::size_t end = at + footnote.size();
        if (d[end] == '(') {
            end = closing(d, end) + 1;
        } else {
            while (end < d.size() && d[end] != ' ' && d[end] != ')') ++end;
        }
        d.erase(at, end - at);
    }
    for (auto at = d.find("(("); at != std::string::npos;) {
        const auto outer = closing(d, at);
        if (outer == closing(d, at + 1) + 1) {
            d.erase(outer, 1);
            d.erase(at, 1);
            at = d.find("((");
        } else {
            at = d.find("((", at + 1);
        }
    }
    for (auto at = d.find('('); at != std::string::npos; at = d.find('(', at + 1)) {
        const auto end = closing(d, at);  // "(a/res/78/45)": one term needs no parentheses
        const bool grouping = at == 0 || d[at - 1] == ' ' || d[at - 1] == '(';  // not "1514(XV)"
        if (grouping && end != std::string::npos && d.find_first_of(" (", at + 1) > end) {
            d.erase(end, 1);
            d.erase(at, 1);
        }
    }
    if (!d.empty() && d.front() == '(' && closing(d, 0) == d.size() - 1) d = d.substr(1, d.size() - 2);
    return d.empty() ? "<nothing>" : d;
}

/// The sample index with the English analysis and synonyms a search uses.
struct Parser {
    Xapian::Database db{testing::sample_database()};
    std::unique_ptr<analyzers::Analyzer> analyzer = analyzers::make_analyzer("en");
    searcher::Synonyms synonyms{analyzers::embedded_data("synonyms.en.txt"), *analyzer};
    searcher::QueryBuilder builder{*analyzer, synonyms, db};

    /// The compact description of @p query's Xapian query, or "error: " and the message it is refused with.
    [[nodiscard]] auto describe(const std::string& query) const -> std::string {
        try {
            return compact(builder.build(query).query.get_description());
        } catch (const UsageError& e) {
            return std::string("error: ") + e.what();
        }
    }
};

}  // namespace

TEST_SUITE("searcher/query_parser_table") {
    TEST_CASE(
        "footnotes: every text query also matches the footnotes a paragraph calls, at 0.3 of the weight") {
        const Parser parser;
        CHECK(parser.builder.build("mines").query.get_description() ==
              "Query(((mines OR 0.5 * Zmine) OR 0.2999999999999999889 * (XFNmines OR 0.5 * ZXFNmine)))");
        CHECK(parser.builder.build("\"mine action\"").query.get_description() ==
              "Query(((mine PHRASE 2 action) OR 0.2999999999999999889 * (XFNmine PHRASE 2 XFNaction)))");
        CHECK(parser.builder.build("clause:urges").query.get_description() ==
              "Query((XCurges OR 0.5 * ZXCurg))");
        CHECK(compact(
                  "Query(((a OR 0.2999999999999999889 * XFNa) AND (b OR 0.2999999999999999889 * (XFNb))))") ==
              "a AND b");
    }

    TEST_CASE("each query builds the Xapian query it means, or is refused with the message it must give") {
        const Parser parser;
        // {query as typed, compact description of the query it must build, or "error: " and the message}
        const std::vector<std::pair<std::string, std::string>> table = {
            {R"q(mines)q", R"q(mines OR 0.5 * Zmine)q"},
            {R"q(Mines)q", R"q(mines OR 0.5 * Zmine)q"},
            {R"q(MINES)q", R"q(mines OR 0.5 * Zmine)q"},
            {R"q(mine)q", R"q(mine OR 0.5 * Zmine)q"},
            {R"q(mined)q", R"q(mined OR 0.5 * Zmine)q"},
            {R"q(landmines)q",
             R"q((Zapm SYNONYM (anti PHRASE 3 personnel PHRASE 3 mine) SYNONYM (anti PHRASE 3 personnel PHRASE 3 mines) SYNONYM (antipersonnel PHRASE 2 mine) SYNONYM Zlandmin) AND_MAYBE landmines)q"},
            {R"q(the)q", R"q(the OR 0.5 * Zthe)q"},
            {R"q(développement)q", R"q(developpement OR 0.5 * Zdevelopp)q"},
            {R"q(developpement)q", R"q(developpement OR 0.5 * Zdevelopp)q"},
            {R"q(women's)q", R"q(women's OR 0.5 * Zwomen)q"},
            {R"q(womens)q", R"q(womens OR 0.5 * Zwomen)q"},
            {R"q("anti-personnel mines")q", R"q(anti PHRASE 3 personnel PHRASE 3 mines)q"},
            {R"q(anti-personnel)q",
             R"q((anti PHRASE 2 personnel) AND_MAYBE ((anti PHRASE 2 personnel) OR (anti NEAR 5 personnel)))q"},
            {R"q(anti personnel)q",
             R"q(((anti OR 0.5 * Zanti) AND (personnel OR 0.5 * Zpersonnel)) AND_MAYBE ((anti PHRASE 2 personnel) OR (anti NEAR 5 personnel)))q"},
            {R"q(=mines)q", R"q(mines)q"},
            {R"q(="mines")q", R"q(mines)q"},
            {R"q("mines")q", R"q(mines)q"},
            {R"q(mines AND cluster)q", R"q((mines OR 0.5 * Zmine) AND (cluster OR 0.5 * Zcluster))q"},
            {R"q(mines cluster)q",
             R"q(((mines OR 0.5 * Zmine) AND (cluster OR 0.5 * Zcluster)) AND_MAYBE ((mines PHRASE 2 cluster) OR (mines NEAR 5 cluster)))q"},
            {R"q(mines OR cluster)q", R"q((mines OR 0.5 * Zmine) OR (cluster OR 0.5 * Zcluster))q"},
            {R"q(mines NOT cluster)q", R"q((mines OR 0.5 * Zmine) AND_NOT (cluster OR 0.5 * Zcluster))q"},
            {R"q(mines -cluster)q", R"q((mines OR 0.5 * Zmine) AND_NOT (cluster OR 0.5 * Zcluster))q"},
            {R"q(+mines)q", R"q(mines OR 0.5 * Zmine)q"},
            {R"q(-mines)q", R"q(<alldocuments> AND_NOT (mines OR 0.5 * Zmine))q"},
            {R"q(NOT mines)q", R"q(<alldocuments> AND_NOT (mines OR 0.5 * Zmine))q"},
            {R"q(mines AND NOT cluster)q", R"q((mines OR 0.5 * Zmine) AND_NOT (cluster OR 0.5 * Zcluster))q"},
            {R"q((mines OR cluster) AND victims)q",
             R"q(((mines OR 0.5 * Zmine) OR (cluster OR 0.5 * Zcluster)) AND (victims OR 0.5 * Zvictim))q"},
            {R"q(mines OR cluster victims)q",
             R"q((mines OR 0.5 * Zmine) OR (((cluster OR 0.5 * Zcluster) AND (victims OR 0.5 * Zvictim)) AND_MAYBE ((cluster PHRASE 2 victims) OR (cluster NEAR 5 victims))))q"},
            {R"q(mines (cluster OR victims))q",
             R"q((mines OR 0.5 * Zmine) AND ((cluster OR 0.5 * Zcluster) OR (victims OR 0.5 * Zvictim)))q"},
            {R"q(((mines)))q", R"q(mines OR 0.5 * Zmine)q"},
            {R"q(AND)q", R"q(and OR 0.5 * Zand)q"},
            {R"q(OR)q", R"q(or OR 0.5 * Zor)q"},
            {R"q(NOT)q", R"q(not OR 0.5 * Znot)q"},
            {R"q(mines AND)q", R"q(error: query: 'AND' at column 7 needs something after it)q"},
            {R"q(AND mines)q", R"q(mines OR 0.5 * Zmine)q"},
            {R"q(and)q", R"q(and OR 0.5 * Zand)q"},
            {R"q(or)q", R"q(or OR 0.5 * Zor)q"},
            {R"q(not)q", R"q(not OR 0.5 * Znot)q"},
            {R"q(mine*)q", R"q(mine SYNONYM mineaffected SYNONYM mines)q"},
            {R"q(min*)q", R"q(mine SYNONYM mineaffected SYNONYM mines)q"},
            {R"q(zzzq*)q", R"q(<nothing>)q"},
            {R"q(clause:recalling)q", R"q(XCrecalling OR 0.5 * ZXCrecal)q"},
            {R"q(clause:"noting with deep regret")q",
             R"q(XCnoting PHRASE 4 XCwith PHRASE 4 XCdeep PHRASE 4 XCregret)q"},
            {R"q(clause:urges)q", R"q(XCurges OR 0.5 * ZXCurg)q"},
            {R"q(title:mines)q",
             R"q(0 * ((XSYM:A/RES/75/52 AND XLANGen) OR (XSYM:A/RES/76/26 AND XLANGen) OR (XSYM:A/RES/78/45 AND XLANGen) OR (XSYM:A/RES/79/34 AND XLANGen)))q"},
            {R"q(title:"anti-personnel mines")q",
             R"q(0 * ((XSYM:A/RES/75/52 AND XLANGen) OR (XSYM:A/RES/76/26 AND XLANGen) OR (XSYM:A/RES/78/45 AND XLANGen) OR (XSYM:A/RES/79/34 AND XLANGen)))q"},
            {R"q(title:oceans)q", R"q(<nothing>)q"},
            {R"q(symbol:A/RES/78/45)q", R"q(0 * XSYM:A/RES/78/45)q"},
            {R"q(symbol:78/45)q", R"q(0 * XSYM:A/RES/78/45)q"},
            {R"q(session:78)q", R"q(0 * XSES78)q"},
            {R"q(session:75..78)q", R"q(VALUE_RANGE 0 \xb8\xb0 \xb8\xe0)q"},
            {R"q(session:75..)q", R"q(VALUE_GE 0 \xb8\xb0)q"},
            {R"q(session:..78)q", R"q(VALUE_LE 0 \xb8\xe0)q"},
            {R"q(year:2023)q", R"q(0 * XYEAR2023)q"},
            {R"q(year:2020..2023)q", R"q(VALUE_RANGE 6 \xcf\xe4 \xcf\xe7)q"},
            {R"q(kind:operative)q", R"q(0 * XKINDoperative)q"},
            {R"q(kind:preambular)q", R"q(0 * XKINDpreambular)q"},
            {R"q(kind:annex)q", R"q(0 * XKINDannex)q"},
            {R"q(kind:Operative)q", R"q(0 * XKINDoperative)q"},
            {R"q(verb:urges)q", R"q(0 * XVERBurges)q"},
            {R"q(verb:Urges)q", R"q(0 * XVERBurges)q"},
            {R"q(verb:calls)q", R"q(0 * XVERBcalls)q"},
            {R"q(verbkey:urges)q", R"q(0 * XVKEYurges)q"},
            {R"q(cites:A/RES/77/77)q", R"q(0 * XCITE:A/RES/77/77)q"},
            {R"q(cites:"S/RES/1325 (2000)")q", R"q(0 * XCITE:S/RES/1325(2000))q"},
            {R"q(cites:1514 (XV))q", R"q(0 * XCITE:A/RES/1514(XV))q"},
            {R"q(committee:first)q", R"q(0 * XCOMfirst)q"},
            {R"q(committee:plenary)q", R"q(0 * XCOMplenary)q"},
            {R"q(committee:"Third Committee")q", R"q(0 * XCOMthird)q"},
            {R"q(lang:en)q", R"q(0 * XLANGen)q"},
            {R"q(lang:fr)q", R"q(0 * XLANGfr)q"},
            {R"q(lang:English)q", R"q(0 * XLANGen)q"},
            {R"q(change:new)q", R"q(VALUE_RANGE 2 n n\xff)q"},
            {R"q(change:edited)q", R"q(VALUE_RANGE 2 e e\xff)q"},
            {R"q(change:unchanged)q", R"q(VALUE_RANGE 2 u u\xff)q"},
            {R"q(agenda:99)q", R"q(0 * XAG99)q"},
            {R"q(body:ga)q", R"q(0 * XBODYga)q"},
            {R"q(body:sc)q", R"q(0 * XBODYsc)q"},
            {R"q(body:"Security Council")q", R"q(0 * XBODYsc)q"},
            {R"q(APM)q",
             R"q((Zapm SYNONYM (anti PHRASE 3 personnel PHRASE 3 mine) SYNONYM (anti PHRASE 3 personnel PHRASE 3 mines) SYNONYM (antipersonnel PHRASE 2 mine) SYNONYM Zlandmin) AND_MAYBE apm)q"},
            {R"q(anti-personnel mine)q",
             R"q(((Zapm SYNONYM (anti PHRASE 3 personnel PHRASE 3 mine) SYNONYM (anti PHRASE 3 personnel PHRASE 3 mines) SYNONYM (antipersonnel PHRASE 2 mine) SYNONYM Zlandmin) AND_MAYBE (anti PHRASE 3 personnel PHRASE 3 mine)) AND_MAYBE ((anti PHRASE 3 personnel PHRASE 3 mine) OR (anti NEAR 6 personnel NEAR 6 mine)))q"},
            {R"q(Ottawa Convention)q",
             R"q((((ottawa PHRASE 2 convention) SYNONYM (mine PHRASE 3 ban PHRASE 3 convention) SYNONYM (anti PHRASE 5 personnel PHRASE 5 mine PHRASE 5 ban PHRASE 5 convention) SYNONYM (convention PHRASE 19 on PHRASE 19 the PHRASE 19 prohibition PHRASE 19 of PHRASE 19 the PHRASE 19 use PHRASE 19 stockpiling PHRASE 19 production PHRASE 19 and PHRASE 19 transfer PHRASE 19 of PHRASE 19 anti PHRASE 19 personnel PHRASE 19 mines PHRASE 19 and PHRASE 19 on PHRASE 19 their PHRASE 19 destruction)) AND_MAYBE (ottawa PHRASE 2 convention)) AND_MAYBE ((ottawa PHRASE 2 convention) OR (ottawa NEAR 5 convention)))q"},
            {R"q(A/RES/78/45)q",
             R"q((PostingSource(Xapian::ValueMapPostingSource(slot=5)) FILTER XSYM:A/RES/78/45) OR ((a/res/78/45 OR 0 * XCITE:A/RES/78/45) AND_NOT XSYM:A/RES/78/45))q"},
            {R"q(78/45)q",
             R"q((PostingSource(Xapian::ValueMapPostingSource(slot=5)) FILTER XSYM:A/RES/78/45) OR ((a/res/78/45 OR 0 * XCITE:A/RES/78/45) AND_NOT XSYM:A/RES/78/45))q"},
            {R"q(a/res/78/45)q",
             R"q((PostingSource(Xapian::ValueMapPostingSource(slot=5)) FILTER XSYM:A/RES/78/45) OR ((a/res/78/45 OR 0 * XCITE:A/RES/78/45) AND_NOT XSYM:A/RES/78/45))q"},
            {R"q(mines session:78)q", R"q((mines OR 0.5 * Zmine) AND 0 * XSES78)q"},
            {R"q(mines kind:operative session:78..79)q",
             R"q((mines OR 0.5 * Zmine) AND 0 * XKINDoperative AND VALUE_RANGE 0 \xb8\xe0 \xb8\xf0)q"},
            {R"q(mines -kind:preambular)q", R"q((mines OR 0.5 * Zmine) AND_NOT XKINDpreambular)q"},
            {R"q(clause:urges mines)q", R"q((XCurges OR 0.5 * ZXCurg) AND (mines OR 0.5 * Zmine))q"},
            {R"q(footnote:mines)q", R"q(XFNmines OR 0.5 * ZXFNmine)q"},
            {R"q(2023)q", R"q(2023)q"},
            {R"q(1997)q", R"q(1997)q"},
            {R"q(62/50)q",
             R"q((PostingSource(Xapian::ValueMapPostingSource(slot=5)) FILTER XSYM:A/RES/62/50) OR ((a/res/62/50 OR 0 * XCITE:A/RES/62/50) AND_NOT XSYM:A/RES/62/50))q"},
            {R"q(small arms)q",
             R"q(((small OR 0.5 * Zsmall) AND (arms OR 0.5 * Zarm)) AND_MAYBE ((small PHRASE 2 arms) OR (small NEAR 5 arms)))q"},
            {R"q(small arms and light weapons)q", R"q(((small OR 0.5 * Zsmall) AND (arms OR 0.5 * Zarm) AND (and OR 0.5 * Zand) AND (light OR 0.5 * Zlight) AND (weapons OR 0.5 * Zweapon)) AND_MAYBE ((small PHRASE 5 arms PHRASE 5 and PHRASE 5 light PHRASE 5 weapons) OR (small NEAR 8 arms NEAR 8 and NEAR 8 light NEAR 8 weapons)))q"},
            {R"q(humanitarian mine action)q",
             R"q(((humanitarian OR 0.5 * Zhumanitarian) AND (mine OR 0.5 * Zmine) AND (action OR 0.5 * Zaction)) AND_MAYBE ((humanitarian PHRASE 3 mine PHRASE 3 action) OR (humanitarian NEAR 6 mine NEAR 6 action)))q"},
            {R"q(mines*)q", R"q(mines)q"},
            {R"q("mine action" victims)q", R"q((mine PHRASE 2 action) AND (victims OR 0.5 * Zvictim))q"},
            {R"q(victims "mine action")q", R"q((victims OR 0.5 * Zvictim) AND (mine PHRASE 2 action))q"},
            {R"q("the")q", R"q(the)q"},
            {R"q(Cambodia)q", R"q(cambodia OR 0.5 * Zcambodia)q"},
            {R"q(cambodia)q", R"q(cambodia OR 0.5 * Zcambodia)q"},
            {R"q(CAMBODIA)q", R"q(cambodia OR 0.5 * Zcambodia)q"},
            {R"q(état)q", R"q(etat OR 0.5 * Zetat)q"},
            {R"q(Etat)q", R"q(etat OR 0.5 * Zetat)q"},
            {R"q(über)q", R"q(uber OR 0.5 * Zuber)q"},
            {R"q(naïve)q", R"q(naive OR 0.5 * Znaiv)q"},
            {R"q(co-operation)q",
             R"q((co PHRASE 2 operation) AND_MAYBE ((co PHRASE 2 operation) OR (co NEAR 5 operation)))q"},
            {R"q(cooperation)q", R"q(cooperation OR 0.5 * Zcooper)q"},
            {R"q(mines, cluster)q",
             R"q(((mines OR 0.5 * Zmine) AND (cluster OR 0.5 * Zcluster)) AND_MAYBE ((mines PHRASE 2 cluster) OR (mines NEAR 5 cluster)))q"},
            {R"q(mines; cluster)q",
             R"q(((mines OR 0.5 * Zmine) AND (cluster OR 0.5 * Zcluster)) AND_MAYBE ((mines PHRASE 2 cluster) OR (mines NEAR 5 cluster)))q"},
            {R"q(mines.)q", R"q(mines OR 0.5 * Zmine)q"},
            {R"q((mines)q", R"q(error: query: unbalanced '(' at column 1)q"},
            {R"q(mines))q", R"q(error: query: unexpected ')' at column 6)q"},
            {R"q(())q", R"q(error: query: empty '( )' at column 1)q"},
            {R"q("")q", R"q(<nothing>)q"},
            {R"q(session:abc)q", R"q(error: session: 'abc' is not a number (e.g. session:78))q"},
            {R"q(session:78..75)q",
             R"q(error: session: '78..75' runs backwards (did you mean session:75..78?))q"},
            {R"q(year:78)q", R"q(error: year: '78' is not a year (e.g. year:2023))q"},
            {R"q(kind:foo)q", R"q(error: kind: 'foo' is not one of preambular, operative, annex)q"},
            {R"q(titel:mines)q",
             R"q(error: query: unknown field 'titel:' at column 1 (did you mean title:?); fields are title, clause, symbol, session, year, kind, verb, verbkey, lang, committee, body, agenda, cites, change, footnote (quote "titel:mines" to search for the text))q"},
            {R"q(foo:bar)q",
             R"q(error: query: unknown field 'foo:' at column 1; fields are title, clause, symbol, session, year, kind, verb, verbkey, lang, committee, body, agenda, cites, change, footnote (quote "foo:bar" to search for the text))q"},
            {R"q(http://example.org)q",
             R"q(((http OR 0.5 * Zhttp) AND (example.org OR 0.5 * Zexample.org)) AND_MAYBE ((http PHRASE 2 example.org) OR (http NEAR 5 example.org)))q"},
            {R"q(symbol:nonsense)q",
             R"q(error: symbol: 'nonsense' is not a UN document symbol (e.g. A/RES/78/45 or 78/45))q"},
            {R"q(change:maybe)q", R"q(error: change: 'maybe' is not one of unchanged, edited, new)q"},
            {R"q(lang:xx)q", R"q(error: lang: 'xx' is not one of ar, en, es, fr, ru, zh)q"},
            {R"q(committee:seventh)q",
             R"q(error: committee: 'seventh' is not one of first, second, third, fourth, fifth, sixth, plenary)q"},
            {R"q(body:un)q", R"q(error: body: 'un' is not one of ga, sc, hrc, ecosoc)q"},
            {R"q(verb:)q", R"q(error: query: 'verb:' at column 1 needs a value)q"},
        };
        CHECK(table.size() >= 100);
        for (const auto& [query, expected] : table) {
            CAPTURE(query);
            CHECK(parser.describe(query) == expected);
        }
    }
}
