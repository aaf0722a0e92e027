/// @file
/// @brief The hits of one request read one at a time (downloads), from Searcher::stream().
#pragma once

#include "searcher/search_result.hpp"

#include <xapian.h>

#include <cstddef>
#include <functional>

namespace unres::searcher {

/**
 * The hits of one request, read one at a time: each is built from the index as it is reached and
 * forgotten after, so a download of thousands of hits holds one in memory. From Searcher::stream().
 */
class HitStream {
  public:
    HitStream(Xapian::MSet mset, Xapian::doccount total,
              std::function<Hit(const Xapian::MSetIterator&)> build);
    /// The exact number of matches (of resolutions when collapsed), as SearchResult::total.
    [[nodiscard]] auto total() const -> Xapian::doccount { return m_total; }
    /// How many hits for_each() gives (the request's window of the matches).
    [[nodiscard]] auto size() const -> std::size_t { return m_mset.size(); }
    /// Calls @p each with every hit of the window in rank order. May throw Xapian::Error (a writer
    /// committed twice meanwhile): hits already given stay given.
    void for_each(const std::function<void(const Hit&)>& each) const;

  private:
    Xapian::MSet m_mset;
    Xapian::doccount m_total = 0;
    std::function<Hit(const Xapian::MSetIterator&)> m_build;
};

}  // namespace unres::searcher
