// Plain in-process Xapian baseline: QueryParser + Enquire + one ValueCountMatchSpy per facet.
//
// Usage: enquire-baseline DB QUERIES.tsv [facets|nofacets] [REPEAT]
// DB is the scriptindex database of the same paragraphs (values: 0 session, 2 kind, 3 verb).
// QUERIES.tsv lines are qid<TAB>query<TAB>space-separated boolean filter terms. Each query runs as
// unres runs it (exact counts: checkatleast = doccount, top 10 with data); "facets" adds one
// ValueCountMatchSpy per facet (session, kind, verb). One thread, as a plain program would.
// Prints one JSON object: per-query latency p50/p99 (ms), queries/s, total matches.
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Query {
    std::string text;
    std::vector<std::string> filters;
};

auto read_queries(const std::string& path) -> std::vector<Query> {
    std::ifstream in(path);
    std::vector<Query> out;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string qid, text, filters;
        std::getline(fields, qid, '\t');
        std::getline(fields, text, '\t');
        std::getline(fields, filters);
        Query q{text, {}};
        std::istringstream terms(filters);
        for (std::string t; terms >> t;) q.filters.push_back(t);
        out.push_back(q);
    }
    return out;
}

auto percentile(std::vector<double> v, double p) -> double {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<std::size_t>(p * v.size()))];
}

}  // namespace

int main(int argc, char** argv) try {
    if (argc < 3) {
        std::cerr << "usage: enquire-baseline DB QUERIES.tsv [facets|nofacets] [REPEAT]\n";
        return 2;
    }
    const std::string mode = argc > 3 ? argv[3] : "facets";
    const int repeat = argc > 4 ? std::stoi(argv[4]) : 1;
    Xapian::Database db(argv[1]);
    const auto queries = read_queries(argv[2]);
    Xapian::QueryParser qp;
    qp.set_database(db);
    qp.set_stemmer(Xapian::Stem("english"));
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    qp.set_default_op(Xapian::Query::OP_AND);
    const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD;
    std::vector<double> ms;
    unsigned long long matches = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int r = 0; r < repeat; ++r) {
        for (const auto& q : queries) {
            const auto t0 = std::chrono::steady_clock::now();
            Xapian::Query query = qp.parse_query(q.text, flags);
            for (const auto& t : q.filters)
                query = Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(t));
            Xapian::Enquire enquire(db);
            enquire.set_query(query);
            std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
            if (mode == "facets") {
                for (Xapian::valueno slot : {0U, 2U, 3U}) {
                    spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
                    enquire.add_matchspy(spies.back().get());
                }
            }
            const Xapian::MSet mset = enquire.get_mset(0, 10, db.get_doccount());
            std::size_t bytes = 0;
            for (auto it = mset.begin(); it != mset.end(); ++it) bytes += it.get_document().get_data().size();
            for (const auto& spy : spies) {
                for (auto v = spy->top_values_begin(100); v != spy->top_values_end(100); ++v)
                    bytes += v.get_termfreq();
            }
            matches += mset.get_matches_estimated() + (bytes == 0 ? 0 : 0);
            ms.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        }
    }
    const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "{\"mode\":\"" << mode << "\",\"queries\":" << ms.size()
              << ",\"p50_ms\":" << percentile(ms, 0.5) << ",\"p99_ms\":" << percentile(ms, 0.99)
              << ",\"qps\":" << ms.size() / total << ",\"matches\":" << matches << "}\n";
    return 0;
} catch (const Xapian::Error& e) {
    std::cerr << "enquire-baseline: " << e.get_description() << '\n';
    return 1;
}
