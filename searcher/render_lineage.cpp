/// @file
/// @brief Text and JSON renderings of paragraph histories and resolution diffs.
#include "searcher/render_lineage.hpp"

#include "searcher/render_text.hpp"

#include <iomanip>
#include <sstream>

namespace unres::searcher {

namespace {

using json = nlohmann::ordered_json;

constexpr const char* bold = "\x1b[1m";
constexpr const char* dim = "\x1b[2m";
constexpr const char* strike_red = "\x1b[9;31m";
constexpr const char* bold_green = "\x1b[1;32m";
constexpr const char* reset = "\x1b[0m";

auto similarity_text(double similarity) -> std::string {
    std::ostringstream out;
    out << std::fixed << std::setprecision(3) << similarity;
    return out.str();
}

/// "A/RES/78/45#pp12" -> "A/RES/78/45 PP12".
auto id_label(const std::string& id) -> std::string {
    const auto hash = id.find('#');
    if (hash == std::string::npos) return id;
    return id.substr(0, hash) + " " + paragraph_label(id.substr(hash + 1));
}

}  // namespace

auto diff_text(const std::vector<analyzers::DiffRun>& runs, bool terminal) -> std::string {
    if (!terminal) return analyzers::diff_markup(runs);
    std::string out;
    for (const auto& run : runs) {
        if (!out.empty()) out.push_back(' ');
        switch (run.op) {
            case analyzers::DiffOp::Equal:
                out += run.text;
                break;
            case analyzers::DiffOp::Delete:
                out += std::string(strike_red) + run.text + reset;
                break;
            case analyzers::DiffOp::Insert:
                out += std::string(bold_green) + run.text + reset;
                break;
        }
    }
    return out;
}

auto diff_to_json(const std::vector<analyzers::DiffRun>& runs) -> json {
    json out = json::array();
    for (const auto& run : runs) out.push_back({{"op", analyzers::diff_op_name(run.op)}, {"text", run.text}});
    return out;
}

void render_history_text(const History& history, std::ostream& out, bool terminal) {
    const auto s = [terminal](const char* code) { return terminal ? code : ""; };
    out << s(bold) << id_label(history.id) << s(reset) << " · " << history.versions.size()
        << (history.versions.size() == 1 ? " version" : " versions") << ", newest first\n";
    for (const auto& v : history.versions) {
        out << '\n' << s(bold) << id_label(v.id) << s(reset) << " · " << ordinal(v.session) << " session";
        if (!v.adopted.empty()) out << ", " << v.adopted;
        if (v.lineage.change.empty()) {
            out << " · earliest indexed version\n";
        } else if (v.lineage.predecessor.empty()) {
            out << " · new\n";
        } else {
            out << " · " << v.lineage.change << " since " << id_label(v.lineage.predecessor)
                << " (similarity " << similarity_text(v.lineage.similarity) << ")"
                << (v.lineage.moved ? ", moved" : "") << '\n';
        }
        out << "   " << (v.diff.empty() ? v.text : diff_text(v.diff, terminal)) << '\n';
    }
}

auto history_to_json(const History& history) -> json {
    json j;
    j["id"] = history.id;
    j["versions"] = json::array();
    for (const auto& v : history.versions) {
        json version;
        version["id"] = v.id;
        version["symbol"] = v.symbol;
        version["paragraph"] = v.paragraph;
        version["session"] = v.session;
        version["adopted"] = v.adopted;
        version["text"] = v.text;
        version["predecessor"] = v.lineage.predecessor.empty() ? json() : json(v.lineage.predecessor);
        version["similarity"] = v.lineage.similarity;
        version["change"] = v.lineage.change.empty() ? json() : json(v.lineage.change);
        version["diff"] = diff_to_json(v.diff);
        j["versions"].push_back(version);
    }
    return j;
}

void render_diff_text(const ResolutionDiff& diff, std::ostream& out, bool terminal) {
    const auto s = [terminal](const char* code) { return terminal ? code : ""; };
    out << s(bold) << diff.before << " → " << diff.after << s(reset) << ": ";
    bool first = true;
    for (const char* status : {"unchanged", "edited", "new", "dropped"}) {
        out << (first ? "" : ", ") << diff.counts.at(status) << ' ' << status;
        first = false;
    }
    out << "; " << diff.counts.at("moved") << " moved\n";
    for (const auto& line : diff.lines) {
        out << '\n'
            << s(dim) << std::left << std::setw(6)
            << paragraph_label(line.after.empty() ? line.before : line.after) << std::right << s(reset) << ' '
            << s(bold) << line.status << s(reset);
        if (line.status == "moved")
            out << " from " << paragraph_label(line.before) << (line.edited ? ", edited" : "");
        if (line.status == "edited" && line.before != line.after)
            out << " from " << paragraph_label(line.before);
        if (line.status == "edited" || line.status == "moved")
            out << " (" << similarity_text(line.similarity) << ")";
        out << '\n';
        if (line.status == "unchanged") continue;
        out << "   " << (line.diff.empty() ? line.text : diff_text(line.diff, terminal)) << '\n';
    }
}

auto resolution_diff_to_json(const ResolutionDiff& diff) -> json {
    json j;
    j["before"] = diff.before;
    j["after"] = diff.after;
    j["counts"] = json::object();
    for (const char* status : {"unchanged", "edited", "new", "moved", "dropped"})
        j["counts"][status] = diff.counts.at(status);
    j["paragraphs"] = json::array();
    for (const auto& line : diff.lines) {
        json p;
        p["status"] = line.status;
        p["before"] = line.before.empty() ? json() : json(line.before);
        p["after"] = line.after.empty() ? json() : json(line.after);
        p["similarity"] = line.similarity;
        if (line.status == "moved") p["edited"] = line.edited;
        p["text"] = line.text;
        if (!line.diff.empty()) p["diff"] = diff_to_json(line.diff);
        j["paragraphs"].push_back(p);
    }
    return j;
}

void add_lineage_json(json& paragraph, const ParagraphLineage& lineage) {
    paragraph["predecessor"] = lineage.predecessor.empty() ? json() : json(lineage.predecessor);
    paragraph["similarity"] = lineage.similarity;
    paragraph["change"] = lineage.change;
    if (lineage.moved) paragraph["moved"] = true;
}

auto cited_by_to_json(const std::vector<Citation>& cited_by) -> json {
    json out = json::array();
    for (const auto& c : cited_by)
        out.push_back({{"symbol", c.symbol}, {"session", c.session}, {"paragraphs", c.paragraphs}});
    return out;
}

}  // namespace unres::searcher
