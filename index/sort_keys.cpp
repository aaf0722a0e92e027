/// @file
/// @brief Encodes the date, document and citation sort orders as byte-comparable strings.
#include "index/sort_keys.hpp"

#include <algorithm>

namespace unres::schema {

namespace {

// Keys are bytes compared in order (Xapian sorts values with memcmp), packed small: every paragraph
// carries three, and any key of at most 15 bytes is copied without an allocation when Xapian reads it.

/// Below every character of a symbol (' ' is the lowest), so a shorter symbol sorts first.
constexpr char separator = '\x1f';
constexpr std::size_t count_width = 3;         ///< bytes of the citation count
constexpr std::size_t largest_count = 999999;  ///< counts above are stored as this

/// @p value as @p width big-endian bytes (clamped), so byte order is numeric order.
auto big_endian(std::size_t value, std::size_t width) -> std::string {
    const std::size_t largest =
        width >= sizeof(std::size_t) ? ~std::size_t{0} : (std::size_t{1} << (8 * width)) - 1;
    value = std::min(value, largest);
    std::string out(width, '\0');
    for (std::size_t i = width; i-- > 0; value >>= 8) out[i] = static_cast<char>(value & 0xFF);
    return out;
}

/// Days from 1940-01-01, plus one (0 for a date that is not "YYYY-MM-DD" or "YYYYMMDD"): two bytes
/// cover adoption dates to 2119.
auto day_number(std::string_view adopted) -> std::size_t {
    std::string digits;
    for (char c : adopted) {
        if (c >= '0' && c <= '9') {
            digits.push_back(c);
        } else if (c != '-') {
            return 0;
        }
    }
    if (digits.size() != 8) return 0;
    const int y = std::stoi(digits.substr(0, 4));
    const int m = std::stoi(digits.substr(4, 2));
    const int d = std::stoi(digits.substr(6, 2));
    if (y < 1940 || y > 2119 || m < 1 || m > 12 || d < 1 || d > 31) return 0;
    // Days since 1940-01-01 (proleptic Gregorian), from the usual civil-to-days formula.
    const auto days_from_civil = [](int year, int month, int day) {
        year -= month <= 2 ? 1 : 0;
        const int era = year / 400;
        const int yoe = year - era * 400;
        const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe;
    };
    return static_cast<std::size_t>(days_from_civil(y, m, d) - days_from_civil(1940, 1, 1)) + 1;
}

/// Each run of digits becomes its length ('1'…'9') and then its digits two to a byte, so numbers
/// compare by value ("78/9" < "78/45" < "78/100") in fewer bytes. Other characters are kept, so
/// letters still sort after digits.
auto natural(std::string_view symbol) -> std::string {
    std::string out;
    for (std::size_t i = 0; i < symbol.size();) {
        if (symbol[i] < '0' || symbol[i] > '9') {
            out.push_back(symbol[i++]);
            continue;
        }
        std::size_t end = i;
        while (end < symbol.size() && symbol[end] >= '0' && symbol[end] <= '9') ++end;
        end = std::min(end, i + 9);  // longer runs continue as a run of their own
        out.push_back(static_cast<char>('0' + (end - i)));
        for (std::size_t k = i; k < end; k += 2) {
            const int high = symbol[k] - '0';
            const int low = k + 1 < end ? symbol[k + 1] - '0' : 0;
            out.push_back(static_cast<char>(high * 10 + low));
        }
        i = end;
    }
    return out;
}

auto tail(const SortPosition& position) -> std::string {
    std::string key = natural(position.symbol);
    key += separator;
    key += big_endian(position.order, 2);
    key += position.language;
    return key;
}

}  // namespace

auto date_sort_key(const SortPosition& position) -> std::string {
    return big_endian(0xFFFF - day_number(position.adopted), 2) + tail(position);
}

auto document_sort_key(const SortPosition& position) -> std::string {
    const auto session = static_cast<std::size_t>(std::max(position.session, 0));
    return big_endian(session, 2) + big_endian(day_number(position.adopted), 2) + tail(position);
}

auto cited_sort_key(const SortPosition& position, std::size_t cited_by) -> std::string {
    return big_endian(largest_count - std::min(cited_by, largest_count), count_width) + tail(position);
}

auto with_cited_by(std::string_view key, std::size_t cited_by) -> std::string {
    std::string out = big_endian(largest_count - std::min(cited_by, largest_count), count_width);
    if (key.size() >= count_width) out.append(key.substr(count_width));
    return out;
}

auto cited_by_of(std::string_view key) -> std::size_t {
    if (key.size() < count_width) return 0;
    std::size_t stored = 0;
    for (char c : key.substr(0, count_width)) stored = stored * 256 + static_cast<unsigned char>(c);
    return stored <= largest_count ? largest_count - stored : 0;  // else not a citation key
}

}  // namespace unres::schema
