/// @file
/// @brief The verb of an opening phrase (see opening_verb.hpp).
#include "analyzers/parser/opening_verb.hpp"

#include "analyzers/parser/clause_lexicon.hpp"
#include "analyzers/text/letters.hpp"
#include "analyzers/text/utf8.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <vector>

namespace unres::analyzers {
namespace {

/// The words of @p text up to @p limit, trailing punctuation removed.
auto words_of(std::string_view text, std::size_t limit) -> std::vector<std::string> {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < text.size() && words.size() < limit) {
        while (i < text.size() && text[i] == ' ') ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ') ++i;
        if (i > start) {
            std::string word = first_word(text.substr(start, i - start));
            if (!word.empty()) words.push_back(word);
        }
    }
    return words;
}

/// A word made of letters only (no digit, slash or mark): "62/50" and "***" are no verbs.
auto all_letters(std::string_view word) -> bool {
    if (word.empty()) return false;
    for (std::size_t i = 0; i < word.size();) {
        const Utf8Step step = utf8_step(word, i);
        i += step.length;
        const char32_t c = step.code_point;
        if (!step.valid || (!is_letter(c) && c != '-' && c != 0x2019 && c != '\'')) {
            return false;
        }
    }
    return true;
}

/// Whether @p lexicon lists @p word (lower-cased) as an opening word, in this form or as "Recognizes" /
/// "Recognizing" for "recognize".
auto lexicon_opens_with(const ClauseLexicon& lexicon, const std::string& word) -> bool {
    for (const std::string& form : {word, word + "s", word + "es"}) {
        const auto match = lexicon.match(form);
        if (!match.phrase.empty() && unicode_lower(match.phrase) == form) return true;
    }
    return false;
}

}  // namespace

auto is_opening_modifier(const std::string& language, std::string_view word) -> bool {
    static const std::array<std::pair<std::string_view, std::string_view>, 5> lists = {{
        {"en",
         " also further furthermore once again still yet ever even most very more we i it they hereby "
         "therefore moreover likewise similarly additionally then now "},
        {"fr",
         " également aussi en outre encore de nouveau nouveau vivement profondément fermement "
         "instamment nous "},
        {"es",
         " también además asimismo nuevamente profundamente firmemente encarecidamente "
         "enérgicamente nosotros "},
        {"ru", " также далее вновь еще ещё глубоко решительно настоятельно твердо будучи мы "},
        {"ar", " إذ وإذ وقد كذلك أيضا أيضاً "},
    }};
    if (word.empty()) return false;
    if (language == "en" && word.size() >= 5 && word.compare(word.size() - 2, 2, "ly") == 0) {
        // Adverbs in -ly ("deeply", "strongly"), not verbs in -ly.
        static const std::array<std::string_view, 7> verbs = {"apply", "supply",   "rely", "comply",
                                                              "reply", "multiply", "rally"};
        for (auto verb : verbs) {
            if (word == verb) return false;
        }
        return true;
    }
    for (const auto& [code, list] : lists) {
        if (code == language) return list.find(" " + std::string(word) + " ") != std::string_view::npos;
    }
    return false;
}

auto opening_verb(const std::string& language, std::string_view clause, std::string_view text, bool listed,
                  const ClauseLexicon& lexicon) -> std::string {
    // The clause's words, then (if they are all modifiers) the text's words after them.
    auto words = words_of(clause, 8);
    if (words.empty()) return "";
    const std::size_t clause_words = words.size();
    const auto text_words = words_of(text, words.size() + 4);
    for (std::size_t k = words.size(); k < text_words.size(); ++k) words.push_back(text_words[k]);
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string word = unicode_lower(words[k]);
        if (is_opening_modifier(language, word)) continue;
        if (!all_letters(word)) return "";
        // A word the phrase does not vouch for must be an opening word the lexicon knows.
        if ((!listed || k >= clause_words) && !lexicon_opens_with(lexicon, word)) return "";
        return word;
    }
    return "";
}

auto match_opening(const std::string& language, std::string_view text, const ClauseLexicon& lexicon)
    -> std::string {
    std::string best = lexicon.match(text).phrase;
    std::size_t at = 0;  // after the adverbs read so far
    for (int k = 0; k < 3; ++k) {
        const auto word = first_word(text.substr(at));
        const auto folded = unicode_lower(word);
        const bool pronoun = folded == "we" || folded == "nous" || folded == "nosotros" || folded == "мы";
        if (word.empty() || pronoun || !is_opening_modifier(language, folded) ||
            at + word.size() >= text.size() || text[at + word.size()] != ' ') {
            break;  // "We reaffirm" in a declaration is no printed opening phrase
        }
        at += word.size() + 1;
        const auto rest = lexicon.match(text.substr(at)).phrase;
        if (!rest.empty() && at + rest.size() > best.size())
            best = std::string(text.substr(0, at + rest.size()));
    }
    return best;
}

}  // namespace unres::analyzers
