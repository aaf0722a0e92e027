/// @file
/// @brief The verb of a paragraph's opening phrase: "Also requests" -> "requests", never an adverb.
#pragma once

#include <string>
#include <string_view>

namespace unres::analyzers {

class ClauseLexicon;

/**
 * The verb (or participle or adjective: "concerned", "mindful") that opens @p clause, lower-cased,
 * skipping the adverbs and pronouns of @p language that may precede it ("Also", "Further", "Deeply",
 * "Strongly", "Once again", "We"; "également", "también", "также"; Arabic "إذ"). When the clause holds
 * nothing else ("We", "Once"), the words of @p text after it are read. @p listed: the clause is a
 * lexicon phrase or the printed italics; otherwise (the first word of an unlisted paragraph: "The",
 * "62/50", "Science") the word counts only when @p lexicon lists it (or its third-person or
 * participle form) as an opening word. "" when the paragraph opens with no verb.
 */
[[nodiscard]] auto opening_verb(const std::string& language, std::string_view clause, std::string_view text,
                                bool listed, const ClauseLexicon& lexicon) -> std::string;

/**
 * The opening phrase of @p text by @p lexicon, also when adverbs the lexicon does not list precede a
 * listed phrase: "Strongly deploring", "Urgently calls upon", "Once again encourages" (the adverbs and
 * the phrase, as printed). "" when no listed phrase opens the text.
 */
[[nodiscard]] auto match_opening(const std::string& language, std::string_view text,
                                 const ClauseLexicon& lexicon) -> std::string;

/// Whether @p word (lower-cased) is an adverb or pronoun that may precede the verb of an opening phrase.
[[nodiscard]] auto is_opening_modifier(const std::string& language, std::string_view word) -> bool;

}  // namespace unres::analyzers
