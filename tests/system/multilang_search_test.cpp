/// @file
/// @brief Word retrieval in six languages over ../shared/multilang: sampled lines, Chinese words,
/// Arabic tatweel and harakat, French/Spanish/Russian inflection. Skips when the data is absent.
#include "analyzers/text/analyzer.hpp"
#include "analyzers/text/language_detector.hpp"
#include "index/schema.hpp"
#include "searcher/query_builder.hpp"
#include "searcher/synonyms.hpp"

#include "tests/support/temp_dir.hpp"

#include "tests/support/skip.hpp"

#include <doctest/doctest.h>
#include <xapian.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <tuple>

using namespace unres;

namespace {

/// An in-memory index of short texts, each a document, analysed and queried as the engine does.
class LineIndex {
  public:
    explicit LineIndex(const std::string& language)
        : m_db(std::string(), Xapian::DB_BACKEND_INMEMORY),
          m_analyzer(analyzers::make_analyzer(language)),
          m_synonyms("", *m_analyzer) {}

    auto add(const std::string& text) -> Xapian::docid {
        Xapian::Document doc;
        schema::index_text(doc, *m_analyzer, schema::Field::Text, text);
        return m_db.add_document(doc);
    }

    /// True when the query @p word, analysed in this index's language, matches document @p id.
    [[nodiscard]] auto finds(const std::string& word, Xapian::docid id) -> bool {
        const searcher::QueryBuilder builder(*m_analyzer, m_synonyms, m_db);
        Xapian::Enquire enquire(m_db);
        enquire.set_query(builder.build(word).query);
        const auto mset = enquire.get_mset(0, m_db.get_doccount());
        for (auto it = mset.begin(); it != mset.end(); ++it) {
            if (*it == id) return true;
        }
        return false;
    }

    [[nodiscard]] auto analyzer() const -> const analyzers::Analyzer& { return *m_analyzer; }

  private:
    Xapian::WritableDatabase m_db;
    std::unique_ptr<analyzers::Analyzer> m_analyzer;
    searcher::Synonyms m_synonyms;
};

}  // namespace

TEST_SUITE("system/multilang_search") {
    TEST_CASE("every word of 50 sampled UN Parallel Corpus lines per language finds its line") {
        const auto dir = testing::multilang_dir();
        UNRES_SKIP_UNLESS_EXISTS(dir);
        for (const auto& language : analyzers::official_languages()) {
            CAPTURE(language);
            std::ifstream in(dir + "/aligned/UNv1.0.testset.first2000." + language);
            REQUIRE(in);
            std::vector<std::string> lines;
            std::string line;
            for (int n = 0; std::getline(in, line); ++n) {
                if (n % 40 == 0 && !line.empty()) lines.push_back(line);  // lines 1, 41, 81 … 1961
            }
            REQUIRE(lines.size() == 50);
            LineIndex index(language);
            std::vector<Xapian::docid> ids;
            for (const auto& l : lines) ids.push_back(index.add(l));
            std::size_t words = 0;
            std::size_t missed = 0;
            for (std::size_t k = 0; k < lines.size(); ++k) {
                for (const auto& token : index.analyzer().analyze(lines[k])) {
                    const std::string word =
                        lines[k].substr(token.byte_begin, token.byte_end - token.byte_begin);
                    ++words;
                    if (!index.finds(word, ids[k])) {
                        ++missed;
                        INFO("line " << k << ": '" << word << "'");
                        CHECK(false);
                    }
                }
            }
            MESSAGE(language << ": " << words << " words of 50 lines queried alone, " << missed << " missed");
            CHECK(words > 500);
        }
    }

    TEST_CASE("Chinese two- and four-character words are found inside unspaced text") {
        LineIndex index("zh");
        const auto id =
            index.add("联合国大会敦促所有国家确保人人获得安全饮用水和卫生设施，实现可持续发展目标。");
        index.add("安全理事会决定继续积极处理此案。");
        for (const std::string word : {"大会", "敦促", "国家", "确保", "卫生", "设施", "卫生设施", "所有国家",
                                       "可持续发展", "安全饮用水", "發展"}) {
            CAPTURE(word);
            CHECK(index.finds(word, id));
        }
        CHECK_FALSE(index.finds("理事会", id));
    }

    TEST_CASE("Arabic words are found with and without tatweel and harakat") {
        LineIndex plain("ar");
        const auto id = plain.add("تحقيق التنمية المستدامة وضمان حصول الجميع على المياه");
        LineIndex decorated("ar");
        const auto id2 = decorated.add("تحقيـــق التنميـة المُسْتَدامَة وضمان حصول الجميع على المـياه");
        for (const std::string word :
             {"المستدامة", "المســتدامة", "المُسْتَدامَة", "التنميـة", "المياه", "تحقيـــق"}) {
            CAPTURE(word);
            CHECK(plain.finds(word, id));
            CHECK(decorated.finds(word, id2));
        }
    }

    TEST_CASE("French, Spanish and Russian plural and inflected forms are found through stemming") {
        const std::vector<std::tuple<std::string, std::string, std::vector<std::string>>> table = {
            {"fr",
             "Le droit fondamental de la personne à une nation souveraine",
             {"droits", "fondamentaux", "personnes", "nations", "souverains"}},
            {"fr",
             "Les États Membres adoptent des politiques nationales",
             {"état", "membre", "politique", "national"}},
            {"es",
             "El derecho humano al agua potable y la nación soberana",
             {"derechos", "humanos", "aguas", "naciones", "soberanas"}},
            {"ru",
             "Государство обеспечивает право человека на воду",
             {"государства", "государств", "государствам", "обеспечивают", "права", "правами", "человеку",
              "воды"}},
        };
        for (const auto& [language, text, words] : table) {
            LineIndex index(language);
            const auto id = index.add(text);
            for (const auto& word : words) {
                CAPTURE(language);
                CAPTURE(word);
                CHECK(index.finds(word, id));
            }
        }
    }
}
