/// @file
/// @brief Writing a resolution record's data and reading a whole resolution back from the index.
#include "index/stored_resolution.hpp"

#include "analyzers/parser/resolution_json.hpp"
#include "index/paragraph_data.hpp"
#include "index/schema.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <utility>
#include <vector>

namespace unres::analyzers {

using schema::ValueSlot;

auto record_data(const Resolution& resolution, const std::string& source_path) -> std::string {
    nlohmann::ordered_json data = to_json(resolution);
    data.erase("paragraphs");
    data["source"] = source_path;
    return data.dump();
}

auto read_resolution(const Xapian::Database& db, Xapian::docid record) -> std::optional<Resolution> {
    const auto data = nlohmann::json::parse(db.get_document(record).get_data(), nullptr, false);
    if (data.is_discarded() || !data.is_object()) return std::nullopt;
    Resolution resolution;
    try {
        resolution = resolution_from_json(data);
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
    if (!resolution.paragraphs.empty()) return resolution;  // a record written before records lost them
    // The paragraph documents of this symbol and language (records carry no Order value).
    std::vector<std::pair<std::string, Paragraph>> paragraphs;
    const std::string term = schema::boolean_term(schema::Field::Symbol, resolution.symbol);
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
        const Xapian::Document doc = db.get_document(*it, Xapian::DOC_ASSUME_VALID);
        std::string order = doc.get_value(schema::slot(ValueSlot::Order));
        if (order.empty() || doc.get_value(schema::slot(ValueSlot::Language)) != resolution.language)
            continue;
        auto paragraph = schema::paragraph_of_data(doc.get_data());
        if (paragraph) paragraphs.emplace_back(std::move(order), std::move(*paragraph));
    }
    // sortable_serialise() strings sort as their numbers do.
    std::stable_sort(paragraphs.begin(), paragraphs.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& item : paragraphs) resolution.paragraphs.push_back(std::move(item.second));
    return resolution;
}

auto read_resolution(const Xapian::Database& db, const std::string& language, const std::string& symbol)
    -> std::optional<Resolution> {
    const std::string term = schema::unique_term(language, symbol);
    const auto it = db.postlist_begin(term);
    if (it == db.postlist_end(term)) return std::nullopt;
    return read_resolution(db, *it);
}

}  // namespace unres::analyzers
