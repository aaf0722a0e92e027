/// @file
/// @brief Aligns each paragraph of a resolution with its counterpart in the previous one of its series.
#pragma once

#include "analyzers/text/analyzer.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unres::analyzers {

/// How a paragraph changed since the previous resolution of its series.
enum class ChangeClass { Unchanged, Edited, New };

/// "unchanged" | "edited" | "new".
[[nodiscard]] auto change_name(ChangeClass change) -> std::string;
/// Inverse of change_name(); std::nullopt for any other string.
[[nodiscard]] auto change_from_name(std::string_view name) -> std::optional<ChangeClass>;

/// One paragraph as the aligner sees it.
struct AlignedParagraph {
    std::string id;                  ///< "pp12"
    std::string kind;                ///< "preambular" | "operative" | "annex"
    std::string text;                ///< clean text
    std::vector<std::string> forms;  ///< sorted, distinct analysed word forms (see paragraph_forms())
};

/// The sorted, distinct exact forms @p analyzer gives @p text ("Noting" -> "noting").
[[nodiscard]] auto paragraph_forms(const Analyzer& analyzer, std::string_view text)
    -> std::vector<std::string>;

/// Dice coefficient of two sorted, distinct form lists: 2|A∩B| / (|A|+|B|); 1 for two empty lists.
[[nodiscard]] auto form_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b)
    -> double;

/// The fate of one paragraph of the newer resolution.
struct ParagraphMatch {
    std::optional<std::size_t> predecessor;  ///< index into the older resolution's paragraphs
    double similarity = 0;                   ///< form_similarity() with the predecessor, 0 if new
    ChangeClass change = ChangeClass::New;
    bool moved = false;  ///< its predecessor stands elsewhere in the order (not just renumbered)
};

/// All paragraphs of the newer resolution, in order, plus the older paragraphs nobody took.
struct Alignment {
    std::vector<ParagraphMatch> matches;  ///< one per paragraph of the newer resolution
    std::vector<std::size_t> dropped;     ///< indices of older paragraphs without successor, in order
};

/// Paragraphs less similar than this to every candidate are new.
constexpr double min_alignment_similarity = 0.5;

/**
 * Pairs paragraphs one to one, most similar pairs first (form_similarity() at least
 * min_alignment_similarity). Ties go to identical text, then to the same kind, then to the pair
 * closest in order. A paired paragraph is unchanged when its words are the same (whitespace
 * aside), edited otherwise; one without a pair is new. Moved paragraphs are those outside the
 * longest run of pairs that keeps the older order. Either side may be empty.
 */
[[nodiscard]] auto align_paragraphs(const std::vector<AlignedParagraph>& older,
                                    const std::vector<AlignedParagraph>& newer) -> Alignment;

}  // namespace unres::analyzers
