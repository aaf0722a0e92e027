/// @file
/// @brief THE field table: every Xapian term prefix and value slot unres uses, declared once.
#pragma once

#include "analyzers/text/analyzer.hpp"

#include <xapian.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unres::schema {

/// Value slots, shared by indexer (writes) and searcher (sorts, ranges, facets).
enum class ValueSlot : Xapian::valueno {
    Session = 0,   ///< sortable_serialise(session)
    Facets = 2,    ///< a paragraph's facet values packed in one value (pack_facets): one read counts all
    Order = 5,     ///< sortable_serialise(paragraph index within its resolution)
    Year = 6,      ///< sortable_serialise(year of adoption)
    Symbol = 7,    ///< "A/RES/78/45", for collapsing and the lineage pass
    Language = 8,  ///< "en"
    Title = 11,    ///< resolution title (resolution records), so hits need not store it
    // Sort orders, one precomputed key each (index/sort_keys.hpp): Xapian 1.4's remote backend
    // cannot run a KeyMaker, but sorts by one value on every shard. Slots 1 (adoption date) and 10
    // (citation count) held the KeyMaker's parts until the keys replaced them; they are left unused.
    SortDate = 12,      ///< date_sort_key(): newest first; also breaks relevance ties
    SortDocument = 13,  ///< document_sort_key(): session, date, symbol, paragraph order
    SortCited = 14,     ///< cited_sort_key(): most cited resolution first (the lineage pass rewrites it)
};

/// Xapian::valueno of a slot.
[[nodiscard]] constexpr auto slot(ValueSlot s) -> Xapian::valueno { return static_cast<Xapian::valueno>(s); }

/// The facet values of one paragraph, as ValueSlot::Facets holds them.
struct FacetValues {
    std::string change;  ///< "unchanged" | "edited" | "new" | "" (lineage; "" until the lineage pass)
    int session = 0;
    std::string kind;       ///< "preambular" | "operative" | "annex"
    std::string verb;       ///< "urges"
    std::string clause;     ///< clause key, "noting with deep regret"
    std::string committee;  ///< committee_key(): "first" … "sixth", "plenary"; "" when not a GA resolution
    std::string body;       ///< body_key(): "ga", "sc", "hrc", "ecosoc"
};

/// Packs @p values for ValueSlot::Facets: a letter for the change, one for the kind, the session, a
/// lower-case letter for the committee and a capital for the body, then "␟verb␟clause" (␟ = U+001F; the
/// clause left out when it equals the verb), e.g. "uo78cG␟urges␟" (a Third Committee resolution),
/// short enough to be copied without allocation. The change comes first, so that a value range
/// selects one change class; unknown change or kind names pack as "".
[[nodiscard]] auto pack_facets(const FacetValues& values) -> std::string;

/// The inverse of pack_facets(); missing fields are empty (session 0).
[[nodiscard]] auto unpack_facets(std::string_view packed) -> FacetValues;

/// The fields of a packed facet value as views into it (no copies), for counting many values.
struct FacetViews {
    std::string_view change;
    int session = 0;
    std::string_view kind;
    std::string_view verb;
    std::string_view clause;
    std::string_view committee;
    std::string_view body;
};

/// Splits @p packed like unpack_facets(), without copying; the views live as long as @p packed.
[[nodiscard]] auto facet_views(std::string_view packed) -> FacetViews;

/// The query that keeps paragraphs of one change class (a value range over ValueSlot::Facets).
[[nodiscard]] auto change_filter(std::string_view change) -> Xapian::Query;

/// Every field a document can carry.
enum class Field {
    Text,        ///< paragraph body: free text, positional
    Title,       ///< resolution title: free text, on resolution records only (title: queries filter by them)
    Clause,      ///< opening phrase: free text
    UniqueId,    ///< "A/RES/78/45#op7" for a paragraph, "A/RES/78/45" for a resolution record
    DocType,     ///< "paragraph" | "resolution"
    Symbol,      ///< canonical and short form of the resolution symbol
    Session,     ///< "78"
    Year,        ///< "2023"
    Kind,        ///< "operative"
    Verb,        ///< "urges"
    VerbKey,     ///< the verb's English key, the same in all six languages: "urges" for "prie instamment"
    ClauseKey,   ///< "noting with deep regret"
    Language,    ///< "en"
    Committee,   ///< "first", "second", … "plenary"
    Body,        ///< body_key(): "ga" (General Assembly), "sc" (Security Council), …
    AgendaItem,  ///< "99 (m)" lower-cased
    Cites,       ///< canonical symbols cited by the paragraph
    Change,      ///< lineage change class: no terms, filtered by ValueSlot::Facets (the lineage pass
                 ///< rewrites values only, never terms, which would cost a full re-index of the document)
    Series,      ///< lineage series key "en:implementation-of-…" (resolution records only)
    SourceFile,  ///< path of the source file (resolution records only)
    Footnote,    ///< text of the footnotes a paragraph calls: free text, ranked below the paragraph's own
};

