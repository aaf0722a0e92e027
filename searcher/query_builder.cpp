/// @file
/// @brief Recursive-descent parser of the query language over the shared Analyzer and schema.
#include "searcher/query_builder.hpp"

#include "analyzers/error.hpp"
#include "analyzers/parser/localized_clauses.hpp"
#include "analyzers/parser/symbol.hpp"
#include "analyzers/text/ascii.hpp"
#include "analyzers/text/canonical_values.hpp"
#include "analyzers/text/utf8.hpp"
#include "index/schema.hpp"
#include "searcher/query_lexer.hpp"
#include "searcher/spelling.hpp"
#include "searcher/symbol_query.hpp"
#include "searcher/title_filter.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace unres::searcher {

using schema::Field;

namespace {

/// A query matching every document. Not Xapian::Query::MatchAll: that one object is shared by every
/// thread, and copying it bumps a reference count that is not atomic (batch mode answers on threads).
auto match_all() -> Xapian::Query { return Xapian::Query(std::string()); }

/// Queries are typed in lower case: "54/54 b" means the part letter of 54/54 B, as the text prints it.
auto capitalise_part_letters(std::string text) -> std::string {
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        const bool after_number = std::isdigit(static_cast<unsigned char>(text[i])) && text[i + 1] == ' ';
        const bool letter = std::islower(static_cast<unsigned char>(text[i + 2])) &&
                            (i + 3 == text.size() || !std::isalnum(static_cast<unsigned char>(text[i + 3])));
        if (!after_number || !letter) continue;
        std::size_t j = i;
        while (j > 0 && std::isdigit(static_cast<unsigned char>(text[j - 1]))) --j;
        if (j > 0 && text[j - 1] == '/')
            text[i + 2] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i + 2])));
    }
    return text;
}

/// AND, OR and NOT with no operand on either side are words ("AND" alone finds "and").
void demote_lonely_operators(std::vector<QueryToken>& tokens) {
    using Type = QueryToken::Type;
    const auto is_operator = [](Type t) { return t == Type::And || t == Type::Or || t == Type::Not; };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!is_operator(tokens[i].type)) continue;
        const bool before =
            i > 0 && (tokens[i - 1].type == Type::Word || tokens[i - 1].type == Type::Phrase ||
                      tokens[i - 1].type == Type::RParen);
        const bool after =
            i + 1 < tokens.size() && !is_operator(tokens[i + 1].type) && tokens[i + 1].type != Type::RParen;
        if (!before && !after) tokens[i].type = Type::Word;
    }
}

auto is_query_field(const std::string& name) -> bool {
    const auto field = schema::field_from_query_name(name);
    return field.has_value() && *field != Field::UniqueId && *field != Field::DocType &&
           *field != Field::ClauseKey;
}

/// The field names a query may use, in schema order.
auto query_field_names() -> std::vector<std::string> {
    std::vector<std::string> names;
    for (const auto& f : schema::fields()) {
        if (!f.query_name.empty() && is_query_field(std::string(f.query_name)))
            names.emplace_back(f.query_name);
    }
    return names;
}

/// A word "name:value" whose name is no field ("titel:oceans", "foo:bar") is a mistyped field, never
/// text to look for: refused naming the column, the fields, and the nearest one. A URL ("http://…") is text.
void reject_unknown_fields(const std::vector<QueryToken>& tokens) {
    for (const auto& t : tokens) {
        if (t.type != QueryToken::Type::Word || !t.field.empty()) continue;
        const auto colon = t.text.find(':');
        if (colon == std::string::npos || colon < 2 || colon + 1 >= t.text.size() || t.text[colon + 1] == '/')
            continue;
        const std::string name = t.text.substr(0, colon);
        if (!std::all_of(name.begin(), name.end(),
                         [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }))
            continue;
        const auto names = query_field_names();
        std::string list;
        std::string nearest;
        std::size_t best = 3;  // at most two edits away
        for (const auto& n : names) {
            list += (list.empty() ? "" : ", ") + n;
            if (const auto d = edit_distance(analyzers::ascii_lower(name), n); d < best) {
                best = d;
                nearest = n;
            }
        }
        throw UsageError("query: unknown field '" + name + ":' at column " + std::to_string(t.column) +
                         (nearest.empty() ? "" : " (did you mean " + nearest + ":?)") + "; fields are " +
                         list + " (quote \"" + t.text + "\" to search for the text)");
    }
}

