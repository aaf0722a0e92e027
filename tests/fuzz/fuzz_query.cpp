/// @file
/// @brief libFuzzer target: a query line plus CGI parameters -> QueryBuilder and Searcher on a small index.
///
/// Input: the query (raw bytes, as unres-search --batch reads them) up to the first newline, then a
/// query string of filters and options (session=78&kind=operative&sort=date&offset=5...). The index is
/// built once from sample-corpus/ (UNRES_FUZZ_CORPUS overrides) into a temporary directory.
#include "analyzers/error.hpp"
#include "indexer/indexer.hpp"
#include "indexer/options.hpp"
#include "searcher/cgi_request.hpp"
#include "searcher/search.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>

#include <unistd.h>

#ifndef UNRES_SOURCE_DIR
#define UNRES_SOURCE_DIR "."
#endif

namespace {

namespace fs = std::filesystem;

/// The index every input searches; removed at exit.
struct FuzzIndex {
    fs::path dir;
    std::unique_ptr<unres::searcher::Searcher> searcher;

    FuzzIndex() {
        dir = fs::temp_directory_path() / ("unres-fuzz-query-" + std::to_string(::getpid()));
        fs::remove_all(dir);
        fs::create_directories(dir);
        const char* corpus = std::getenv("UNRES_FUZZ_CORPUS");
        unres::indexer::IndexerOptions options;
        options.db = (dir / "db").string();
        options.quiet = true;
        options.threads = 1;
        const fs::path sample = fs::path(corpus != nullptr ? corpus : UNRES_SOURCE_DIR "/sample-corpus");
        for (const auto& entry : fs::directory_iterator(sample)) {
            if (entry.path().filename().string().rfind("A-RES-", 0) == 0)
                options.paths.push_back(entry.path());
        }
        std::ostringstream out;
        std::ostringstream err;
        unres::indexer::run_indexer(options, out, err, false);
        searcher = std::make_unique<unres::searcher::Searcher>(std::vector<std::string>{options.db});
    }
    ~FuzzIndex() {
        searcher.reset();
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

}  // namespace

extern "C" auto LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) -> int {
    static FuzzIndex index;
    const std::string input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    try {
        auto request = unres::searcher::cgi_request_from_params(unres::searcher::parse_query_string(
            newline == std::string::npos ? "" : input.substr(newline + 1)));
        request.search.query = input.substr(0, newline);
        request.search.time_limit_ms = unres::searcher::CgiLimits::time_limit_ms;
        const auto result = index.searcher->search(request.search);
        if (result.hits.size() > request.search.limit) __builtin_trap();
    } catch (const unres::UsageError&) {
        // A malformed query or filter: answered with a message pointing at it.
    }
    return 0;
}
