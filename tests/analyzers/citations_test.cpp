/// @file
/// @brief Citations: each recorded with its issuing body, and no false ones (documents, comments, other
/// bodies).
#include "analyzers/parser/citations.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using unres::analyzers::find_cites;

namespace {

auto joined(const std::vector<std::string>& cites) -> std::string {
    std::string out;
    for (const auto& c : cites) out += (out.empty() ? "" : " ") + c;
    return out;
}

}  // namespace

TEST_SUITE("analyzers/citations") {
    TEST_CASE("records each cited resolution with its issuing body") {
        const std::vector<std::pair<std::string, std::string>> table = {
            {"Recalling its resolutions 54/54 B of 1 December 1999 and 78/45 of 4 December 2023,",
             "A/RES/54/54B A/RES/78/45"},
            {"Recalling General Assembly resolutions 1514 (XV) of 14 December 1960 and 217 A (III),",
             "A/RES/1514(XV) A/RES/217A(III)"},
            {"Recalling Security Council resolutions 1325 (2000) and 2467 (2019),",
             "S/RES/1325(2000) S/RES/2467(2019)"},
            {"as confirmed by the Security Council in its resolution 497 (1981),", "S/RES/497(1981)"},
            {"Human Rights Council resolution 60/5 of 7 October 2025", "A/HRC/RES/60/5"},
            {"relevant Human Rights Council resolutions, in particular resolutions 7/34 and 18/15,",
             "A/HRC/RES/7/34 A/HRC/RES/18/15"},
            {"pursuant to Human Rights Council resolution S-35/1,", "A/HRC/RES/S-35/1"},
            {"Economic and Social Council resolution 2023/1 of 7 June 2023", "E/RES/2023/1"},
            {"its resolution 77/213, Human Rights Council resolution 53/11 and the resolution 77/1",
             "A/RES/77/213 A/HRC/RES/53/11 A/RES/77/1"},
            {"the adoption of A/RES/78/45, S/RES/2728 (2024) and A/HRC/RES/55/1",
             "A/RES/78/45 S/RES/2728(2024) A/HRC/RES/55/1"},
            {"Resolutions 52/214, sect. C, para. 3; 55/222, sect. III.", "A/RES/52/214 A/RES/55/222"},
            {"62/50 of 5 December 2007, 63/76 of 2 December 2008,", "A/RES/62/50 A/RES/63/76"},
            {"Security Council resolution 1863 (2009) and its subsequent resolutions thereon, the latest of "
             "which was resolution 77/315 of 30 June 2023,",
             "S/RES/1863(2009) A/RES/77/315"},
            // "Council resolution(s)" after a lower-case word: the council the paragraph named before, or,
            // with none named, the Security Council when the number is printed as only it prints them.
            {"initiated by Security Council resolution 1754 (2007) and further sustained by Council "
             "resolutions 1783 (2007), 1813 (2008) and 2654 (2022),",
             "S/RES/1754(2007) S/RES/1783(2007) S/RES/1813(2008) S/RES/2654(2022)"},
            {"consistent with Council resolution 1325 (2000) of 31 October 2000,", "S/RES/1325(2000)"},
            {"Human Rights Council resolution 5/1 and Council resolution 5/2,",
             "A/HRC/RES/5/1 A/HRC/RES/5/2"},
        };
        for (const auto& [text, expected] : table) {
            CAPTURE(text);
            CHECK(joined(find_cites(text)) == expected);
        }
    }

    TEST_CASE("takes no documents, general comments, decisions or other bodies' resolutions for citations") {
        const std::vector<std::string> table = {
            "Food and Agriculture Organization of the United Nations, document CL 144/9 (C 2013/20), "
            "appendix D.",
            "in particular its general comment No. 12 (1999) on the right to adequate food",
            "general recommendation No. 39 (2022) on the rights of Indigenous women",
            "See decision 60/519 and A/60/88 and A/60/88/Corr.2",
            "Commission on Human Rights resolutions 2004/16 of 16 April 2004 and 2005/5",
            "United Nations Environment Assembly resolution 5/14 adopted on 2 March 2022",
            "the urgent goal of 50/50 gender balance",
            "advisory opinion OC 16/99 of 1 October 1999",
            "Law No. 10/2018 and all similar laws",
            "held in Maputo (1999), Geneva (2000) and Managua (2001)",
            "recalling Council resolution 5/2 of 18 June 2007",  // which council's? none named: not recorded
            "Trusteeship Council resolution 2149 (1964)",
            "International Maritime Organization, document LC 30/16, annex 6, resolution LC -LP.1 (2008).",
        };
        for (const auto& text : table) {
            CAPTURE(text);
            CHECK(joined(find_cites(text)) == "");
        }
    }
}
