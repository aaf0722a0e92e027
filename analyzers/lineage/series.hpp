/// @file
/// @brief Series of resolutions renegotiated session after session: the key that groups them.
#pragma once

#include "analyzers/parser/resolution.hpp"

#include <map>
#include <string>
#include <string_view>

namespace unres::analyzers {

/**
 * Decides which series a resolution belongs to. The rule (docs/LINEAGE.md): resolutions with the
 * same title, in the same language, form one series; the title is compared case-folded with
 * punctuation and spacing ignored, because agenda item numbers change every session (99 (m) in
 * the 78th, 98 (l) in the 79th) while the title of a recurring resolution does not. An override
 * file maps symbols to a series key, for series whose title changed or titles shared by unrelated
 * resolutions.
 */
class SeriesRules {
  public:
    /// No overrides: the title rule alone.
    SeriesRules() = default;
    /**
     * Overrides from text: one "SYMBOL KEY" per line (symbol in any form normalise_symbol() takes,
     * key a word without spaces); '#' starts a comment; malformed lines are skipped (analyzers are
     * total).
     */
    [[nodiscard]] static auto from_text(std::string_view text) -> SeriesRules;
    /// The rules compiled in from analyzers/data/series.txt.
    [[nodiscard]] static auto embedded() -> const SeriesRules&;

    /// "en:implementation-of-the-convention-…" or "en:=KEY" for an override; "" for a resolution
    /// without symbol or title (it belongs to no series).
    [[nodiscard]] auto key(const Resolution& resolution) const -> std::string;
    /// Number of overrides.
    [[nodiscard]] auto size() const -> std::size_t { return m_overrides.size(); }

  private:
    std::map<std::string, std::string> m_overrides;  ///< canonical symbol -> key
};

/// The title part of a series key: ASCII case-folded, every run of non-alphanumeric ASCII
/// characters one '-', UTF-8 kept; the parts that change from one session to the next dropped —
/// years and bienniums ("2026", "2026–2027"), English ordinals ("seventy-ninth", "80th") — so that
/// "… for the biennium 2026–2027" follows "… for the biennium 2024–2025"; cut to at most 160 bytes
/// (plus a hash of the whole) so that the key fits in a Xapian term. "" for an empty title.
[[nodiscard]] auto title_series_key(std::string_view title) -> std::string;

}  // namespace unres::analyzers