/// Words a NEAR boost allows between the query's words beyond their number ("mines … anti-personnel").
constexpr Xapian::termpos near_slack = 3;
/// A match in a footnote the paragraph calls, relative to the same match in the paragraph's text.
constexpr double footnote_weight = 0.3;
/// A stemmed form's weight relative to the form typed (which also matches the stem, so scores higher).
constexpr double stemmed_weight = 0.5;

/// Boolean terms must filter, not score.
auto unweighted(const Xapian::Query& q) -> Xapian::Query {
    return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q, 0);
}

auto all_digits(const std::string& s) -> bool {
    return !s.empty() && s.size() <= 6 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// session:78, session:75..78, year:2020..2023 (either end may be left open: 75.., ..78).
auto number_filter(const std::string& name, Field field, schema::ValueSlot slot, const std::string& value)
    -> Xapian::Query {
    const bool year = field == Field::Year;
    const std::string example = year ? "2023" : "78";
    const std::string range_example = year ? "2020..2023" : "75..78";
    // A year has four digits: "year:78" is a session typed in the wrong field, not the year 78.
    const auto number = [&](const std::string& v) { return all_digits(v) && (!year || v.size() == 4); };
    const auto dots = value.find("..");
    if (dots == std::string::npos) {
        if (!number(value)) {
            throw UsageError(name + ": '" + value + "' is not a " + (year ? "year" : "number") + " (e.g. " +
                             name + ":" + example + ")");
        }
        return Xapian::Query(schema::boolean_term(field, std::to_string(std::stoi(value))));
    }
    const std::string lo = value.substr(0, dots);
    const std::string hi = value.substr(dots + 2);
    if ((!lo.empty() && !number(lo)) || (!hi.empty() && !number(hi)) || (lo.empty() && hi.empty())) {
        throw UsageError(name + ": '" + value + "' is not a range (e.g. " + name + ":" + range_example + ")");
    }
    if (!lo.empty() && !hi.empty() && std::stoi(lo) > std::stoi(hi)) {
        throw UsageError(name + ": '" + value + "' runs backwards (did you mean " + name + ":" + hi + ".." +
                         lo + "?)");
    }
    const auto s = schema::slot(slot);
    if (lo.empty())
        return Xapian::Query(Xapian::Query::OP_VALUE_LE, s, Xapian::sortable_serialise(std::stod(hi)));
    if (hi.empty())
        return Xapian::Query(Xapian::Query::OP_VALUE_GE, s, Xapian::sortable_serialise(std::stod(lo)));
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, s, Xapian::sortable_serialise(std::stod(lo)),
                         Xapian::sortable_serialise(std::stod(hi)));
}

auto one_of(const std::string& name, const std::string& value, std::initializer_list<const char*> allowed)
    -> std::string {
    const std::string v = analyzers::ascii_lower(value);
    std::string list;
    for (const char* a : allowed) {
        if (v == a) return v;
        list += list.empty() ? a : std::string(", ") + a;
    }
    throw UsageError(name + ": '" + value + "' is not one of " + list);
}

}  // namespace

/// Parser state over the token list of one query.
class QueryParserState {
  public:
    /// @p title_filters holds the filter of each title: token, by index in @p tokens (see resolve_titles).
    QueryParserState(const QueryBuilder& builder, std::vector<QueryToken> tokens,
                     std::map<std::size_t, TitleFilter> title_filters, BuiltQuery& out)
        : m_b(builder), m_tokens(std::move(tokens)), m_title_filters(std::move(title_filters)), m_out(out) {}

