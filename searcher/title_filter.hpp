/// @file
/// @brief A title: query made a filter on paragraphs: the resolutions whose title matches, found first.
#pragma once

#include <xapian.h>

namespace unres::searcher {

/**
 * The paragraphs of the resolutions whose title matches @p title (a query on the title field). A title is
 * indexed once, on its resolution's record (not on each paragraph), so this searches @p db for the
 * records and keeps their paragraphs by symbol and language: an unweighted filter, which leaves scores to
 * the other words. MatchNothing when no title matches; @p title itself when it matches everything.
 */
[[nodiscard]] auto resolutions_titled(const Xapian::Database& db, const Xapian::Query& title)
    -> Xapian::Query;

}  // namespace unres::searcher
