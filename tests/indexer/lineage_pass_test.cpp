/// @file
/// @brief Tests of the index-time lineage pass: stored lineage, change terms, incremental and crash-safe
/// reruns, citations.
#include "indexer/lineage_pass.hpp"

#include "index/schema.hpp"
#include "index/sort_keys.hpp"
#include "indexer/indexer.hpp"
#include "tests/support/temp_dir.hpp"

#include <doctest/doctest.h>
#include <xapian.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <sstream>

using namespace unres;
namespace fs = std::filesystem;
using schema::Field;
using schema::ValueSlot;

namespace {

void index(const fs::path& db, const fs::path& corpus, bool prune = false, std::size_t shards = 0) {
    indexer::IndexerOptions options;
    options.db = db.string();
    options.paths = {corpus.string()};
    options.quiet = true;
    options.prune = prune;
    options.shards = shards;
    std::ostringstream out;
    std::ostringstream err;
    REQUIRE(indexer::run_indexer(options, out, err, false) == 0);
}

/// "predecessor change similarity" of a paragraph, "-" when it has no lineage, "missing" if not indexed.
auto lineage_of(const fs::path& db, const std::string& id) -> std::string {
    Xapian::Database d(db.string());
    const std::string term = schema::boolean_term(Field::UniqueId, "en:" + id);
    auto it = d.postlist_begin(term);
    if (it == d.postlist_end(term)) return "missing";
    const auto data = nlohmann::json::parse(d.get_document(*it).get_data());
    if (!data.contains("lineage")) return "-";
    const auto& l = data["lineage"];
    std::ostringstream out;
    out << l.value("predecessor", "none") << ' ' << l.value("change", "") << ' '
        << l.value("similarity", 0.0);
    return out.str();
}

/// Paragraphs of one change class, counted through the same filter the searcher uses.
auto changed(const fs::path& db, const std::string& change) -> Xapian::doccount {
    Xapian::Enquire enquire(Xapian::Database(db.string()));
    enquire.set_query(schema::change_filter(change));
    return enquire.get_mset(0, 0, 1000000).get_matches_estimated();
}

/// The citation count in the sort key of @p id (a resolution record or "SYMBOL#pN" paragraph).
auto cited_by(const fs::path& db, const std::string& id) -> std::size_t {
    Xapian::Database d(db.string());
    const std::string term = schema::boolean_term(Field::UniqueId, "en:" + id);
    return schema::cited_by_of(
        d.get_document(*d.postlist_begin(term)).get_value(schema::slot(ValueSlot::SortCited)));
}

auto copy_without(const testing::TempDir& dir, const std::vector<std::string>& left_out) -> fs::path {
    const fs::path corpus = dir / "corpus";
    fs::create_directories(corpus);
    for (const auto& entry : fs::directory_iterator(testing::sample_corpus())) {
        const auto name = entry.path().filename().string();
        if (name == "ORIGIN" || std::find(left_out.begin(), left_out.end(), name) != left_out.end()) continue;
        fs::copy(entry.path(), corpus / name);
    }
    return corpus;
}

}  // namespace

