/// @file
/// @brief unres-search's modes: one query, --show, --history/--diff over one Searcher; --batch in
/// batch_runner.
#include "searcher/cli_command.hpp"

#include "analyzers/error.hpp"
#include "searcher/batch_runner.hpp"
#include "searcher/precedents.hpp"
#include "searcher/render_json.hpp"
#include "searcher/render_lineage.hpp"
#include "searcher/render_text.hpp"
#include "searcher/search.hpp"

#include <fstream>
#include <iterator>

namespace unres::searcher {

namespace {

void write_result(const SearchOptions& o, const SearchResult& result, std::ostream& out, bool terminal) {
    switch (o.format) {
        case OutputFormat::Text:
            render_text(result, out, terminal && o.color);
            break;
        case OutputFormat::Json:
            out << result_to_json(result).dump(2) << '\n';
            break;
        case OutputFormat::Jsonl:
            out << result_to_json(result).dump() << '\n';
            break;
        case OutputFormat::Tsv:
            render_tsv(result, "1", out);
            break;
    }
}

/// --history and --diff: 1 (with a "not in the index" answer) when a paragraph or resolution is missing.
auto run_lineage(const SearchOptions& o, Searcher& searcher, std::ostream& out, bool terminal) -> int {
    const bool text = o.format == OutputFormat::Text;
    const int indent = o.format == OutputFormat::Json ? 2 : -1;
    if (!o.history.empty()) {
        const auto history = searcher.history(o.history, "--history");
        if (!history) {
            if (text) out << o.history << " is not in the index.\n";
            if (!text) out << nlohmann::json{{"id", o.history}, {"error", "not found"}}.dump() << '\n';
            return 1;
        }
        if (text) render_history_text(*history, out, terminal && o.color);
        if (!text) out << history_to_json(*history).dump(indent) << '\n';
        return 0;
    }
    const auto diff = searcher.diff(o.diff[0], o.diff[1], "--diff");
    if (!diff) {
        if (text) out << o.diff[0] << " or " << o.diff[1] << " is not in the index.\n";
        if (!text) out << nlohmann::json{{"diff", o.diff}, {"error", "not found"}}.dump() << '\n';
        return 1;
    }
    if (text) render_diff_text(*diff, out, terminal && o.color);
    if (!text) out << resolution_diff_to_json(*diff).dump(indent) << '\n';
    return 0;
}

}  // namespace

auto run_search_command(const SearchOptions& o, std::istream& in, std::ostream& out, bool out_is_terminal)
    -> int {
    if (!o.batch.empty()) {
        if (o.batch == "-") return run_batch(o, in, out);
        std::ifstream file(o.batch);
        if (!file) throw UsageError("--batch: cannot read " + o.batch);
        return run_batch(o, file, out);
    }
    Searcher searcher(o.databases, o.database);
    if (!o.like.empty()) {  // precedents for a draft
        std::ifstream file;
        if (o.like != "-") {
            file.open(o.like);
            if (!file) throw UsageError("--like: cannot read " + o.like);
        }
        std::istream& source = o.like == "-" ? in : file;
        const std::string draft{std::istreambuf_iterator<char>(source), std::istreambuf_iterator<char>()};
        if (draft.find_first_not_of(" \t\r\n") == std::string::npos)
            throw UsageError("--like: the draft is empty");
        const std::string& lang = o.request.language;
        const auto report = searcher.precedents(draft, lang == "auto" ? "" : lang, 5);
        if (o.format == OutputFormat::Text) {
            out << precedents_to_text(report, o.all_wordings);
        } else {
            out << precedents_to_json(report).dump(o.format == OutputFormat::Json ? 2 : -1) << '\n';
        }
        return 0;
    }
    if (!o.show.empty()) {
        const std::string& lang = o.request.language;
        const auto show = searcher.show(o.show, lang.empty() || lang == "auto" ? "en" : lang);
        if (!show) {
            if (o.format == OutputFormat::Text) {
                out << o.show << " is not in the index.\n";
            } else {
                out << nlohmann::json{{"id", o.show}, {"error", "not found"}}.dump() << '\n';
            }
            return 1;
        }
        if (o.format == OutputFormat::Text) {
            render_show_text(*show, out, out_is_terminal && o.color);
        } else {
            out << show_to_json(*show).dump(o.format == OutputFormat::Json ? 2 : -1) << '\n';
        }
        return 0;
    }
    if (!o.history.empty() || !o.diff.empty()) return run_lineage(o, searcher, out, out_is_terminal);
    const bool json = o.format == OutputFormat::Json || o.format == OutputFormat::Jsonl;
    try {
        write_result(o, searcher.search(o.request), out, out_is_terminal);
    } catch (const UsageError& e) {
        // A script asked for JSON: it gets a JSON answer too (and the message on stderr, exit 2).
        if (json) {
            out << nlohmann::ordered_json{{"query", o.request.query}, {"error", e.what()}}.dump(
                       -1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                << '\n';
        }
        throw;
    }
    return 0;
}

}  // namespace unres::searcher
