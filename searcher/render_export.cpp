/// @file
/// @brief CSV and JSON Lines exports of a result set.
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

void render_csv(const SearchResult& result, std::ostream& out) {
    out << k_export_columns << "\r\n";
    for (const auto& hit : result.hits) {
        out << hit.rank << ',' << csv_field(hit.id) << ',' << csv_field(hit.symbol) << ','
            << csv_field(hit.paragraph) << ',' << (hit.session > 0 ? std::to_string(hit.session) : "") << ','
            << csv_field(hit.adopted) << ',' << csv_field(hit.kind) << ',' << csv_field(hit.clause) << ','
            << csv_field(hit.title) << ',' << csv_field(hit.text) << "\r\n";
    }
}

void render_jsonl_hits(const SearchResult& result, std::ostream& out) {
    for (const auto& hit : result.hits) {
        out << hit_to_json(hit).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
            << '\n';
    }
}

}  // namespace unres::searcher
