/// @file
/// @brief The query lexer: operators, parentheses, quoted phrases, field:value words, signs and '*'.
#include "searcher/query_lexer.hpp"

#include "analyzers/error.hpp"
#include "analyzers/parser/symbol.hpp"
#include "analyzers/text/ascii.hpp"

namespace unres::searcher {
namespace {

auto is_space(char c) -> bool {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
auto ends_word(char c) -> bool { return is_space(c) || c == '(' || c == ')' || c == '"'; }

/// Reads a quoted phrase starting at the '"' at @p i; returns its text and moves @p i past it.
auto read_quoted(const std::string& q, std::size_t& i) -> std::string {
    const std::size_t open = i;
    const std::size_t close = q.find('"', open + 1);
    if (close == std::string::npos) {
        throw UsageError("query: unterminated '\"' at column " + std::to_string(open + 1));
    }
    i = close + 1;
    return q.substr(open + 1, close - open - 1);
}

}  // namespace

auto lex_query(const std::string& q, bool (*is_field)(const std::string&)) -> std::vector<QueryToken> {
    std::vector<QueryToken> out;
    std::size_t i = 0;
    while (i < q.size()) {
        if (is_space(q[i])) {
            ++i;
            continue;
        }
        QueryToken token;
        token.column = i + 1;
        if (q[i] == '(' || q[i] == ')') {
            token.type = q[i] == '(' ? QueryToken::Type::LParen : QueryToken::Type::RParen;
            out.push_back(token);
            ++i;
            continue;
        }
        if ((q[i] == '+' || q[i] == '-' || q[i] == '=') && i + 1 < q.size() && !ends_word(q[i + 1])) {
            token.sign = q[i++];
        } else if ((q[i] == '+' || q[i] == '-' || q[i] == '=') && i + 1 < q.size() && q[i + 1] == '"') {
            token.sign = q[i++];
        }
        if (q[i] == '"') {
            token.type = QueryToken::Type::Phrase;
            token.text = read_quoted(q, i);
            out.push_back(token);
            continue;
        }
        std::size_t end = i;
        while (end < q.size() && !ends_word(q[end])) ++end;
        // A UN symbol is one word although it may hold a space and brackets, as printed:
        // "S/RES/2728 (2024)", "1514 (XV)", "217 A (III)", "54/54 B" (also after "cites:").
        const std::size_t colon = q.find(':', i);
        const std::size_t value = colon < end ? colon + 1 : i;
        if (const std::size_t n = analyzers::symbol_length(q, value); value + n > end) end = value + n;
        std::string word = q.substr(i, end - i);
        i = end;
        if (const auto colon = word.find(':'); colon != std::string::npos && colon > 0) {
            const std::string name = analyzers::ascii_lower(word.substr(0, colon));  // "Title:" is "title:"
            if (is_field(name)) {
                token.field = name;
                word.erase(0, colon + 1);
                if (word.empty() && i < q.size() && q[i] == '"') {
                    token.type = QueryToken::Type::Phrase;
                    token.text = read_quoted(q, i);
                    out.push_back(token);
                    continue;
                }
                if (word.empty()) {
                    throw UsageError("query: '" + name + ":' at column " + std::to_string(token.column) +
                                     " needs a value");
                }
            }
        }
        if (token.sign == 0 && token.field.empty()) {
            if (word == "AND") token.type = QueryToken::Type::And;
            if (word == "OR") token.type = QueryToken::Type::Or;
            if (word == "NOT") token.type = QueryToken::Type::Not;
        }
        if (word.size() > 1 && word.back() == '*') {
            token.wildcard = true;
            word.pop_back();
        }
        token.text = word;
        out.push_back(token);
    }
    return out;
}

}  // namespace unres::searcher