/// How a field is indexed and how a query names it.
struct FieldSpec {
    Field field;
    std::string_view query_name;  ///< "title", "session"…; "" if a query cannot name it
    std::string_view prefix;      ///< Xapian term prefix
    bool boolean;                 ///< filter term (true) or free text with positions (false)
    unsigned wdf_weight;          ///< free text: wdf increment per occurrence
    /// Free text: exact forms carry positions, so phrases work. The title is not positional: it is
    /// repeated on every paragraph, and its positions would cost more than title phrases are worth.
    bool positional = true;
};

/// The whole field table, in declaration order.
[[nodiscard]] auto fields() -> const std::vector<FieldSpec>&;
/// The spec of one field.
[[nodiscard]] auto spec(Field field) -> const FieldSpec&;
/// The field a query names ("title" -> Field::Title), std::nullopt if none.
[[nodiscard]] auto field_from_query_name(std::string_view name) -> std::optional<Field>;

/// Prefix for stemmed terms of a free-text field: "Z" + its prefix.
[[nodiscard]] auto stem_prefix(Field field) -> std::string;

/// A boolean term of @p field. Values are stored as given (callers normalise); a ':' separates a
/// multi-letter prefix from a value that starts with a capital, as Xapian's conventions require.
/// Every term helper here returns a term within Xapian's limit (index/term_limit.hpp fit_term()).
[[nodiscard]] auto boolean_term(Field field, std::string_view value) -> std::string;

/// A positional exact-form term of a free-text field ("" prefix for Text).
[[nodiscard]] auto exact_term(Field field, std::string_view form) -> std::string;
/// A stemmed term of a free-text field.
[[nodiscard]] auto stemmed_term(Field field, std::string_view stem) -> std::string;

/**
 * Analyses @p text with @p analyzer and adds to @p doc: exact forms and aliases with positions
 * (starting at @p first_position), and stems without positions. Returns the next free position.
 */
auto index_text(Xapian::Document& doc, const analyzers::Analyzer& analyzer, Field field,
                std::string_view text, Xapian::termpos first_position = 1) -> Xapian::termpos;

/// Committee filter key: "First Committee" -> "first", "" (plenary) -> "plenary".
[[nodiscard]] auto committee_key(const std::string& committee) -> std::string;

/// Metadata key holding a database's index format (how its documents are written: terms, values,
/// data). Raised whenever that changes, so that a database built by another version of unres is
/// refused with a clear message instead of answering wrongly or being updated inconsistently.
[[nodiscard]] auto format_metadata_key() -> std::string;
/// The index format this build writes and reads.
inline constexpr std::string_view index_format =
    "5";  // 3: long terms hashed, citations by body, series keys folded; 4: footnote text indexed;
          // 5: body, verbs normalised as words are
/// The key of the body that adopted the resolution of @p canonical symbol: "ga", "sc", "hrc", "ecosoc".
[[nodiscard]] auto body_key(std::string_view canonical) -> std::string;
/// The name of the body of @p key: "sc" -> "Security Council"; @p key itself when unknown.
[[nodiscard]] auto body_name(std::string_view key) -> std::string_view;
/// "" if @p db (named @p name in messages) is empty or in index_format, else a one-line reason.
[[nodiscard]] auto format_problem(const Xapian::Database& db, const std::string& name) -> std::string;

/// The boolean term naming one document: a paragraph (@p id "A/RES/78/45#op7") or a resolution record
/// ("A/RES/78/45") in @p language. Each document has exactly one; the indexer replaces by it.
[[nodiscard]] auto unique_term(std::string_view language, std::string_view id) -> std::string;

// Metadata keys: every key a database's metadata holds is spelled here.

/// Metadata key under which the indexer records a source file's hash and symbols.
[[nodiscard]] auto source_metadata_key(const std::string& path) -> std::string;
/// Metadata key naming the source file that owns the resolution @p symbol in @p language.
[[nodiscard]] auto owner_metadata_key(std::string_view language, std::string_view symbol) -> std::string;
/// Metadata key of the lineage pass's state (what it last linked), kept in the first database.
[[nodiscard]] auto lineage_state_metadata_key() -> std::string;
/// Metadata key of one lineage series, @p key as series.hpp folds titles ("" gives the keys' prefix).
[[nodiscard]] auto series_metadata_key(std::string_view key) -> std::string;
/// Metadata key, in every shard, of the layout as JSON: {"shards": N, "by": "symbol", "shard": i}.
[[nodiscard]] auto layout_metadata_key() -> std::string;

}  // namespace unres::schema
