/// @file
/// @brief UN document symbols (A/RES/78/45, 54/54 B, A/78/409, S/RES/2728 (2024)): recognise and normalise.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace unres::analyzers {

/**
 * Length in bytes of the UN document symbol that starts at @p pos of @p text, or 0 if none does.
 * Recognises A/RES/78/45, A/RES/54/54 B (a part letter after one space), A/78/409, A/80/L.6,
 * A/C.1/78/L.5, S/RES/2728 (2024), E/RES/2023/1, the short form 78/45 (also 54/54 B), and old
 * symbols with a Roman session 2758 (XXVI). A symbol must not be glued to a preceding letter or digit.
 */
[[nodiscard]] auto symbol_length(std::string_view text, std::size_t pos = 0) -> std::size_t;

/// A canonical symbol as the UN prints it: "A/RES/54/54B" -> "A/RES/54/54 B", "S/RES/2728(2024)" ->
/// "S/RES/2728 (2024)", "A/RES/217A(III)" -> "A/RES/217 A (III)"; others unchanged.
[[nodiscard]] auto printed_symbol(std::string_view canonical) -> std::string;

/// A paragraph anchor as stored ("op1", "pp12", "an3"): results print "OP1", so anchors are read in any case.
[[nodiscard]] auto normalise_anchor(std::string_view anchor) -> std::string;

/**
 * The canonical form of a symbol: upper case, no spaces, with the A/RES/ prefix supplied for a
 * short General Assembly form. "78/45" -> "A/RES/78/45", "54/54 B" -> "A/RES/54/54B",
 * "a/res/78/45" -> "A/RES/78/45", "S/RES/2728 (2024)" -> "S/RES/2728(2024)", "2758 (XXVI)" ->
 * "A/RES/2758(XXVI)", "A/78/409" -> "A/78/409". std::nullopt if @p text is not a whole symbol.
 */
[[nodiscard]] auto normalise_symbol(std::string_view text) -> std::optional<std::string>;

/// The short form of a GA resolution symbol ("A/RES/78/45" -> "78/45", "A/RES/54/54B" -> "54/54B");
/// "" for any symbol that has none.
[[nodiscard]] auto short_symbol(const std::string& canonical) -> std::string;

/// Symbol as a file name stem: "A/RES/78/45" -> "A-RES-78-45".
/// The body that adopted the resolution of @p canonical symbol: "Security Council" (S/RES/…),
/// "Human Rights Council" (A/HRC/RES/…), "Economic and Social Council" (E/RES/…), else "General Assembly".
[[nodiscard]] auto issuing_body(std::string_view canonical) -> std::string_view;

}  // namespace unres::analyzers
