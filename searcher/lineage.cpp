/// @file
/// @brief Reads the lineage the indexer stored and derives histories, resolution diffs and citations.
#include "searcher/lineage.hpp"

#include "analyzers/error.hpp"
#include "analyzers/lineage/alignment.hpp"
#include "analyzers/parser/resolution_json.hpp"
#include "analyzers/parser/symbol.hpp"
#include "analyzers/text/analyzer.hpp"
#include "index/paragraph_data.hpp"
#include "index/schema.hpp"
#include "index/stored_resolution.hpp"

#include <algorithm>
#include <set>

namespace unres::searcher {

using schema::Field;

namespace {

/// Documents are looked up in the language the CLI and CGI show (see Searcher::show()).
constexpr const char* language = "en";

auto find_data(const Xapian::Database& db, const std::string& unique)
    -> std::optional<schema::StoredParagraph> {
    const std::string term = schema::unique_term(language, unique);
    auto it = db.postlist_begin(term);
    if (it == db.postlist_end(term)) return std::nullopt;
    return schema::read_paragraph_data(db.get_document(*it).get_data());
}

auto lineage_of(const schema::StoredParagraph& data) -> ParagraphLineage {
    ParagraphLineage lineage;
    if (!data.has_lineage) return lineage;
    lineage.predecessor = data.predecessor;
    lineage.similarity = data.similarity;
    lineage.change = data.change;
    lineage.moved = data.moved;
    return lineage;
}

/// "A/RES/79/34#pp12" -> {"A/RES/79/34", "pp12"}; throws UsageError naming @p option otherwise.
auto split_paragraph_id(const std::string& id, const std::string& option)
    -> std::pair<std::string, std::string> {
    const auto hash = id.find('#');
    const auto symbol = analyzers::normalise_symbol(id.substr(0, hash));
    if (!symbol || hash == std::string::npos || hash + 1 == id.size()) {
        throw UsageError(option + ": '" + id + "' is not a paragraph id (e.g. A/RES/79/34#pp12)");
    }
    return {*symbol, analyzers::normalise_anchor(id.substr(hash + 1))};
}

auto load_resolution(const Xapian::Database& db, const std::string& symbol)
    -> std::optional<analyzers::Resolution> {
    return analyzers::read_resolution(db, language, symbol);
}

auto aligned(const analyzers::Analyzer& analyzer, const analyzers::Resolution& r)
    -> std::vector<analyzers::AlignedParagraph> {
    std::vector<analyzers::AlignedParagraph> out;
    for (const auto& p : r.paragraphs) {
        out.push_back(
            {p.id, analyzers::kind_name(p.kind), p.text, analyzers::paragraph_forms(analyzer, p.text)});
    }
    return out;
}

}  // namespace

auto read_lineage(const Xapian::Database& db, const analyzers::Resolution& resolution)
    -> std::map<std::string, ParagraphLineage> {
    std::map<std::string, ParagraphLineage> out;
    for (const auto& p : resolution.paragraphs) {
        const auto data = find_data(db, resolution.symbol + "#" + p.id);
        if (!data) continue;
        auto lineage = lineage_of(*data);
        if (!lineage.change.empty()) out[p.id] = lineage;
    }
    return out;
}

auto read_cited_by(const Xapian::Database& db, const std::string& symbol) -> std::vector<Citation> {
    const std::string cites = schema::boolean_term(Field::Cites, symbol);
    const std::string paragraph = schema::boolean_term(Field::DocType, "paragraph");
    std::map<std::pair<int, std::string>, std::vector<std::pair<double, std::string>>> citing;
    Xapian::Enquire enquire(db);
    enquire.set_query(
        Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(cites), Xapian::Query(paragraph)));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        const auto data = schema::read_paragraph_data(it.get_document().get_data());
        if (!data) continue;
        const std::string by = data->symbol;
        if (by.empty() || by == symbol) continue;
        const std::string order = it.get_document().get_value(schema::slot(schema::ValueSlot::Order));
        const double position = order.empty() ? 0 : Xapian::sortable_unserialise(order);
        citing[{data->session, by}].emplace_back(position, data->paragraph);
    }
    std::vector<Citation> out;
    for (auto& [key, paragraphs] : citing) {
        std::sort(paragraphs.begin(), paragraphs.end());
        Citation citation{key.second, key.first, {}};
        for (const auto& item : paragraphs) citation.paragraphs.push_back(item.second);
        out.push_back(std::move(citation));
    }
    return out;
}

