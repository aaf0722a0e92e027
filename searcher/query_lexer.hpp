/// @file
/// @brief Splits a query string into operators, parentheses, phrases and words (with field, sign, wildcard).
#pragma once

#include <string>
#include <vector>

namespace unres::searcher {

/// One lexical item of the query language.
struct QueryToken {
    enum class Type { Word, Phrase, And, Or, Not, LParen, RParen };
    Type type = Type::Word;
    std::string text;        ///< the word or phrase (without field, sign, quotes or '*')
    std::string field;       ///< "title" in title:word; "" for none
    char sign = 0;           ///< '+', '-' or '=' written before the item; 0 for none
    bool wildcard = false;   ///< the word ends in '*'
    std::size_t column = 1;  ///< 1-based column of the item in the query, for error messages
};

/**
 * Tokenises @p query. Throws UsageError for an unterminated quote ("query: unterminated '\"' at
 * column 5"). A name before ':' counts as a field only when @p is_field(name) is true.
 */
[[nodiscard]] auto lex_query(const std::string& query, bool (*is_field)(const std::string&))
    -> std::vector<QueryToken>;

}  // namespace unres::searcher
