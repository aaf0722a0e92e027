/// @file
/// @brief Runs searches and --show look-ups against one or more Xapian databases.
#include "searcher/search.hpp"

#include "analyzers/embedded_data.hpp"
#include "analyzers/error.hpp"
#include "analyzers/lineage/alignment.hpp"
#include "analyzers/lineage/word_diff.hpp"
#include "analyzers/parser/print_variants.hpp"
#include "analyzers/parser/resolution_json.hpp"
#include "analyzers/parser/symbol.hpp"
#include "analyzers/text/language_detector.hpp"
#include "analyzers/text/letters.hpp"
#include "index/facet_column.hpp"
#include "index/paragraph_data.hpp"
#include "index/schema.hpp"
#include "index/stored_resolution.hpp"
#include "searcher/collapse_counts.hpp"
#include "searcher/draft_sentences.hpp"
#include "searcher/facet_counter.hpp"
#include "searcher/query_builder.hpp"
#include "searcher/query_language.hpp"
#include "searcher/snippet.hpp"
#include "searcher/sort_setting.hpp"
#include "searcher/spelling.hpp"
#include "searcher/synonyms.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <sstream>
#include <thread>

namespace unres::searcher {

using schema::Field;
using schema::ValueSlot;

namespace {

/// The paragraphs @p query matches, narrowed by @p filter (left out when it matches everything). The
/// resolution records are left out: cheaper than intersecting with the posting list of every paragraph.
auto paragraphs_matching(Xapian::Query query, const Xapian::Query& filter) -> Xapian::Query {
    if (!filter.empty() && filter.get_type() != Xapian::Query::LEAF_MATCH_ALL) {
        query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
    }
    return Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                         Xapian::Query(schema::boolean_term(Field::DocType, "resolution")));
}

/**
 * Whether to retry a read after attempt @p attempt (0-based) met a revision a writer has moved past,
 * waiting a little first from the second retry on: an indexer committing faster than a long query
 * runs (the tests commit every 20 paragraphs) leaves gaps between batches, and waiting finds one.
 * At most 10 attempts, about 1.3 s of waiting in all.
 */
auto wait_to_retry(int attempt) -> bool {
    constexpr int max_attempts = 10;
    if (attempt + 1 >= max_attempts) return false;
    if (attempt > 0) std::this_thread::sleep_for(std::chrono::milliseconds(std::min(200, 5 << attempt)));
    return true;
}

}  // namespace

struct Searcher::Impl {
    std::vector<std::string> paths;
    DatabaseOptions options;
    DatabaseSet set;
    Xapian::Database db;
    std::map<std::string, std::unique_ptr<analyzers::Analyzer>> analyzers;
    std::map<std::string, std::unique_ptr<Synonyms>> synonyms;

    /// What hits show of their resolution: its title (from the value slot of its record; hits do
    /// not store it) and the languages it is indexed in.
    struct ResolutionFacts {
        std::string title;
        std::vector<std::string> languages;
    };
    /// Per open database revision (cleared on reopen): hits of one resolution share the look-ups.
    std::map<std::string, ResolutionFacts> facts_cache;

    auto facts_of(const std::string& language, const std::string& symbol) -> const ResolutionFacts& {
        auto [it, fresh] = facts_cache.try_emplace(language + ":" + symbol);
        if (!fresh) return it->second;
        const std::string term = schema::unique_term(language, symbol);
        auto posting = db.postlist_begin(term);
        if (posting != db.postlist_end(term)) {
            it->second.title = db.get_document(*posting).get_value(schema::slot(schema::ValueSlot::Title));
        }
        for (const auto& code : analyzers::official_languages()) {
            if (db.term_exists(schema::unique_term(code, symbol))) it->second.languages.push_back(code);
        }
        return it->second;
    }

    /// The facet column of a single local database, opened once per revision (a batch of queries
    /// maps it once, not per query); nullptr when there is none or it is not current.
    std::optional<schema::FacetColumn> column;
    bool column_looked_up = false;

    auto facet_column() -> const schema::FacetColumn* {
        if (!column_looked_up) {
            column_looked_up = true;
            if (set.parts.size() == 1 && !set.has_remote())
                column = schema::FacetColumn::open(db, set.parts.front().name);
        }
        return column ? &*column : nullptr;
    }

