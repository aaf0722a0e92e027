/// @file
/// @brief Tests of the whole analysis chain: forms, aliases, stems, positions and offsets, per language.
#include "analyzers/text/analyzer.hpp"

#include "tests/support/skip.hpp"
#include "tests/support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using unres::analyzers::Analyzer;
using unres::analyzers::make_analyzer;
using unres::analyzers::Token;

namespace {

/// Exact terms as one string: "anti:0 antipersonnel:0 personnel:1" (each form, then its aliases).
auto render(const std::vector<Token>& tokens) -> std::string {
    std::string out;
    for (const Token& token : tokens) {
        out += token.form + ":" + std::to_string(token.position) + " ";
        for (const auto& alias : token.aliases) out += alias + ":" + std::to_string(token.position) + " ";
    }
    if (!out.empty()) out.pop_back();
    return out;
}

/// Stems as one string: "anti:0 personnel:1" (tokens without a stem are left out).
auto render_stems(const std::vector<Token>& tokens) -> std::string {
    std::string out;
    for (const Token& token : tokens) {
        if (!token.stem.empty()) out += token.stem + ":" + std::to_string(token.position) + " ";
    }
    if (!out.empty()) out.pop_back();
    return out;
}

struct Row {
    std::string input;
    std::string terms;  ///< render()
    std::string stems;  ///< render_stems()
};

void check_rows(const Analyzer& analyzer, const std::vector<Row>& rows) {
    for (const Row& row : rows) {
        CAPTURE(analyzer.language());
        CAPTURE(row.input);
        const auto tokens = analyzer.analyze(row.input);
        CHECK(render(tokens) == row.terms);
        CHECK(render_stems(tokens) == row.stems);
    }
}

/// Every exact term (forms and aliases) with its position, as the schema indexes them.
auto postings(const Analyzer& analyzer, const std::string& text)
    -> std::set<std::pair<std::string, unsigned>> {
    std::set<std::pair<std::string, unsigned>> out;
    for (const Token& token : analyzer.analyze(text)) {
        out.emplace(token.form, token.position);
        for (const auto& alias : token.aliases) out.emplace(alias, token.position);
    }
    return out;
}

/// Does the query, analysed into a phrase of its forms, occur in the document's postings?
auto phrase_matches(const Analyzer& analyzer, const std::string& document, const std::string& query) -> bool {
    const auto doc = postings(analyzer, document);
    const auto words = analyzer.analyze(query);
    if (words.empty()) return false;
    for (const auto& [term, start] : doc) {
        if (term != words.front().form) continue;
        bool all = true;
        for (const Token& word : words) all = all && doc.count({word.form, start + word.position}) > 0;
        if (all) return true;
    }
    return false;
}

/// Checks may_stem_to and the stem filter for every distinct stemmed word of @p files ({language, path});
/// returns the number of distinct words checked per language.
auto check_may_stem_to(const std::vector<std::pair<std::string, std::filesystem::path>>& files)
    -> std::map<std::string, std::size_t> {
    std::map<std::string, std::unique_ptr<Analyzer>> analyzers;
    std::map<std::string, std::set<std::string>> checked;
    for (const auto& [code, path] : files) {
        auto& analyzer = analyzers[code];
        if (!analyzer) analyzer = make_analyzer(code);
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        for (const Token& token : analyzer->analyze(text.str())) {
            if (token.stem.empty() || !checked[code].insert(token.form).second) continue;
            CAPTURE(code);
            CAPTURE(token.form);
            CAPTURE(token.stem);
            REQUIRE(analyzer->may_stem_to(token.form, token.stem));
            // The filter that skips stemming leaves the forms and positions as they were.
            const auto unstemmed = analyzer->analyze(token.form, [](std::string_view) { return false; });
            REQUIRE(unstemmed.size() == 1);
            REQUIRE(unstemmed.front().form == token.form);
        }
    }
    std::map<std::string, std::size_t> counts;
    for (const auto& [code, words] : checked) counts[code] = words.size();
    return counts;
}

}  // namespace

