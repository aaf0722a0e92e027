/// @file
/// @brief FNV-1a, the one hash of stored names (shards, series keys, long terms, file contents): fixed by
/// its definition, so it never changes between builds or hosts.
#pragma once

#include <cstdint>
#include <string_view>

namespace unres::analyzers {

/// FNV-1a over bytes fed in pieces, in 32 or 64 bits (@p Hash is std::uint32_t or std::uint64_t).
template <typename Hash>
class Fnv1a {
    static_assert(sizeof(Hash) == 4 || sizeof(Hash) == 8, "FNV-1a is defined here for 32 and 64 bits");
    static constexpr Hash offset_basis =
        sizeof(Hash) == 8 ? Hash(14695981039346656037ULL) : Hash(2166136261U);
    static constexpr Hash prime = sizeof(Hash) == 8 ? Hash(1099511628211ULL) : Hash(16777619U);

  public:
    /// Adds @p bytes to the hash.
    void add(std::string_view bytes) {
        for (const char c : bytes) {
            m_hash ^= static_cast<unsigned char>(c);
            m_hash *= prime;
        }
    }

    /// The hash of everything added so far.
    [[nodiscard]] auto value() const -> Hash { return m_hash; }

  private:
    Hash m_hash = offset_basis;
};

/// 64-bit FNV-1a of @p bytes.
[[nodiscard]] inline auto fnv1a_64(std::string_view bytes) -> std::uint64_t {
    Fnv1a<std::uint64_t> hash;
    hash.add(bytes);
    return hash.value();
}

/// 32-bit FNV-1a of @p bytes.
[[nodiscard]] inline auto fnv1a_32(std::string_view bytes) -> std::uint32_t {
    Fnv1a<std::uint32_t> hash;
    hash.add(bytes);
    return hash.value();
}

}  // namespace unres::analyzers
