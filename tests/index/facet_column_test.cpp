/// @file
/// @brief The facet column file: written from a database's facet values, used only while it is current.
#include "index/facet_column.hpp"
#include "index/schema.hpp"
#include "tests/support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

using unres::schema::facet_column_file;
using unres::schema::FacetColumn;
using unres::schema::write_facet_column;

namespace {

/// A database of @p n documents; every third has no facet value (as resolution records have none).
auto make_database(const std::string& path, int n) -> Xapian::WritableDatabase {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
    for (int i = 1; i <= n; ++i) {
        Xapian::Document doc;
        if (i % 3 != 0) {
            doc.add_value(unres::schema::slot(unres::schema::ValueSlot::Facets),
                          unres::schema::pack_facets(
                              {"", 70 + i % 2, "operative", i % 4 ? "urges" : "decides", "", "first", "ga"}));
        }
        db.add_document(doc);
    }
    db.commit();
    return db;
}

auto file_of(const unres::testing::TempDir& dir) -> std::filesystem::path {
    return dir / ("db/" + std::string(facet_column_file));
}

}  // namespace

TEST_SUITE("analyzers/facet_column") {
    TEST_CASE("holds every document's packed value as a code, and none for documents without one") {
        unres::testing::TempDir dir;
        const std::string path = (dir / "db").string();
        auto db = make_database(path, 10);
        CHECK_FALSE(FacetColumn::open(db, path));  // not written yet
        write_facet_column(db, path);
        const auto column = FacetColumn::open(db, path);
        REQUIRE(column);
        CHECK(column->values() == 3);  // (70, urges), (71, urges), (70, decides)
        for (Xapian::docid did = 1; did <= 10; ++did) {
            CAPTURE(did);
            const std::string value =
                db.get_document(did).get_value(unres::schema::slot(unres::schema::ValueSlot::Facets));
            if (value.empty()) {
                CHECK(column->code(did) == 0);
            } else {
                CHECK(column->value(column->code(did)) == value);
            }
        }
        CHECK(column->code(0) == 0);
        CHECK(column->code(11) == 0);  // past the end
        CHECK(column->value(0).empty());
        CHECK(column->value(99).empty());
    }

    TEST_CASE("a column becomes stale at the next commit, and writing again brings it up to date") {
        unres::testing::TempDir dir;
        const std::string path = (dir / "db").string();
        auto db = make_database(path, 6);
        write_facet_column(db, path);
        const auto written = std::filesystem::last_write_time(file_of(dir));
        write_facet_column(db, path);  // current: left alone
        CHECK(std::filesystem::last_write_time(file_of(dir)) == written);

        Xapian::Document doc;
        doc.add_value(unres::schema::slot(unres::schema::ValueSlot::Facets), "x");
        db.replace_document(1, doc);
        db.commit();
        CHECK_FALSE(FacetColumn::open(db, path));
        CHECK_FALSE(FacetColumn::open(Xapian::Database(path), path));
        write_facet_column(db, path);
        const auto column = FacetColumn::open(Xapian::Database(path), path);
        REQUIRE(column);
        CHECK(column->value(column->code(1)) == "x");
    }

    TEST_CASE("a column of another database, a damaged or truncated file is not used") {
        unres::testing::TempDir dir;
        const std::string path = (dir / "db").string();
        auto db = make_database(path, 6);
        write_facet_column(db, path);
        std::string bytes;
        {
            std::ifstream in(file_of(dir), std::ios::binary);
            bytes.assign(std::istreambuf_iterator<char>(in), {});
        }
        const auto rewrite = [&](const std::string& content) {
            std::ofstream out(file_of(dir), std::ios::binary | std::ios::trunc);
            out << content;
        };
        rewrite(bytes.substr(0, bytes.size() - 4));
        CHECK_FALSE(FacetColumn::open(db, path));
        rewrite("");
        CHECK_FALSE(FacetColumn::open(db, path));
        rewrite(std::string(bytes.size(), '\xff'));
        CHECK_FALSE(FacetColumn::open(db, path));
        std::string other_uuid = bytes;
        other_uuid[16] = other_uuid[16] == 'a' ? 'b' : 'a';  // the first byte of the UUID
        rewrite(other_uuid);
        CHECK_FALSE(FacetColumn::open(db, path));
        rewrite(bytes);
        CHECK(FacetColumn::open(db, path));

        unres::testing::TempDir other;
        const std::string other_path = (other / "db").string();
        auto another = make_database(other_path, 6);
        std::filesystem::copy_file(file_of(dir), other / ("db/" + std::string(facet_column_file)));
        CHECK_FALSE(FacetColumn::open(another, other_path));
    }

    TEST_CASE("a database without documents has an empty column") {
        unres::testing::TempDir dir;
        const std::string path = (dir / "db").string();
        auto db = make_database(path, 0);
        write_facet_column(db, path);
        const auto column = FacetColumn::open(db, path);
        REQUIRE(column);
        CHECK(column->values() == 0);
        CHECK(column->code(1) == 0);
    }
}