auto paragraph_history(const Xapian::Database& db, const std::string& id, const std::string& option)
    -> std::optional<History> {
    const auto [symbol, paragraph] = split_paragraph_id(id, option);
    History history;
    history.id = symbol + "#" + paragraph;
    std::set<std::string> seen;
    std::string next = history.id;
    while (!next.empty() && seen.insert(next).second) {
        const auto data = find_data(db, next);
        if (!data || data->paragraph.empty()) break;
        ParagraphVersion version;
        version.id = next;
        version.symbol = data->symbol;
        version.paragraph = data->paragraph;
        version.session = data->session;
        version.adopted = data->adopted;
        version.text = data->text;
        version.lineage = lineage_of(*data);
        next = version.lineage.predecessor;
        history.versions.push_back(std::move(version));
    }
    if (history.versions.empty()) return std::nullopt;
    for (std::size_t i = 0; i + 1 < history.versions.size(); ++i) {
        history.versions[i].diff =
            analyzers::word_diff(history.versions[i + 1].text, history.versions[i].text);
    }
    return history;
}

auto resolution_diff(const Xapian::Database& db, const std::string& before, const std::string& after,
                     const std::string& option) -> std::optional<ResolutionDiff> {
    const auto older_symbol = analyzers::normalise_symbol(before);
    const auto newer_symbol = analyzers::normalise_symbol(after);
    for (const auto* given : {&before, &after}) {
        if (!analyzers::normalise_symbol(*given)) {
            throw UsageError(option + ": '" + *given + "' is not a UN resolution symbol (e.g. A/RES/78/45)");
        }
    }
    const auto older = load_resolution(db, *older_symbol);
    const auto newer = load_resolution(db, *newer_symbol);
    if (!older || !newer) return std::nullopt;
    const auto analyzer = analyzers::make_analyzer(newer->language);
    const auto old_paragraphs = aligned(*analyzer, *older);
    const auto new_paragraphs = aligned(*analyzer, *newer);
    const auto alignment = analyzers::align_paragraphs(old_paragraphs, new_paragraphs);

    ResolutionDiff diff{older->symbol, newer->symbol, {}, {}};
    for (const char* status : {"unchanged", "edited", "new", "moved", "dropped"}) diff.counts[status] = 0;
    std::size_t next_dropped = 0;
    const auto emit_dropped_before = [&](std::size_t limit) {
        while (next_dropped < alignment.dropped.size() && alignment.dropped[next_dropped] < limit) {
            const auto& p = old_paragraphs[alignment.dropped[next_dropped++]];
            diff.lines.push_back({"dropped", p.id, "", 0, false, p.text, {}});
            ++diff.counts["dropped"];
        }
    };
    for (std::size_t i = 0; i < new_paragraphs.size(); ++i) {
        const auto& match = alignment.matches[i];
        const auto& p = new_paragraphs[i];
        DiffLine line;
        line.after = p.id;
        line.text = p.text;
        line.similarity = match.similarity;
        if (!match.predecessor) {
            line.status = "new";
        } else {
            if (!match.moved) emit_dropped_before(*match.predecessor);
            const auto& old = old_paragraphs[*match.predecessor];
            line.before = old.id;
            line.edited = match.change == analyzers::ChangeClass::Edited;
            line.status = match.moved ? "moved" : analyzers::change_name(match.change);
            if (line.edited) line.diff = analyzers::word_diff(old.text, p.text);
        }
        // Moved is a place, not a change of words: a moved paragraph counts as unchanged or edited too,
        // so the counts of unchanged, edited, new and dropped add up to the lines.
        if (line.status == "moved") {
            ++diff.counts["moved"];
            ++diff.counts[line.edited ? "edited" : "unchanged"];
        } else {
            ++diff.counts[line.status];
        }
        diff.lines.push_back(std::move(line));
    }
    emit_dropped_before(old_paragraphs.size());
    return diff;
}

}  // namespace unres::searcher
