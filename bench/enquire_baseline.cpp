// Plain in-process Xapian baseline: QueryParser + Enquire + one ValueCountMatchSpy per facet.
//
// Usage: enquire-baseline DB QUERIES.tsv [facets|nofacets|onespy|streamspy] [REPEAT]
// QUERIES.tsv lines are qid<TAB>query<TAB>space-separated boolean filter terms. Each query runs as
// unres runs it (paragraph documents only, exact counts: checkatleast = doccount, top 10 with data).
// "onespy" counts the same five slots as unres's FacetSpy with a single spy and std::map counters;
// "streamspy" counts them through per-slot value streams (the fix proposed for FacetSpy).
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

/// The five slots unres counts (session, kind, verb, clause key, change), one map each.
class OneSpy : public Xapian::MatchSpy {
  public:
    void operator()(const Xapian::Document& doc, double) override {
        for (std::size_t i = 0; i < m_slots.size(); ++i) {
            std::string v = doc.get_value(m_slots[i]);
            if (!v.empty()) ++m_counts[i][v];
        }
    }
    std::vector<Xapian::valueno> m_slots{0, 2, 3, 4, 9};
    std::map<std::string, Xapian::doccount> m_counts[5];
};

/// The same five slots read through one value stream per slot: matching visits documents in
/// ascending docid order, so skip_to() moves forward through each slot's chunks instead of
/// re-seeking the value table for every (document, slot) pair as Document::get_value() does.
class StreamSpy : public Xapian::MatchSpy {
  public:
    explicit StreamSpy(const Xapian::Database& db) : m_db(db) {
        for (auto slot : m_slots) m_streams.push_back(db.valuestream_begin(slot));
    }
    void operator()(const Xapian::Document& doc, double) override {
        const Xapian::docid did = doc.get_docid();
        for (std::size_t i = 0; i < m_slots.size(); ++i) {
            auto& it = m_streams[i];
            if (it == m_db.valuestream_end(m_slots[i])) continue;
            if (it.get_docid() > did) it = m_db.valuestream_begin(m_slots[i]);
            if (it.check(did)) ++m_counts[i][*it];
        }
    }
    Xapian::Database m_db;
    std::vector<Xapian::valueno> m_slots{0, 2, 3, 4, 9};
    std::vector<Xapian::ValueIterator> m_streams;
    std::map<std::string, Xapian::doccount> m_counts[5];
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
        std::cerr << "usage: enquire-baseline DB QUERIES.tsv [facets|nofacets|onespy|streamspy] [REPEAT]\n";
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
            Xapian::Query filter("XTparagraph");
            for (const auto& t : q.filters)
                filter = Xapian::Query(Xapian::Query::OP_AND, filter, Xapian::Query(t));
            Xapian::Enquire enquire(db);
            enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, filter));
            std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
            OneSpy one;
            std::unique_ptr<StreamSpy> stream;
            if (mode == "facets") {
                for (Xapian::valueno slot : {0U, 2U, 3U}) {
                    spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
                    enquire.add_matchspy(spies.back().get());
                }
            } else if (mode == "onespy") {
                enquire.add_matchspy(&one);
            } else if (mode == "streamspy") {
                stream = std::make_unique<StreamSpy>(db);
                enquire.add_matchspy(stream.get());
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
