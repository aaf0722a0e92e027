/// @file
/// @brief The codec of a paragraph document's data: written once by the indexer, its lineage rewritten by the
/// lineage pass, read by the searcher (hits, lineage, citations) and by the stored-resolution reader.
#pragma once

#include "analyzers/parser/resolution.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace unres::schema {

/// What a hit needs of a paragraph document's data.
struct StoredParagraph {
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
    std::string predecessor;   ///< lineage: "A/RES/76/26#pp12" or ""
    double similarity = 0;
    std::string change;                       ///< "unchanged" | "edited" | "new" | ""
    bool moved = false;                       ///< lineage: the paragraph moved within its resolution
    std::vector<std::string> footnote_marks;  ///< the footnotes the paragraph calls ("3")…
    std::vector<std::string> footnote_texts;  ///< … and their texts, in the same order
};

/**
 * The data of paragraph @p p of @p r: the paragraph plus the resolution metadata a hit shows (the rest,
 * title, committee…, is read from the resolution record, so it is not stored 30 times over), and the
 * footnotes @p called, so that a hit matched in one can show it. No lineage until the lineage pass.
 */
[[nodiscard]] auto encode_paragraph_data(const analyzers::Resolution& r, const analyzers::Paragraph& p,
                                         const std::vector<const analyzers::Footnote*>& called)
    -> std::string;

/// The hit fields of @p data, skipping everything else (sub-paragraphs, footnote marks, cites) as it
/// reads; std::nullopt if @p data is not a JSON object. Fields of the wrong type keep their defaults.
[[nodiscard]] auto read_paragraph_data(const std::string& data) -> std::optional<StoredParagraph>;

/// The whole paragraph stored in @p data (sub-paragraphs, marks, cites…); std::nullopt if there is none.
[[nodiscard]] auto paragraph_of_data(const std::string& data) -> std::optional<analyzers::Paragraph>;

/**
 * @p data with its lineage replaced by @p lineage ({"predecessor", "similarity", "change", "moved"}; null
 * removes it), or std::nullopt when that is already its lineage or @p data is no paragraph's data.
 */
[[nodiscard]] auto data_with_lineage(const std::string& data, const nlohmann::json& lineage)
    -> std::optional<std::string>;

}  // namespace unres::schema
