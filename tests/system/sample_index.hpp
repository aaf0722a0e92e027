/// @file
/// @brief The sample corpus indexed once per test run, shared by the system tests.
#pragma once

#include "indexer/indexer.hpp"
#include "searcher/search.hpp"
#include "tests/support/temp_dir.hpp"

#include <sstream>
#include <string>
#include <vector>

namespace unres::testing {

/// Indexes @p paths (files or directories) into the database @p db, quietly; the indexer's exit status.
inline auto index_into(const std::string& db, const std::vector<std::string>& paths) -> int {
    indexer::IndexerOptions options;
    options.db = db;
    options.paths = paths;
    options.quiet = true;
    std::ostringstream out;
    std::ostringstream err;
    return indexer::run_indexer(options, out, err, false);
}

/// The paragraphs of @p db matching @p query: the first 100, no facets.
inline auto search_paragraphs(const std::string& db, const std::string& query) -> searcher::SearchResult {
    searcher::Searcher searcher({db});
    searcher::SearchRequest request;
    request.query = query;
    request.limit = 100;
    request.facets = false;
    return searcher.search(request);
}

/// Path of a database holding sample-corpus/, built on first use.
inline auto sample_database() -> std::string {
    static TempDir dir;
    static const std::string db = [] {
        const std::string path = (dir / "db").string();
        index_into(path, {sample_corpus().string()});
        return path;
    }();
    return db;
}

}  // namespace unres::testing
