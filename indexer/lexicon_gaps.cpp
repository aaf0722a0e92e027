/// @file
/// @brief Counts printed opening phrases the clause lexicon does not read (see lexicon_gaps.hpp).
#include "indexer/lexicon_gaps.hpp"

#include "analyzers/parser/clause_lexicon.hpp"
#include "analyzers/parser/opening_verb.hpp"
#include "indexer/parse_command.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace unres::indexer {
namespace {

struct Gap {
    int count = 0;
    std::string example;
};

}  // namespace

auto run_lexicon_gaps(const std::vector<std::string>& paths, const std::string& language, std::ostream& out,
                      std::ostream& err) -> int {
    using Key = std::tuple<std::string, std::string, std::string>;  // kind, printed, lexicon
    std::map<Key, Gap> gaps;
    const int status = parse_each(paths, language, err, [&](const analyzers::Resolution& resolution) {
        const auto& lexicon = analyzers::ClauseLexicon::for_language(resolution.language);
        for (const auto& p : resolution.paragraphs) {
            if (p.kind == analyzers::ParagraphKind::Annex || !p.clause_italic) continue;
            auto read = analyzers::match_opening(resolution.language, p.text, lexicon);
            if (read == p.clause) continue;
            auto& gap = gaps[{analyzers::kind_name(p.kind), p.clause, std::move(read)}];
            if (gap.count++ == 0) gap.example = resolution.symbol + " " + p.id;
        }
    });
    std::vector<std::pair<Key, Gap>> rows(gaps.begin(), gaps.end());
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.second.count > b.second.count; });
    for (const auto& [key, gap] : rows) {
        out << gap.count << '\t' << std::get<0>(key) << '\t' << std::get<1>(key) << '\t' << std::get<2>(key)
            << '\t' << gap.example << '\n';
    }
    return status;
}

}  // namespace unres::indexer
