/// @file
/// @brief CSV and JSON Lines exports of a result set, a hit at a time.
#include "searcher/render_export.hpp"

#include "searcher/render_json.hpp"

namespace unres::searcher {
namespace {

/// One CSV field: quoted (quotes doubled) when it holds a comma, quote or line break.
auto csv_field(const std::string& value) -> std::string {
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

}  // namespace

auto csv_header() -> std::string {
    return "rank,id,symbol,paragraph,session,adopted,kind,clause,title,text\r\n";
}

auto csv_row(const Hit& hit) -> std::string {
    return std::to_string(hit.rank) + ',' + csv_field(hit.id) + ',' + csv_field(hit.symbol) + ',' +
           csv_field(hit.paragraph) + ',' + (hit.session > 0 ? std::to_string(hit.session) : "") + ',' +
           csv_field(hit.adopted) + ',' + csv_field(hit.kind) + ',' + csv_field(hit.clause) + ',' +
           csv_field(hit.title) + ',' + csv_field(hit.text) + "\r\n";
}

auto jsonl_hit(const Hit& hit) -> std::string {
    return hit_to_json(hit).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + '\n';
}

}  // namespace unres::searcher