    /// Moves to the newest committed revision; false (and nothing cleared) when there is none newer.
    auto reopen() -> bool {
        if (!db.reopen()) return false;
        facts_cache.clear();
        column.reset();
        column_looked_up = false;
        return true;
    }

    auto analyzer(const std::string& language) -> const analyzers::Analyzer& {
        auto& a = analyzers[language];
        if (!a) a = analyzers::make_analyzer(language);
        return *a;
    }

    auto synonyms_for(const std::string& language) -> const Synonyms& {
        auto& s = synonyms[language];
        if (!s)
            s = std::make_unique<Synonyms>(analyzers::embedded_data("synonyms." + language + ".txt"),
                                           analyzer(language));
        return *s;
    }

    void open() {
        set = open_database_set(paths, options);
        use_combined();
    }

    /// Searches the set's parts as one database from now on; facts read before are dropped.
    void use_combined() {
        db = set.combined();
        facts_cache.clear();
        column.reset();
        column_looked_up = false;
    }

    /// Runs @p read, reopening and retrying when a writer committed meanwhile, so users never see it.
    /// A reader whose revision a writer has overwritten can also meet a block of the new revision
    /// where it expected one of its own, which Xapian 1.4 reports as corruption: retried the same
    /// way (a truly damaged database fails every attempt and is reported).
    template <typename Read>
    auto retrying(Read read) -> decltype(read()) {
        for (int attempt = 0;; ++attempt) {
            try {
                return read();
            } catch (const Xapian::DatabaseModifiedError&) {
                if (!wait_to_retry(attempt)) throw;
                reopen();
            } catch (const Xapian::DatabaseCorruptError&) {
                if (!wait_to_retry(attempt)) throw;
                reopen();
            }
        }
    }

    /// A remote shard failed mid-search: drop the shards that no longer answer and go on (partial),
    /// or say which shard failed.
    void on_network_error(const Xapian::NetworkError& e) {
        if (!options.allow_partial) {
            const bool timeout = e.get_type() == std::string("NetworkTimeoutError");
            const std::string what = timeout ? "timed out" : "failed";
            throw DatabaseError("a remote shard " + what + ": " + e.get_msg() + " (or use --allow-partial)");
        }
        if (set.drop_unresponsive() == 0 || set.parts.empty()) {
            throw DatabaseError("remote shards failed: " + e.get_msg());
        }
        use_combined();
    }

    auto run(const SearchRequest& request) -> SearchResult;
    auto stream(const SearchRequest& request) -> HitStream;
    /// An Enquire for @p query in @p request's order (sort, collapse, time limit).
    auto enquire_for(const SearchRequest& request, const Xapian::Query& query) -> Xapian::Enquire;
    /// @p request's offset and limit of @p enquire's matches.
    auto window(Xapian::Enquire& enquire, const SearchRequest& request) -> Xapian::MSet;
    /// The exact number of matches (of resolutions when @p collapsed).
    auto total_of(const Xapian::MSet& mset, bool collapsed) -> Xapian::doccount;

    /// The words of @p resolution that @p query matches (exact, stemmed, synonym or wildcard), as the
    /// snippets mark them; none for a query that does not parse.
    auto matched_words(const analyzers::Resolution& resolution, const std::string& query)
        -> std::set<std::string> {
        std::set<std::string> words;
        const auto& analyzer = this->analyzer(resolution.language);
        try {
            QueryBuilder builder(analyzer, synonyms_for(resolution.language), db);
            const BuiltQuery built = builder.build(query);
            const auto collect = [&](const std::string& text) {
                for (const auto& fragment : make_snippet(text, analyzer, built, text.size() + 1)) {
                    if (!fragment.matched) continue;
                    words.insert(analyzers::unicode_lower(fragment.text));
                }
            };
            for (const auto& p : resolution.paragraphs) {
                collect(p.text);
                for (const auto& sub : p.subparagraphs) collect(sub.text);
            }
        } catch (const UsageError&) {
            // A query the page could not run highlights nothing.
        }
        return words;
    }
    void count_chosen_facets(const SearchRequest& request, const Xapian::Query& text_query,
                             const QueryBuilder& builder,
                             std::map<std::string, std::vector<FacetValue>>& facets);
    auto make_hit(const Xapian::MSetIterator& it, const analyzers::Analyzer& analyzer,
                  const BuiltQuery& built, bool snippets) -> Hit;
};

