/// @file
/// @brief Resolution <-> JSON in the field names and order of `unres-index --parse`.
#include "analyzers/parser/resolution_json.hpp"

namespace unres::analyzers {

namespace {

/// to_json() of a paragraph; @p spans: sub-paragraph texts as byte ranges of the text.
auto paragraph_json(const Paragraph& p, bool spans) -> nlohmann::ordered_json {
    nlohmann::ordered_json j;
    j["id"] = p.id;
    j["kind"] = kind_name(p.kind);
    j["number"] = p.number;
    j["clause"] = p.clause;
    j["clause_key"] = p.clause_key;
    j["verb"] = p.verb;
    j["text"] = p.text;
    if (!spans || !p.footnote_refs.empty()) j["footnote_refs"] = p.footnote_refs;  // stored: only when some
    if (!p.section.empty()) j["section"] = p.section;
    if (!p.subparagraphs.empty()) {
        auto subs = nlohmann::ordered_json::array();
        for (const auto& s : p.subparagraphs) {
            nlohmann::ordered_json sj;
            sj["id"] = s.id;
            sj["label"] = s.label;
            const std::size_t at = spans ? p.text.find(s.text) : std::string::npos;
            if (at != std::string::npos) {
                sj["span"] = {at, at + s.text.size()};
            } else {
                sj["text"] = s.text;
            }
            subs.push_back(std::move(sj));
        }
        j["subparagraphs"] = std::move(subs);
    }
    if (!p.cites.empty()) j["cites"] = p.cites;
    return j;
}

}  // namespace

auto to_json(const Paragraph& p) -> nlohmann::ordered_json { return paragraph_json(p, false); }

auto to_stored_json(const Paragraph& p) -> nlohmann::ordered_json { return paragraph_json(p, true); }

auto to_json(const Resolution& r) -> nlohmann::ordered_json {
    nlohmann::ordered_json j;
    j["file"] = r.file;
    j["symbol"] = r.symbol;
    j["session"] = r.session;
    j["title"] = r.title;
    j["agenda_item"] = r.agenda_item;
    j["adopted"] = r.adopted;
    j["distributed"] = r.distributed;
    j["committee"] =
        r.committee.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.committee);
    j["committee_report"] = r.committee_report;
    j["meeting"] = r.meeting;
    j["language"] = r.language;
    j["cites"] = r.cites;
    auto notes = nlohmann::ordered_json::array();
    for (const auto& f : r.footnotes) {
        nlohmann::ordered_json fj;
        fj["mark"] = f.mark;
        fj["text"] = f.text;
        notes.push_back(std::move(fj));
    }
    j["footnotes"] = std::move(notes);
    auto paragraphs = nlohmann::ordered_json::array();
    for (const auto& p : r.paragraphs) paragraphs.push_back(to_json(p));
    j["paragraphs"] = std::move(paragraphs);
    return j;
}

namespace {

template <typename J>
auto string_or(const J& j, const char* key, const std::string& fallback = "") -> std::string {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) return fallback;
    return it->template get<std::string>();
}

template <typename J>
auto strings(const J& j, const char* key) -> std::vector<std::string> {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) return {};
    return it->template get<std::vector<std::string>>();
}

}  // namespace

auto paragraph_from_json(const nlohmann::json& j) -> Paragraph {
    Paragraph p;
    p.id = j.at("id").get<std::string>();
    const auto kind = kind_from_name(j.at("kind").get<std::string>());
    if (!kind) throw nlohmann::json::other_error::create(501, "unknown paragraph kind", &j);
    p.kind = *kind;
    p.number = j.value("number", 0);
    p.clause = string_or(j, "clause");
    p.clause_key = string_or(j, "clause_key");
    p.verb = string_or(j, "verb");
    p.text = string_or(j, "text");
    p.footnote_refs = strings(j, "footnote_refs");
    p.section = string_or(j, "section");
    if (const auto it = j.find("subparagraphs"); it != j.end() && it->is_array()) {
        for (const auto& s : *it) {
            std::string text = string_or(s, "text");
            if (const auto span = s.find("span"); span != s.end() && span->is_array() && span->size() == 2) {
                const auto begin = (*span)[0].get<std::size_t>();
                const auto end = (*span)[1].get<std::size_t>();
                if (begin <= end && end <= p.text.size()) text = p.text.substr(begin, end - begin);
            }
            p.subparagraphs.push_back(
                {s.at("id").get<std::string>(), string_or(s, "label"), std::move(text)});
        }
    }
    p.cites = strings(j, "cites");
    return p;
}

auto resolution_from_json(const nlohmann::json& j) -> Resolution {
    Resolution r;
    r.file = string_or(j, "file");
    r.symbol = string_or(j, "symbol");
    r.session = j.value("session", 0);
    r.title = string_or(j, "title");
    r.agenda_item = string_or(j, "agenda_item");
    r.adopted = string_or(j, "adopted");
    r.distributed = string_or(j, "distributed");
    r.committee = string_or(j, "committee");
    r.committee_report = string_or(j, "committee_report");
    r.meeting = j.value("meeting", 0);
    r.language = string_or(j, "language", "en");
    r.cites = strings(j, "cites");
    if (const auto it = j.find("footnotes"); it != j.end() && it->is_array()) {
        for (const auto& f : *it) r.footnotes.push_back({string_or(f, "mark"), string_or(f, "text")});
    }
    if (const auto it = j.find("paragraphs"); it != j.end() && it->is_array()) {
        for (const auto& p : *it) r.paragraphs.push_back(paragraph_from_json(p));
    }
    return r;
}

}  // namespace unres::analyzers
