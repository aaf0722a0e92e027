/// @file
/// @brief Clause, verb and cross-language verb key of paragraphs in any of the six languages.
#pragma once

#include "analyzers/parser/resolution.hpp"

#include <string>

namespace unres::analyzers {

/**
 * Redoes clause, clause_key and verb of every paragraph of a resolution that is not in English,
 * with the lexicon of resolution.language: keys are lower-cased in full Unicode ("Настоятельно
 * призывает" -> "настоятельно призывает"); Chinese clauses come only from the lexicon (no spaces
 * to find a first word by); an Arabic "إذ تشير" has the verb "تشير". English is left untouched.
 */
void localize_clauses(Resolution& resolution);

/**
 * The English key of a paragraph's opening verb, the same in every language: "Prie instamment",
 * "Insta", "Настоятельно призывает", "يحث", "敦促", "Urges" and "Strongly urges" all give "urges".
 * From the " = key" of the language's lexicon, else the clause's first word that is not an adverb
 * in "-ly" (so English keys are English verbs). "" for a paragraph without a clause.
 */
[[nodiscard]] auto verb_key(const std::string& language, const Paragraph& paragraph) -> std::string;

}  // namespace unres::analyzers
