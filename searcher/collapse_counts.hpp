/// @file
/// @brief Exact "other paragraphs" counts of collapsed hits when some shards are remote.
#pragma once

#include "searcher/search_result.hpp"

#include <xapian.h>

#include <vector>

namespace unres::searcher {

/**
 * Sets Hit::collapsed_others of each of @p hits (a page of a match of @p query over @p db collapsed
 * on ValueSlot::Symbol) to the number of other paragraphs of its resolution that match @p query.
 *
 * Needed over remote shards: each xapian-tcpsrv collapses its own matches and sends its collapse
 * counts, but Xapian 1.4's client collapses the merged hits again and keeps its own counts, which are
 * 0 since every resolution lies in one shard (fixed on Xapian's master, by merging MSets). One extra
 * match, restricted to the page's resolutions, counts them with a ValueCountMatchSpy on the symbol,
 * which the servers run and Xapian merges. Unweighted and sorted by relevance only, so Xapian's
 * client never calls the spy for remote documents. Throws what Xapian throws.
 */
void count_collapsed(const Xapian::Database& db, const Xapian::Query& query, std::vector<Hit>& hits);

}  // namespace unres::searcher
