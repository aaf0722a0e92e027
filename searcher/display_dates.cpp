/// @file
/// @brief Long-form dates and session years for the page (see display_dates.hpp).
#include "searcher/display_dates.hpp"

#include <array>
#include <cctype>

namespace unres::searcher {

auto long_date(const std::string& iso) -> std::string {
    static const std::array<const char*, 12> months = {"January",   "February", "March",    "April",
                                                       "May",       "June",     "July",     "August",
                                                       "September", "October",  "November", "December"};
    const bool shaped = iso.size() == 10 && iso[4] == '-' && iso[7] == '-';
    if (!shaped) return iso;
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (std::isdigit(static_cast<unsigned char>(iso[i])) == 0) return iso;
    }
    const int month = std::stoi(iso.substr(5, 2));
    const int day = std::stoi(iso.substr(8, 2));
    if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
    return std::to_string(day) + " " + months[static_cast<std::size_t>(month - 1)] + " " + iso.substr(0, 4);
}

auto session_label(int session) -> std::string {
    if (session <= 0) return "";
    const int tens = session % 100;
    const char* suffix = "th";
    if (tens < 11 || tens > 13) {
        switch (session % 10) {
            case 1:
                suffix = "st";
                break;
            case 2:
                suffix = "nd";
                break;
            case 3:
                suffix = "rd";
                break;
            default:
                break;
        }
    }
    const int opens = 1945 + session;
    return std::to_string(session) + suffix + " session (" + std::to_string(opens) + "\u2013" +
           std::to_string(opens + 1) + ")";
}

}  // namespace unres::searcher
