/// @file
/// @brief Which shard a resolution lives in: a stable rule over its symbol or its session.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace unres::indexer {

/// How resolutions are spread over shards. Both rules depend only on the resolution itself, so a
/// re-run puts every resolution back in the shard that already holds it.
enum class ShardBy { Symbol, Session };

/// "symbol" | "session"; throws UsageError naming the bad value otherwise.
[[nodiscard]] auto shard_by_from_name(const std::string& name) -> ShardBy;
[[nodiscard]] auto shard_by_name(ShardBy by) -> std::string;

/// A database's shard layout: how many shards and by which rule (count 0 = one plain database).
struct ShardLayout {
    std::size_t count = 0;
    ShardBy by = ShardBy::Symbol;
};

/**
 * The shard (0-based, < layout.count) of the resolution @p symbol adopted at @p session. By symbol:
 * FNV-1a of the canonical symbol ("A/RES/78/45") modulo count, so every language version of a
 * resolution lands together. By session: session modulo count (session 0, unknown, goes to shard 0).
 * A layout with count 0 or 1 always answers 0.
 */
[[nodiscard]] auto shard_for(const ShardLayout& layout, const std::string& symbol, int session)
    -> std::size_t;

/// The shard's directory name inside the database directory: "shard-00", "shard-01", ...
[[nodiscard]] auto shard_dir_name(std::size_t shard) -> std::string;

}  // namespace unres::indexer
