/// @file
/// @brief The escaping no library covers: URL (form) encoding and decoding.
#pragma once

#include <string>
#include <string_view>

namespace unres::searcher {

/**
 * Encodes @p text as one application/x-www-form-urlencoded value: ASCII letters, digits and
 * `-_.~` stay, a space becomes `+`, every other byte becomes `%XX` (upper-case hex).
 * The result is safe inside a query string and, being pure ASCII without `<>&"'`, inside an
 * HTML attribute too. Empty input gives "".
 */
[[nodiscard]] auto url_encode(std::string_view text) -> std::string;

/**
 * Decodes one form-encoded name or value: `+` becomes a space and `%XX` (either case) the byte
 * it names. A `%` not followed by two hex digits is kept literally, as browsers do. The result
 * may be invalid UTF-8; pass it through analyzers::repair_utf8(). Never throws.
 */
[[nodiscard]] auto url_decode(std::string_view text) -> std::string;

}  // namespace unres::searcher
