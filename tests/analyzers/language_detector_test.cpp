/// @file
/// @brief Language from file names and from text.
#include "analyzers/text/language_detector.hpp"

#include <doctest/doctest.h>

#include <utility>
#include <vector>

namespace unres::analyzers {

TEST_SUITE("analyzers/language_detector") {
    TEST_CASE("reads the language code that ends a file name") {
        const std::vector<std::pair<std::string, std::string>> table = {
            {"A-RES-78-45-fr.txt", "fr"},
            {"dir/A_RES_78_45.ar.txt", "ar"},
            {"A-RES-78-45_zh.md", "zh"},
            {"shared/multilang/A_RES_217_A_III/ru.txt", "ru"},
            {"A-RES-78-45.txt", ""},
            {"A-RES-78-45-de.txt", ""},
            {"report-final.md", ""},
            {"spanish-es.pdf", "es"},
            {"mines.txt", ""},
            {"", ""},
        };
        for (const auto& [path, want] : table) {
            CAPTURE(path);
            CHECK(language_from_file_name(path) == want);
        }
    }

    TEST_CASE("guesses the language from script and common words") {
        const std::vector<std::pair<std::string, std::string>> table = {
            {"Urges all States to ensure access to the water of the region", "en"},
            {"Prie instamment tous les États de garantir l'accès à l'eau dans les pays", "fr"},
            {"Insta a todos los Estados a que garanticen el acceso al agua para las personas", "es"},
            {"Настоятельно призывает все государства", "ru"},
            {"تحث جميع الدول على كفالة الحصول على مياه الشرب", "ar"},
            {"敦促所有国家确保获得安全饮用水", "zh"},
            {"", "en"},
            {"78/45 12 (a)", "en"},
        };
        for (const auto& [text, want] : table) {
            CAPTURE(text);
            CHECK(detect_language(text) == want);
        }
    }

    TEST_CASE("prefers the file name over the text") {
        CHECK(document_language("A-RES-1-1-fr.txt", "The General Assembly") == "fr");
        CHECK(document_language("A-RES-1-1.txt", "L'Assemblée générale, les États et le droit") == "fr");
        CHECK(is_right_to_left("ar"));
        CHECK_FALSE(is_right_to_left("en"));
        CHECK(official_languages().size() == 6);
    }
}

}  // namespace unres::analyzers