    auto parse() -> Xapian::Query {
        if (m_tokens.empty()) return match_all();
        Xapian::Query q = parse_or();
        if (m_pos < m_tokens.size()) {
            throw UsageError("query: unexpected ')' at column " + std::to_string(m_tokens[m_pos].column));
        }
        return q;
    }

  private:
    using Type = QueryToken::Type;

    static constexpr std::size_t max_depth = 100;  ///< deepest nesting of ( ) accepted

    auto at_end() const -> bool { return m_pos >= m_tokens.size(); }
    auto peek() const -> const QueryToken& { return m_tokens[m_pos]; }

    auto parse_or() -> Xapian::Query {
        Xapian::Query q = parse_and();
        while (!at_end() && peek().type == Type::Or) {
            const auto column = peek().column;
            ++m_pos;
            if (at_end() || peek().type == Type::RParen || peek().type == Type::Or) {
                throw UsageError("query: 'OR' at column " + std::to_string(column) +
                                 " needs something after it");
            }
            q = Xapian::Query(Xapian::Query::OP_OR, q, parse_and());
        }
        return q;
    }

    auto parse_and() -> Xapian::Query {
        std::vector<Xapian::Query> positive;
        std::vector<Xapian::Query> negative;
        std::string run;  // adjacent plain words are analysed together (symbols, compounds, synonyms)
        const auto flush_run = [&] {
            if (!run.empty()) {
                positive.push_back(with_footnotes([&](Field field) { return text_query(run, field); }));
            }
            run.clear();
        };
        while (!at_end() && peek().type != Type::Or && peek().type != Type::RParen) {
            const QueryToken& t = peek();
            if (t.type == Type::And) {
                flush_run();
                ++m_pos;
                if (at_end() || peek().type == Type::Or || peek().type == Type::RParen) {
                    throw UsageError("query: 'AND' at column " + std::to_string(t.column) +
                                     " needs something after it");
                }
                continue;
            }
            if (t.type == Type::Not) {
                flush_run();
                ++m_pos;
                if (at_end() || peek().type == Type::Or || peek().type == Type::RParen) {
                    throw UsageError("query: 'NOT' at column " + std::to_string(t.column) +
                                     " needs something after it");
                }
                negative.push_back(parse_primary());
                continue;
            }
            if (t.type == Type::Word && t.sign == 0 && t.field.empty() && !t.wildcard) {
                run += (run.empty() ? "" : " ") + t.text;
                ++m_pos;
                continue;
            }
            flush_run();
            if (t.sign == '-') {
                negative.push_back(parse_primary());
            } else {
                positive.push_back(parse_primary());
            }
        }
        flush_run();
        Xapian::Query q;
        if (positive.empty()) {
            q = match_all();
        } else {
            m_out.has_positive = true;
            q = Xapian::Query(Xapian::Query::OP_AND, positive.begin(), positive.end());
        }
        if (!negative.empty()) {
            q = Xapian::Query(Xapian::Query::OP_AND_NOT, q,
                              Xapian::Query(Xapian::Query::OP_OR, negative.begin(), negative.end()));
        }
        return q;
    }

