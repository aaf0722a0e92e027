/// @file
/// @brief Opening, creating and checking plain and sharded database directories for writing.
#include "indexer/shard_set.hpp"

#include "analyzers/error.hpp"
#include "index/schema.hpp"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace unres::indexer {

namespace fs = std::filesystem;

namespace {

constexpr const char* k_stub_name = "XAPIANDB";

auto open_writable(const std::string& path) -> Xapian::WritableDatabase {
    try {
        return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
    } catch (const Xapian::DatabaseLockError&) {
        // Xapian reports a lock it could not even try to take (a read-only file system, a database
        // owned by another user) as a lock error too, without the cause: ask the file system.
        if (::access(path.c_str(), W_OK) != 0) {
            throw DatabaseError("cannot write to database " + path + ": " + std::strerror(errno));
        }
        throw DatabaseError("database " + path + " is locked: another unres-index is writing to it");
    } catch (const Xapian::Error& e) {
        const char* cause = e.get_error_string();
        throw DatabaseError("cannot open database " + path + ": " + e.get_msg() +
                            (cause != nullptr && *cause != '\0' ? std::string(" (") + cause + ")" : ""));
    }
}

auto layout_json(const ShardLayout& layout, std::size_t shard) -> std::string {
    return nlohmann::json{{"shards", layout.count}, {"by", shard_by_name(layout.by)}, {"shard", shard}}
        .dump();
}

/// The layout a sharded directory recorded in its first shard.
auto read_layout(const std::string& path) -> ShardLayout {
    const std::string first = (fs::path(path) / shard_dir_name(0)).string();
    std::string text;
    try {
        text = Xapian::Database(first).get_metadata(schema::layout_metadata_key());
    } catch (const Xapian::Error& e) {
        throw DatabaseError("cannot open shard " + first + ": " + e.get_msg());
    }
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.contains("shards") || !json.contains("by")) {
        throw DatabaseError(path + "/" + k_stub_name +
                            " lists databases unres-index did not shard; use another --db");
    }
    return {json["shards"].get<std::size_t>(), shard_by_from_name(json["by"].get<std::string>())};
}

/// The stub Xapian reads: one "auto shard-NN" line per shard (relative paths resolve against DIR).
void write_stub(const std::string& path, const ShardLayout& layout) {
    const fs::path stub = fs::path(path) / k_stub_name;
    const fs::path temporary = fs::path(path) / (std::string(k_stub_name) + ".tmp");
    {
        std::ofstream out(temporary);
        out << "# unres-index: " << layout.count << " shards by " << shard_by_name(layout.by)
            << "; Xapian opens them all as one database\n";
        for (std::size_t i = 0; i < layout.count; ++i) out << "auto " << shard_dir_name(i) << '\n';
        if (!out) throw DatabaseError("cannot write " + temporary.string());
    }
    fs::rename(temporary, stub);
}

}  // namespace

auto ShardSet::open(const std::string& path, std::size_t shards, std::optional<ShardBy> by) -> ShardSet {
    std::error_code ec;
    if (fs::exists(path, ec) && !fs::is_directory(path, ec)) {
        throw DatabaseError("cannot use " + path + " as a database: it is a file, not a directory");
    }
    ShardSet set;
    const bool sharded = fs::exists(fs::path(path) / k_stub_name, ec);
    if (sharded) {
        set.m_layout = read_layout(path);
        const std::string have = std::to_string(set.m_layout.count);
        if (shards != 0 && shards != set.m_layout.count) {
            throw UsageError(
                "--shards " + std::to_string(shards) + ": " + path + " already has " + have +
                " shards, and changing the count would move resolutions between shards; index into "
                "a new --db (or merge the shards with xapian-compact)");
        }
        if (by && *by != set.m_layout.by) {
            throw UsageError("--shard-by " + shard_by_name(*by) + ": " + path + " is sharded by " +
                             shard_by_name(set.m_layout.by) + "; index into a new --db to change the rule");
        }
    } else if (shards == 0) {
        if (by) throw UsageError("--shard-by needs --shards N when " + path + " is not sharded yet");
        set.m_dbs.push_back(open_writable(path));
        set.m_paths.push_back(path);
        return set;
    } else if (fs::exists(fs::path(path) / "iamglass", ec)) {
        throw UsageError("--shards " + std::to_string(shards) + ": " + path +
                         " is a single database; index into a new --db to shard the collection");
    } else {
        set.m_layout = {shards, by.value_or(ShardBy::Symbol)};
    }
    fs::create_directories(path, ec);
    for (std::size_t i = 0; i < set.m_layout.count; ++i) {
        set.m_paths.push_back((fs::path(path) / shard_dir_name(i)).string());
        set.m_dbs.push_back(open_writable(set.m_paths.back()));
        auto& db = set.m_dbs.back();
        if (db.get_metadata(schema::layout_metadata_key()).empty()) {
            db.set_metadata(schema::layout_metadata_key(), layout_json(set.m_layout, i));
            db.commit();
        }
    }
    if (!sharded) write_stub(path, set.m_layout);
    return set;
}

void ShardSet::commit() {
    for (auto& db : m_dbs) db.commit();
}

auto ShardSet::termfreq(const std::string& term) const -> Xapian::doccount {
    Xapian::doccount total = 0;
    for (const auto& db : m_dbs) total += db.get_termfreq(term);
    return total;
}

}  // namespace unres::indexer
