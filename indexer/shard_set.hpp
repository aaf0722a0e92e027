/// @file
/// @brief The writable side of a database directory: one plain Xapian database, or N shards plus a stub.
#pragma once

#include "indexer/shard_router.hpp"

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

namespace unres::indexer {

/**
 * The databases one indexing run writes. A plain directory is one database (layout.count 0). A
 * sharded directory holds shard-00 .. shard-NN plus a Xapian stub file XAPIANDB listing them, so
 * Xapian::Database(DIR) (and unres-search --db DIR) opens every shard as one database; each shard
 * records the layout in its metadata, so later runs reuse it without --shards.
 */
class ShardSet {
  public:
    /**
     * Opens (or creates) @p path. @p shards 0 keeps what exists (a new directory becomes one plain
     * database); N >= 1 creates N shards or checks an existing sharded directory has N. @p by, when
     * given, must match an existing layout. Throws UsageError when the request contradicts what
     * exists (different N, a plain database, another rule), DatabaseError when a database cannot be
     * opened or is locked by another indexer.
     */
    [[nodiscard]] static auto open(const std::string& path, std::size_t shards, std::optional<ShardBy> by)
        -> ShardSet;

    [[nodiscard]] auto layout() const -> const ShardLayout& { return m_layout; }
    /// Number of databases: 1 for a plain database, else the shard count.
    [[nodiscard]] auto size() const -> std::size_t { return m_dbs.size(); }
    [[nodiscard]] auto shard(std::size_t index) -> Xapian::WritableDatabase& { return m_dbs.at(index); }
    /// The directory of each database, in shard order.
    [[nodiscard]] auto paths() const -> const std::vector<std::string>& { return m_paths; }
    /// The shard that holds (or will hold) the resolution @p symbol of @p session.
    [[nodiscard]] auto route(const std::string& symbol, int session) const -> std::size_t {
        return shard_for(m_layout, symbol, session);
    }
    /// Commits every shard (each one atomically; a resolution never spans shards).
    void commit();
    /// Documents indexed by @p term, summed over the shards.
    [[nodiscard]] auto termfreq(const std::string& term) const -> Xapian::doccount;

  private:
    ShardLayout m_layout;
    std::vector<Xapian::WritableDatabase> m_dbs;
    std::vector<std::string> m_paths;
};

}  // namespace unres::indexer
