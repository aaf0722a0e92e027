/// @file
/// @brief Acronyms UN documents use find their expansions and the expansions find the acronyms.
#include "searcher/search.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/system/sample_index.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <set>

using namespace unres;

namespace {

constexpr const char* k_resolution = R"(Resolution adopted by the General Assembly on 1 December 2024

79/902. Sustainable development

The General Assembly,

Recognizing the vulnerability of small island developing States to sea-level rise,

1. Calls upon the least developed countries and LLDCs to report;

2. Requests the International Court of Justice to consider the matter;

3. Welcomes the work of SIDS and of the Democratic People’s Republic of Korea delegation;
)";

auto ids(const std::string& db, const std::string& query) -> std::set<std::string> {
    std::set<std::string> out;
    for (const auto& hit : testing::search_paragraphs(db, query).hits) out.insert(hit.paragraph);
    return out;
}

}  // namespace

TEST_SUITE("system/acronyms") {
    TEST_CASE("SIDS, LDCs, LLDCs, ICJ, DPRK find their printed expansions, and the expansions find them") {
        testing::TempDir tmp;
        std::ofstream(tmp / "A-RES-79-902.txt") << k_resolution;
        REQUIRE(testing::index_into((tmp / "db").string(), {(tmp / "A-RES-79-902.txt").string()}) == 0);
        const std::string db = (tmp / "db").string();
        using Ids = std::set<std::string>;
        CHECK(ids(db, "SIDS") == Ids{"pp1", "op3"});
        CHECK(ids(db, "small island developing States") == Ids{"pp1", "op3"});
        CHECK(ids(db, "LDCs") == Ids{"op1"});
        CHECK(ids(db, "landlocked developing countries") == Ids{"op1"});
        CHECK(ids(db, "ICJ") == Ids{"op2"});
        CHECK(ids(db, "DPRK") == Ids{"op3"});
        CHECK(ids(db, "who").empty());  // an acronym that is an English word is left out
    }
}
