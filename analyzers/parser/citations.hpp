/// @file
/// @brief The resolutions a paragraph cites: symbols in running text, resolutions only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace unres::analyzers {

/**
 * Every resolution cited in @p text, normalised (normalise_symbol) and recorded with its issuing
 * body, in order, each once. Full symbols are taken when they are resolutions (A/RES/…, S/RES/…,
 * A/HRC/RES/…, E/RES/…); reports and drafts (A/78/409, A/80/L.6) are not. A short number is a
 * resolution only within reach of a "resolution(s)" keyword (to the next ';' or sentence end), and
 * the words before that keyword name the body: "its"/"General Assembly"/none -> A/RES/78/45 (also
 * 1514 (XV), 54/54 B); "Security Council" -> S/RES/1325(2000); "Human Rights Council" ->
 * A/HRC/RES/60/5 (A/HRC/RES/S-35/1); "Economic and Social Council" -> E/RES/2023/1; any other
 * body ("Commission on Human Rights"), a "decision", a number after another series' code
 * ("CL 144/9") or no keyword at all ("general comment No. 12 (1999)") -> nothing. A lower-case
 * word before the keyword ("in particular resolutions") keeps the body named before. Empty text
 * gives an empty list.
 */
[[nodiscard]] auto find_cites(std::string_view text) -> std::vector<std::string>;

/// Appends the items of @p more not yet in @p list, keeping order.
void append_unique(std::vector<std::string>& list, const std::vector<std::string>& more);

}  // namespace unres::analyzers
