/// @file
/// @brief Sort keys computed at index time, so that every sort order reads one value slot.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace unres::schema {

/**
 * Where a paragraph stands in the collection: what the sort orders compare. Each order is one string
 * compared byte by byte (Enquire::set_sort_by_value_then_relevance), because Xapian 1.4's remote
 * backend cannot run a KeyMaker: precomputed keys sort the same on one database, on local shards and
 * on remote shards (xapian-tcpsrv).
 *
 * Every key ends with the same tail: the symbol in natural order (A/RES/78/9 before A/RES/78/45, so
 * resolutions adopted on one day keep the UN's numbering), the paragraph's index in its resolution
 * and the language, so no two paragraphs share a key and ties never fall back on document ids (which
 * differ between one database and shards).
 */
struct SortPosition {
    int session = 0;
    std::string adopted;    ///< "YYYY-MM-DD" or "YYYYMMDD"; anything else counts as unknown
    std::string symbol;     ///< "A/RES/78/45"
    std::size_t order = 0;  ///< the paragraph's index within its resolution (0 for a resolution record)
    std::string language;   ///< "en"
};

/// ValueSlot::SortDate: newest adoption date first (unknown dates last), then the tail.
[[nodiscard]] auto date_sort_key(const SortPosition& position) -> std::string;

/// ValueSlot::SortDocument: session, adoption date (oldest first, unknown first), then the tail.
[[nodiscard]] auto document_sort_key(const SortPosition& position) -> std::string;

/// ValueSlot::SortCited: most cited first (@p cited_by: the number of indexed resolutions citing
/// the paragraph's resolution), then the tail.
[[nodiscard]] auto cited_sort_key(const SortPosition& position, std::size_t cited_by) -> std::string;

/// @p key (a cited_sort_key()) with its citation count replaced by @p cited_by: the lineage pass
/// recounts citations without re-reading the paragraph. An empty or malformed @p key gives a key
/// that holds the count alone.
[[nodiscard]] auto with_cited_by(std::string_view key, std::size_t cited_by) -> std::string;

/// The citation count a cited_sort_key() holds; 0 for an empty or malformed key.
[[nodiscard]] auto cited_by_of(std::string_view key) -> std::size_t;

}  // namespace unres::schema
