/// @file
/// @brief Lineage of paragraphs across series and citation counts, rewritten after each indexing run.
#include "indexer/lineage_pass.hpp"

#include "analyzers/lineage/alignment.hpp"
#include "analyzers/parser/resolution_json.hpp"
#include "index/paragraph_data.hpp"
#include "index/schema.hpp"
#include "index/sort_keys.hpp"
#include "index/stored_resolution.hpp"
#include "indexer/document_builder.hpp"
#include "indexer/free_space.hpp"
#include "indexer/shard_set.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

namespace unres::indexer {

using analyzers::Resolution;
using schema::Field;
using schema::ValueSlot;

namespace {

/// A document: the shard that holds it and its docid there.
using DocRef = std::pair<std::size_t, Xapian::docid>;

/// A resolution record with its parsed data.
struct Member {
    DocRef ref;
    Resolution resolution;
};

auto stamp_of(const std::vector<DocRef>& refs, const DocNamer& namer) -> std::string {
    std::string stamp;
    for (const auto& ref : refs) {
        const auto [shard, id] = namer ? namer(ref.first, ref.second) : ref;
        stamp += std::to_string(shard) + ":" + std::to_string(id) + ",";
    }
    return stamp;
}

/// Replaces the change in ValueSlot::Facets and the data's "lineage" of one paragraph; false if
/// already so. Only values and data change, so Xapian rewrites neither postings nor positions.
auto write_lineage(Xapian::WritableDatabase& db, Xapian::docid docid, const nlohmann::json& lineage) -> bool {
    Xapian::Document doc = db.get_document(docid);
    auto data = schema::data_with_lineage(doc.get_data(), lineage);
    if (!data) return false;
    schema::FacetValues facets = schema::unpack_facets(doc.get_value(schema::slot(ValueSlot::Facets)));
    facets.change = lineage.is_null() ? "" : lineage.value("change", "");
    doc.add_value(schema::slot(ValueSlot::Facets), schema::pack_facets(facets));
    doc.set_data(std::move(*data));
    db.replace_document(docid, doc);
    return true;
}

/// What aligning one series yields: its metadata and the lineage of every paragraph document of its members.
struct SeriesLineage {
    std::string key;
    nlohmann::ordered_json meta;
    std::vector<std::pair<DocRef, nlohmann::json>> paragraphs;
};

/// A series to align: its key, member records and the stamp of those records.
struct SeriesWork {
    std::string key;
    std::vector<DocRef> members;
    std::string stamp;
};

/// Aligns series read from one set of databases (shards); one per thread, with its own analyzers.
class SeriesAligner {
  public:
    explicit SeriesAligner(std::vector<const Xapian::Database*> dbs) : m_dbs(std::move(dbs)) {}

    /// Aligns every member with the one before (oldest first); paragraphs of the first member get no
    /// lineage (null), older paragraphs without successor are listed as "dropped" in the metadata.
    auto align(const SeriesWork& work) -> SeriesLineage {
        std::vector<Member> members;
        for (const auto& ref : work.members) members.push_back(load(ref));
        std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) {
            return std::tie(a.resolution.session, a.resolution.adopted, a.resolution.symbol) <
                   std::tie(b.resolution.session, b.resolution.adopted, b.resolution.symbol);
        });
        SeriesLineage out;
        out.key = work.key;
        out.meta["stamp"] = work.stamp;
        out.meta["members"] = nlohmann::ordered_json::array();
        std::vector<analyzers::AlignedParagraph> previous;
        const Resolution* before = nullptr;
        for (const auto& member : members) {
            const Resolution& r = member.resolution;
            auto current = aligned_paragraphs(r);
            nlohmann::ordered_json entry{{"symbol", r.symbol}, {"previous", before ? before->symbol : ""}};
            nlohmann::ordered_json dropped = nlohmann::ordered_json::array();
            if (before == nullptr) {
                for (const auto& p : r.paragraphs) add(out, r, p.id, nlohmann::json());
            } else {
                const auto alignment = analyzers::align_paragraphs(previous, current);
                for (std::size_t i = 0; i < r.paragraphs.size(); ++i) {
                    const auto& match = alignment.matches[i];
                    // A new paragraph has no "predecessor" key (readers take a missing key as "").
                    nlohmann::json lineage = nlohmann::json::object();
                    if (match.predecessor) {
                        lineage["predecessor"] = before->symbol + "#" + previous[*match.predecessor].id;
                    }
                    // Three decimals are all a reader needs, and the index keeps every paragraph's.
                    lineage["similarity"] = std::round(match.similarity * 1000) / 1000;
                    lineage["change"] = analyzers::change_name(match.change);
                    if (match.moved) lineage["moved"] = true;
                    add(out, r, r.paragraphs[i].id, lineage);
                }
                for (auto index : alignment.dropped) {
                    dropped.push_back(
                        {{"id", before->symbol + "#" + previous[index].id}, {"text", previous[index].text}});
                }
            }
            entry["dropped"] = dropped;
            out.meta["members"].push_back(entry);
            previous = std::move(current);
            before = &r;
        }
        return out;
    }

