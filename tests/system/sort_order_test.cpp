/// @file
/// @brief The date, document and citation sort orders on the sample corpus, checked hit by hit.
#include "searcher/search.hpp"
#include "tests/system/sample_index.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <tuple>

using namespace unres;
using searcher::Hit;
using searcher::SearchRequest;
using searcher::SortOrder;

namespace {

auto sample_searcher() -> searcher::Searcher& {
    static searcher::Searcher s({testing::sample_database()});
    return s;
}

/// @p symbol with each digit run zero-padded, so that string order is the UN's numbering order.
auto numbered(const std::string& symbol) -> std::string {
    std::string out;
    for (std::size_t i = 0; i < symbol.size();) {
        if (!std::isdigit(static_cast<unsigned char>(symbol[i]))) {
            out.push_back(symbol[i++]);
            continue;
        }
        std::size_t end = i;
        while (end < symbol.size() && std::isdigit(static_cast<unsigned char>(symbol[end]))) ++end;
        out += std::string(8 - std::min<std::size_t>(8, end - i), '0') + symbol.substr(i, end - i);
        i = end;
    }
    return out;
}

/// What a hit's resolution says about it: the paragraph's index and the resolution's citation count.
struct Facts {
    std::size_t index = 0;
    std::size_t cited_by = 0;
};

auto facts_of(const Hit& hit) -> Facts {
    static std::map<std::string, Facts> cache;
    const std::string key = hit.language + ":" + hit.id;
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    const auto shown = sample_searcher().show(hit.symbol, hit.language);
    REQUIRE(shown.has_value());
    Facts facts;
    const auto& ps = shown->resolution.paragraphs;
    const auto p = std::find_if(ps.begin(), ps.end(), [&](const auto& q) { return q.id == hit.paragraph; });
    REQUIRE(p != ps.end());
    facts.index = static_cast<std::size_t>(p - ps.begin());
    facts.cited_by = shown->cited_by.size();
    return cache[key] = facts;
}

auto search(const std::string& query, SortOrder order) -> searcher::SearchResult {
    SearchRequest request;
    request.query = query;
    request.sort = order;
    request.limit = 1000;
    request.facets = false;
    return sample_searcher().search(request);
}

}  // namespace

TEST_SUITE("system/sort_order") {
    TEST_CASE("--sort date: newest first, one day's resolutions by number, paragraphs in document order") {
        const auto result = search("States", SortOrder::Date);
        REQUIRE(result.hits.size() > 20);
        for (std::size_t i = 1; i < result.hits.size(); ++i) {
            const Hit& a = result.hits[i - 1];
            const Hit& b = result.hits[i];
            CAPTURE(a.id);
            CAPTURE(b.id);
            const auto key = [](const Hit& h) {
                return std::make_tuple(h.adopted, numbered(h.symbol), facts_of(h).index, h.language);
            };
            // Newest first: compare dates the other way round, the rest ascending.
            CHECK((a.adopted > b.adopted ||
                   (a.adopted == b.adopted && std::get<1>(key(a)) <= std::get<1>(key(b)))));
            if (a.symbol == b.symbol) CHECK(key(a) < key(b));
        }
        CHECK(result.hits.front().session == 79);
    }

    TEST_CASE("--sort document: by session, adoption date, number, then paragraph order") {
        const auto result = search("States", SortOrder::Document);
        REQUIRE(result.hits.size() > 20);
        for (std::size_t i = 1; i < result.hits.size(); ++i) {
            const Hit& a = result.hits[i - 1];
            const Hit& b = result.hits[i];
            CAPTURE(a.id);
            CAPTURE(b.id);
            const auto key = [](const Hit& h) {
                return std::make_tuple(h.session, h.adopted, numbered(h.symbol), facts_of(h).index,
                                       h.language);
            };
            CHECK(key(a) < key(b));
        }
        CHECK(result.hits.front().session == 75);
    }

    TEST_CASE("--sort cited: after the lineage pass, most cited resolutions first, each in document order") {
        const auto result = search("States", SortOrder::Cited);
        REQUIRE(result.hits.size() > 20);
        for (std::size_t i = 1; i < result.hits.size(); ++i) {
            const Hit& a = result.hits[i - 1];
            const Hit& b = result.hits[i];
            CAPTURE(a.id);
            CAPTURE(b.id);
            const auto key = [](const Hit& h) {
                // More citations sort first: negate the count.
                return std::make_tuple(-static_cast<long>(facts_of(h).cited_by), numbered(h.symbol),
                                       facts_of(h).index, h.language);
            };
            CHECK(key(a) < key(b));
        }
        CHECK(facts_of(result.hits.front()).cited_by > 0);
    }
}
