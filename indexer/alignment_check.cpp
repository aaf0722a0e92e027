/// @file
/// @brief Paragraph alignment across language versions (see alignment_check.hpp).
#include "indexer/alignment_check.hpp"

#include "analyzers/text/language_detector.hpp"
#include "index/schema.hpp"
#include "index/stored_resolution.hpp"
#include "indexer/document_builder.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace unres::indexer {
namespace {

/// Paragraph ids of one language version, in document order; nullopt-like empty flag via @p found.
auto paragraph_ids(const Xapian::Database& db, const std::string& language, const std::string& symbol,
                   bool& found) -> std::vector<std::string> {
    const std::string term = schema::unique_term(language, symbol);
    const auto posting = db.postlist_begin(term);
    found = posting != db.postlist_end(term);
    std::vector<std::string> ids;
    if (!found) return ids;
    const auto resolution = analyzers::read_resolution(db, *posting);
    if (!resolution) return ids;
    for (const auto& p : resolution->paragraphs) ids.push_back(p.id);
    return ids;
}

/// Up to three ids of @p a that @p b lacks, comma-separated.
auto only_in(const std::vector<std::string>& a, const std::vector<std::string>& b) -> std::string {
    std::string out;
    int shown = 0;
    for (const auto& id : a) {
        if (std::find(b.begin(), b.end(), id) != b.end()) continue;
        if (shown++ == 3) return out + ", …";
        out += (out.empty() ? "" : ", ") + id;
    }
    return out;
}

}  // namespace

auto alignment_warnings(const Xapian::Database& db, const std::string& symbol) -> std::vector<std::string> {
    std::map<std::string, std::vector<std::string>> versions;
    std::vector<std::string> order;
    // Most resolutions are indexed in one language: nothing to compare, nothing to read.
    std::size_t indexed = 0;
    for (const auto& language : analyzers::official_languages()) {
        indexed += db.term_exists(schema::unique_term(language, symbol)) ? 1 : 0;
    }
    if (indexed < 2) return {};
    for (const auto& language : analyzers::official_languages()) {
        bool found = false;
        auto ids = paragraph_ids(db, language, symbol, found);
        if (!found) continue;
        versions[language] = std::move(ids);
        order.push_back(language);
    }
    std::vector<std::string> warnings;
    if (versions.size() < 2) return warnings;
    const std::string reference = versions.count("en") > 0 ? "en" : order.front();
    const auto& ref = versions[reference];
    for (const auto& language : order) {
        const auto& ids = versions[language];
        if (language == reference || ids == ref) continue;
        std::string line = symbol + ": " + language + " has " + std::to_string(ids.size()) + " paragraphs, " +
                           reference + " has " + std::to_string(ref.size());
        const auto extra = only_in(ids, ref);
        const auto missing = only_in(ref, ids);
        if (!extra.empty() || !missing.empty()) {
            line += " (";
            if (!extra.empty()) line += "only in " + language + ": " + extra;
            if (!extra.empty() && !missing.empty()) line += "; ";
            if (!missing.empty()) line += "only in " + reference + ": " + missing;
            line += ")";
        } else {
            line += " (same ids in another order)";
        }
        warnings.push_back(line);
    }
    return warnings;
}

}  // namespace unres::indexer