  private:
    auto load(const DocRef& ref) -> Member {
        Member member{ref, {}};
        if (auto resolution = analyzers::read_resolution(*m_dbs.at(ref.first), ref.second))
            member.resolution = std::move(*resolution);
        return member;
    }

    auto analyzer(const std::string& language) -> const analyzers::Analyzer& {
        auto& a = m_analyzers[language];
        if (!a) a = analyzers::make_analyzer(language);
        return *a;
    }

    auto aligned_paragraphs(const Resolution& r) -> std::vector<analyzers::AlignedParagraph> {
        std::vector<analyzers::AlignedParagraph> out;
        for (const auto& p : r.paragraphs) {
            out.push_back({p.id, analyzers::kind_name(p.kind), p.text,
                           analyzers::paragraph_forms(analyzer(r.language), p.text)});
        }
        return out;
    }

    /// The paragraph documents of @p paragraph of @p r (one per shard that holds it) get @p lineage.
    void add(SeriesLineage& out, const Resolution& r, const std::string& paragraph,
             const nlohmann::json& lineage) {
        const std::string term = schema::unique_term(r.language, r.symbol + "#" + paragraph);
        for (std::size_t s = 0; s < m_dbs.size(); ++s) {
            const Xapian::Database& db = *m_dbs[s];
            for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p)
                out.paragraphs.emplace_back(DocRef{s, *p}, lineage);
        }
    }

    std::vector<const Xapian::Database*> m_dbs;
    std::map<std::string, std::unique_ptr<analyzers::Analyzer>> m_analyzers;
};

class Pass {
  public:
    Pass(const std::vector<Xapian::WritableDatabase*>& shards, std::vector<std::string> paths, DocNamer namer,
         unsigned threads)
        : m_shards(shards), m_paths(std::move(paths)), m_namer(std::move(namer)), m_threads(threads) {
        // Other threads read the shards through databases of their own, opened from the paths.
        if (m_paths.size() != m_shards.size()) m_threads = 1;
        m_threads = std::max(1U, m_threads);
    }

    auto run() -> LineageSummary {
        if (m_shards.empty()) return m_summary;
        const std::vector<DocRef> records = postings(schema::boolean_term(Field::DocType, "resolution"));
        const std::string state = stamp_of(records, m_namer);
        if (home().get_metadata(schema::lineage_state_metadata_key()) == state) {
            m_summary.skipped = true;
            return m_summary;
        }
        // The pass may rewrite every paragraph, flushing as it goes: room for the whole database again,
        // so that no commit of it fails for want of space (docs/RELIABILITY.md, "Full disks").
        std::uintmax_t size = 0;
        for (const auto& path : m_paths) size += directory_bytes(path);
        if (!m_paths.empty()) require_free_space(m_paths.front(), size, "update the lineage");
        update_series();
        update_cited_by(records);
        home().set_metadata(schema::lineage_state_metadata_key(), state);
        // The first shard holds the state: commit it last, so a crash in between redoes the pass.
        for (std::size_t i = m_shards.size(); i-- > 0;) m_shards[i]->commit();
        return m_summary;
    }

  private:
    /// Series aligned per round: the lineage of a round is held in memory until it is written.
    static constexpr std::size_t series_per_round = 256;

    auto home() -> Xapian::WritableDatabase& { return *m_shards.front(); }
    auto db(const DocRef& ref) -> Xapian::WritableDatabase& { return *m_shards.at(ref.first); }

    /// Documents indexed by @p term in every shard, collected before anything is rewritten.
    auto postings(const std::string& term) -> std::vector<DocRef> {
        std::vector<DocRef> refs;
        for (std::size_t s = 0; s < m_shards.size(); ++s) {
            auto& shard = *m_shards[s];
            for (auto p = shard.postlist_begin(term); p != shard.postlist_end(term); ++p)
                refs.emplace_back(s, *p);
        }
        return refs;
    }

