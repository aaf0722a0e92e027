/// @file
/// @brief The fields a hit shows, read from a paragraph document's stored JSON without building a DOM.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace unres::searcher {

/// What a hit needs of a paragraph document's data (indexer/document_builder.cpp writes it).
struct StoredHit {
    std::string id;      ///< "A/RES/78/45#op7"
    std::string symbol;  ///< "A/RES/78/45"
    int session = 0;
    std::string adopted;
    std::string language = "en";
    std::string paragraph;  ///< "op7"
    std::string kind;
    int number = 0;
    std::string clause;
    std::string verb;
    std::string text;
    bool has_lineage = false;  ///< the lineage pass gave it a "lineage" object
    std::string predecessor;
    double similarity = 0;
    std::string change;
    std::vector<std::string> footnote_marks;  ///< the footnotes the paragraph calls ("3")…
    std::vector<std::string> footnote_texts;  ///< … and their texts, in the same order
};

/// The hit fields of @p data, skipping everything else (sub-paragraphs, footnote marks, cites) as it
/// reads; std::nullopt if @p data is not a JSON object. Fields of the wrong type keep their defaults.
[[nodiscard]] auto read_stored_hit(const std::string& data) -> std::optional<StoredHit>;

}  // namespace unres::searcher
