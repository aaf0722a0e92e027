/// @file
/// @brief Word-level LCS diff and its marker rendering.
#include "analyzers/lineage/word_diff.hpp"

#include "analyzers/parser/print_variants.hpp"

#include <algorithm>
#include <cstdint>

namespace unres::analyzers {

namespace {

auto split_words(std::string_view text) -> std::vector<std::string_view> {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r'))
            ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t' && text[i] != '\r')
            ++i;
        if (i > start) words.push_back(text.substr(start, i - start));
    }
    return words;
}

void append(std::vector<DiffRun>& runs, DiffOp op, std::string_view word) {
    if (!runs.empty() && runs.back().op == op) {
        runs.back().text.push_back(' ');
        runs.back().text.append(word);
        return;
    }
    runs.push_back({op, std::string(word)});
}

/// @p words run together, print variants folded.
auto squeezed(const std::vector<std::string_view>& words) -> std::string {
    std::string out;
    for (auto word : words) out += fold_print_variants(word);
    return out;
}

/// Collects the deleted and inserted words between two equal words, then writes them as one
/// delete run followed by one insert run.
struct Pending {
    std::vector<std::string_view> deleted;
    std::vector<std::string_view> inserted;

    void flush(std::vector<DiffRun>& runs) {
        if (!deleted.empty() && squeezed(deleted) == squeezed(inserted)) {
            // "see king" -> "seeking": the same letters spaced otherwise are no edit.
            for (auto word : inserted) append(runs, DiffOp::Equal, word);
            deleted.clear();
            inserted.clear();
            return;
        }
        for (auto word : deleted) append(runs, DiffOp::Delete, word);
        for (auto word : inserted) append(runs, DiffOp::Insert, word);
        deleted.clear();
        inserted.clear();
    }
};

}  // namespace

auto diff_op_name(DiffOp op) -> std::string {
    switch (op) {
        case DiffOp::Equal:
            return "equal";
        case DiffOp::Delete:
            return "delete";
        case DiffOp::Insert:
            return "insert";
    }
    return "equal";
}

auto word_diff(std::string_view before, std::string_view after) -> std::vector<DiffRun> {
    // Words compare with their print variants folded ("2030‑2031" = "2030-2031"); runs show them as printed.
    const std::string before_folded = fold_print_variants(before);
    const std::string after_folded = fold_print_variants(after);
    const auto a = split_words(before_folded);
    const auto b = split_words(after_folded);
    const auto a_printed = split_words(before);
    const auto b_printed = split_words(after);
    // Common prefix and suffix first: most versions differ in a few words, which keeps the table small.
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
        ++tail;
    }
    const std::size_t n = a.size() - head - tail;
    const std::size_t m = b.size() - head - tail;
    // lcs[i][j]: LCS length of a[head+i..] and b[head+j..].
    std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
    const auto at = [m](std::size_t i, std::size_t j) { return i * (m + 1) + j; };
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
            lcs[at(i, j)] = a[head + i] == b[head + j] ? lcs[at(i + 1, j + 1)] + 1
                                                       : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        }
    }
    std::vector<DiffRun> runs;
    for (std::size_t k = 0; k < head; ++k) append(runs, DiffOp::Equal, b_printed[k]);
    Pending pending;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[head + i] == b[head + j]) {
            pending.flush(runs);
            append(runs, DiffOp::Equal, b_printed[head + j]);
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
            pending.deleted.push_back(a_printed[head + i++]);
        } else {
            pending.inserted.push_back(b_printed[head + j++]);
        }
    }
    pending.flush(runs);
    for (std::size_t k = b.size() - tail; k < b.size(); ++k) append(runs, DiffOp::Equal, b_printed[k]);
    return runs;
}

auto diff_markup(const std::vector<DiffRun>& runs) -> std::string {
    std::string out;
    for (const auto& run : runs) {
        if (!out.empty()) out.push_back(' ');
        switch (run.op) {
            case DiffOp::Equal:
                out += run.text;
                break;
            case DiffOp::Delete:
                out += "~~" + run.text + "~~";
                break;
            case DiffOp::Insert:
                out += "**" + run.text + "**";
                break;
        }
    }
    return out;
}

auto is_unchanged(const std::vector<DiffRun>& runs) -> bool {
    for (const auto& run : runs) {
        if (run.op != DiffOp::Equal) return false;
    }
    return true;
}

}  // namespace unres::analyzers