    auto parse_primary() -> Xapian::Query {
        const QueryToken t = peek();
        ++m_pos;
        switch (t.type) {
            case Type::LParen: {
                if (at_end() || peek().type == Type::RParen) {
                    throw UsageError("query: empty '( )' at column " + std::to_string(t.column));
                }
                // Each level recurses: a bound keeps a hostile query from overflowing the stack.
                if (++m_depth > max_depth) {
                    throw UsageError("query: '(' nested more than " + std::to_string(max_depth) +
                                     " deep at column " + std::to_string(t.column));
                }
                Xapian::Query q = parse_or();
                if (at_end() || peek().type != Type::RParen) {
                    throw UsageError("query: unbalanced '(' at column " + std::to_string(t.column));
                }
                ++m_pos;
                --m_depth;
                return q;
            }
            case Type::RParen:
                throw UsageError("query: unexpected ')' at column " + std::to_string(t.column));
            case Type::Phrase:
            case Type::Word:
                return item_query(t, m_pos - 1);
            default:
                throw UsageError("query: unexpected operator at column " + std::to_string(t.column));
        }
    }

    /// The query of one word or phrase token, its field's filter, or (title:) the title filter found for it
    /// before parsing.
    auto item_query(const QueryToken& t, std::size_t index) -> Xapian::Query {
        if (!t.field.empty() && schema::spec(*schema::field_from_query_name(t.field)).boolean)
            return boolean_field_query(t.field, t.text);
        if (t.field.empty() || *schema::field_from_query_name(t.field) != Field::Title) return field_query(t);
        const TitleFilter& title = m_title_filters.at(index);  // built once, before parsing
        const auto append = [](std::vector<std::string>& to, const std::vector<std::string>& from) {
            to.insert(to.end(), from.begin(), from.end());
        };
        append(m_out.exact_forms, title.words.exact_forms);
        append(m_out.stems, title.words.stems);
        append(m_out.prefixes, title.words.prefixes);
        append(m_out.words, title.words.words);
        m_out.has_positive = m_out.has_positive || title.words.has_positive;
        return title.filter;
    }

  public:
    /// The query of a word or phrase token @p t in its (non-boolean) field, as typed; a title: token gives
    /// the query on the title field itself, which resolve_titles() turns into a filter.
    auto field_query(const QueryToken& t) -> Xapian::Query {
        const Field field = t.field.empty() ? Field::Text : *schema::field_from_query_name(t.field);
        Xapian::Query q;
        if (t.wildcard) {
            q = wildcard_query(field, t.text);
        } else if (t.type == Type::Phrase || t.sign == '=') {
            q = field == Field::Text ? with_footnotes([&](Field f) { return phrase_query(t.text, f); })
                                     : phrase_query(t.text, field);
        } else {
            q = field == Field::Text ? with_footnotes([&](Field f) { return text_query(t.text, f); })
                                     : text_query(t.text, field);
        }
        return q;
    }

  private:
    auto boolean_field_query(const std::string& name, const std::string& value) -> Xapian::Query {
        return unweighted(m_b.filter(name, value));
    }

    auto wildcard_query(Field field, const std::string& word) -> Xapian::Query {
        const std::string form = m_b.m_analyzer.normalise(word);
        if (form.empty()) return Xapian::Query::MatchNothing;
        m_out.prefixes.push_back(form);
        // Expanded here, against all databases together, rather than by OP_WILDCARD: Xapian expands
        // that per shard (per remote server), so shards would score a wildcard differently.
        const std::string prefix = schema::exact_term(field, form);
        std::vector<std::pair<Xapian::doccount, std::string>> terms;
        for (auto it = m_b.m_db.allterms_begin(prefix); it != m_b.m_db.allterms_end(prefix); ++it) {
            terms.emplace_back(it.get_termfreq(), *it);
        }
        if (terms.size() > max_wildcard_expansion) {
            // Keep the most frequent, as Xapian's WILDCARD_LIMIT_MOST_FREQUENT does.
            std::partial_sort(terms.begin(), terms.begin() + max_wildcard_expansion, terms.end(),
                              [](const auto& a, const auto& b) {
                                  return a.first > b.first || (a.first == b.first && a.second < b.second);
                              });
            terms.resize(max_wildcard_expansion);
        }
        if (terms.empty()) return Xapian::Query::MatchNothing;
        std::vector<Xapian::Query> leaves;
        for (const auto& t : terms) leaves.emplace_back(t.second);
        return Xapian::Query(Xapian::Query::OP_SYNONYM, leaves.begin(), leaves.end());
    }

