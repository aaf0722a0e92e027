/// @file
/// @brief Word counts of a run's sources and of an index (see corpus_words.hpp).
#include "indexer/corpus_words.hpp"

#include "analyzers/text/ascii.hpp"
#include "indexer/source_reader.hpp"

#include <cctype>

namespace unres::indexer {
namespace {

auto is_pdf(const std::string& path) -> bool {
    if (path.size() < 4) return false;
    return analyzers::ascii_lower(path.substr(path.size() - 4)) == ".pdf";
}

}  // namespace

void add_source_words(const std::vector<std::string>& paths, analyzers::WordCounts& counts) {
    for (const auto& path : paths) {
        if (is_pdf(path)) continue;
        try {
            counts.add_text(read_source(path));
        } catch (const std::exception&) {
            // Reported, with its reason, when the source itself is parsed.
        }
    }
}

void add_index_words(const Xapian::Database& db, analyzers::WordCounts& counts) {
    // Exact forms of the text have no prefix; every prefix opens with a capital letter.
    for (auto term = db.allterms_begin(); term != db.allterms_end(); ++term) {
        const std::string word = *term;
        if (word.empty() || (word[0] >= 'A' && word[0] <= 'Z') || (word[0] >= '0' && word[0] <= '9'))
            continue;
        counts.add(word, term.get_termfreq());
    }
}

}  // namespace unres::indexer
