/// @file
/// @brief The parser in six languages: tests/fixtures/multilang/*.txt against their .expected parse.
#include "analyzers/parser/localized_clauses.hpp"
#include "analyzers/parser/resolution_parser.hpp"
#include "analyzers/text/language_detector.hpp"
#include "parser_test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace unres::analyzers {
namespace {

const std::string fixtures = std::string(UNRES_SOURCE_DIR) + "/tests/fixtures/multilang/";

/// One line of metadata, then one line per paragraph: id, kind, clause, verb, verb key, sub-paragraph ids.
auto canonical(const Resolution& r) -> std::string {
    std::string out = "lang=" + r.language + " symbol=" + r.symbol + " session=" + std::to_string(r.session) +
                      " adopted=" + r.adopted + " distributed=" + r.distributed +
                      " meeting=" + std::to_string(r.meeting) + " title=" + r.title + "\n";
    for (const auto& p : r.paragraphs) {
        out += p.id + " " + kind_name(p.kind) + " clause=" + p.clause + " key=" + p.clause_key +
               " verb=" + p.verb + " verbkey=" + verb_key(r.language, p);
        for (const auto& s : p.subparagraphs) out += " " + s.id;
        out += "\n";
    }
    return out;
}

}  // namespace

TEST_SUITE("analyzers/multilang_parser") {
    TEST_CASE("parses the same resolution in each of the six languages to its expected structure") {
        for (const auto& language : official_languages()) {
            CAPTURE(language);
            const std::string base = fixtures + "A-RES-78-901-" + language;
            const std::string text = test::read_file(base + ".txt");
            REQUIRE(!text.empty());
            const auto lang = document_language(base + ".txt", text);
            CHECK(lang == language);
            CHECK(detect_language(text) == language);
            const auto r = parse_resolution(text, "A-RES-78-901-" + language + ".txt", lang);
            CHECK(canonical(r) == test::read_file(base + ".expected"));
        }
    }

    TEST_CASE("aligns the six versions by paragraph id, with one verb key per operative verb") {
        std::vector<std::string> ids_en;
        std::vector<std::string> keys_en;
        for (const auto& language : official_languages()) {
            CAPTURE(language);
            const std::string file = "A-RES-78-901-" + language + ".txt";
            const auto r = parse_resolution(test::read_file(fixtures + file), file, language);
            std::vector<std::string> ids;
            std::vector<std::string> keys;
            for (const auto& p : r.paragraphs) {
                ids.push_back(p.id);
                for (const auto& s : p.subparagraphs) ids.push_back(s.id);
                keys.push_back(verb_key(language, p));
            }
            if (language == "ar") {  // UN order puts Arabic first: take it as the reference
                ids_en = ids;
                keys_en = keys;
            }
            CHECK(ids == ids_en);
            CHECK(keys[2] == "urges");
            CHECK(keys[4] == "decides");
        }
    }

    TEST_CASE("Chinese: a preambular paragraph opening with an operative verb stays preambular") {
        const std::string text =
            "A/RES/78/902\n\n第七十八届会议\n\n2023年12月4日大会通过的决议\n\n78/902. 测试\n\n大会，\n\n"
            "回顾其以往的决议，\n\n鼓励各国加强合作，\n\n着重指出国际合作的重要性，\n\n"
            "赞赏地注意到秘书长的报告，\n\n一、敦促所有国家确保获得安全饮用水；\n\n二、还请秘书长提出报告；\n"
            "\n"
            "三、还决定继续处理此案。\n\n第50次全体会议\n2023年12月4日\n";
        const auto r = parse_resolution(text, "zh.txt", "zh");
        REQUIRE(r.paragraphs.size() == 7);
        const std::vector<std::pair<std::string, std::string>> want = {
            {"pp1", "回顾"}, {"pp2", "鼓励"}, {"pp3", "着重指出"}, {"pp4", "赞赏地注意到"},
            {"op1", "敦促"}, {"op2", "还请"}, {"op3", "还决定"}};
        for (std::size_t i = 0; i < want.size(); ++i) {
            CAPTURE(i);
            CHECK(r.paragraphs[i].id == want[i].first);
            CHECK(r.paragraphs[i].clause == want[i].second);
        }
        CHECK(verb_key("zh", r.paragraphs[1]) == "encouraging");
        CHECK(verb_key("zh", r.paragraphs[4]) == "urges");
        CHECK(verb_key("zh", r.paragraphs[5]) == "requests");
    }

    TEST_CASE("Arabic sub-paragraph labels stay as printed, their ids use the Latin letter") {
        const auto r = parse_resolution(test::read_file(fixtures + "A-RES-78-901-ar.txt"), "ar.txt", "ar");
        const auto op = std::find_if(r.paragraphs.begin(), r.paragraphs.end(),
                                     [](const Paragraph& p) { return !p.subparagraphs.empty(); });
        REQUIRE(op != r.paragraphs.end());
        REQUIRE(op->subparagraphs.size() == 2);
        CHECK(op->subparagraphs[0].label == "(أ)");
        CHECK(op->subparagraphs[1].label == "(ب)");
        CHECK(op->subparagraphs[0].id == op->id + ".a");
    }

    TEST_CASE("English text parses exactly as before whatever the default language argument") {
        const std::string file = "A-RES-78-901-en.txt";
        const auto text = test::read_file(fixtures + file);
        CHECK(canonical(parse_resolution(text, file)) == canonical(parse_resolution(text, file, "en")));
    }
}

}  // namespace unres::analyzers
