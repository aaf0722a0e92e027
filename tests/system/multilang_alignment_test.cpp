/// @file
/// @brief Six language versions indexed together: alignment by paragraph id, --show across languages,
/// the cross-language verb key and lang: filters. UDHR and SDG parts skip when ../shared is absent.
#include "analyzers/text/language_detector.hpp"
#include "indexer/indexer.hpp"
#include "searcher/search.hpp"
#include "tests/support/temp_dir.hpp"

#include "tests/support/skip.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace unres;

namespace {

auto read_lines(const std::string& path) -> std::vector<std::string> {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

auto opening(const std::string& language) -> std::string {
    static const std::map<std::string, std::string> lines = {
        {"en", "The General Assembly,"},  {"fr", "L'Assemblée générale,"}, {"es", "La Asamblea General,"},
        {"ru", "Генеральная Ассамблея,"}, {"ar", "إن الجمعية العامة،"},    {"zh", "大会，"}};
    return lines.at(language);
}

/// A resolution-shaped text: symbol (if any: else the title's number gives it), numbered title, the opening
/// line, then @p items as "1. …", "2. …".
auto resolution_text(const std::string& symbol, const std::string& number, const std::string& title,
                     const std::string& language, const std::vector<std::string>& items) -> std::string {
    std::string text =
        (symbol.empty() ? "" : symbol + "\n\n") + number + ". " + title + "\n\n" + opening(language) + "\n\n";
    for (std::size_t k = 0; k < items.size(); ++k) text += std::to_string(k + 1) + ". " + items[k] + "\n\n";
    return text;
}

/// The 30 articles of the UDHR, each one paragraph (its blocks joined).
auto udhr_articles(const std::string& path) -> std::vector<std::string> {
    std::vector<std::string> articles;
    bool in_article = false;
    for (const auto& line : read_lines(path)) {
        const bool heading =
            line.size() < 30 &&
            (line.rfind("Article", 0) == 0 || line.rfind("Artículo", 0) == 0 ||
             line.rfind("Статья", 0) == 0 || line.rfind("المادة", 0) == 0 ||
             (line.rfind("第", 0) == 0 && line.size() >= 3 && line.compare(line.size() - 3, 3, "条") == 0));
        if (heading) {
            articles.emplace_back();
            in_article = true;
        } else if (in_article && !line.empty()) {
            articles.back() += (articles.back().empty() ? "" : " ") + line;
        }
    }
    return articles;
}

/// The 17 goals and 169 targets of 70/1 in order, without their "N." / "N.M" numbers.
auto sdg_items(const std::string& path) -> std::vector<std::string> {
    std::vector<std::string> items;
    for (const auto& line : read_lines(path)) {
        const auto space = line.find(' ');
        if (line.empty() || space == std::string::npos) continue;
        items.push_back(line.substr(space + 1));
    }
    return items;
}

auto write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

auto index(const std::string& db, const std::vector<std::string>& paths, std::string* warnings = nullptr) {
    indexer::IndexerOptions options;
    options.db = db;
    options.paths = paths;
    options.quiet = warnings == nullptr;  // --quiet prints errors only: asked for warnings, not quiet
    options.threads = 1;
    std::ostringstream out;
    std::ostringstream err;
    const int status = indexer::run_indexer(options, out, err, false);
    if (warnings != nullptr) *warnings = err.str();
    return status;
}

auto paragraph_text(const searcher::ShowResult& show) -> std::string {
    for (const auto& p : show.resolution.paragraphs) {
        if (p.id == show.paragraph) return p.text;
    }
    return "";
}

}  // namespace

TEST_SUITE("system/multilang_alignment") {
    TEST_CASE(
        "the UDHR articles and SDG targets, indexed in six languages, align by id and --show switches") {
        const auto dir = testing::multilang_dir();
        UNRES_SKIP_UNLESS_EXISTS(dir);
        testing::TempDir tmp;
        std::map<std::string, std::vector<std::string>> articles;
        std::map<std::string, std::vector<std::string>> targets;
        for (const auto& language : analyzers::official_languages()) {
            articles[language] = udhr_articles(dir + "/A_RES_217_A_III/" + language + ".txt");
            targets[language] = sdg_items(dir + "/A_RES_70_1_goals_targets/" + language + ".txt");
            CHECK(articles[language].size() == 30);
            CHECK(targets[language].size() == 186);
            write(tmp / ("A-RES-217-III-" + language + ".txt"),
                  resolution_text("", "217 A (III)", "UDHR", language, articles[language]));
            write(tmp / ("A-RES-70-1-" + language + ".txt"),
                  resolution_text("A/RES/70/1", "70/1", "SDG", language, targets[language]));
        }
        const std::string db = (tmp / "db").string();
        std::string warnings;
        CHECK(index(db, {tmp.path().string()}, &warnings) == 0);
        CHECK(warnings.find("paragraphs") == std::string::npos);  // no alignment warning

        searcher::Searcher searcher({db});
        for (const auto& [symbol, items] : {std::pair{std::string("217 A (III)"), &articles},
                                            std::pair{std::string("A/RES/70/1"), &targets}}) {
            const std::size_t count = items->at("en").size();
            for (const auto& language : analyzers::official_languages()) {
                CAPTURE(symbol);
                CAPTURE(language);
                const auto whole = searcher.show(symbol, language);
                REQUIRE(whole.has_value());
                CHECK(whole->resolution.language == language);
                CHECK(whole->resolution.paragraphs.size() == count);
                CHECK(whole->languages.size() == 6);
                for (std::size_t k : {std::size_t{1}, count / 2, count}) {
                    const auto one = searcher.show(symbol + "#op" + std::to_string(k), language);
                    REQUIRE(one.has_value());
                    // The paragraph is the k-th item of that language's text (its first words at least).
                    const auto& want = items->at(language)[k - 1];
                    const auto got = paragraph_text(*one);
                    CHECK(!got.empty());
                    CHECK(want.find(got.substr(0, std::min<std::size_t>(got.size(), 12))) !=
                          std::string::npos);
                }
            }
        }
    }

    TEST_CASE("a version with a paragraph missing is reported by the indexer") {
        testing::TempDir tmp;
        const std::string fixtures = std::string(UNRES_SOURCE_DIR) + "/tests/fixtures/multilang/";
        std::filesystem::copy(fixtures + "A-RES-78-901-en.txt", tmp / "A-RES-78-901-en.txt");
        auto text = read_lines(fixtures + "A-RES-78-901-fr.txt");
        std::string shorter;
        for (const auto& line : text) {
            if (line.rfind("3. ", 0) != 0) shorter += line + "\n";
        }
        write(tmp / "A-RES-78-901-fr.txt", shorter);
        std::string warnings;
        CHECK(index((tmp / "db").string(), {tmp.path().string()}, &warnings) == 0);
        CHECK(warnings.find("warning: A/RES/78/901: fr has 4 paragraphs, en has 5 (only in en: op3)") !=
              std::string::npos);
    }

    TEST_CASE("the six fixtures: verb keys, lang: filters and queries in each language") {
        testing::TempDir tmp;
        const std::string db = (tmp / "db").string();
        std::string warnings;
        REQUIRE(index(db, {std::string(UNRES_SOURCE_DIR) + "/tests/fixtures/multilang"}, &warnings) == 0);
        CHECK(warnings.empty());
        searcher::Searcher searcher({db});
        const auto languages_of = [&](const std::string& query, const std::string& language = "") {
            searcher::SearchRequest request;
            request.query = query;
            request.language = language;
            request.limit = 50;
            std::vector<std::string> out;
            for (const auto& hit : searcher.search(request).hits)
                out.push_back(hit.language + ":" + hit.paragraph);
            std::sort(out.begin(), out.end());
            return out;
        };
        using V = std::vector<std::string>;
        CHECK(languages_of("verbkey:urges") == V{"ar:op1", "en:op1", "es:op1", "fr:op1", "ru:op1", "zh:op1"});
        CHECK(languages_of("verbkey:recalling") ==
              V{"ar:pp1", "en:pp1", "es:pp1", "fr:pp1", "ru:pp1", "zh:pp1"});
        CHECK(languages_of("verb:insta") == V{"es:op1"});
        CHECK(languages_of("verb:décide") == V{"es:op3", "fr:op3"});  // accents folded, as in words
        CHECK(languages_of("kind:operative lang:ru") == V{"ru:op1", "ru:op2", "ru:op3"});
        CHECK(languages_of("potable lang:fr", "fr") == V{"fr:op1", "fr:pp1", "fr:pp2"});
        CHECK(languages_of("saneamiento", "es") == V{"es:pp1"});
        CHECK(languages_of("государства") == V{"ru:op1"});  // Cyrillic: analysed as Russian unasked
        CHECK(languages_of("الدول") == V{"ar:op1"});
        CHECK(languages_of("饮用水") == V{"zh:op1", "zh:pp1", "zh:pp2"});
        CHECK(languages_of("clause:\"Настоятельно призывает\"") == V{"ru:op1"});

        const auto fr = searcher.show("A/RES/78/901#op2", "fr");
        REQUIRE(fr.has_value());
        CHECK(fr->resolution.title == "L'eau pour tous");
        CHECK(fr->resolution.paragraphs[3].subparagraphs.size() == 2);
        CHECK(fr->languages == V{"ar", "zh", "en", "fr", "ru", "es"});
        const auto other =
            searcher.show("A/RES/78/901", "de");  // no such version: shown in English, and said
        REQUIRE(other.has_value());
        CHECK(other->resolution.language == "en");
        CHECK(other->language_not_indexed == "de");
    }
}