Searcher::Searcher(const std::vector<std::string>& databases, const DatabaseOptions& options)
    : m_impl(std::make_unique<Impl>()) {
    if (databases.empty()) throw UsageError("no database given (--db DIR)");
    m_impl->paths = databases;
    m_impl->options = options;
    // Opening reads the database's roots, which a writer committing meanwhile can move.
    m_impl->retrying([this] {
        m_impl->open();
        return 0;
    });
}

Searcher::~Searcher() = default;

auto Searcher::overview() -> IndexOverview {
    return m_impl->retrying([this] {
        IndexOverview o;
        auto& db = m_impl->db;
        o.resolutions = db.get_termfreq(schema::boolean_term(Field::DocType, "resolution"));
        o.paragraphs = db.get_doccount() - o.resolutions;
        for (const auto& code : analyzers::official_languages()) {
            if (db.term_exists(schema::boolean_term(Field::Language, code))) o.languages.push_back(code);
        }
        const std::string session_prefix = schema::boolean_term(Field::Session, "");
        for (auto t = db.allterms_begin(session_prefix); t != db.allterms_end(session_prefix); ++t) {
            const std::string value = (*t).substr(session_prefix.size());
            if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos ||
                value.size() > 4)
                continue;
            const int session = std::stoi(value);
            if (session <= 0) continue;
            o.first_session = o.first_session == 0 ? session : std::min(o.first_session, session);
            o.last_session = std::max(o.last_session, session);
        }
        const std::string year_prefix = schema::boolean_term(Field::Year, "");
        std::string newest_year;
        for (auto t = db.allterms_begin(year_prefix); t != db.allterms_end(year_prefix); ++t) {
            newest_year = std::max(newest_year, (*t).substr(year_prefix.size()));
        }
        o.newest_year = newest_year;
        return o;
    });
}

void Searcher::refresh() {
    m_impl->retrying([this] { return m_impl->reopen(); });
}

auto Searcher::search(const SearchRequest& request) -> SearchResult {
    return with_retries([&] { return m_impl->run(request); });
}

auto Searcher::stream(const SearchRequest& request) -> HitStream {
    return with_retries([&] { return m_impl->stream(request); });
}

template <typename Run>
auto Searcher::with_retries(Run run) -> decltype(run()) {
    // A writer may commit while we read; reopen and retry so users never see the error (see
    // Impl::retrying() for why a corruption report is retried too).
    for (int attempt = 0;; ++attempt) {
        try {
            return run();
        } catch (const Xapian::DatabaseModifiedError&) {
            if (!wait_to_retry(attempt)) throw;
            m_impl->reopen();
        } catch (const Xapian::DatabaseCorruptError&) {
            if (!wait_to_retry(attempt)) throw;
            m_impl->reopen();
        } catch (const Xapian::NetworkError& e) {
            if (attempt == 3) throw;
            m_impl->on_network_error(e);
        }
    }
}

auto Searcher::Impl::make_hit(const Xapian::MSetIterator& it, const analyzers::Analyzer& analyzer,
                              const BuiltQuery& built, bool snippets) -> Hit {
    std::optional<schema::StoredParagraph> data = schema::read_paragraph_data(it.get_document().get_data());
    Hit hit;
    if (!data) return hit;
    hit.id = std::move(data->id);
    hit.symbol = std::move(data->symbol);
    hit.paragraph = std::move(data->paragraph);
    hit.session = data->session;
    hit.kind = std::move(data->kind);
    hit.number = data->number;
    hit.clause = std::move(data->clause);
    hit.verb = std::move(data->verb);
    hit.adopted = std::move(data->adopted);
    hit.language = std::move(data->language);
    const ResolutionFacts& facts = facts_of(hit.language, hit.symbol);
    hit.title = facts.title;
    hit.languages = facts.languages;
    hit.text = std::move(data->text);
    hit.score = it.get_weight();
    hit.rank = it.get_rank() + 1;
    if (snippets) hit.snippet = make_snippet(hit.text, analyzer, built);
    const auto matched = [](const std::vector<Fragment>& fragments) {
        return std::any_of(fragments.begin(), fragments.end(), [](const Fragment& f) { return f.matched; });
    };
    if (snippets && !matched(hit.snippet)) {  // matched through a footnote the paragraph calls?
        for (std::size_t i = 0; i < data->footnote_texts.size() && i < data->footnote_marks.size(); ++i) {
            auto fragments = make_snippet(data->footnote_texts[i], analyzer, built);
            if (!matched(fragments)) continue;
            hit.footnote_mark = data->footnote_marks[i];
            hit.footnote_snippet = std::move(fragments);
            break;
        }
    }
    hit.collapsed_others = it.get_collapse_count();
    if (data->has_lineage) {
        hit.predecessor = std::move(data->predecessor);
        hit.similarity = data->similarity;
        hit.change = std::move(data->change);
    }
    return hit;
}

