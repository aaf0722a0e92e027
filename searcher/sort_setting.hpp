/// @file
/// @brief Sets an Enquire's order for each SortOrder from the precomputed sort-key value slots.
#pragma once

#include "searcher/search_request.hpp"

#include <xapian.h>

namespace unres::searcher {

/**
 * Sets @p enquire to sort by @p order. Every order reads one value slot written at index time
 * (schema::ValueSlot::SortDate, SortDocument, SortCited; index/sort_keys.hpp), never a KeyMaker,
 * which Xapian 1.4's remote backend refuses: so one database, local shards and remote shards
 * (xapian-tcpsrv) return the same hits in the same order. Relevance ties (filter-only queries,
 * repeated agreed language) go newest first by the date key, which no two paragraphs share, so
 * ties never fall back on document ids (which differ between one database and its shards).
 */
void set_sort_order(Xapian::Enquire& enquire, SortOrder order);

}  // namespace unres::searcher
