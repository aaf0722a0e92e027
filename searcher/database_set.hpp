/// @file
/// @brief Opens local databases, shard directories and Xapian stub files (with remote entries) as one.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace unres::searcher {

/// How remote shards are reached and what happens when one does not answer.
struct DatabaseOptions {
    unsigned remote_timeout_ms = 10000;  ///< per remote operation and per connect (Xapian's default)
    bool allow_partial = false;          ///< skip shards that do not answer and flag the result partial
};

/// One database the set is made of: a local Xapian database or one remote shard.
struct SubDatabase {
    std::string name;  ///< the path, or "HOST:PORT" for a remote shard
    Xapian::Database db;
    bool remote = false;
};

/// Everything opened for one Searcher.
struct DatabaseSet {
    std::vector<SubDatabase> parts;
    std::vector<std::string> unavailable;  ///< shards skipped because they did not answer (allow_partial)

    [[nodiscard]] auto has_remote() const -> bool;
    /// All parts as one Xapian::Database (Xapian merges statistics, ranks and docids across them).
    [[nodiscard]] auto combined() const -> Xapian::Database;
    /// Drops every remote part that fails a keep-alive, listing it as unavailable. Returns how many.
    auto drop_unresponsive() -> std::size_t;
};

/**
 * Opens each of @p specs: a database directory; a directory holding a Xapian stub file XAPIANDB (as
 * unres-index --shards writes); or a stub file. Stub files use Xapian's own syntax ("auto PATH",
 * "glass PATH", "remote HOST:PORT", "remote :PROG ARGS", "#" comments; relative paths resolve against
 * the stub's directory); unres reads them itself only so that remote entries get
 * options.remote_timeout_ms, since Xapian's stub reader always uses its 10 s default.
 * Throws DatabaseError naming the database or shard that cannot be opened, unless the shard is remote
 * and options.allow_partial is set (then it is listed in unavailable). Throws UsageError when no
 * database is named.
 */
[[nodiscard]] auto open_database_set(const std::vector<std::string>& specs, const DatabaseOptions& options)
    -> DatabaseSet;

}  // namespace unres::searcher
