/// @file
/// @brief The index-time lineage pass: aligns paragraphs across each series and counts citations.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

namespace unres::indexer {

class ShardSet;

/// What one lineage pass rewrote.
struct LineageSummary {
    bool skipped = false;                ///< the resolution records had not changed since the last pass
    std::size_t series = 0;              ///< series in the database
    std::size_t series_updated = 0;      ///< series whose members changed and were aligned again
    std::size_t paragraphs_updated = 0;  ///< paragraph documents whose lineage was rewritten
    std::size_t cited_by_updated = 0;    ///< resolutions whose citation count changed
};

/**
 * Brings the lineage of the database up to date with its resolution records, then commits.
 *
 * - Series (records sharing a schema::Field::Series term) whose member records changed since the
 *   last pass are aligned again, oldest first (session, adoption date, symbol): each paragraph of
 *   a member that has a predecessor in its series gets data "lineage" {predecessor, similarity,
 *   change, moved} and the change in ValueSlot::Facets (values only: no term changes, so the rewrite
 *   is cheap). Paragraphs of the
 *   first member get none. Older paragraphs without successor are listed as "dropped" in the
 *   series metadata (schema::series_metadata_key()).
 * - Every resolution record and its paragraphs get the number of other indexed resolutions citing
 *   it, in their ValueSlot::SortCited key (schema::with_cited_by; values only). A resolution whose
 *   count did not change is not rewritten.
 *
 * Idempotent and crash-safe: the state it last saw (record document ids, per series and overall)
 * is stored in the same commit, so a pass interrupted before its commit is redone in full by the
 * next run. With several shards, series and citations span them: each document is rewritten in
 * its own shard, the state is kept in the first shard, which commits last. Throws what Xapian throws.
 */
auto update_lineage(const std::vector<Xapian::WritableDatabase*>& shards) -> LineageSummary;

/// How the pass names a document (shard index, docid) in the state it stores.
using DocNamer = std::function<std::pair<std::size_t, Xapian::docid>(std::size_t, Xapian::docid)>;

/**
 * update_lineage() over the temporary parts of a fresh build (indexer/fresh_build.hpp), which are
 * merged into one database afterwards: @p namer gives each document the (shard, docid) it will
 * have after the merge, so the stored state matches the merged database and the next run skips
 * the pass.
 */
auto update_lineage(const std::vector<Xapian::WritableDatabase*>& parts, const DocNamer& namer)
    -> LineageSummary;
/**
 * update_lineage() with the series aligned on @p threads threads, each reading the databases through
 * its own Xapian::Database opened from @p paths (the directories of @p shards, all committed), and
 * each shard's paragraphs rewritten on a thread of its own; @p namer as above (empty: none).
 */
auto update_lineage(const std::vector<Xapian::WritableDatabase*>& shards,
                    const std::vector<std::string>& paths, const DocNamer& namer, unsigned threads)
    -> LineageSummary;
/// update_lineage() over every database of @p shards, on @p threads threads.
auto update_lineage(ShardSet& shards, unsigned threads) -> LineageSummary;

}  // namespace unres::indexer
