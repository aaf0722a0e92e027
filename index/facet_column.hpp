/// @file
/// @brief The facet column: every document's packed facet value as a code in one array beside the index.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace unres::schema {

/// The column's file inside a database directory.
inline constexpr std::string_view facet_column_file = "unres.facets";

/**
 * ValueSlot::Facets of a whole database read into one array, docid -> code, plus the distinct packed
 * values the codes stand for. A match spy then counts a document with one array read instead of a
 * value-stream step (a B-tree look-up when matches are sparse), which is what makes exact facets over
 * a million matches cheap. It is derived data: written by the indexer after its last commit, stamped
 * with the database's UUID, revision and last docid, and used only when all three still match, so a
 * missing, stale or damaged column only means counting from the value stream again.
 */
class FacetColumn {
  public:
    /// The column in @p dir if it was built from @p db as it is now (same UUID, revision and last
    /// docid) and is well formed; std::nullopt otherwise. Never throws.
    [[nodiscard]] static auto open(const Xapian::Database& db, const std::string& dir)
        -> std::optional<FacetColumn>;

    FacetColumn(FacetColumn&&) noexcept;
    auto operator=(FacetColumn&&) noexcept -> FacetColumn&;
    ~FacetColumn();

    /// The code of @p did's packed value: 0 for none (or a docid past the end), else 1..values().
    [[nodiscard]] auto code(Xapian::docid did) const -> std::uint32_t {
        return did <= m_last_docid ? m_codes[did] : 0;
    }
    /// The number of distinct packed values.
    [[nodiscard]] auto values() const -> std::uint32_t { return m_values; }
    /// The packed value of @p code (1..values()).
    [[nodiscard]] auto value(std::uint32_t code) const -> std::string_view;

  private:
    FacetColumn() = default;
    struct Mapping;
    std::unique_ptr<Mapping> m_mapping;
    const std::uint32_t* m_codes = nullptr;
    const std::uint32_t* m_offsets = nullptr;  ///< values() + 1 offsets into m_blob
    const char* m_blob = nullptr;
    Xapian::docid m_last_docid = 0;
    std::uint32_t m_values = 0;
};

/**
 * Writes the facet column of @p db into @p dir (the directory @p db was opened from), replacing any
 * older one atomically; does nothing if the column there is already current. Throws what Xapian throws
 * and std::runtime_error naming the file if it cannot be written.
 */
void write_facet_column(const Xapian::Database& db, const std::string& dir);

}  // namespace unres::schema