    /// Paragraph text, or the footnotes it calls at a fraction of the weight: a paragraph that has the words
    /// itself ranks above one that has them in a footnote ("Universal Declaration" is often cited only
    /// there).
    template <typename Build>
    auto with_footnotes(const Build& build) -> Xapian::Query {
        const Xapian::Query text = build(Field::Text);
        if (text.get_type() == Xapian::Query::LEAF_MATCH_ALL || text.empty()) return text;
        // The footnote copy analyses the same words: what it records for snippets and spelling is a repeat.
        const BuiltQuery kept = m_out;
        const Xapian::Query footnote = build(Field::Footnote);
        m_out = kept;
        return Xapian::Query(Xapian::Query::OP_OR, text,
                             Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, footnote, footnote_weight));
    }

    /// Exact forms in order; one term, or a phrase of them.
    auto phrase_query(const std::string& text, Field field) -> Xapian::Query {
        std::vector<Xapian::Query> terms;
        for (const auto& token : m_b.m_analyzer.analyze(text)) {
            terms.emplace_back(schema::exact_term(field, token.form));
            m_out.exact_forms.push_back(token.form);
        }
        if (terms.empty()) return Xapian::Query::MatchNothing;
        if (terms.size() == 1) return terms.front();
        // A field without positions (the title) matches a phrase's words in any order.
        if (!schema::spec(field).positional)
            return Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end());
        return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), terms.size());
    }

    auto exact_phrase(const std::vector<std::string>& forms, Field field) -> Xapian::Query {
        std::vector<Xapian::Query> terms;
        for (const auto& f : forms) {
            terms.emplace_back(schema::exact_term(field, f));
            m_out.exact_forms.push_back(f);
        }
        if (terms.size() == 1) return terms.front();
        // A field without positions (the title) matches a phrase's words in any order.
        if (!schema::spec(field).positional)
            return Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end());
        return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), terms.size());
    }

    auto word_query(const analyzers::Token& token, Field field) -> Xapian::Query {
        m_out.words.push_back(token.form);
        const Xapian::Query exact(schema::exact_term(field, token.form));
        if (token.stem.empty()) {
            m_out.exact_forms.push_back(token.form);
            return exact;
        }
        m_out.stems.push_back(token.stem);
        // Every form of the stem matches; the form as typed scores above the others ("mines" over "mined").
        if (!schema::spec(field).positional) return Xapian::Query(schema::stemmed_term(field, token.stem));
        return Xapian::Query(
            Xapian::Query::OP_OR, exact,
            Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                          Xapian::Query(schema::stemmed_term(field, token.stem)), stemmed_weight));
    }

    /// Plain words: stemmed; hyphenated compounds as phrases of their parts; synonyms expanded.
    auto text_query(const std::string& text, Field field) -> Xapian::Query {
        const auto tokens = m_b.m_analyzer.analyze(text);
        std::vector<std::string> forms;
        for (const auto& t : tokens) forms.push_back(t.form);
        std::vector<Xapian::Query> parts;
        for (std::size_t i = 0; i < tokens.size();) {
            if (const auto syn = m_b.m_synonyms.match(forms, i); syn.length > 0) {
                // Any member of the group matches; the words as typed score above the other members.
                // Forms of one stem ("landmine", "landmines") give one alternative, not two.
                std::vector<Xapian::Query> alternatives;
                std::set<std::string> seen;
                for (const auto& phrase : m_b.m_synonyms.group(syn.group)) {
                    Xapian::Query alternative = synonym_phrase(phrase, field);
                    if (seen.insert(alternative.get_description()).second)
                        alternatives.push_back(alternative);
                }
                const std::vector<std::string> typed(forms.begin() + static_cast<long>(i),
                                                     forms.begin() + static_cast<long>(i + syn.length));
                parts.emplace_back(
                    Xapian::Query::OP_AND_MAYBE,
                    Xapian::Query(Xapian::Query::OP_SYNONYM, alternatives.begin(), alternatives.end()),
                    exact_phrase(typed, field));
                i += syn.length;
                continue;
            }
            std::size_t j = i + 1;
            while (j < tokens.size() && tokens[j].joined_to_previous) ++j;
            if (j - i == 1) {
                parts.push_back(word_query(tokens[i], field));
            } else {
                parts.push_back(exact_phrase(
                    {forms.begin() + static_cast<long>(i), forms.begin() + static_cast<long>(j)}, field));
            }
            i = j;
        }
        if (parts.empty()) return match_all();
        m_out.has_positive = true;
        Xapian::Query all(Xapian::Query::OP_AND, parts.begin(), parts.end());
        if (forms.size() < 2 || !schema::spec(field).positional) return all;
        // Words that stand together as typed score above the same words apart: the phrase, and words
        // near one another (within a few words, any order), add their weight to the paragraphs that have
        // them.
        std::vector<Xapian::Query> exact;
        for (const auto& f : forms) exact.emplace_back(schema::exact_term(field, f));
        const Xapian::Query together(
            Xapian::Query::OP_OR,
            Xapian::Query(Xapian::Query::OP_PHRASE, exact.begin(), exact.end(), exact.size()),
            Xapian::Query(Xapian::Query::OP_NEAR, exact.begin(), exact.end(), exact.size() + near_slack));
        return Xapian::Query(Xapian::Query::OP_AND_MAYBE, all, together);
    }

    /// A synonym: one word stemmed, or a phrase of exact forms.
    auto synonym_phrase(const std::vector<std::string>& forms, Field field) -> Xapian::Query {
        if (forms.size() == 1) {
            const std::string stem = m_b.m_analyzer.stem(forms.front());
            m_out.exact_forms.push_back(forms.front());
            if (stem.empty()) return Xapian::Query(schema::exact_term(field, forms.front()));
            m_out.stems.push_back(stem);
            return Xapian::Query(schema::stemmed_term(field, stem));
        }
        return exact_phrase(forms, field);
    }

    const QueryBuilder& m_b;
    std::vector<QueryToken> m_tokens;
    std::map<std::size_t, TitleFilter> m_title_filters;
    BuiltQuery& m_out;
    std::size_t m_pos = 0;
    std::size_t m_depth = 0;  ///< ( ) levels open at m_pos
};

