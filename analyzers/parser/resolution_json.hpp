/// @file
/// @brief Resolution <-> JSON in the field names of `unres-index --parse` (see the spec fixture).
#pragma once

#include "analyzers/parser/resolution.hpp"

#include <nlohmann/json.hpp>

namespace unres::analyzers {

/// The --parse object of a resolution: file, symbol, session, …, paragraphs (field order kept).
[[nodiscard]] auto to_json(const Resolution& resolution) -> nlohmann::ordered_json;
/// One paragraph as it appears inside to_json()'s "paragraphs".
[[nodiscard]] auto to_json(const Paragraph& paragraph) -> nlohmann::ordered_json;
/// to_json(paragraph) as the index stores it: each sub-paragraph's text, a part of the paragraph's
/// text, is given by its byte range there ("span": [begin, end]) rather than repeated, and an empty
/// "footnote_refs" is left out.
[[nodiscard]] auto to_stored_json(const Paragraph& paragraph) -> nlohmann::ordered_json;
/// Inverse of to_json(); missing optional fields take their defaults. Throws nlohmann::json::exception
/// on a malformed object.
[[nodiscard]] auto resolution_from_json(const nlohmann::json& json) -> Resolution;
/// Inverse of to_json(const Paragraph&) and of to_stored_json().
[[nodiscard]] auto paragraph_from_json(const nlohmann::json& json) -> Paragraph;

}  // namespace unres::analyzers