TEST_SUITE("analyzers/analyzer") {
    const auto english = make_analyzer("en");
    const auto french = make_analyzer("fr");
    const auto spanish = make_analyzer("es");
    const auto russian = make_analyzer("ru");
    const auto arabic = make_analyzer("ar");
    const auto chinese = make_analyzer("zh");

    TEST_CASE("analyses English resolution text") {
        check_rows(
            *english,
            {
                {"Urges all Member States", "urges:0 all:1 member:2 states:3",
                 "urg:0 all:1 member:2 state:3"},
                {"Noting with deep concern", "noting:0 with:1 deep:2 concern:3",
                 "note:0 with:1 deep:2 concern:3"},
                {"the State's obligations", "the:0 state's:1 state:1 obligations:2", "the:0 state:1 oblig:2"},
                {"Côte d’Ivoire", "cote:0 d'ivoire:1 ivoire:1", "cote:0 ivoir:1"},
                {"cote d'ivoire", "cote:0 d'ivoire:1 ivoire:1", "cote:0 ivoir:1"},
                {"anti\u2011personnel mines", "anti:0 antipersonnel:0 personnel:1 mines:2",
                 "anti:0 personnel:1 mine:2"},
                {"Secretary-General", "secretary:0 secretarygeneral:0 general:1", "secretari:0 general:1"},
                {"Secretary\u2011General’s report",
                 "secretary:0 secretarygeneral's:0 secretarygeneral:0 general's:1 general:1 report:2",
                 "secretari:0 general:1 report:2"},
                {"2020–2024", "2020:0 2024:1", ""},
                {"in 2023.", "in:0 2023:1", "in:0"},
                {"ＵＮ ﬁnance", "un:0 finance:1", "un:0 financ:1"},
                {"", "", ""},
                {" \t\r\n ", "", ""},
                {"— ; … !", "", ""},
            });
    }

    TEST_CASE("keeps UN symbols as one unstemmed term with its short form") {
        check_rows(
            *english,
            {
                {"its resolutions 54/54 B of 1 December 1999, 55/33 V",
                 "its:0 resolutions:1 a/res/54/54b:2 54/54b:2 of:3 1:4 december:5 1999:6 a/res/55/33v:7 "
                 "55/33v:7",
                 "it:0 resolut:1 of:3 decemb:5"},
                {"A/RES/78/45", "a/res/78/45:0 78/45:0", ""},
                {"78/45", "a/res/78/45:0 78/45:0", ""},
                {"A/RES/54/54 B", "a/res/54/54b:0 54/54b:0", ""},
                {"a/res/54/54b", "a/res/54/54b:0 54/54b:0", ""},
                {"54/54 B", "a/res/54/54b:0 54/54b:0", ""},
                {"S/RES/2728 (2024)", "s/res/2728(2024):0 s/res/2728:0", ""},
                {"report A/78/409.", "report:0 a/78/409:1", "report:0"},
            });
    }

    TEST_CASE("analyses French, Spanish and Russian") {
        check_rows(*french,
                   {
                       {"Prie instamment l’Assemblée générale",
                        "prie:0 instamment:1 l'assemblee:2 assemblee:2 generale:3",
                        "pri:0 instamment:1 assemble:2 general:3"},
                       {"élèves eleves ÉLÈVES", "eleves:0 eleves:1 eleves:2", "elev:0 elev:1 elev:2"},
                       {"qu’il", "qu'il:0 il:0", "il:0"},
                   });
        check_rows(*spanish, {
                                 {"Pide encarecidamente a la Asamblea General",
                                  "pide:0 encarecidamente:1 a:2 la:3 asamblea:4 general:5",
                                  "pid:0 encarecid:1 a:2 la:3 asamble:4 general:5"},
                                 {"niños", "ninos:0", "nin:0"},
                             });
        check_rows(*russian,
                   {
                       {"Генеральная Ассамблея", "генеральная:0 ассамблея:1", "генеральн:0 ассамбле:1"},
                       {"определённый", "определенный:0", "определен:0"},
                       {"определенный", "определенный:0", "определен:0"},
                       {"йод", "йод:0", "йод:0"},
                   });
    }

    TEST_CASE("folds Arabic tatweel, harakat and alef variants") {
        check_rows(*arabic, {
                                {"الأمم المتحدة", "الامم:0 المتحدة:1", "امم:0 متحد:1"},
                                {"المتّحدة", "المتحدة:0", "متحد:0"},
                                {"المتـحدة", "المتحدة:0", "متحد:0"},
                                {"عام ٢٠٢٣", "عام:0 2023:1", "عام:0"},
                            });
    }

    TEST_CASE("segments unspaced Chinese into words") {
        const auto tokens = chinese->analyze("联合国大会");
        const std::string terms = render(tokens);
        CHECK(terms.find("大会:") != std::string::npos);
        CHECK(render_stems(tokens) == "");
        CHECK(phrase_matches(*chinese, "安理会和联合国大会的决议", "大会"));
        // Two- and four-character words are found inside unspaced text (as phrases of ICU's words).
        CHECK(phrase_matches(*chinese, "大会呼吁提供人道主义援助", "决议") == false);
        CHECK(phrase_matches(*chinese, "大会呼吁提供人道主义援助", "呼吁"));
        CHECK(phrase_matches(*chinese, "大会呼吁提供人道主义援助", "人道主义"));
    }

    TEST_CASE("folds Traditional Chinese to the Simplified terms, offsets still in the original") {
        const std::string traditional = "聯合國大會";
        CHECK(render(chinese->analyze(traditional)) == render(chinese->analyze("联合国大会")));
        CHECK(render(chinese->analyze("安全理事會決議")) == render(chinese->analyze("安全理事会决议")));
        CHECK(phrase_matches(*chinese, "國際社會呼籲提供人道主義援助", "人道主义援助"));
        const auto tokens = chinese->analyze(traditional);
        REQUIRE_FALSE(tokens.empty());
        CHECK(tokens.back().byte_end == traditional.size());
        CHECK(traditional.substr(tokens.back().byte_begin) == "大會");
    }

    TEST_CASE("a query matches the document text it was typed for") {
        const std::vector<std::pair<std::string, std::string>> table = {
            {"the situation in Côte d’Ivoire", "cote d'ivoire"},
            {"the situation in Côte d’Ivoire", "Côte d’Ivoire"},
            {"the situation in Côte d’Ivoire", "ivoire"},
            {"anti\u2011personnel mines", "anti-personnel"},
            {"anti\u2011personnel mines", "anti personnel"},
            {"anti\u2011personnel mines", "antipersonnel"},
            {"anti-personnel mines", "anti\u2011personnel"},
            {"report of the Secretary\u2011General", "Secretary-General"},
            {"report of the Secretary\u2011General", "secretarygeneral"},
            {"its resolutions 54/54 B of 1 December 1999", "54/54 B"},
            {"its resolutions 54/54 B of 1 December 1999", "A/RES/54/54 B"},
            {"its resolutions 54/54 B of 1 December 1999", "a/res/54/54b"},
            {"its resolution A/RES/78/45", "78/45"},
            {"Security Council resolution 2728 (2024)... S/RES/2728 (2024)", "S/RES/2728"},
            {"ＵＮ ﬁnance", "UN finance"},
        };
        for (const auto& [document, query] : table) {
            CAPTURE(document);
            CAPTURE(query);
            CHECK(phrase_matches(*english, document, query));
        }
        CHECK(phrase_matches(*french, "Prie instamment l’Assemblée générale", "assemblée générale"));
        CHECK(phrase_matches(*arabic, "الأمم المتّحدة", "الامم المتـحدة"));
    }

    TEST_CASE("stems States and state alike") {
        CHECK(english->stem("states") == "state");
        CHECK(english->stem("state") == "state");
        CHECK(english->stem("state's") == "state");
        CHECK(english->stem("a/res/78/45") == "");
        CHECK(english->stem("2023") == "");
        CHECK(english->stem("") == "");
        CHECK(chinese->stem("大会") == "");
        CHECK(french->stem("l'assemblee") == french->stem("assemblee"));
    }

    TEST_CASE("an alias typed as a query word has the stem that stem() gives the alias") {
        // The schema can index stem(alias) so that a stemmed query for "antipersonnel" finds
        // "anti-personnel".
        for (const std::string text : {"anti\u2011personnel", "Côte d’Ivoire", "Secretary-General’s",
                                       "l’Assemblée", "A/RES/78/45", "S/RES/2728 (2024)", "the State's"}) {
            for (const Token& token : english->analyze(text)) {
                for (const auto& alias : token.aliases) {
                    CAPTURE(alias);
                    const auto typed = english->analyze(alias);
                    REQUIRE(typed.size() == 1);
                    CHECK(typed.front().stem == english->stem(alias));
                }
            }
        }
        CHECK(english->stem("antipersonnel") == "antipersonnel");
        CHECK(english->stem("78/45") == "");
    }

    TEST_CASE("normalise gives the form analyze gives to one typed word") {
        for (const std::string word : {"Côte", "d’Ivoire", "ÉLÈVES", "State's", "2023", "٢٠٢٣", "ＵＮ",
                                       "A/RES/54/54 B", "54/54B", "ёлка", "المتـحدة"}) {
            CAPTURE(word);
            const auto tokens = english->analyze(word);
            REQUIRE(tokens.size() == 1);
            CHECK(english->normalise(word) == tokens.front().form);
        }
        CHECK(english->normalise("Côte") == "cote");
        CHECK(english->normalise("anti\u2011personnel") == "antipersonnel");
        CHECK(english->normalise("") == "");
        CHECK(english->normalise(" ; ") == "");
    }

    TEST_CASE("names its language and accepts language names") {
        CHECK(english->language() == "en");
        CHECK(chinese->language() == "zh");
        CHECK(make_analyzer("French")->language() == "fr");
        const auto unknown = make_analyzer("de");
        CHECK(unknown->language() == "de");
        CHECK(render(unknown->analyze("Straße Größe")) == "strasse:0 grosse:1");
        CHECK(render_stems(unknown->analyze("Straße")) == "");
    }

    TEST_CASE("positions are consecutive and byte spans index the original text") {
        const std::string text = "L’Assemblée générale, rappelant sa résolution 54/54 B, anti‑personnel ٢٠٢٣";
        const auto tokens = french->analyze(text);
        REQUIRE(tokens.size() == 9);
        for (std::size_t i = 0; i < tokens.size(); ++i) CHECK(tokens[i].position == i);
        const auto source = [&](const Token& t) {
            return text.substr(t.byte_begin, t.byte_end - t.byte_begin);
        };
        CHECK(source(tokens[0]) == "L’Assemblée");
        CHECK(source(tokens[4]) == "résolution");
        CHECK(source(tokens[5]) == "54/54 B");
        CHECK(source(tokens[7]) == "personnel");
        CHECK(tokens[7].joined_to_previous);
        CHECK(source(tokens[8]) == "٢٠٢٣");
        CHECK(tokens[8].form == "2023");
    }

    TEST_CASE("any bytes give well-formed tokens and never throw") {
        std::mt19937 random(42);
        const std::string alphabet =
            "aZ09/ -.,'()B\xc3\xa9\xe2\x80\x91\xe2\x80\x99\xd8\xa7\xd9\x80\xe5\xa4\xa7\xff\x80";
        for (int round = 0; round < 3000; ++round) {
            std::string text;
            const std::size_t length = random() % 48;
            for (std::size_t i = 0; i < length; ++i) {
                text.push_back(round % 2 ? static_cast<char>(random() % 256)
                                         : alphabet[random() % alphabet.size()]);
            }
            CAPTURE(text);
            const auto& analyzer = round % 3 == 0 ? *english : round % 3 == 1 ? *arabic : *chinese;
            std::vector<Token> tokens;
            REQUIRE_NOTHROW(tokens = analyzer.analyze(text));
            std::size_t previous_end = 0;
            for (std::size_t i = 0; i < tokens.size(); ++i) {
                REQUIRE(tokens[i].position == i);
                REQUIRE_FALSE(tokens[i].form.empty());
                REQUIRE(tokens[i].byte_begin >= previous_end);
                REQUIRE(tokens[i].byte_begin < tokens[i].byte_end);
                REQUIRE(tokens[i].byte_end <= text.size());
                previous_end = tokens[i].byte_end;
            }
            REQUIRE_NOTHROW((void)analyzer.normalise(text));
        }
    }

    TEST_CASE("may_stem_to holds for every word of the sample corpus and its own stem") {
        std::vector<std::pair<std::string, std::filesystem::path>> files;
        for (const auto& entry : std::filesystem::directory_iterator(unres::testing::sample_corpus()))
            files.emplace_back("en", entry.path());
        // The four sample resolutions hold about 370 distinct stemmed words.
        CHECK(check_may_stem_to(files)["en"] > 300);
    }

    TEST_CASE("may_stem_to holds for every word of the real resolutions and its own stem") {
        const auto dir = unres::testing::shared_dir() / "un-corpus" / "text";
        UNRES_SKIP_UNLESS_EXISTS(dir);
        std::vector<std::pair<std::string, std::filesystem::path>> files;
        for (const auto& entry : std::filesystem::directory_iterator(dir))
            files.emplace_back("en", entry.path());
        CHECK(check_may_stem_to(files)["en"] > 10000);
    }

    TEST_CASE("may_stem_to holds for every word of the six-language texts and its own stem") {
        const std::string dir = unres::testing::multilang_dir();
        UNRES_SKIP_UNLESS_EXISTS(dir);
        std::vector<std::pair<std::string, std::filesystem::path>> files;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
            const std::string ext = entry.path().extension().string();
            const std::string stem = entry.path().stem().string();
            for (const std::string code : {"ar", "en", "es", "fr", "ru", "zh"}) {
                if (ext == "." + code || (ext == ".txt" && stem == code))
                    files.emplace_back(code, entry.path());
            }
        }
        const auto checked = check_may_stem_to(files);
        for (const std::string code : {"ar", "en", "es", "fr", "ru"}) {
            CAPTURE(code);
            CHECK(checked.at(code) > 1000);
        }
    }

    TEST_CASE("may_stem_to rules out words that cannot have the stem") {
        const auto english = make_analyzer("en");
        CHECK(english->may_stem_to("mining", "mine"));
        CHECK(english->may_stem_to("dying", "die"));
        CHECK_FALSE(english->may_stem_to("refugees", "mine"));
        CHECK_FALSE(english->may_stem_to("1999", "mine"));
        CHECK(make_analyzer("ar")->may_stem_to("والدول", "دول"));  // Arabic strips prefixes: always maybe
        CHECK_FALSE(make_analyzer("zh")->may_stem_to("大会", "大会"));  // no stemmer
    }
}
