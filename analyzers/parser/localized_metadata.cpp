/// @file
/// @brief Localised opening lines, meeting lines, dates and sessions (see localized_metadata.hpp).
#include "analyzers/parser/localized_metadata.hpp"

#include "analyzers/parser/localized_numbering.hpp"
#include "analyzers/parser/symbol.hpp"

#include <array>
#include <map>

namespace unres::analyzers {
namespace {

auto starts_with(std::string_view s, std::string_view p) -> bool { return s.substr(0, p.size()) == p; }

auto is_digit(char c) -> bool { return c >= '0' && c <= '9'; }

/// Month names as printed in dates, January first; Arabic prints "كانون الأول/ديسمبر", whose
/// second half (after the slash) is enough to know the month.
auto months(const std::string& language) -> const std::vector<std::vector<std::string_view>>& {
    static const std::map<std::string, std::vector<std::vector<std::string_view>>> table = {
        {"fr",
         {{"janvier"},
          {"février"},
          {"mars"},
          {"avril"},
          {"mai"},
          {"juin"},
          {"juillet"},
          {"août"},
          {"septembre"},
          {"octobre"},
          {"novembre"},
          {"décembre"}}},
        {"es",
         {{"enero"},
          {"febrero"},
          {"marzo"},
          {"abril"},
          {"mayo"},
          {"junio"},
          {"julio"},
          {"agosto"},
          {"septiembre", "setiembre"},
          {"octubre"},
          {"noviembre"},
          {"diciembre"}}},
        {"ru",
         {{"января"},
          {"февраля"},
          {"марта"},
          {"апреля"},
          {"мая"},
          {"июня"},
          {"июля"},
          {"августа"},
          {"сентября"},
          {"октября"},
          {"ноября"},
          {"декабря"}}},
        {"ar",
         {{"يناير"},
          {"فبراير"},
          {"مارس"},
          {"أبريل", "ابريل"},
          {"مايو"},
          {"يونيه", "يونيو"},
          {"يوليه", "يوليو"},
          {"أغسطس"},
          {"سبتمبر"},
          {"أكتوبر"},
          {"نوفمبر"},
          {"ديسمبر"}}},
    };
    static const std::vector<std::vector<std::string_view>> none;
    const auto it = table.find(language);
    return it == table.end() ? none : it->second;
}

auto iso(int year, int month, int day) -> std::string {
    if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > 31) return "";
    std::string out = std::to_string(year) + "-";
    out += (month < 10 ? "0" : "") + std::to_string(month) + "-";
    out += (day < 10 ? "0" : "") + std::to_string(day);
    return out;
}

/// Reads up to @p max ASCII digits at the start of @p s (advancing it); -1 if none.
auto read_number(std::string_view& s, std::size_t max) -> int {
    std::size_t n = 0;
    while (n < s.size() && n < max && is_digit(s[n])) ++n;
    if (n == 0 || (n < s.size() && is_digit(s[n]))) return -1;
    const int value = std::stoi(std::string(s.substr(0, n)));
    s.remove_prefix(n);
    return value;
}

auto skip(std::string_view& s, std::string_view word) -> bool {
    if (!starts_with(s, word)) return false;
    s.remove_prefix(word.size());
    return true;
}

/// First date in @p text at a word start, as ISO, "".
auto find_date(std::string_view text, const std::string& language) -> std::string {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!is_digit(text[i]) || (i > 0 && is_digit(text[i - 1]))) continue;
        auto date = localized_date(text.substr(i), language);
        if (!date.empty()) return date;
    }
    return "";
}

}  // namespace

auto is_localized_opening(std::string_view line, const std::string& language) -> bool {
    static const std::map<std::string, std::vector<std::string_view>> organs = {
        {"fr", {"L'Assemblée générale", "L’Assemblée générale", "Le Conseil de sécurité"}},
        {"es", {"La Asamblea General", "El Consejo de Seguridad"}},
        {"ru", {"Генеральная Ассамблея", "Совет Безопасности"}},
        {"ar", {"إن الجمعية العامة", "الجمعية العامة", "إن مجلس الأمن", "مجلس الأمن"}},
        {"zh", {"大会", "安全理事会"}},
    };
    const auto it = organs.find(language);
    if (it == organs.end() || line.size() > 60) return false;
    for (const auto organ : it->second) {
        if (!starts_with(line, organ)) continue;
        auto rest = line.substr(organ.size());
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        // The comma is required: the organ's name alone is the heading line at the top of the page.
        bool comma = false;
        for (std::string_view end : {",", "،", "，", ":", "："}) {
            if (starts_with(rest, end)) {
                rest.remove_prefix(end.size());
                comma = true;
            }
        }
        if (comma && (rest.empty() || rest == "*")) return true;
    }
    return false;
}

