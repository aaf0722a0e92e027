/// @file
/// @brief The stable shard rules (FNV-1a of the symbol, or the session) and shard directory names.
#include "indexer/shard_router.hpp"

#include "analyzers/text/fnv_hash.hpp"

#include "analyzers/error.hpp"

#include <cstdio>

namespace unres::indexer {

auto shard_by_from_name(const std::string& name) -> ShardBy {
    if (name == "symbol") return ShardBy::Symbol;
    if (name == "session") return ShardBy::Session;
    throw UsageError("--shard-by: '" + name + "' is not one of symbol, session");
}

auto shard_by_name(ShardBy by) -> std::string { return by == ShardBy::Session ? "session" : "symbol"; }

auto shard_for(const ShardLayout& layout, const std::string& symbol, int session) -> std::size_t {
    if (layout.count <= 1) return 0;
    if (layout.by == ShardBy::Session)
        return session > 0 ? static_cast<std::size_t>(session) % layout.count : 0;
    return static_cast<std::size_t>(analyzers::fnv1a_64(symbol) % layout.count);
}

auto shard_dir_name(std::size_t shard) -> std::string {
    char name[32];
    std::snprintf(name, sizeof name, "shard-%02zu", shard);
    return name;
}

}  // namespace unres::indexer
