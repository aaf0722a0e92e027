/// @file
/// @brief Keeps every term within Xapian's length limit: a longer one becomes a truncated, hashed form.
#pragma once

#include <cstddef>
#include <string>

namespace unres::schema {

/// The longest term Xapian's glass backend stores (bytes); a longer one makes add_document() throw.
inline constexpr std::size_t max_term_bytes = 245;

/**
 * @p term itself when it fits in max_term_bytes; otherwise its first bytes (cut at a UTF-8 character
 * boundary) followed by '#' and 16 hex digits of a 64-bit FNV-1a hash of the whole term, max_term_bytes
 * long at most. Deterministic, so the indexer and the query builder map a long word to the same term
 * (a 330-byte URL stays findable); distinct long words differ unless their hashes collide. A wildcard
 * on the kept beginning still finds it. Never throws; empty input gives "".
 */
[[nodiscard]] auto fit_term(std::string term) -> std::string;

}  // namespace unres::schema