auto localized_meeting_number(std::string_view line, const std::string& language) -> int {
    static const std::map<std::string, std::string_view> words = {
        {"fr", "séance plénière"}, {"es", "sesión plenaria"}, {"ru", "пленарное заседание"},
        {"ar", "الجلسة العامة"},   {"zh", "全体会议"},
    };
    const auto it = words.find(language);
    if (it == words.end() || line.size() > 80 || line.find(it->second) == std::string_view::npos) return 0;
    const std::string ascii = ascii_digits(line);
    // The number stands before the words, or (Arabic) after them; nothing else is on the line.
    std::string digits;
    for (char c : ascii) {
        if (is_digit(c)) {
            digits.push_back(c);
        } else if (!digits.empty()) {
            break;
        }
    }
    if (digits.empty() || digits.size() > 5) return 0;
    return std::stoi(digits);
}

auto localized_date(std::string_view raw, const std::string& language) -> std::string {
    const std::string ascii = ascii_digits(raw.substr(0, 80));
    std::string_view s(ascii);
    if (language == "zh") {  // 2023年12月4日
        const int year = read_number(s, 4);
        if (year < 0 || !skip(s, "年")) return "";
        const int month = read_number(s, 2);
        if (month < 0 || !skip(s, "月")) return "";
        const int day = read_number(s, 2);
        if (day < 0 || !skip(s, "日")) return "";
        return iso(year, month, day);
    }
    const auto& names = months(language);
    if (names.empty()) return "";
    const int day = read_number(s, 2);
    if (day < 0) return "";
    skip(s, "er");  // 1er
    if (!skip(s, " ")) return "";
    skip(s, "de ");
    int month = 0;
    if (language == "ar") {  // "كانون الأول/ديسمبر": the Syriac name, a slash, the Latin-derived name
        const auto slash = s.substr(0, 40).find('/');
        if (slash != std::string_view::npos) s.remove_prefix(slash + 1);
    }
    for (std::size_t m = 0; m < names.size() && month == 0; ++m) {
        for (const auto name : names[m]) {
            if (skip(s, name)) {
                month = static_cast<int>(m) + 1;
                break;
            }
        }
    }
    if (month == 0 || !skip(s, " ")) return "";
    skip(s, "de ");
    const int year = read_number(s, 4);
    return year < 0 ? "" : iso(year, month, day);
}

void read_localized_metadata(const std::vector<std::string>& header, Resolution& r) {
    const std::string& language = r.language;
    std::string joined;
    for (const auto& line : header) {
        if (line.empty()) continue;
        joined += (joined.empty() ? "" : " ") + line;
        if (joined.size() > 20000) break;
    }
    static const std::map<std::string, std::vector<std::string_view>> adopted_by = {
        {"fr", {"adoptée par", "Adoptée par"}},
        {"es", {"aprobada por", "Aprobada por"}},
        {"ru", {"принятая", "Принятая", "принята"}},
        {"ar", {"اتخذته", "اتخذها", "اعتمدته"}},
        {"zh", {"通过的决议", "通过"}},
    };
    if (r.adopted.empty()) {
        if (const auto it = adopted_by.find(language); it != adopted_by.end()) {
            for (const auto key : it->second) {
                const auto at = joined.find(key);
                if (at == std::string::npos) continue;
                // Chinese prints the date before the verb: "2023年12月4日大会通过的决议".
                const auto from = language == "zh" ? (at > 40 ? at - 40 : 0) : at;
                r.adopted = find_date(std::string_view(joined).substr(from, 160), language);
                if (!r.adopted.empty()) break;
            }
        }
    }
    if (r.distributed.empty()) {
        if (const auto at = joined.find("Distr."); at != std::string::npos) {
            r.distributed = find_date(std::string_view(joined).substr(at, 80), language);
        }
    }
    {  // Arabic prints "78/45 - Title", which the language-independent reader does not take for a title
        bool found = false;
        for (const auto& line : header) {
            const auto n = symbol_length(line, 0);
            if (n == 0 || line.find('/') >= n) continue;
            for (std::string_view dash : {" - ", " – "}) {
                if (line.compare(n, dash.size(), dash) == 0) {
                    r.title = line.substr(n + dash.size());
                    found = true;
                }
            }
            if (found) break;
        }
    }
    if (language == "zh") {  // 第七十八届会议
        const auto at = joined.find("届会议");
        const auto open = joined.rfind("第", at);
        if (at != std::string::npos && open != std::string::npos && at - open <= 30) {
            const auto numeral = std::string_view(joined).substr(open + 3, at - open - 3);
            const std::string ascii = ascii_digits(numeral);
            int value = chinese_numeral_value(numeral);
            if (value == 0 && !ascii.empty() && ascii.size() <= 3 &&
                ascii.find_first_not_of("0123456789") == std::string::npos) {
                value = std::stoi(ascii);
            }
            if (value > 0) r.session = value;
        }
    }
}

}  // namespace unres::analyzers
