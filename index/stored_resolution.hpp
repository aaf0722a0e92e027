/// @file
/// @brief How the index stores a resolution: its record holds the metadata, its paragraph documents the
/// paragraphs.
#pragma once

#include "analyzers/parser/resolution.hpp"

#include <xapian.h>

#include <optional>
#include <string>

namespace unres::analyzers {

/**
 * The data of a resolution record: the --parse object of @p resolution without "paragraphs" (each
 * paragraph document stores its own paragraph, so the record does not store them again) plus
 * "source": @p source_path.
 */
[[nodiscard]] auto record_data(const Resolution& resolution, const std::string& source_path) -> std::string;

/**
 * The resolution whose record is document @p record of @p db: the record's data, with the
 * paragraphs read back from the paragraph documents of the same symbol and language, in order
 * (schema::ValueSlot::Order). std::nullopt when the record's data is not a resolution. Throws
 * what Xapian throws.
 */
[[nodiscard]] auto read_resolution(const Xapian::Database& db, Xapian::docid record)
    -> std::optional<Resolution>;

/// read_resolution() of the record of @p symbol ("A/RES/78/45") in @p language; std::nullopt if none.
[[nodiscard]] auto read_resolution(const Xapian::Database& db, const std::string& language,
                                   const std::string& symbol) -> std::optional<Resolution>;

}  // namespace unres::analyzers
