/// @file
/// @brief `unres-index --parse`: read, parse and print each source as one JSON line.
#include "indexer/parse_command.hpp"

#include "analyzers/error.hpp"
#include "analyzers/parser/resolution_json.hpp"
#include "analyzers/parser/resolution_parser.hpp"
#include "analyzers/text/language_detector.hpp"
#include "analyzers/text/utf8.hpp"
#include "indexer/corpus_words.hpp"
#include "indexer/source_reader.hpp"

#include <filesystem>

namespace unres::indexer {

auto parse_each(const std::vector<std::string>& paths, const std::string& language, std::ostream& err,
                const std::function<void(analyzers::Resolution&)>& each) -> int {
    std::vector<SourceProblem> problems;
    const auto sources = collect_sources(paths, problems);
    int status = 0;
    analyzers::WordCounts corpus;  // the words of all sources: evidence for rejoining split words
    std::vector<std::string> source_paths;
    for (const auto& source : sources) source_paths.push_back(source.path);
    add_source_words(source_paths, corpus);
    for (const auto& problem : problems) {
        err << "unres-index: " << (problem.warning ? "warning: " : "")
            << analyzers::printable(problem.path + ": " + problem.reason) << '\n';
        if (!problem.warning) status = 1;
    }
    for (const auto& source : sources) {
        try {
            const auto text = read_source(source.path);
            const std::string lang =
                language.empty() ? analyzers::document_language(source.path, text) : language;
            auto resolution = analyzers::parse_resolution(text, source.path, lang, &corpus);
            resolution.file = std::filesystem::path(source.path).filename().string();
            each(resolution);
        } catch (const SourceError& e) {
            err << "unres-index: " << analyzers::printable(e.what()) << '\n';
            status = 1;
        }
    }
    return status;
}

auto run_parse(const std::vector<std::string>& paths, const std::string& language, std::ostream& out,
               std::ostream& err) -> int {
    return parse_each(paths, language, err, [&](const analyzers::Resolution& resolution) {
        out << analyzers::to_json(resolution).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
            << '\n';
    });
}

}  // namespace unres::indexer
