/// @file
/// @brief Truncated, hashed forms of terms longer than Xapian's limit.
#include "index/term_limit.hpp"

#include "analyzers/text/fnv_hash.hpp"

#include <cstdint>
#include <cstdio>

namespace unres::schema {

namespace {
/// '#' and 16 hex digits.
constexpr std::size_t hash_suffix_bytes = 17;
}  // namespace

auto fit_term(std::string term) -> std::string {
    if (term.size() <= max_term_bytes) return term;
    const std::uint64_t hash = analyzers::fnv1a_64(term);  // stable across builds and hosts
    std::size_t keep = max_term_bytes - hash_suffix_bytes;
    // Never cut inside a UTF-8 sequence: the vocabulary is shown to users ("did you mean").
    while (keep > 0 && (static_cast<unsigned char>(term[keep]) & 0xC0U) == 0x80U) --keep;
    char suffix[hash_suffix_bytes + 1];
    std::snprintf(suffix, sizeof suffix, "#%016llx", static_cast<unsigned long long>(hash));
    term.resize(keep);
    term += suffix;
    return term;
}

}  // namespace unres::schema
