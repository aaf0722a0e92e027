/// @file
/// @brief Tests of each normalizer stage alone and of the whole chain (charabia's two expectations).
#include "analyzers/text/normalizer.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

using namespace unres::analyzers;

namespace {

/// One row: the input, what the stage alone gives, what the whole chain gives.
struct Row {
    std::string input;
    std::string stage;
    std::string chain;
};

/// Checks a stage both alone and inside the chain, so a failure says which one broke: the stage
/// itself, or its place in (or absence from) the chain.
void check_stage(const Normalizer& stage, const NormalizerChain& chain, const std::vector<Row>& rows) {
    for (const Row& row : rows) {
        CAPTURE(stage.name());
        CAPTURE(row.input);
        CHECK_MESSAGE(stage.normalize(row.input) == row.stage, "the stage alone");
        CHECK_MESSAGE(chain.normalize(row.input) == row.chain, "the whole chain");
    }
}

auto has_stage(const NormalizerChain& chain, std::string_view name) -> bool {
    for (const auto& stage : chain.stages()) {
        if (stage->name() == name) return true;
    }
    return false;
}

}  // namespace

TEST_SUITE("analyzers/normalizer") {
    const NormalizerChain english("en");

    TEST_CASE("nfkc folds compatibility characters") {
        check_stage(NfkcNormalizer(), english,
                    {
                        {"ﬁnance", "finance", "finance"},
                        {"ＵＮ", "UN", "un"},
                        {"２０２３", "2023", "2023"},
                        {"Ａ／ＲＥＳ", "A/RES", "a/res"},
                        {"ﻻ", "لا", "لا"},  // Arabic presentation form
                        {"x²", "x2", "x2"},
                    });
    }

    TEST_CASE("case_fold applies full Unicode case folding") {
        check_stage(CaseFoldNormalizer(), english,
                    {
                        {"Straße", "strasse", "strasse"},
                        {"ASSEMBLÉE", "assemblée", "assemblee"},
                        {"ГЕНЕРАЛЬНАЯ", "генеральная", "генеральная"},
                        {"ΣΟΦΙΑ", "σοφια", "σοφια"},
                    });
    }

    TEST_CASE("punctuation unifies hyphens and apostrophes and drops invisible characters") {
        check_stage(PunctuationNormalizer(), english,
                    {
                        {"d’Ivoire", "d'Ivoire", "d'ivoire"},
                        {"dʼIvoire", "d'Ivoire", "d'ivoire"},
                        {"d'Ivoire", "d'Ivoire", "d'ivoire"},
                        {"anti\u2011personnel", "anti-personnel", "anti-personnel"},
                        {"anti\u2010personnel", "anti-personnel", "anti-personnel"},
                        {"anti\u00adpersonnel", "antipersonnel", "antipersonnel"},
                        {"\u200bword\ufeff", "word", "word"},
                    });
    }

    TEST_CASE("arabic removes tatweel and harakat and folds alef, alef maksura and digits") {
        check_stage(ArabicNormalizer(), english,
                    {
                        {"المتـحدة", "المتحدة", "المتحدة"},  // tatweel
                        {"المتّحدة", "المتحدة", "المتحدة"},   // shadda
                        {"المتحدة", "المتحدة", "المتحدة"},
                        {"الأمم", "الامم", "الامم"},
                        {"إعلان", "اعلان", "اعلان"},
                        {"آمن", "امن", "امن"},
                        {"مستشفى", "مستشفي", "مستشفي"},
                        {"٢٠٢٣", "2023", "2023"},
                        {"۱۹۹۹", "1999", "1999"},
                        {"قَرَار", "قرار", "قرار"},
                    });
    }

    TEST_CASE("cyrillic folds ё to е and leaves й alone") {
        check_stage(CyrillicNormalizer(), english,
                    {
                        {"ёлка", "елка", "елка"},
                        {"Ёлка", "Елка", "елка"},
                        {"определённый", "определенный", "определенный"},
                        {"йод", "йод", "йод"},
                    });
    }

    TEST_CASE("diacritic strips accents but keeps Cyrillic й") {
        check_stage(DiacriticNormalizer(), english,
                    {
                        {"élèves", "eleves", "eleves"},
                        {"Côte", "Cote", "cote"},
                        {"niño", "nino", "nino"},
                        {"générale", "generale", "generale"},
                        {"ёлка", "елка", "елка"},
                        {"йод", "йод", "йод"},
                        {"Ў", "Ў", "ў"},
                        {"कि", "कि", "कि"},  // an Indic vowel sign is not an accent
                    });
    }

    TEST_CASE("chinese folds Traditional to Simplified in the zh chain only") {
        const ChineseNormalizer stage;
        if (!stage.is_available()) return;
        const NormalizerChain chinese("zh");
        check_stage(stage, chinese,
                    {
                        {"聯合國大會", "联合国大会", "联合国大会"},
                        {"联合国", "联合国", "联合国"},
                        {"ＡＢ聯合國", "ＡＢ联合国", "ab联合国"},
                    });
        CHECK(has_stage(chinese, "chinese"));
        CHECK_FALSE(has_stage(english, "chinese"));
        CHECK(english.normalize("聯合國") == "聯合國");
    }

    TEST_CASE("the chain runs its stages in a fixed order") {
        std::string names;
        for (const auto& stage : english.stages()) names += std::string(stage->name()) + " ";
        CHECK(names == "nfkc case_fold punctuation arabic cyrillic diacritic ");
    }

    TEST_CASE("is total: empty input and invalid UTF-8") {
        CHECK(english.normalize("") == "");
        CHECK(english.normalize("\xff") == "\xef\xbf\xbd");
        CHECK(english.normalize("Caf\xc3") == "caf\xef\xbf\xbd");
        for (const auto& stage : english.stages()) CHECK(stage->normalize("") == "");
    }

    TEST_CASE("the ASCII fast path agrees with the stages") {
        std::mt19937 random(7);
        for (int round = 0; round < 500; ++round) {
            std::string word;
            const std::size_t length = random() % 12;
            for (std::size_t i = 0; i < length; ++i) word.push_back(static_cast<char>(random() % 128));
            std::string slow = word;
            for (const auto& stage : english.stages()) slow = stage->normalize(slow);
            CAPTURE(word);
            CHECK(english.normalize(word) == slow);
        }
    }
}
