/// @file
/// @brief The page's downloads stream: header lines go out before the first row is built, rows follow in
/// pieces, every row of the result set is in them.
#include "searcher/cgi_app.hpp"
#include "searcher/search.hpp"
#include "tests/system/sample_index.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <map>
#include <ostream>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

namespace {

/// Keeps what is written and the length of it at each flush.
class RecordingBuffer : public std::streambuf {
  public:
    std::string written;
    std::vector<std::size_t> flushed_at;

  protected:
    auto overflow(int_type c) -> int_type override {
        if (!traits_type::eq_int_type(c, traits_type::eof())) written.push_back(traits_type::to_char_type(c));
        return traits_type::not_eof(c);
    }
    auto xsputn(const char* s, std::streamsize n) -> std::streamsize override {
        written.append(s, static_cast<std::size_t>(n));
        return n;
    }
    auto sync() -> int override {
        flushed_at.push_back(written.size());
        return 0;
    }
};

struct Download {
    std::string head;
    std::string body;
    std::vector<std::size_t> flushes;  ///< body bytes written at each flush (the header lines' own: 0)
};

auto download(const std::string& query_string) -> Download {
    const std::map<std::string, std::string> env = {{"UNRES_DB", unres::testing::sample_database()},
                                                    {"REQUEST_METHOD", "GET"},
                                                    {"QUERY_STRING", query_string}};
    std::istringstream in;
    const unres::searcher::CgiInput input{[&env](const char* name) -> const char* {
                                              const auto it = env.find(name);
                                              return it == env.end() ? nullptr : it->second.c_str();
                                          },
                                          &in,
                                          {}};
    RecordingBuffer buffer;
    std::ostream out(&buffer);
    unres::searcher::CgiApp app;
    app.answer(input, out);
    out.flush();
    Download d;
    const auto end = buffer.written.find("\r\n\r\n");
    REQUIRE(end != std::string::npos);
    d.head = buffer.written.substr(0, end + 4);
    d.body = buffer.written.substr(end + 4);
    for (const auto at : buffer.flushed_at) d.flushes.push_back(at >= d.head.size() ? at - d.head.size() : 0);
    return d;
}

auto header(const Download& d, const std::string& name) -> std::string {
    const auto at = d.head.find("\r\n" + name + ": ");
    if (at == std::string::npos) return "";
    const auto start = at + name.size() + 4;
    return d.head.substr(start, d.head.find("\r\n", start) - start);
}

auto count_lines(const std::string& text) -> std::size_t {
    std::size_t lines = 0;
    for (char c : text) lines += c == '\n' ? 1 : 0;
    return lines;
}

}  // namespace

TEST_SUITE("system/export_stream") {
    TEST_CASE("a CSV download sends its header lines first, then its rows in pieces, every one of them") {
        const Download d = download("q=the&format=csv");
        CHECK(header(d, "Content-Type") == "text/csv; charset=utf-8");
        const auto exported = std::stoul(header(d, "X-Unres-Exported"));
        CHECK(exported == std::stoul(header(d, "X-Unres-Total")));
        REQUIRE(exported > 50);  // enough rows to be sent in several pieces
        CHECK(d.head.find("Content-Length") == std::string::npos);
        REQUIRE(!d.flushes.empty());
        CHECK(d.flushes.front() == 0);  // the header lines went out before any row was built
        // Then a piece at least every 50 rows: the client has the first rows while the last are built.
        std::size_t early = 0;  // flushes of part of the rows
        for (const auto at : d.flushes) early += at > 0 && at < d.body.size() ? 1 : 0;
        CHECK(early >= exported / 50);
        CHECK(d.body.rfind("rank,id,symbol,paragraph,session,adopted,kind,clause,title,text\r\n", 0) == 0);
        // One row per hit (a paragraph's text holds no line break), ranks 1..N in order.
        CHECK(count_lines(d.body) == exported + 1);
        CHECK(d.body.find("\r\n" + std::to_string(exported) + ",A/RES/") != std::string::npos);
    }

    TEST_CASE("a JSON Lines download holds one hit object per line, as the search gives them") {
        const Download d = download("q=mines&format=jsonl");
        unres::searcher::Searcher searcher({unres::testing::sample_database()});
        unres::searcher::SearchRequest request;
        request.query = "mines";
        request.limit = 10000;
        request.facets = false;
        const auto result = searcher.search(request);
        REQUIRE(result.total > 0);
        std::istringstream lines(d.body);
        std::string line;
        std::size_t i = 0;
        while (std::getline(lines, line)) {
            REQUIRE(i < result.hits.size());
            const auto hit = nlohmann::json::parse(line);
            CHECK(hit["id"] == result.hits[i].id);
            CHECK(hit["rank"] == i + 1);
            ++i;
        }
        CHECK(i == result.total);
        CHECK(header(d, "X-Unres-Exported") == std::to_string(result.total));
    }

    TEST_CASE("a download whose query is wrong is one JSON error, no rows") {
        const Download d = download("q=mines+(&format=csv");
        CHECK(d.head.rfind("Status: 400 ", 0) == 0);
        CHECK(nlohmann::json::parse(d.body)["status"] == 400);
    }
}
