/// @file
/// @brief Formats the indexing run summary for people (text) and scripts (JSON).
#include "indexer/run_summary.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <sstream>

namespace unres::indexer {

auto summary_text(const RunSummary& s, const std::string& db) -> std::string {
    std::ostringstream out;
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.2f", s.seconds);
    out << "unres-index: " << db << ": " << s.resolutions_in_db << " resolutions, " << s.paragraphs_in_db
        << " paragraphs.\n"
        << "  this run: " << s.files_seen << " files read in " << seconds << " s; " << s.added << " added, "
        << s.updated << " updated, " << s.unchanged << " unchanged, " << s.pruned << " pruned, "
        << s.rejected.size() << " rejected; " << s.paragraphs << " paragraphs written\n";
    for (const auto& w : s.warnings) out << "  warning: " << w << '\n';
    for (const auto& r : s.rejected) out << "  rejected: " << r.reason << '\n';
    return out.str();
}

auto summary_json(const RunSummary& s, const std::string& db) -> std::string {
    nlohmann::ordered_json j;
    j["db"] = db;
    j["resolutions"] = s.resolutions_in_db;
    j["paragraphs"] = s.paragraphs_in_db;
    j["files"] = s.files_seen;
    j["added"] = s.added;
    j["updated"] = s.updated;
    j["unchanged"] = s.unchanged;
    j["pruned"] = s.pruned;
    j["duplicates"] = s.duplicates;
    j["paragraphs_written"] = s.paragraphs;
    j["seconds"] = s.seconds;
    j["rejected"] = nlohmann::ordered_json::array();
    for (const auto& r : s.rejected) j["rejected"].push_back({{"file", r.path}, {"reason", r.reason}});
    j["warnings"] = s.warnings;
    return j.dump();
}

}  // namespace unres::indexer