/// A facet the request filters on is counted as if it did not (its other filters kept), so every value
/// of it stays in view with the count it would add: values of one facet OR, so choosing "Session 79"
/// must not hide "Session 78". One more match per filtered facet.
void Searcher::Impl::count_chosen_facets(const SearchRequest& request, const Xapian::Query& text_query,
                                         const QueryBuilder& builder,
                                         std::map<std::string, std::vector<FacetValue>>& facets) {
    for (const auto& [facet, values] : request.filters) {
        if (values.empty() || facets.count(facet) == 0) continue;
        auto others = request.filters;
        others.erase(facet);
        Xapian::Enquire enquire(db);
        enquire.set_query(paragraphs_matching(text_query, builder.filters(others)));
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        if (request.time_limit_ms > 0) enquire.set_time_limit(request.time_limit_ms / 1000.0);
        FacetCounter counter(set, facet_column());
        counter.attach(enquire);
        (void)enquire.get_mset(0, 0, db.get_doccount());
        auto counted = counter.facets();
        facets[facet] = std::move(counted[facet]);
    }
}

auto Searcher::Impl::enquire_for(const SearchRequest& request, const Xapian::Query& query)
    -> Xapian::Enquire {
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    if (request.time_limit_ms > 0) enquire.set_time_limit(request.time_limit_ms / 1000.0);
    set_sort_order(enquire, request.sort);
    if (request.collapse) enquire.set_collapse_key(schema::slot(ValueSlot::Symbol));
    return enquire;
}

auto Searcher::Impl::window(Xapian::Enquire& enquire, const SearchRequest& request) -> Xapian::MSet {
    // Xapian counts in 32 bits: an offset or limit past the database is the database's size, never wrapped.
    const Xapian::doccount everything = db.get_doccount();
    const auto within = [&](std::size_t n) {
        return static_cast<Xapian::doccount>(std::min<std::size_t>(n, everything));
    };
    return enquire.get_mset(within(request.offset), within(request.limit), everything);
}

auto Searcher::Impl::total_of(const Xapian::MSet& mset, bool collapsed) -> Xapian::doccount {
    // Collapsed, Xapian 1.4 scales an estimate even when every match was checked; its lower bound
    // (resolutions seen) is then the exact count, on one database and on shards alike.
    return std::min(collapsed ? mset.get_matches_lower_bound() : mset.get_matches_estimated(),
                    db.get_doccount());
}

auto Searcher::Impl::run(const SearchRequest& request) -> SearchResult {
    const std::string language = query_language(request.language, request.query);
    const auto& analyzer = this->analyzer(language);
    QueryBuilder builder(analyzer, synonyms_for(language), db);
    const BuiltQuery built = builder.build(request.query);
    const Xapian::Query query = paragraphs_matching(built.query, builder.filters(request.filters));

    Xapian::Enquire enquire = enquire_for(request, query);
    FacetCounter facet_counter(set, request.facets ? facet_column() : nullptr);
    if (request.facets) facet_counter.attach(enquire);
    const Xapian::MSet mset = window(enquire, request);
    SearchResult result;
    result.query = request.query;
    result.parsed = query.get_description();
    result.offset = request.offset;
    result.limit = request.limit;
    result.collapsed = request.collapse;
    result.total = total_of(mset, request.collapse);
    result.partial = !request.collapse && mset.get_matches_lower_bound() != mset.get_matches_upper_bound();
    for (auto it = mset.begin(); it != mset.end(); ++it)
        result.hits.push_back(make_hit(it, analyzer, built, request.snippets));
    if (request.collapse && set.has_remote()) count_collapsed(db, query, result.hits);
    if (request.facets) {
        result.facets = facet_counter.facets();
        if (request.chosen_facets_whole) count_chosen_facets(request, built.query, builder, result.facets);
    }
    result.unavailable = set.unavailable;
    if (!set.unavailable.empty()) result.partial = true;
    result.did_you_mean = suggest_spelling(db, analyzer, request.query, built.words);
    return result;
}

