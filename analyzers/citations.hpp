/// @file
/// @brief The resolutions a paragraph cites: symbols in running text, resolutions only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace unres::analyzers {

/**
 * Every resolution cited in @p text, normalised (normalise_symbol), in order, each once. Full
 * symbols are taken when they are resolutions (A/RES/…, S/RES/…, E/RES/…); reports and drafts
 * (A/78/409, A/80/L.6) are not. Short General Assembly forms (78/45, 54/54 B, 2758 (XXVI)) are taken
 * unless the nearest preceding "resolution"/"decision" word makes them a decision or another body's
 * resolution ("decision 77/543", "Human Rights Council resolution 52/10"); numbers after "Security
 * Council resolution(s)" read as S/RES/N (YYYY). Empty text gives an empty list.
 */
[[nodiscard]] auto find_cites(std::string_view text) -> std::vector<std::string>;

/// Appends the items of @p more not yet in @p list, keeping order.
void append_unique(std::vector<std::string>& list, const std::vector<std::string>& more);

}  // namespace unres::analyzers
