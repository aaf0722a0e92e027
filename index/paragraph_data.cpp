/// @file
/// @brief The paragraph data codec (see paragraph_data.hpp); reading hits is one SAX pass that keeps only the
/// fields a hit shows.
#include "index/paragraph_data.hpp"

#include "analyzers/parser/resolution_json.hpp"

#include <nlohmann/json.hpp>

#include <cstring>
#include <vector>

namespace unres::schema {

namespace {

using json = nlohmann::json;

/// Where a value stands: top level, inside "paragraph", inside "lineage", in a footnote list, or anywhere
/// else.
enum class Place { Top, Paragraph, Lineage, FootnoteMarks, FootnoteTexts, Other };

class HitReader final : public nlohmann::json_sax<json> {
  public:
    explicit HitReader(StoredParagraph& hit) : m_hit(hit) {}

    auto null() -> bool override { return true; }
    auto boolean(bool value) -> bool override {
        if (here() == Place::Lineage && is("moved")) m_hit.moved = value;
        return true;
    }
    auto number_integer(number_integer_t value) -> bool override {
        return number(static_cast<double>(value));
    }
    auto number_unsigned(number_unsigned_t value) -> bool override {
        return number(static_cast<double>(value));
    }
    auto number_float(number_float_t value, const string_t& /*text*/) -> bool override {
        return number(value);
    }
    auto binary(binary_t& /*value*/) -> bool override { return true; }

    auto string(string_t& value) -> bool override {
        if (here() == Place::FootnoteMarks) {
            m_hit.footnote_marks.push_back(std::move(value));
        } else if (here() == Place::FootnoteTexts) {
            m_hit.footnote_texts.push_back(std::move(value));
        } else if (std::string* field = string_field()) {
            *field = std::move(value);
        }
        return true;
    }

    auto start_object(std::size_t /*size*/) -> bool override {
        Place place = Place::Other;
        if (m_stack.empty()) {
            place = Place::Top;
        } else if (here() == Place::Top && m_key == "paragraph") {
            place = Place::Paragraph;
        } else if (here() == Place::Top && m_key == "lineage") {
            place = Place::Lineage;
            m_hit.has_lineage = true;
        }
        m_stack.push_back(place);
        return true;
    }
    auto end_object() -> bool override { return pop(); }
    auto start_array(std::size_t /*size*/) -> bool override {
        Place place = Place::Other;
        if (here() == Place::Top && m_key == "footnote_marks") place = Place::FootnoteMarks;
        if (here() == Place::Top && m_key == "footnote_texts") place = Place::FootnoteTexts;
        m_stack.push_back(place);
        return true;
    }
    auto end_array() -> bool override { return pop(); }
    auto key(string_t& value) -> bool override {
        m_key = std::move(value);
        return true;
    }
    auto parse_error(std::size_t /*position*/, const std::string& /*token*/,
                     const nlohmann::detail::exception& /*error*/) -> bool override {
        return false;
    }

  private:
    [[nodiscard]] auto here() const -> Place { return m_stack.empty() ? Place::Other : m_stack.back(); }
    auto pop() -> bool {
        if (!m_stack.empty()) m_stack.pop_back();
        return true;
    }
    auto is(const char* key) const -> bool { return m_key == key; }

    auto string_field() -> std::string* {
        switch (here()) {
            case Place::Top:
                if (is("id")) return &m_hit.id;
                if (is("symbol")) return &m_hit.symbol;
                if (is("adopted")) return &m_hit.adopted;
                if (is("language")) return &m_hit.language;
                return nullptr;
            case Place::Paragraph:
                if (is("id")) return &m_hit.paragraph;
                if (is("kind")) return &m_hit.kind;
                if (is("clause")) return &m_hit.clause;
                if (is("verb")) return &m_hit.verb;
                if (is("text")) return &m_hit.text;
                return nullptr;
            case Place::Lineage:
                if (is("predecessor")) return &m_hit.predecessor;
                if (is("change")) return &m_hit.change;
                return nullptr;
            case Place::FootnoteMarks:
            case Place::FootnoteTexts:
            case Place::Other:
                return nullptr;
        }
        return nullptr;
    }

    auto number(double value) -> bool {
        const auto whole = [value] { return value > -1e9 && value < 1e9 ? static_cast<int>(value) : 0; };
        if (here() == Place::Top && is("session")) m_hit.session = whole();
        if (here() == Place::Paragraph && is("number")) m_hit.number = whole();
        if (here() == Place::Lineage && is("similarity")) m_hit.similarity = value;
        return true;
    }

    StoredParagraph& m_hit;
    std::vector<Place> m_stack;
    std::string m_key;
};

}  // namespace

auto read_paragraph_data(const std::string& data) -> std::optional<StoredParagraph> {
    if (data.empty() || data.front() != '{') return std::nullopt;
    StoredParagraph hit;
    HitReader reader(hit);
    if (!json::sax_parse(data, &reader)) return std::nullopt;
    return hit;
}

auto encode_paragraph_data(const analyzers::Resolution& r, const analyzers::Paragraph& p,
                           const std::vector<const analyzers::Footnote*>& called) -> std::string {
    nlohmann::ordered_json data;
    data["id"] = r.symbol + "#" + p.id;
    data["symbol"] = r.symbol;
    data["session"] = r.session;
    data["adopted"] = r.adopted;
    data["language"] = r.language;
    data["paragraph"] = analyzers::to_stored_json(p);
    if (!called.empty()) {
        nlohmann::ordered_json marks = nlohmann::ordered_json::array();
        nlohmann::ordered_json texts = nlohmann::ordered_json::array();
        for (const auto* f : called) {
            marks.push_back(f->mark);
            texts.push_back(f->text);
        }
        data["footnote_marks"] = std::move(marks);
        data["footnote_texts"] = std::move(texts);
    }
    return data.dump();
}

auto paragraph_of_data(const std::string& data) -> std::optional<analyzers::Paragraph> {
    const auto parsed = json::parse(data, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("paragraph")) return std::nullopt;
    try {
        return analyzers::paragraph_from_json(parsed["paragraph"]);
    } catch (const json::exception&) {
        return std::nullopt;
    }
}

auto data_with_lineage(const std::string& data, const nlohmann::json& lineage) -> std::optional<std::string> {
    auto parsed = nlohmann::ordered_json::parse(data, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) return std::nullopt;
    const json old = parsed.contains("lineage") ? json(parsed["lineage"]) : json();
    if (old == lineage) return std::nullopt;
    if (lineage.is_null()) {
        parsed.erase("lineage");
    } else {
        parsed["lineage"] = lineage;
    }
    return parsed.dump();
}

}  // namespace unres::schema
