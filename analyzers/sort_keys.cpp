/// @file
/// @brief Encodes the date, document and citation sort orders as byte-comparable strings.
#include "analyzers/sort_keys.hpp"

#include <algorithm>

namespace unres::schema {

namespace {

/// Below every character of a symbol (' ' is the lowest), so a shorter symbol sorts first.
constexpr char separator = '\x1f';
constexpr std::size_t count_width = 6;
constexpr std::size_t largest_count = 999999;
constexpr std::size_t order_width = 6;

/// @p value as @p width decimal digits, clamped to what they can hold.
auto fixed(std::size_t value, std::size_t width) -> std::string {
    std::string digits(width, '0');
    for (std::size_t i = width; i-- > 0 && value > 0; value /= 10) {
        digits[i] = static_cast<char>('0' + value % 10);
    }
    if (value > 0) digits.assign(width, '9');  // did not fit
    return digits;
}

/// Each digit becomes 9 minus itself: ascending order of the result is descending order of @p digits.
auto complement(std::string digits) -> std::string {
    for (auto& c : digits) c = static_cast<char>('9' - (c - '0'));
    return digits;
}

/// "YYYYMMDD" from "YYYY-MM-DD" or "YYYYMMDD"; "00000000" when it is neither.
auto date_digits(std::string_view adopted) -> std::string {
    std::string digits;
    for (char c : adopted) {
        if (c >= '0' && c <= '9') {
            digits.push_back(c);
        } else if (c != '-') {
            return "00000000";
        }
    }
    return digits.size() == 8 ? digits : "00000000";
}

/// Each run of digits is preceded by its length ('1'…'9'), so numbers compare by value: "78/9" <
/// "78/45" < "78/100". Non-digits are kept, so letters still sort after digits.
auto natural(std::string_view symbol) -> std::string {
    std::string out;
    for (std::size_t i = 0; i < symbol.size();) {
        if (symbol[i] < '0' || symbol[i] > '9') {
            out.push_back(symbol[i++]);
            continue;
        }
        std::size_t end = i;
        while (end < symbol.size() && symbol[end] >= '0' && symbol[end] <= '9') ++end;
        out.push_back(static_cast<char>('0' + std::min<std::size_t>(end - i, 9)));
        out.append(symbol.substr(i, end - i));
        i = end;
    }
    return out;
}

auto tail(const SortPosition& position) -> std::string {
    std::string key = natural(position.symbol);
    key += separator;
    key += fixed(position.order, order_width);
    key += separator;
    key += position.language;
    return key;
}

}  // namespace

auto date_sort_key(const SortPosition& position) -> std::string {
    return complement(date_digits(position.adopted)) + tail(position);
}

auto document_sort_key(const SortPosition& position) -> std::string {
    const auto session = static_cast<std::size_t>(std::max(position.session, 0));
    return fixed(session, 4) + date_digits(position.adopted) + tail(position);
}

auto cited_sort_key(const SortPosition& position, std::size_t cited_by) -> std::string {
    return complement(fixed(std::min(cited_by, largest_count), count_width)) + tail(position);
}

auto with_cited_by(std::string_view key, std::size_t cited_by) -> std::string {
    std::string out = complement(fixed(std::min(cited_by, largest_count), count_width));
    if (key.size() >= count_width) out.append(key.substr(count_width));
    return out;
}

auto cited_by_of(std::string_view key) -> std::size_t {
    if (key.size() < count_width) return 0;
    std::size_t count = 0;
    for (char c : key.substr(0, count_width)) {
        if (c < '0' || c > '9') return 0;
        count = count * 10 + static_cast<std::size_t>('9' - c);
    }
    return count;
}

}  // namespace unres::schema
