/// @file
/// @brief Lineage of paragraphs across series and citation counts, rewritten after each indexing run.
#include "indexer/lineage_pass.hpp"

#include "analyzers/alignment.hpp"
#include "analyzers/resolution_json.hpp"
#include "analyzers/schema.hpp"
#include "analyzers/sort_keys.hpp"
#include "analyzers/stored_resolution.hpp"
#include "indexer/document_builder.hpp"
#include "indexer/shard_set.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace unres::indexer {

using analyzers::Resolution;
using schema::Field;
using schema::ValueSlot;

namespace {

constexpr std::string_view state_key = "lineage:state";
constexpr std::string_view series_key_prefix = "series:";

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
    auto data = nlohmann::ordered_json::parse(doc.get_data(), nullptr, false);
    if (data.is_discarded() || !data.is_object()) return false;
    const nlohmann::json old = data.contains("lineage") ? nlohmann::json(data["lineage"]) : nlohmann::json();
    if (old == lineage) return false;
    schema::FacetValues facets = schema::unpack_facets(doc.get_value(schema::slot(ValueSlot::Facets)));
    if (lineage.is_null()) {
        data.erase("lineage");
        facets.change.clear();
    } else {
        data["lineage"] = lineage;
        facets.change = lineage.value("change", "");
    }
    doc.add_value(schema::slot(ValueSlot::Facets), schema::pack_facets(facets));
    doc.set_data(data.dump());
    db.replace_document(docid, doc);
    return true;
}

class Pass {
  public:
    Pass(const std::vector<Xapian::WritableDatabase*>& shards, DocNamer namer)
        : m_shards(shards), m_namer(std::move(namer)) {}

    auto run() -> LineageSummary {
        if (m_shards.empty()) return m_summary;
        const std::vector<DocRef> records = postings(schema::boolean_term(Field::DocType, "resolution"));
        const std::string state = stamp_of(records, m_namer);
        if (home().get_metadata(std::string(state_key)) == state) {
            m_summary.skipped = true;
            return m_summary;
        }
        update_series();
        update_cited_by(records);
        home().set_metadata(std::string(state_key), state);
        // The first shard holds the state: commit it last, so a crash in between redoes the pass.
        for (std::size_t i = m_shards.size(); i-- > 0;) m_shards[i]->commit();
        return m_summary;
    }

  private:
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
        for (const auto& key : live) {
            ++m_summary.series;
            const std::vector<DocRef> members = postings(prefix + key);
            const std::string metadata_key = std::string(series_key_prefix) + key;
            const auto stored = nlohmann::json::parse(home().get_metadata(metadata_key), nullptr, false);
            const std::string stamp = stamp_of(members, m_namer);
            if (!stored.is_discarded() && stored.is_object() && stored.value("stamp", "") == stamp) continue;
            home().set_metadata(metadata_key, align_series(members, stamp).dump());
            ++m_summary.series_updated;
        }
        // Series whose last member went away.
        std::vector<std::string> gone;
        const std::string meta_prefix(series_key_prefix);
        for (auto k = home().metadata_keys_begin(meta_prefix); k != home().metadata_keys_end(meta_prefix);
             ++k) {
            if (live.count((*k).substr(meta_prefix.size())) == 0) gone.push_back(*k);
        }
        for (const auto& key : gone) home().set_metadata(key, "");
    }

    auto load(const DocRef& ref) -> Member {
        Member member{ref, {}};
        if (auto resolution = analyzers::read_resolution(db(ref), ref.second))
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

    /// Aligns every member with the one before; returns the series metadata.
    auto align_series(const std::vector<DocRef>& refs, const std::string& stamp) -> nlohmann::ordered_json {
        std::vector<Member> members;
        for (const auto& ref : refs) members.push_back(load(ref));
        std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) {
            return std::tie(a.resolution.session, a.resolution.adopted, a.resolution.symbol) <
                   std::tie(b.resolution.session, b.resolution.adopted, b.resolution.symbol);
        });
        nlohmann::ordered_json meta;
        meta["stamp"] = stamp;
        meta["members"] = nlohmann::ordered_json::array();
        std::vector<analyzers::AlignedParagraph> previous;
        const Resolution* before = nullptr;
        for (const auto& member : members) {
            const Resolution& r = member.resolution;
            auto current = aligned_paragraphs(r);
            nlohmann::ordered_json entry{{"symbol", r.symbol}, {"previous", before ? before->symbol : ""}};
            nlohmann::ordered_json dropped = nlohmann::ordered_json::array();
            if (before == nullptr) {
                for (const auto& p : r.paragraphs) write(r, p.id, nlohmann::json());
            } else {
                const auto alignment = analyzers::align_paragraphs(previous, current);
                for (std::size_t i = 0; i < r.paragraphs.size(); ++i) {
                    const auto& match = alignment.matches[i];
                    // A new paragraph has no "predecessor" key (readers take a missing key as "").
                    nlohmann::json lineage = nlohmann::json::object();
                    if (match.predecessor) {
                        lineage["predecessor"] = before->symbol + "#" + previous[*match.predecessor].id;
                    }
                    lineage["similarity"] = match.similarity;
                    lineage["change"] = analyzers::change_name(match.change);
                    if (match.moved) lineage["moved"] = true;
                    write(r, r.paragraphs[i].id, lineage);
                }
                for (auto index : alignment.dropped) {
                    dropped.push_back(
                        {{"id", before->symbol + "#" + previous[index].id}, {"text", previous[index].text}});
                }
            }
            entry["dropped"] = dropped;
            meta["members"].push_back(entry);
            previous = std::move(current);
            before = &r;
        }
        return meta;
    }

    void write(const Resolution& r, const std::string& paragraph, const nlohmann::json& lineage) {
        const auto refs = postings(
            schema::boolean_term(Field::UniqueId, unique_id(r.language, r.symbol + "#" + paragraph)));
        for (const auto& ref : refs) {
            if (write_lineage(db(ref), ref.second, lineage)) ++m_summary.paragraphs_updated;
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
    DocNamer m_namer;
    std::map<std::string, std::unique_ptr<analyzers::Analyzer>> m_analyzers;
    LineageSummary m_summary;
};

}  // namespace

auto update_lineage(const std::vector<Xapian::WritableDatabase*>& shards) -> LineageSummary {
    return Pass(shards, {}).run();
}

auto update_lineage(const std::vector<Xapian::WritableDatabase*>& parts, const DocNamer& namer)
    -> LineageSummary {
    return Pass(parts, namer).run();
}

auto update_lineage(ShardSet& shards) -> LineageSummary {
    std::vector<Xapian::WritableDatabase*> databases;
    for (std::size_t i = 0; i < shards.size(); ++i) databases.push_back(&shards.shard(i));
    return update_lineage(databases);
}

}  // namespace unres::indexer
