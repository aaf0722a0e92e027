/// @file
/// @brief Checks that the language versions of one resolution align paragraph by paragraph.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace unres::indexer {

/**
 * Compares the paragraph ids of every language version of @p symbol indexed in @p db (their
 * resolution records) with the reference version (English if indexed, else the first language in
 * UN order). Versions align when they have the same paragraph ids ("op5" in each), which is what
 * lets `--show A/RES/78/45#op5 --lang fr` switch languages. One warning line per version that
 * differs, giving both counts and the first ids found in one only:
 * "A/RES/78/45: fr has 12 paragraphs, en has 13 (only in en: op13)". Empty when one or no version
 * is indexed or all align. Throws only Xapian errors.
 */
[[nodiscard]] auto alignment_warnings(const Xapian::Database& db, const std::string& symbol)
    -> std::vector<std::string>;

}  // namespace unres::indexer
