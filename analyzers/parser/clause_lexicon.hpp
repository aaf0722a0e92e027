/// @file
/// @brief The clause lexicon: standard opening phrases of preambular and operative paragraphs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace unres::analyzers {

/// Which kind of paragraph a lexicon phrase opens.
enum class ClauseKind { Unknown, Preambular, Operative };

/// A phrase found at the start of a paragraph.
struct ClauseMatch {
    std::string phrase;  ///< as printed in the paragraph (not as listed): "Noting with deep regret"
    ClauseKind kind = ClauseKind::Unknown;
    std::string key;  ///< cross-language verb key from the lexicon ("urges"), "" when none is listed
};

/**
 * Opening phrases read from a lexicon file (format documented atop analyzers/data/clauses.en.txt):
 * one phrase a line, '#' comments, "[preambular]" / "[operative]" sections, and an optional
 * " = key" after a phrase naming its English verb key ("Prie instamment = urges").
 */
class ClauseLexicon {
  public:
    /// Parses lexicon text; never throws (unknown section names put phrases in ClauseKind::Unknown).
    explicit ClauseLexicon(std::string_view data);

    /// The English lexicon compiled into the library (analyzers/data/clauses.en.txt).
    [[nodiscard]] static auto english() -> const ClauseLexicon&;

    /// The lexicon compiled in for @p language (analyzers/data/clauses.<language>.txt); the English
    /// one for "en" and for languages without a lexicon.
    [[nodiscard]] static auto for_language(const std::string& language) -> const ClauseLexicon&;

    /**
     * The longest phrase that opens @p text on whole-word boundaries, the first letter's case
     * ignored (ASCII letters only); a phrase ending in a Han character needs no boundary, as Chinese
     * prints none. Empty phrase when none does (or @p text is empty). A phrase listed for both kinds
     * gives the entry of kind @p prefer when there is one, else the first listed.
     */
    [[nodiscard]] auto match(std::string_view text, ClauseKind prefer = ClauseKind::Unknown) const
        -> ClauseMatch;

    /// Number of phrases loaded.
    [[nodiscard]] auto size() const -> std::size_t { return m_entries.size(); }

  private:
    struct Entry {
        std::string phrase;
        ClauseKind kind;
        std::string key;
    };
    std::vector<Entry> m_entries;  // sorted by phrase, longest first among equal prefixes
    /// Indices into m_entries by the lower-cased first byte of their phrase, in m_entries' order:
    /// match() only tries the phrases that can start the text.
    std::vector<std::vector<std::size_t>> m_by_first_byte;
};

/// The first word of @p text without trailing punctuation ("Wishing" from "Wishing to …"); "" if none.
[[nodiscard]] auto first_word(std::string_view text) -> std::string;

}  // namespace unres::analyzers
