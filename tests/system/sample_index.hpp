/// @file
/// @brief The sample corpus indexed once per test run, shared by the system tests.
#pragma once

#include "indexer/indexer.hpp"
#include "tests/support/temp_dir.hpp"

#include <sstream>

namespace unres::testing {

/// Path of a database holding sample-corpus/, built on first use.
inline auto sample_database() -> std::string {
    static TempDir dir;
    static const std::string db = [] {
        indexer::IndexerOptions options;
        options.db = (dir / "db").string();
        options.paths = {sample_corpus().string()};
        options.quiet = true;
        std::ostringstream out;
        std::ostringstream err;
        indexer::run_indexer(options, out, err, false);
        return options.db;
    }();
    return db;
}

}  // namespace unres::testing
