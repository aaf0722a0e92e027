/// @file
/// @brief Prints, per symbol term in an unres database, "SYMBOL_TERM PARAGRAPHS RECORDS", then the totals.
///
/// Used by the crash-safety and concurrency tests to see whether any resolution is held only in part.
#include <xapian.h>

#include <exception>
#include <iostream>
#include <set>
#include <string>

namespace {

auto postings(const Xapian::Database& db, const std::string& term) -> std::set<Xapian::docid> {
    std::set<Xapian::docid> ids;
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) ids.insert(*it);
    return ids;
}

}  // namespace

auto main(int argc, char** argv) -> int {
    if (argc != 2) {
        std::cerr << "usage: db_counts DB\n";
        return 2;
    }
    try {
        const Xapian::Database db(argv[1]);
        const auto paragraphs = postings(db, "XTparagraph");
        const auto records = postings(db, "XTresolution");
        std::size_t symbols = 0;
        for (auto t = db.allterms_begin("XSYM"); t != db.allterms_end("XSYM"); ++t) {
            std::size_t p = 0;
            std::size_t r = 0;
            for (auto it = db.postlist_begin(*t); it != db.postlist_end(*t); ++it) {
                p += paragraphs.count(*it);
                r += records.count(*it);
            }
            std::cout << *t << ' ' << p << ' ' << r << '\n';
            ++symbols;
        }
        std::cout << "TOTAL " << paragraphs.size() << ' ' << records.size() << ' ' << symbols << '\n';
    } catch (const Xapian::Error& e) {
        std::cerr << "db_counts: " << e.get_description() << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "db_counts: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
