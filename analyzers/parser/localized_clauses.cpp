/// @file
/// @brief Localised clauses and verb keys (see localized_clauses.hpp).
#include "analyzers/parser/localized_clauses.hpp"

#include "analyzers/parser/clause_lexicon.hpp"
#include "analyzers/parser/opening_verb.hpp"
#include "analyzers/text/canonical_values.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace unres::analyzers {

void localize_clauses(Resolution& resolution) {
    const std::string& language = resolution.language;
    if (language == "en") return;
    const ClauseLexicon& lexicon = ClauseLexicon::for_language(language);
    for (auto& p : resolution.paragraphs) {
        const auto match = lexicon.match(p.text);
        if (!match.phrase.empty()) {
            p.clause = match.phrase;
        } else if (language == "zh") {
            p.clause.clear();
        }
        p.clause_key = schema::clause_key(p.clause);
        p.verb = opening_verb(language, p.clause, p.text, !match.phrase.empty(), lexicon);
    }
}

auto verb_key(const std::string& language, const Paragraph& paragraph) -> std::string {
    if (paragraph.clause.empty()) return "";
    const auto kind = paragraph.kind == ParagraphKind::Operative    ? ClauseKind::Operative
                      : paragraph.kind == ParagraphKind::Preambular ? ClauseKind::Preambular
                                                                    : ClauseKind::Unknown;
    const auto match = ClauseLexicon::for_language(language).match(paragraph.clause, kind);
    if (!match.key.empty()) return match.key;
    // English: the verb after an adverb ("Strongly urges" -> "urges", "Deeply concerned" -> "concerned").
    std::string_view rest(paragraph.clause_key);
    std::string word = first_word(rest);
    while (word.size() > 3 && word.compare(word.size() - 2, 2, "ly") == 0 && rest.size() > word.size() + 1) {
        rest.remove_prefix(word.size() + 1);
        word = first_word(rest);
    }
    return word.empty() ? paragraph.verb : word;
}

}  // namespace unres::analyzers