QueryBuilder::QueryBuilder(const analyzers::Analyzer& analyzer, const Synonyms& synonyms,
                           const Xapian::Database& db)
    : m_analyzer(analyzer), m_synonyms(synonyms), m_db(db) {}

auto QueryBuilder::build(const std::string& text) const -> BuiltQuery {
    if (const auto problem = analyzers::utf8_problem(text); !problem.empty())
        throw UsageError("query: " + problem);
    BuiltQuery out;
    auto tokens = lex_query(capitalise_part_letters(text), &is_query_field);
    reject_unknown_fields(tokens);
    demote_lonely_operators(tokens);
    auto title_filters = resolve_titles(tokens);
    QueryParserState state(*this, std::move(tokens), std::move(title_filters), out);
    out.query = state.parse();
    if (const auto symbol = lone_resolution_symbol(text))
        out.query = resolution_then_citers(m_db, *symbol, out.query);
    return out;
}

auto QueryBuilder::resolve_titles(const std::vector<QueryToken>& tokens) const
    -> std::map<std::size_t, TitleFilter> {
    std::map<std::size_t, TitleFilter> filters;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].field.empty() || *schema::field_from_query_name(tokens[i].field) != Field::Title)
            continue;
        TitleFilter title;
        QueryParserState words(*this, {}, {}, title.words);
        title.filter = resolutions_titled(m_db, words.field_query(tokens[i]));
        filters.emplace(i, std::move(title));
    }
    return filters;
}