auto Searcher::Impl::stream(const SearchRequest& request) -> HitStream {
    const std::string language = query_language(request.language, request.query);
    const auto& analyzer = this->analyzer(language);
    QueryBuilder builder(analyzer, synonyms_for(language), db);
    BuiltQuery built = builder.build(request.query);
    Xapian::Enquire enquire =
        enquire_for(request, paragraphs_matching(built.query, builder.filters(request.filters)));
    Xapian::MSet mset = window(enquire, request);
    const Xapian::doccount total = total_of(mset, request.collapse);
    auto build = [this, &analyzer, built = std::move(built), snippets = request.snippets](
                     const Xapian::MSetIterator& it) { return make_hit(it, analyzer, built, snippets); };
    return HitStream(std::move(mset), total, std::move(build));
}

HitStream::HitStream(Xapian::MSet mset, Xapian::doccount total,
                     std::function<Hit(const Xapian::MSetIterator&)> build)
    : m_mset(std::move(mset)), m_total(total), m_build(std::move(build)) {}

void HitStream::for_each(const std::function<void(const Hit&)>& each) const {
    for (auto it = m_mset.begin(); it != m_mset.end(); ++it) each(m_build(it));
}

auto Searcher::show(const std::string& id, const std::string& language, const std::string& query)
    -> std::optional<ShowResult> {
    const auto hash = id.find('#');
    const auto symbol = analyzers::normalise_symbol(id.substr(0, hash));
    if (!symbol) throw UsageError("'" + id + "' is not a UN symbol or paragraph id (e.g. A/RES/78/45#op7)");
    return m_impl->retrying([&]() -> std::optional<ShowResult> {
        std::string term = schema::unique_term(language, *symbol);
        auto posting = m_impl->db.postlist_begin(term);
        std::string not_indexed;
        if (posting ==
            m_impl->db.postlist_end(term)) {  // not in this language: in English, or the first it has
            const auto has = m_impl->facts_of(language, *symbol).languages;
            if (has.empty()) return std::nullopt;
            const bool english = std::find(has.begin(), has.end(), "en") != has.end();
            term = schema::unique_term(english ? "en" : has.front(), *symbol);
            posting = m_impl->db.postlist_begin(term);
            if (posting == m_impl->db.postlist_end(term)) return std::nullopt;
            not_indexed = language;
        }
        auto resolution = analyzers::read_resolution(m_impl->db, *posting);
        if (!resolution) return std::nullopt;
        ShowResult show;
        show.resolution = std::move(*resolution);
        show.language_not_indexed = not_indexed;
        if (hash != std::string::npos) {
            show.paragraph = analyzers::normalise_anchor(id.substr(hash + 1));
            const auto& ps = show.resolution.paragraphs;
            if (std::none_of(ps.begin(), ps.end(), [&](const auto& p) { return p.id == show.paragraph; })) {
                return std::nullopt;
            }
        }
        show.lineage = read_lineage(m_impl->db, show.resolution);
        show.cited_by = read_cited_by(m_impl->db, show.resolution.symbol);
        show.languages = m_impl->facts_of(language, *symbol).languages;
        std::set<std::string> cited(show.resolution.cites.begin(), show.resolution.cites.end());
        for (const auto& p : show.resolution.paragraphs) cited.insert(p.cites.begin(), p.cites.end());
        for (const auto& cite : cited) {
            if (!m_impl->facts_of(language, cite).languages.empty()) show.cites_indexed.insert(cite);
        }
        if (!query.empty()) show.matched_words = m_impl->matched_words(show.resolution, query);
        return show;
    });
}

