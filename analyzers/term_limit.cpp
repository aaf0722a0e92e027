/// @file
/// @brief Truncated, hashed forms of terms longer than Xapian's limit.
#include "analyzers/term_limit.hpp"

#include <cstdint>
#include <cstdio>

namespace unres::schema {

namespace {
/// '#' and 16 hex digits.
constexpr std::size_t hash_suffix_bytes = 17;
}  // namespace

auto fit_term(std::string term) -> std::string {
    if (term.size() <= max_term_bytes) return term;
    std::uint64_t hash = 14695981039346656037ULL;  // FNV-1a, 64 bits: stable across builds and hosts
    for (const char c : term) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
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
