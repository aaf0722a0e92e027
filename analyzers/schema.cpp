/// @file
/// @brief The field table and the helpers that write fields into Xapian documents.
#include "analyzers/schema.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

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
        {Field::AgendaItem, "agenda", "XAG", true, 0},
        {Field::Cites, "cites", "XCITE", true, 0},
        {Field::Change, "change", "XCHG", true, 0},
        {Field::Series, "", "XSERIES", true, 0},
        {Field::SourceFile, "", "XFILE", true, 0},
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
    return term;
}

auto exact_term(Field field, std::string_view form) -> std::string {
    std::string term(spec(field).prefix);
    if (term.size() > 1 && !form.empty() && std::isupper(static_cast<unsigned char>(form.front()))) {
        term.push_back(':');
    }
    term.append(form);
    return term;
}

auto stemmed_term(Field field, std::string_view stem) -> std::string {
    return stem_prefix(field) + std::string(stem);
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
    std::string key;
    for (char c : committee) {
        if (c == ' ') break;
        key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return key;
}

auto source_metadata_key(const std::string& path) -> std::string { return "source:" + path; }

}  // namespace unres::schema
