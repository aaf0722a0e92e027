/// @file
/// @brief Draft splitting and the precedent report's JSON and text (the search is Searcher::precedents()).
#include "searcher/precedents.hpp"

#include "analyzers/text/ascii.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdio>
#include <sstream>
#include <string_view>

namespace unres::searcher {
namespace {

/// "3. Urges" -> "Urges": the length of a leading paragraph number and its spaces, or 0.
auto number_length(const std::string& line) -> std::size_t {
    std::size_t n = 0;
    while (n < line.size() && n < 4 && std::isdigit(static_cast<unsigned char>(line[n])) != 0) ++n;
    if (n == 0 || n >= line.size() || line[n] != '.' || n + 1 >= line.size() || line[n + 1] != ' ') return 0;
    n += 1;
    while (n < line.size() && line[n] == ' ') ++n;
    return n;
}

}  // namespace

auto share(std::size_t part, std::size_t whole) -> double {
    return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

auto percent(double value) -> std::string {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", value * 100);
    return buffer;
}

auto split_draft(const std::string& draft) -> std::vector<std::string> {
    std::vector<std::string> paragraphs;
    std::string current;
    const auto flush = [&] {
        if (!current.empty()) paragraphs.push_back(current);
        current.clear();
    };
    std::istringstream in(draft);
    std::string line;
    while (std::getline(in, line)) {
        line = std::string(analyzers::trim(line));
        if (line.empty()) {
            flush();
            continue;
        }
        if (const auto n = number_length(line); n > 0) {
            flush();
            line = line.substr(n);
        } else if (!current.empty() &&
                   std::string_view(",;:.").find(current.back()) != std::string_view::npos &&
                   std::isupper(static_cast<unsigned char>(line[0])) != 0) {
            flush();  // one paragraph a line, as drafts are pasted: "…world;" then "Believing …"
        }
        if (!current.empty()) current += ' ';
        current += line;
    }
    flush();
    return paragraphs;
}

auto precedents_to_json(const PrecedentReport& report) -> nlohmann::ordered_json {
    nlohmann::ordered_json out;
    out["language"] = report.language;
    out["words"] = report.words;
    out["agreed_words"] = report.agreed_words;
    out["agreed_share"] = share(report.agreed_words, report.words);
    out["new_sentences"] = report.new_sentences;
    auto& paragraphs = out["paragraphs"] = nlohmann::ordered_json::array();
    for (const auto& p : report.paragraphs) {
        nlohmann::ordered_json item;
        item["text"] = p.text;
        item["words"] = p.words;
        item["agreed_words"] = p.agreed_words;
        item["new"] = p.precedents.empty();
        auto& sentences = item["sentences"] = nlohmann::ordered_json::array();
        for (const auto& s : p.sentences) {
            sentences.push_back(
                {{"text", s.text}, {"words", s.words}, {"agreed_words", s.agreed_words}, {"new", s.is_new}});
        }
        auto& list = item["precedents"] = nlohmann::ordered_json::array();
        for (const auto& pr : p.precedents) {
            nlohmann::ordered_json diff = nlohmann::ordered_json::array();
            for (const auto& run : pr.diff)
                diff.push_back({{"op", analyzers::diff_op_name(run.op)}, {"text", run.text}});
            list.push_back({{"id", pr.id},
                            {"symbol", pr.symbol},
                            {"paragraph", pr.paragraph},
                            {"session", pr.session},
                            {"similarity", pr.similarity},
                            {"adopted_in", pr.same_wording.size()},
                            {"first_session", pr.first_session},
                            {"last_session", pr.last_session},
                            {"same_wording", pr.same_wording},
                            {"text", pr.text},
                            {"diff", diff}});
        }
        paragraphs.push_back(std::move(item));
    }
    return out;
}

auto precedents_to_text(const PrecedentReport& report, bool list_all) -> std::string {
    std::ostringstream out;
    out << "Agreed language: " << percent(share(report.agreed_words, report.words)) << " of " << report.words
        << " words found verbatim in adopted paragraphs (" << report.language << "); " << report.new_sentences
        << " new sentence" << (report.new_sentences == 1 ? "" : "s") << ".\n";
    std::size_t n = 0;
    for (const auto& p : report.paragraphs) {
        out << "\n[" << ++n << "] " << p.text << '\n';
        if (p.precedents.empty()) {
            out << "    no precedent: new language\n";
            continue;
        }
        for (const auto& s : p.sentences) {
            if (s.is_new && p.sentences.size() > 1) out << "    new sentence: " << s.text << '\n';
        }
        for (const auto& pr : p.precedents) {
            out << "    " << pr.id << "  session " << pr.session << "  similarity " << percent(pr.similarity);
            if (pr.same_wording.size() > 1) {
                out << "  adopted in " << pr.same_wording.size() << " resolutions, sessions "
                    << pr.first_session << "–" << pr.last_session << ", first "
                    << pr.same_wording.front().substr(0, pr.same_wording.front().find('#')) << ", latest "
                    << pr.symbol;
            }
            out << "\n      " << analyzers::diff_markup(pr.diff) << '\n';
            if (list_all && pr.same_wording.size() > 1) {
                for (const auto& id : pr.same_wording) out << "      = " << id << '\n';
            }
        }
    }
    return out.str();
}

}  // namespace unres::searcher
