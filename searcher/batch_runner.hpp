/// @file
/// @brief --batch: one query per input line, answered by several searchers in parallel, in input order.
#pragma once

#include "searcher/options.hpp"

#include <istream>
#include <ostream>

namespace unres::searcher {

/**
 * Reads queries ("query" or "id<TAB>query") from @p lines and writes one answer per query to @p out,
 * in input order: a JSON line or TSV rows; a bad or empty line gets an error row naming it (JSON
 * `{"qid", "error"}`, TSV `qid<TAB>error<TAB>line N: …`) and the batch goes on. Up to
 * options.threads queries run at once, each worker with its own Searcher (Xapian handles and ICU
 * analyzers are per thread). Answers are written as soon as every earlier one is out, and the
 * stream is flushed whenever the workers wait for input, so a script that writes one line and
 * waits for its answer works. A database failure stops the batch and is rethrown after the answers
 * before it are written. Returns 0, or 1 when any line was answered with an error row.
 */
auto run_batch(const SearchOptions& options, std::istream& lines, std::ostream& out) -> int;

}  // namespace unres::searcher
