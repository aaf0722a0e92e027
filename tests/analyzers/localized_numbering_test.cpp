/// @file
/// @brief Paragraph and sub-paragraph numbers in six languages, rewritten to "12. " and "(a) ".
#include "analyzers/parser/localized_numbering.hpp"

#include <doctest/doctest.h>

#include <utility>
#include <vector>

namespace unres::analyzers {

TEST_SUITE("analyzers/localized_numbering") {
    TEST_CASE("rewrites localised numbers and leaves other lines alone") {
        const std::vector<std::pair<std::string, std::string>> table = {
            {"12. Urges", "12. Urges"},
            {"١٢ - تحث الدول", "12. تحث الدول"},
            {"12 - تحث الدول", "12. تحث الدول"},
            {"۳ - تقرر", "3. تقرر"},
            {"一、敦促所有国家", "1. 敦促所有国家"},
            {"十二、决定", "12. 决定"},
            {"12．决定", "12. 决定"},
            {"a) De rendre compte", "(a) De rendre compte"},
            {"ii) Que informe", "(ii) Que informe"},
            {"（a）报告进展情况", "(a) 报告进展情况"},
            {"(أ) أن يقدم", "(a) أن يقدم"},
            {"(هـ) أن", "(e) أن"},
            {"б) оказывать", "(b) оказывать"},
            {"(a) To report", "(a) To report"},
            {"  3. Decides", "  3. Decides"},
            {"1.1 By 2030", "1.1 By 2030"},
            {"2015-2030 agenda", "2015-2030 agenda"},
            {"2023年12月4日", "2023年12月4日"},
            {"Rappelant", "Rappelant"},
            {"", ""},
        };
        for (const auto& [in, want] : table) {
            CAPTURE(in);
            CHECK(normalise_numbering(in) == want);
        }
        CHECK(normalise_numbering("x\n٣ - y\nz") == "x\n3. y\nz");
    }

    TEST_CASE("reads Chinese numerals and converts digits") {
        CHECK(chinese_numeral_value("十二") == 12);
        CHECK(chinese_numeral_value("七十八") == 78);
        CHECK(chinese_numeral_value("一百零五") == 105);
        CHECK(chinese_numeral_value("十") == 10);
        CHECK(chinese_numeral_value("大会") == 0);
        CHECK(ascii_digits("٢٠١٥ and ０９") == "2015 and 09");
    }
}

}  // namespace unres::analyzers
