/// @file
/// @brief A query that is one resolution symbol alone: that resolution first, in document order, then its
/// citers.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>

namespace unres::searcher {

/**
 * The canonical symbol of the resolution @p query names when the query is nothing but one
 * resolution symbol, in any accepted spelling ("A/RES/79/34", "79/34", "a/res/79/34",
 * "S/RES/2728 (2024)", "1514 (XV)", "54/54 B"); std::nullopt for anything else, including other
 * documents' symbols (A/78/409) and empty text.
 */
[[nodiscard]] auto lone_resolution_symbol(const std::string& query) -> std::optional<std::string>;

/**
 * The paragraphs of resolution @p symbol (canonical), weighted so that they rank first in
 * document order, OR the paragraphs @p mentions matches or that cite it (scored as usual, below
 * them). A paragraph never holds its own resolution's symbol, so a plain word query would miss the
 * resolution a librarian typed. @p db sizes the weights (the resolution's paragraph count).
 */
[[nodiscard]] auto resolution_then_citers(const Xapian::Database& db, const std::string& symbol,
                                          const Xapian::Query& mentions) -> Xapian::Query;

}  // namespace unres::searcher
