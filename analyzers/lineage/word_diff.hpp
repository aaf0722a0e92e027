/// @file
/// @brief Minimal word-level diff (LCS over whitespace-separated words) between two paragraph versions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace unres::analyzers {

/// What a run of words does on the way from the old text to the new one.
enum class DiffOp { Equal, Delete, Insert };

/// "equal" | "delete" | "insert".
[[nodiscard]] auto diff_op_name(DiffOp op) -> std::string;

/// Consecutive words with the same fate, joined by single spaces.
struct DiffRun {
    DiffOp op = DiffOp::Equal;
    std::string text;
};

/**
 * The shortest word diff from @p before to @p after: words are split at whitespace (punctuation
 * stays on its word, so "Convention" -> "Convention," is one replaced word). Runs alternate; where
 * both a delete and an insert stand between two equal runs, the delete comes first. Ties between
 * equally short diffs keep the earliest common words. Empty texts give no runs for that side. Words
 * compare with dash and quote print variants folded, and a deletion replaced by the same letters spaced
 * otherwise ("see king" -> "seeking", a word the layout split) is no edit: one equal run, as the newer
 * text prints it.
 */
[[nodiscard]] auto word_diff(std::string_view before, std::string_view after) -> std::vector<DiffRun>;

/// The diff as plain text with markers: deleted words in ~~…~~, inserted ones in **…**.
[[nodiscard]] auto diff_markup(const std::vector<DiffRun>& runs) -> std::string;

/// True when the runs hold no insert or delete.
[[nodiscard]] auto is_unchanged(const std::vector<DiffRun>& runs) -> bool;

}  // namespace unres::analyzers