auto QueryBuilder::filter(const std::string& facet, const std::string& value) const -> Xapian::Query {
    using schema::ValueSlot;
    if (value.empty()) throw UsageError(facet + ": empty value");
    if (facet == "session") return number_filter(facet, Field::Session, ValueSlot::Session, value);
    if (facet == "year") return number_filter(facet, Field::Year, ValueSlot::Year, value);
    if (facet == "kind") {
        return Xapian::Query(
            schema::boolean_term(Field::Kind, one_of(facet, value, {"preambular", "operative", "annex"})));
    }
    if (facet == "change") {
        return schema::change_filter(one_of(facet, value, {"unchanged", "edited", "new"}));
    }
    if (facet == "symbol" || facet == "cites") {
        const auto symbol = analyzers::normalise_symbol(value);
        if (!symbol) {
            throw UsageError(facet + ": '" + value +
                             "' is not a UN document symbol (e.g. A/RES/78/45 or 78/45)");
        }
        return Xapian::Query(schema::boolean_term(facet == "symbol" ? Field::Symbol : Field::Cites, *symbol));
    }
    if (facet == "verb") {
        return Xapian::Query(schema::boolean_term(Field::Verb, schema::verb_value(m_analyzer, value)));
    }
    if (facet == "verbkey")
        return Xapian::Query(schema::boolean_term(Field::VerbKey, schema::verb_key_value(value)));
    if (facet == "clause") {
        return Xapian::Query(schema::boolean_term(Field::ClauseKey, schema::clause_key(value)));
    }
    if (facet == "lang") {
        return Xapian::Query(schema::boolean_term(
            Field::Language,
            one_of(facet, schema::language_value(value), {"ar", "en", "es", "fr", "ru", "zh"})));
    }
    if (facet == "committee") {  // "third", "Third Committee", "plenary"
        const std::string key = schema::committee_key(analyzers::ascii_lower(value));
        return Xapian::Query(schema::boolean_term(
            Field::Committee,
            one_of(facet, key, {"first", "second", "third", "fourth", "fifth", "sixth", "plenary"})));
    }
    if (facet == "agenda")
        return Xapian::Query(schema::boolean_term(Field::AgendaItem, schema::agenda_value(value)));
    if (facet == "body") {  // "sc", "Security Council", "security-council"
        std::string key = analyzers::ascii_lower(value);
        std::replace(key.begin(), key.end(), '-', ' ');
        for (const auto& [name, short_key] :
             {std::pair<std::string_view, std::string_view>{"general assembly", "ga"},
              {"security council", "sc"},
              {"human rights council", "hrc"},
              {"economic and social council", "ecosoc"}}) {
            if (key == name) key = short_key;
        }
        return Xapian::Query(
            schema::boolean_term(Field::Body, one_of(facet, key, {"ga", "sc", "hrc", "ecosoc"})));
    }
    std::string names;
    for (const auto& name : query_field_names()) {
        if (schema::spec(*schema::field_from_query_name(name)).boolean)
            names += (names.empty() ? "" : ", ") + name;
    }
    throw UsageError("unknown filter '" + facet + "' (use " + names + ")");
}

auto QueryBuilder::filters(const std::map<std::string, std::vector<std::string>>& filters) const
    -> Xapian::Query {
    std::vector<Xapian::Query> across;
    for (const auto& [facet, values] : filters) {
        if (values.empty()) continue;
        std::vector<Xapian::Query> within;
        for (const auto& v : values) within.push_back(filter(facet, v));
        across.emplace_back(Xapian::Query::OP_OR, within.begin(), within.end());
    }
    if (across.empty()) return match_all();
    return Xapian::Query(Xapian::Query::OP_AND, across.begin(), across.end());
}

}  // namespace unres::searcher