    void update_series() {
        const std::string prefix = schema::boolean_term(Field::Series, "");
        std::set<std::string> live;
        for (auto* shard : m_shards) {
            for (auto t = shard->allterms_begin(prefix); t != shard->allterms_end(prefix); ++t) {
                live.insert((*t).substr(prefix.size()));
            }
        }
        std::vector<SeriesWork> todo;
        for (const auto& key : live) {
            ++m_summary.series;
            std::vector<DocRef> members = postings(prefix + key);
            const std::string metadata_key = schema::series_metadata_key(key);
            const auto stored = nlohmann::json::parse(home().get_metadata(metadata_key), nullptr, false);
            std::string stamp = stamp_of(members, m_namer);
            if (!stored.is_discarded() && stored.is_object() && stored.value("stamp", "") == stamp) continue;
            todo.push_back({key, std::move(members), std::move(stamp)});
        }
        for (std::size_t from = 0; from < todo.size(); from += series_per_round) {
            const std::size_t to = std::min(todo.size(), from + series_per_round);
            write_round(align_round(todo, from, to));
        }
        // Series whose last member went away.
        std::vector<std::string> gone;
        const std::string meta_prefix = schema::series_metadata_key("");
        for (auto k = home().metadata_keys_begin(meta_prefix); k != home().metadata_keys_end(meta_prefix);
             ++k) {
            if (live.count((*k).substr(meta_prefix.size())) == 0) gone.push_back(*k);
        }
        for (const auto& key : gone) home().set_metadata(key, "");
    }

    /// Aligns todo[from, to) on m_threads threads; results in todo order.
    auto align_round(const std::vector<SeriesWork>& todo, std::size_t from, std::size_t to)
        -> std::vector<SeriesLineage> {
        std::vector<SeriesLineage> results(to - from);
        if (m_threads == 1) {
            if (!m_aligner) {
                std::vector<const Xapian::Database*> dbs(m_shards.begin(), m_shards.end());
                m_aligner = std::make_unique<SeriesAligner>(std::move(dbs));
            }
            for (std::size_t i = from; i < to; ++i) results[i - from] = m_aligner->align(todo[i]);
            return results;
        }
        if (m_readers.empty()) {
            for (unsigned t = 0; t < m_threads; ++t) {
                auto& readers = m_readers.emplace_back();
                for (const auto& path : m_paths) readers.emplace_back(path);
                std::vector<const Xapian::Database*> dbs;
                for (const auto& r : readers) dbs.push_back(&r);
                m_aligners.push_back(std::make_unique<SeriesAligner>(std::move(dbs)));
            }
        }
        std::atomic<std::size_t> next{from};
        std::exception_ptr failure;
        std::mutex failure_mutex;
        std::vector<std::thread> workers;
        for (unsigned t = 0; t < m_threads; ++t) {
            workers.emplace_back([&, t] {
                try {
                    for (std::size_t i = next++; i < to; i = next++)
                        results[i - from] = align_reading(t, todo[i]);
                } catch (...) {
                    std::lock_guard lock(failure_mutex);
                    if (!failure) failure = std::current_exception();
                    next = to;
                }
            });
        }
        for (auto& w : workers) w.join();
        if (failure) std::rethrow_exception(failure);
        return results;
    }

    /// Aligns @p work on thread @p t's readers. The shards may commit by themselves while earlier
    /// rounds' lineage is written (Xapian flushes every XAPIAN_FLUSH_THRESHOLD changed documents),
    /// which can discard the revision a reader holds: reopen and align again. What is read (records,
    /// paragraph ids and texts) is what the pass never changes, so any revision gives the same result.
    auto align_reading(unsigned t, const SeriesWork& work) -> SeriesLineage {
        for (int attempt = 0;; ++attempt) {
            try {
                return m_aligners[t]->align(work);
            } catch (const Xapian::DatabaseModifiedError&) {
                if (attempt == 5) throw;
                for (auto& reader : m_readers[t]) reader.reopen();
            }
        }
    }