auto Searcher::precedents(const std::string& draft, const std::string& language, std::size_t limit)
    -> PrecedentReport {
    PrecedentReport report;
    report.language = query_language(language, draft);
    const auto& analyzer = m_impl->analyzer(report.language);
    QueryBuilder builder(analyzer, m_impl->synonyms_for(report.language), m_impl->db);
    const Xapian::Query in_language = builder.filters({{"lang", {report.language}}});
    const auto word_count = [](const std::string& text) {
        std::size_t n = 0;
        std::istringstream words(text);
        for (std::string w; words >> w;) ++n;
        return n;
    };
    for (const auto& text : split_draft(draft)) {
        DraftParagraph paragraph;
        paragraph.text = text;
        paragraph.words = word_count(text);
        const auto forms = analyzers::paragraph_forms(analyzer, text);
        std::vector<std::string> terms;
        for (const auto& form : forms) terms.push_back(schema::exact_term(Field::Text, form));
        if (!terms.empty()) {
            // Candidates: the paragraphs sharing most of the draft's rarest words (Xapian's elite set).
            const auto elite = static_cast<Xapian::termcount>(std::min<std::size_t>(terms.size(), 30));
            const Xapian::Query query = paragraphs_matching(
                Xapian::Query(Xapian::Query::OP_ELITE_SET, terms.begin(), terms.end(), elite), in_language);
            const Xapian::MSet mset = m_impl->retrying([&] {
                Xapian::Enquire enquire(m_impl->db);
                enquire.set_query(query);
                return enquire.get_mset(0, 60);
            });
            std::map<std::string, Precedent> wordings;  // by folded text
            for (auto it = mset.begin(); it != mset.end(); ++it) {
                auto hit = schema::read_paragraph_data(it.get_document().get_data());
                if (!hit) continue;
                const double similarity =
                    analyzers::form_similarity(forms, analyzers::paragraph_forms(analyzer, hit->text));
                if (similarity < min_precedent_similarity) continue;
                std::string key;
                std::istringstream words(analyzers::fold_print_variants(hit->text));
                for (std::string w; words >> w;) key += w + ' ';
                auto& p = wordings[key];
                p.same_wording.push_back(hit->id);
                if (p.id.empty() || hit->session > p.session) {
                    p.id = hit->id;
                    p.symbol = hit->symbol;
                    p.paragraph = hit->paragraph;
                    p.session = hit->session;
                    p.text = hit->text;
                    p.similarity = similarity;
                }
                p.first_session =
                    p.first_session == 0 ? hit->session : std::min(p.first_session, hit->session);
                p.last_session = std::max(p.last_session, hit->session);
            }
            for (auto& [key, p] : wordings) {
                std::sort(p.same_wording.begin(), p.same_wording.end());
                p.diff = analyzers::word_diff(p.text, text);
                paragraph.precedents.push_back(std::move(p));
            }
            std::sort(paragraph.precedents.begin(), paragraph.precedents.end(),
                      [](const auto& a, const auto& b) {
                          if (a.similarity != b.similarity) return a.similarity > b.similarity;
                          if (a.same_wording.size() != b.same_wording.size())
                              return a.same_wording.size() > b.same_wording.size();
                          return a.session > b.session;
                      });
            if (paragraph.precedents.size() > limit) paragraph.precedents.resize(limit);
        }
        if (!paragraph.precedents.empty()) {
            for (const auto& run : paragraph.precedents.front().diff) {
                if (run.op == analyzers::DiffOp::Equal) paragraph.agreed_words += word_count(run.text);
            }
        }
        std::vector<std::vector<analyzers::DiffRun>> diffs;
        for (const auto& p : paragraph.precedents) diffs.push_back(p.diff);
        paragraph.sentences = draft_sentences(paragraph.text, diffs);
        for (const auto& sentence : paragraph.sentences) report.new_sentences += sentence.is_new ? 1 : 0;
        report.words += paragraph.words;
        report.agreed_words += paragraph.agreed_words;
        report.paragraphs.push_back(std::move(paragraph));
    }
    return report;
}

auto Searcher::history(const std::string& id, const std::string& option) -> std::optional<History> {
    return m_impl->retrying([&] { return paragraph_history(m_impl->db, id, option); });
}

auto Searcher::diff(const std::string& before, const std::string& after, const std::string& option)
    -> std::optional<ResolutionDiff> {
    return m_impl->retrying([&] { return resolution_diff(m_impl->db, before, after, option); });
}

}  // namespace unres::searcher
