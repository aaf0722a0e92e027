/// @file
/// @brief Resolution -> Xapian documents: one per paragraph plus one resolution record, via the schema.
#pragma once

#include "analyzers/parser/resolution.hpp"
#include "analyzers/text/analyzer.hpp"

#include <xapian.h>

#include <string>
#include <vector>

namespace unres::indexer {

/// The documents of one resolution, ready to be written; unique_terms[i] identifies documents[i].
struct BuiltResolution {
    std::vector<Xapian::Document> documents;
    std::vector<std::string> unique_terms;
    std::size_t paragraphs = 0;
};

/**
 * Builds the paragraph documents and the resolution record of @p resolution, analysed with
 * @p analyzer (which must serve resolution.language). @p source_path is recorded on the record only
 * (schema::Field::SourceFile); the indexer finds the paragraphs of a file from the record's symbol
 * and language, so that it can replace or prune everything that came from one file.
 */
[[nodiscard]] auto build_documents(const analyzers::Resolution& resolution,
                                   const analyzers::Analyzer& analyzer, const std::string& source_path)
    -> BuiltResolution;

}  // namespace unres::indexer