    /// Writes one round: each shard's paragraphs on a thread of their own (each shard is its own
    /// database), then the series metadata into the first shard.
    void write_round(const std::vector<SeriesLineage>& round) {
        std::vector<std::vector<const std::pair<DocRef, nlohmann::json>*>> per_shard(m_shards.size());
        for (const auto& series : round) {
            for (const auto& item : series.paragraphs) per_shard.at(item.first.first).push_back(&item);
        }
        std::vector<std::size_t> updated(m_shards.size(), 0);
        const auto write_shard = [&](std::size_t s) {
            for (const auto* item : per_shard[s]) {
                if (write_lineage(*m_shards[s], item->first.second, item->second)) ++updated[s];
            }
        };
        if (m_threads == 1 || m_shards.size() == 1) {
            for (std::size_t s = 0; s < m_shards.size(); ++s) write_shard(s);
        } else {
            std::exception_ptr failure;
            std::mutex failure_mutex;
            std::vector<std::thread> writers;
            for (std::size_t s = 0; s < m_shards.size(); ++s) {
                writers.emplace_back([&, s] {
                    try {
                        write_shard(s);
                    } catch (...) {
                        std::lock_guard lock(failure_mutex);
                        if (!failure) failure = std::current_exception();
                    }
                });
            }
            for (auto& w : writers) w.join();
            if (failure) std::rethrow_exception(failure);
        }
        for (const std::size_t n : updated) m_summary.paragraphs_updated += n;
        for (const auto& series : round) {
            home().set_metadata(schema::series_metadata_key(series.key), series.meta.dump());
            ++m_summary.series_updated;
        }
    }

    /// The citation count in ValueSlot::SortCited of every document of each resolution: distinct
    /// other records citing it.
    void update_cited_by(const std::vector<DocRef>& records) {
        const std::set<DocRef> is_record(records.begin(), records.end());
        for (const auto& ref : records) {
            const Xapian::Document record = db(ref).get_document(ref.second);
            const std::string symbol = record.get_value(schema::slot(ValueSlot::Symbol));
            if (symbol.empty()) continue;
            std::set<std::string> citing;
            for (const auto& other : postings(schema::boolean_term(Field::Cites, symbol))) {
                if (is_record.count(other) == 0) continue;
                const std::string cited_by =
                    db(other).get_document(other.second).get_value(schema::slot(ValueSlot::Symbol));
                if (cited_by != symbol) citing.insert(cited_by);
            }
            const std::string known = record.get_value(schema::slot(ValueSlot::SortCited));
            if (!known.empty() && schema::cited_by_of(known) == citing.size()) continue;
            ++m_summary.cited_by_updated;
            // Values only: Xapian rewrites neither postings nor positions.
            for (const auto& doc_ref : postings(schema::boolean_term(Field::Symbol, symbol))) {
                Xapian::Document doc = db(doc_ref).get_document(doc_ref.second);
                const std::string old_key = doc.get_value(schema::slot(ValueSlot::SortCited));
                const std::string new_key = schema::with_cited_by(old_key, citing.size());
                if (new_key == old_key) continue;
                doc.add_value(schema::slot(ValueSlot::SortCited), new_key);
                db(doc_ref).replace_document(doc_ref.second, doc);
            }
        }
    }

    std::vector<Xapian::WritableDatabase*> m_shards;
    std::vector<std::string> m_paths;
    DocNamer m_namer;
    unsigned m_threads;
    std::unique_ptr<SeriesAligner> m_aligner;              ///< one thread: reads the shards themselves
    std::vector<std::vector<Xapian::Database>> m_readers;  ///< several threads: each its own readers
    std::vector<std::unique_ptr<SeriesAligner>> m_aligners;
    LineageSummary m_summary;
};

}  // namespace

auto update_lineage(const std::vector<Xapian::WritableDatabase*>& shards) -> LineageSummary {
    return Pass(shards, {}, {}, 1).run();
}

auto update_lineage(const std::vector<Xapian::WritableDatabase*>& parts, const DocNamer& namer)
    -> LineageSummary {
    return Pass(parts, {}, namer, 1).run();
}

auto update_lineage(const std::vector<Xapian::WritableDatabase*>& shards,
                    const std::vector<std::string>& paths, const DocNamer& namer, unsigned threads)
    -> LineageSummary {
    return Pass(shards, paths, namer, threads).run();
}

auto update_lineage(ShardSet& shards, unsigned threads) -> LineageSummary {
    std::vector<Xapian::WritableDatabase*> databases;
    for (std::size_t i = 0; i < shards.size(); ++i) databases.push_back(&shards.shard(i));
    return update_lineage(databases, shards.paths(), {}, threads);
}

}  // namespace unres::indexer
