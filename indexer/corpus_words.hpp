/// @file
/// @brief The corpus a run reads, as word counts: its layout-text sources and the index's own vocabulary.
#pragma once

#include "analyzers/parser/word_counts.hpp"

#include <xapian.h>

#include <string>
#include <vector>

namespace unres::indexer {

/// Counts the words of each layout-text source in @p paths (PDFs are read by their own fonts and need no
/// such evidence; a source that cannot be read is skipped here and reported by its parse).
void add_source_words(const std::vector<std::string>& paths, analyzers::WordCounts& counts);

/// Adds the exact-form terms of @p db (one count per paragraph that holds the word).
void add_index_words(const Xapian::Database& db, analyzers::WordCounts& counts);

}  // namespace unres::indexer
