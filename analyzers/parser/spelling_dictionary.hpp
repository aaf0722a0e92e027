/// @file
/// @brief Is this a word of the language? Debian's hunspell dictionaries for the official languages.
#pragma once

#include <optional>
#include <string>

namespace unres::analyzers {

/**
 * Whether @p word (UTF-8, as printed: case is the dictionary's business) is a word of @p language
 * ("en", "fr", "es", "ru", "ar") by the system's hunspell dictionary (British English for "en", as the
 * UN spells). std::nullopt when there is no dictionary for the language or it is not installed.
 * Dictionaries load once per thread, on first use; answers are cached per thread.
 */
[[nodiscard]] auto dictionary_knows(const std::string& language, const std::string& word)
    -> std::optional<bool>;

}  // namespace unres::analyzers