TEST_SUITE("indexer/lineage_pass") {
    TEST_CASE("each paragraph stores its predecessor, similarity and change") {
        testing::TempDir dir;
        index(dir / "db", testing::sample_corpus());
        CHECK(lineage_of(dir / "db", "A/RES/79/34#pp12") == "A/RES/78/45#pp12 unchanged 1");
        CHECK(lineage_of(dir / "db", "A/RES/78/45#pp12") == "A/RES/76/26#pp12 edited 0.98");
        CHECK(lineage_of(dir / "db", "A/RES/79/34#op9") == "A/RES/78/45#op9 edited 0.814");
        CHECK(lineage_of(dir / "db", "A/RES/75/52#pp12") == "-");  // first of its series in the index
        CHECK(changed(dir / "db", "edited") == 18);
        CHECK(changed(dir / "db", "unchanged") == 54);
        CHECK(changed(dir / "db", "new") == 0);
        for (int n = 1; n <= 12; ++n) {
            for (const char* kind : {"pp", "op"}) {
                const std::string id = std::string(kind) + std::to_string(n);
                CHECK(lineage_of(dir / "db", "A/RES/79/34#" + id).rfind("A/RES/78/45#" + id + " ", 0) == 0);
            }
        }
    }

    TEST_CASE("a second pass over an unchanged database does nothing") {
        testing::TempDir dir;
        index(dir / "db", testing::sample_corpus());
        Xapian::WritableDatabase db((dir / "db").string());
        const auto again = indexer::update_lineage({&db});
        CHECK(again.skipped);
    }

    TEST_CASE("a pass lost before its commit is redone in full, with the same result") {
        testing::TempDir dir;
        index(dir / "db", testing::sample_corpus());
        {
            Xapian::WritableDatabase db((dir / "db").string());
            // As if the run had stopped after writing the resolutions: no lineage state at all.
            std::vector<std::string> keys;
            for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k) {
                if ((*k).rfind("series:", 0) == 0 || *k == "lineage:state") keys.push_back(*k);
            }
            for (const auto& k : keys) db.set_metadata(k, "");
            db.commit();
            const auto redone = indexer::update_lineage({&db});
            CHECK_FALSE(redone.skipped);
            CHECK(redone.series == 1);
            CHECK(redone.series_updated == 1);
            CHECK(redone.paragraphs_updated == 0);  // the documents already held the right lineage
        }
        CHECK(lineage_of(dir / "db", "A/RES/78/45#pp12") == "A/RES/76/26#pp12 edited 0.98");
    }

    TEST_CASE("adding and pruning resolutions realigns their series") {
        testing::TempDir dir;
        const auto corpus = copy_without(dir, {"A-RES-79-34.txt"});
        index(dir / "db", corpus);
        CHECK(lineage_of(dir / "db", "A/RES/79/34#pp6") == "missing");
        fs::copy(testing::sample_corpus() / "A-RES-79-34.txt", corpus / "A-RES-79-34.txt");
        index(dir / "db", corpus);
        CHECK(lineage_of(dir / "db", "A/RES/79/34#pp6") == "A/RES/78/45#pp6 edited 0.974");
        fs::remove(corpus / "A-RES-78-45.md");
        index(dir / "db", corpus, true);
        // 79/34 now follows 76/26: pp12 gained "deep" since then.
        CHECK(lineage_of(dir / "db", "A/RES/79/34#pp12") == "A/RES/76/26#pp12 edited 0.98");
        CHECK(changed(dir / "db", "edited") == 5 + 8);
    }

    TEST_CASE("an inserted paragraph is new and a removed one is dropped") {
        testing::TempDir dir;
        const auto corpus = copy_without(dir, {});
        std::string text;
        {
            std::ifstream in(corpus / "A-RES-79-34.txt", std::ios::binary);
            text.assign(std::istreambuf_iterator<char>(in), {});
        }
        // op11 (outstanding dues) gives way to a new paragraph on a subject the series never had.
        const auto op11 = text.find("11. *Calls upon*");
        const auto op12 = text.find("12. *Decides*");
        REQUIRE(op11 != std::string::npos);
        REQUIRE(op12 != std::string::npos);
        text.replace(op11, op12 - op11,
                     "11. *Welcomes* the accession of Tuvalu and the opening of regional offices for victim "
                     "assistance in three continents;\n\n");
        std::ofstream(corpus / "A-RES-79-34.txt", std::ios::binary) << text;
        index(dir / "db", corpus);
        CHECK(lineage_of(dir / "db", "A/RES/79/34#op11") == "none new 0");
        CHECK(changed(dir / "db", "new") == 1);
        Xapian::Database db((dir / "db").string());
        const std::string key =
            "series:en:implementation-of-the-convention-on-the-prohibition-of-the-use-stockpiling-"
            "production-and-transfer-of-anti-personnel-mines-and-on-their-destruction";
        const auto series = nlohmann::json::parse(db.get_metadata(key));
        CHECK(series["members"][3]["symbol"] == "A/RES/79/34");
        CHECK(series["members"][3]["dropped"][0]["id"] == "A/RES/78/45#op11");
    }

    TEST_CASE("every resolution counts the other indexed resolutions that cite it") {
        testing::TempDir dir;
        index(dir / "db", testing::sample_corpus());
        CHECK(cited_by(dir / "db", "A/RES/75/52") == 3);
        CHECK(cited_by(dir / "db", "A/RES/76/26") == 2);
        CHECK(cited_by(dir / "db", "A/RES/78/45") == 1);
        CHECK(cited_by(dir / "db", "A/RES/79/34") == 0);
        // Paragraphs carry their resolution's count, so --sort cited puts them first.
        CHECK(cited_by(dir / "db", "A/RES/75/52#pp1") == 3);
        CHECK(cited_by(dir / "db", "A/RES/76/26#op2") == 2);
        CHECK(cited_by(dir / "db", "A/RES/79/34#pp1") == 0);
    }

    TEST_CASE("lineage spans shards") {
        testing::TempDir dir;
        index(dir / "db", testing::sample_corpus(), false, 3);
        CHECK(lineage_of(dir / "db", "A/RES/79/34#op10") == "A/RES/78/45#op10 edited 0.936");
        CHECK(changed(dir / "db", "edited") == 18);
    }
}
