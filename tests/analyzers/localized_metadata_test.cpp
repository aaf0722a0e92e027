/// @file
/// @brief Opening lines, meeting lines and dates in French, Spanish, Russian, Arabic and Chinese.
#include "analyzers/parser/localized_metadata.hpp"

#include <doctest/doctest.h>

#include <tuple>
#include <vector>

namespace unres::analyzers {

TEST_SUITE("analyzers/localized_metadata") {
    TEST_CASE("reads dates in five languages") {
        const std::vector<std::tuple<std::string, std::string, std::string>> table = {
            {"fr", "4 décembre 2023", "2023-12-04"},
            {"fr", "1er mars 2024 à New York", "2024-03-01"},
            {"es", "4 de diciembre de 2023", "2023-12-04"},
            {"ru", "4 декабря 2023 года", "2023-12-04"},
            {"ar", "4 كانون الأول/ديسمبر 2023", "2023-12-04"},
            {"ar", "١١ أيار/مايو ٢٠١٥", "2015-05-11"},
            {"zh", "2023年12月4日", "2023-12-04"},
            {"fr", "4 December 2023", ""},
            {"en", "4 December 2023", ""},
            {"zh", "2023年", ""},
        };
        for (const auto& [language, text, want] : table) {
            CAPTURE(text);
            CHECK(localized_date(text, language) == want);
        }
    }

    TEST_CASE("knows the opening line and the plenary meeting line") {
        CHECK(is_localized_opening("L'Assemblée générale,", "fr"));
        CHECK(is_localized_opening("La Asamblea General,", "es"));
        CHECK(is_localized_opening("Генеральная Ассамблея,", "ru"));
        CHECK(is_localized_opening("إن الجمعية العامة،", "ar"));
        CHECK(is_localized_opening("大会，", "zh"));
        CHECK_FALSE(is_localized_opening("大会", "zh"));  // the heading at the top of the page
        CHECK_FALSE(is_localized_opening("Генеральная Ассамблея", "ru"));
        CHECK_FALSE(is_localized_opening("The General Assembly,", "en"));
        CHECK(localized_meeting_number("50e séance plénière", "fr") == 50);
        CHECK(localized_meeting_number("50ª sesión plenaria", "es") == 50);
        CHECK(localized_meeting_number("50-е пленарное заседание", "ru") == 50);
        CHECK(localized_meeting_number("الجلسة العامة ٥٠", "ar") == 50);
        CHECK(localized_meeting_number("第50次全体会议", "zh") == 50);
        CHECK(localized_meeting_number("Prie le Secrétaire général", "fr") == 0);
    }
}

}  // namespace unres::analyzers
