/// @file
/// @brief The field table and the helpers that write fields into Xapian documents.
#include "index/schema.hpp"

#include "analyzers/parser/symbol.hpp"
#include "analyzers/text/ascii.hpp"
#include "index/term_limit.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <stdexcept>
#include <utility>

namespace unres::schema {

auto fields() -> const std::vector<FieldSpec>& {
    // Prefixes follow Xapian Omega's conventions: Q unique id, S title, X… our own fields.
    static const std::vector<FieldSpec> table = {
        {Field::Text, "", "", false, 1},
        {Field::Title, "title", "S", false, 1, false},
        {Field::Clause, "clause", "XC", false, 1},
        {Field::UniqueId, "id", "Q", true, 0},
        {Field::DocType, "type", "XT", true, 0},
        {Field::Symbol, "symbol", "XSYM", true, 0},
        {Field::Session, "session", "XSES", true, 0},
        {Field::Year, "year", "XYEAR", true, 0},
        {Field::Kind, "kind", "XKIND", true, 0},
        {Field::Verb, "verb", "XVERB", true, 0},
        {Field::VerbKey, "verbkey", "XVKEY", true, 0},
        {Field::ClauseKey, "clausekey", "XCK", true, 0},
        {Field::Language, "lang", "XLANG", true, 0},
        {Field::Committee, "committee", "XCOM", true, 0},
        {Field::Body, "body", "XBODY", true, 0},
        {Field::AgendaItem, "agenda", "XAG", true, 0},
        {Field::Cites, "cites", "XCITE", true, 0},
        {Field::Change, "change", "", true, 0},  // no terms: see change_filter()
        {Field::Series, "", "XSERIES", true, 0},
        {Field::SourceFile, "", "XFILE", true, 0},
        {Field::Footnote, "footnote", "XFN", false, 1},
    };
    return table;
}

auto spec(Field field) -> const FieldSpec& {
    for (const auto& f : fields()) {
        if (f.field == field) return f;
    }
    throw std::logic_error("field missing from the schema table");
}

auto field_from_query_name(std::string_view name) -> std::optional<Field> {
    if (name.empty()) return std::nullopt;
    for (const auto& f : fields()) {
        if (f.query_name == name) return f.field;
    }
    return std::nullopt;
}

auto stem_prefix(Field field) -> std::string { return "Z" + std::string(spec(field).prefix); }

auto boolean_term(Field field, std::string_view value) -> std::string {
    std::string term(spec(field).prefix);
    if (term.size() > 1 && !value.empty() && std::isupper(static_cast<unsigned char>(value.front()))) {
        term.push_back(':');
    }
    term.append(value);
    return fit_term(std::move(term));
}

auto exact_term(Field field, std::string_view form) -> std::string {
    std::string term(spec(field).prefix);
    if (term.size() > 1 && !form.empty() && std::isupper(static_cast<unsigned char>(form.front()))) {
        term.push_back(':');
    }
    term.append(form);
    return fit_term(std::move(term));
}

auto stemmed_term(Field field, std::string_view stem) -> std::string {
    return fit_term(stem_prefix(field) + std::string(stem));
}

auto index_text(Xapian::Document& doc, const analyzers::Analyzer& analyzer, Field field,
                std::string_view text, Xapian::termpos first_position) -> Xapian::termpos {
    const FieldSpec& f = spec(field);
    Xapian::termpos next = first_position;
    for (const auto& token : analyzer.analyze(text)) {
        const Xapian::termpos pos = first_position + token.position;
        const auto add_exact = [&](const std::string& form) {
            if (f.positional) {
                doc.add_posting(exact_term(field, form), pos, f.wdf_weight);
            } else {
                doc.add_term(exact_term(field, form), f.wdf_weight);
            }
        };
        add_exact(token.form);
        for (const auto& alias : token.aliases) {
            add_exact(alias);
            // Queries stem the alias too ("antipersonnel"), so index its stem.
            if (auto s = analyzer.stem(alias); !s.empty()) doc.add_term(stemmed_term(field, s), f.wdf_weight);
        }
        if (!token.stem.empty()) doc.add_term(stemmed_term(field, token.stem), f.wdf_weight);
        next = std::max(next, pos + 1);
    }
    return next;
}

auto committee_key(const std::string& committee) -> std::string {
    if (committee.empty()) return "plenary";
    return analyzers::ascii_lower(committee.substr(0, committee.find(' ')));
}

namespace {
constexpr char facet_separator = '\x1f';
constexpr char no_clause = '\x01';  // the clause field when a paragraph has a verb but no clause

// One letter each for the closed sets, so a typical packed value fits in a short string (no
// allocation per matching document when a spy reads it): "uo78␟urges␟".
constexpr std::pair<char, std::string_view> change_codes[] = {
    {'-', ""}, {'u', "unchanged"}, {'e', "edited"}, {'n', "new"}};
constexpr std::pair<char, std::string_view> kind_codes[] = {
    {'p', "preambular"}, {'o', "operative"}, {'a', "annex"}, {'-', ""}};
// Letters, not digits: the committee's letter follows the session's digits.
constexpr std::pair<char, std::string_view> committee_codes[] = {
    {'a', "first"}, {'b', "second"}, {'c', "third"},  {'d', "fourth"},
    {'e', "fifth"}, {'f', "sixth"},  {'g', "plenary"}};
// Capitals: the body's letter follows the committee's.
constexpr std::pair<char, std::string_view> body_codes[] = {
    {'G', "ga"}, {'S', "sc"}, {'H', "hrc"}, {'E', "ecosoc"}};

template <std::size_t N>
auto code_of(const std::pair<char, std::string_view> (&codes)[N], std::string_view name) -> char {
    for (const auto& [code, full] : codes) {
        if (full == name) return code;
    }
    return '-';
}

template <std::size_t N>
auto name_of(const std::pair<char, std::string_view> (&codes)[N], char code) -> std::string_view {
    for (const auto& [c, full] : codes) {
        if (c == code) return full;
    }
    return "";
}
}  // namespace

auto pack_facets(const FacetValues& values) -> std::string {
    std::string packed;
    packed += code_of(change_codes, values.change);
    packed += code_of(kind_codes, values.kind);
    packed += std::to_string(values.session);
    if (const char c = code_of(committee_codes, values.committee); c != '-') packed += c;
    if (const char c = code_of(body_codes, values.body); c != '-') packed += c;
    packed += facet_separator;
    packed += values.verb;
    packed += facet_separator;
    // The clause is most often the verb itself ("Urges"): then it is left out.
    if (values.clause != values.verb) {
        if (values.clause.empty()) {
            packed += no_clause;
        } else {
            packed += values.clause;
        }
    }
    return packed;
}

auto facet_views(std::string_view packed) -> FacetViews {
    FacetViews views;
    if (packed.size() < 2) return views;
    views.change = name_of(change_codes, packed[0]);
    views.kind = name_of(kind_codes, packed[1]);
    packed.remove_prefix(2);
    std::string_view rest[3];  // session, verb, clause
    for (auto& field : rest) {
        const auto end = std::min(packed.find(facet_separator), packed.size());
        field = packed.substr(0, end);
        if (end == packed.size()) break;
        packed.remove_prefix(end + 1);
    }
    for (char c : rest[0]) {
        if (c >= 'A' && c <= 'Z') {
            views.body = name_of(body_codes, c);
        } else if (c < '0' || c > '9') {
            views.committee = name_of(committee_codes, c);
        } else if (views.session <= 100000) {
            views.session = views.session * 10 + (c - '0');
        }
    }
    views.verb = rest[1];
    if (rest[2].empty()) {
        views.clause = views.verb;
    } else if (rest[2] != std::string_view(&no_clause, 1)) {
        views.clause = rest[2];
    }
    return views;
}

auto unpack_facets(std::string_view packed) -> FacetValues {
    const FacetViews v = facet_views(packed);
    return {std::string(v.change), v.session,
            std::string(v.kind),   std::string(v.verb),
            std::string(v.clause), std::string(v.committee),
            std::string(v.body)};
}

auto body_key(std::string_view canonical) -> std::string {
    const auto body = analyzers::issuing_body(canonical);
    if (body == "Security Council") return "sc";
    if (body == "Human Rights Council") return "hrc";
    if (body == "Economic and Social Council") return "ecosoc";
    return "ga";
}

auto body_name(std::string_view key) -> std::string_view {
    if (key == "ga") return "General Assembly";
    if (key == "sc") return "Security Council";
    if (key == "hrc") return "Human Rights Council";
    if (key == "ecosoc") return "Economic and Social Council";
    return key;
}

auto change_filter(std::string_view change) -> Xapian::Query {
    const std::string low(1, code_of(change_codes, change));
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot(ValueSlot::Facets), low, low + "\xff");
}

auto unique_term(std::string_view language, std::string_view id) -> std::string {
    return boolean_term(Field::UniqueId, std::string(language) + ":" + std::string(id));
}

auto source_metadata_key(const std::string& path) -> std::string { return "source:" + path; }

auto owner_metadata_key(std::string_view language, std::string_view symbol) -> std::string {
    return "owner:" + std::string(language) + ":" + std::string(symbol);
}

auto lineage_state_metadata_key() -> std::string { return "lineage:state"; }

auto series_metadata_key(std::string_view key) -> std::string { return "series:" + std::string(key); }

auto layout_metadata_key() -> std::string { return "unres:layout"; }

auto format_metadata_key() -> std::string { return "unres:format"; }

auto format_problem(const Xapian::Database& db, const std::string& name) -> std::string {
    if (db.get_doccount() == 0) return "";
    const std::string format = db.get_metadata(format_metadata_key());
    if (format == index_format) return "";
    // Databases from before the format was recorded have none: call that format 1.
    return name + " was built by another version of unres (index format " + (format.empty() ? "1" : format) +
           ", this version uses " + std::string(index_format) + "); index the resolutions into a new --db";
}

}  // namespace unres::schema
