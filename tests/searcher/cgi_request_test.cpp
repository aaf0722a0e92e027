/// @file
/// @brief Tests for searcher/cgi_request.cpp: decoding, every parameter, caps and each UsageError text.
#include "searcher/cgi_request.hpp"

#include "analyzers/error.hpp"

#include <doctest/doctest.h>

#include <map>
#include <sstream>

using namespace unres::searcher;

namespace {

auto request_from(const std::string& query) -> CgiRequest {
    return cgi_request_from_params(parse_query_string(query));
}

/// The params as one canonical string: "a=1|b=2".
auto canonical(const CgiParams& params) -> std::string {
    std::string out;
    for (const auto& [name, value] : params) out += (out.empty() ? "" : "|") + name + "=" + value;
    return out;
}

auto usage_error_of(const std::string& query) -> std::string {
    try {
        (void)request_from(query);
    } catch (const unres::UsageError& error) {
        return error.what();
    }
    return "(no error)";
}

struct FakeEnv {
    std::map<std::string, std::string> vars;
    auto getter() const {
        return [this](const char* name) -> const char* {
            const auto found = vars.find(name);
            return found == vars.end() ? nullptr : found->second.c_str();
        };
    }
};

}  // namespace

TEST_SUITE("searcher/cgi_request") {
    TEST_CASE("parse_query_string decodes names and values into a multimap") {
        const std::vector<std::pair<std::string, std::string>> table = {
            {"", ""},
            {"q=anti-personnel+mines", "q=anti-personnel mines"},
            {"session=78&session=79", "session=78|session=79"},
            {"q=a;sort=date", "q=a|sort=date"},
            {"q=%22noting+with%22&x", "q=\"noting with\"|x="},
            {"=orphan&&q=", "q="},
            {"q=a=b", "q=a=b"},
            {"%71=named", "q=named"},
            {"q=%FF%FEok", "q=\xEF\xBF\xBD\xEF\xBF\xBDok"},
            {"q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "q=<script>alert(1)</script>"},
        };
        for (const auto& [input, expected] : table) {
            CAPTURE(input);
            CHECK(canonical(parse_query_string(input)) == expected);
        }
    }

    TEST_CASE("params_from_args takes NAME=VALUE literally and repairs UTF-8") {
        CHECK(canonical(params_from_args({"q=a+b%20c", "session=78", "flag", "bad=\xC3"})) ==
              "bad=\xEF\xBF\xBD|flag=|q=a+b%20c|session=78");
    }

    TEST_CASE("read_cgi_params reads GET, HEAD, POST or argv") {
        FakeEnv env;
        std::istringstream body("q=from+body&session=79");
        SUBCASE("GET reads QUERY_STRING") {
            env.vars = {{"REQUEST_METHOD", "GET"}, {"QUERY_STRING", "q=mines"}};
            CHECK(canonical(read_cgi_params({env.getter(), &body, {"q=ignored"}})) == "q=mines");
        }
        SUBCASE("HEAD reads QUERY_STRING") {
            env.vars = {{"REQUEST_METHOD", "HEAD"}, {"QUERY_STRING", "q=mines"}};
            CHECK(canonical(read_cgi_params({env.getter(), &body, {}})) == "q=mines");
        }
        SUBCASE("POST reads the form body and the query string") {
            env.vars = {{"REQUEST_METHOD", "POST"},
                        {"QUERY_STRING", "sort=date"},
                        {"CONTENT_TYPE", "application/x-www-form-urlencoded; charset=UTF-8"},
                        {"CONTENT_LENGTH", "22"}};
            CHECK(canonical(read_cgi_params({env.getter(), &body, {}})) ==
                  "q=from body|session=79|sort=date");
        }
        SUBCASE("no REQUEST_METHOD: argv NAME=VALUE pairs") {
            CHECK(canonical(read_cgi_params({env.getter(), &body, {"q=mines", "limit=5"}})) ==
                  "limit=5|q=mines");
        }
        SUBCASE("other methods, content types and oversized bodies are usage errors") {
            env.vars = {{"REQUEST_METHOD", "PUT"}};
            CHECK_THROWS_WITH_AS(read_cgi_params({env.getter(), &body, {}}),
                                 "the 'PUT' method is not supported; use GET, HEAD or POST",
                                 unres::searcher::MethodNotAllowed);
            env.vars = {{"REQUEST_METHOD", "POST"}, {"CONTENT_TYPE", "multipart/form-data"}};
            CHECK_THROWS_WITH_AS(read_cgi_params({env.getter(), &body, {}}),
                                 "a POST body must be application/x-www-form-urlencoded", unres::UsageError);
            env.vars = {{"REQUEST_METHOD", "POST"},
                        {"CONTENT_TYPE", "application/x-www-form-urlencoded"},
                        {"CONTENT_LENGTH", "9999999"}};
            CHECK_THROWS_WITH_AS(read_cgi_params({env.getter(), &body, {}}), "the request body is too large",
                                 unres::UsageError);
        }
    }

    TEST_CASE("an empty request asks for the start page") {
        const CgiRequest request = request_from("");
        CHECK_FALSE(request.has_search());
        CHECK(request.format == PageFormat::Html);
        CHECK(request.show.empty());
        CHECK(request.search.limit == 10);
        CHECK(request.search.time_limit_ms == CgiLimits::time_limit_ms);
    }

    TEST_CASE("every parameter reaches the request") {
        const CgiRequest request = request_from(
            "q=mines&session=78&session=79&kind=operative&verb=urges&clause=noting+with+deep+regret"
            "&change=new&sort=date&limit=25&offset=50&collapse=1&format=json&show=A%2FRES%2F78%2F45&"
            "opensearch=0");
        CHECK(request.search.query == "mines");
        CHECK(request.search.filters.at("session") == std::vector<std::string>{"78", "79"});
        CHECK(request.search.filters.at("kind") == std::vector<std::string>{"operative"});
        CHECK(request.search.filters.at("verb") == std::vector<std::string>{"urges"});
        CHECK(request.search.filters.at("clause") == std::vector<std::string>{"noting with deep regret"});
        CHECK(request.search.filters.at("change") == std::vector<std::string>{"new"});
        CHECK(request.search.sort == SortOrder::Date);
        CHECK(request.search.limit == 25);
        CHECK(request.search.offset == 50);
        CHECK(request.search.collapse);
        CHECK(request.format == PageFormat::Json);
        CHECK(request.show == "A/RES/78/45");
        CHECK_FALSE(request.opensearch);
        CHECK(request.has_search());
        CHECK(request_from("opensearch=1").opensearch);
        CHECK(request_from("sort=document").search.sort == SortOrder::Document);
        CHECK(request_from("format=html").format == PageFormat::Html);
    }

    TEST_CASE("queries are joined, trimmed, cleaned of controls and repaired") {
        CHECK(request_from("q=+mines+&q=victims").search.query == "mines victims");
        CHECK(request_from("q=a%0Ab%09c%00d").search.query == "a b c d");
        CHECK(request_from("q=caf%E9").search.query == "caf\xEF\xBF\xBD");
        CHECK(request_from("session=+78+&session=78&session=").search.filters.at("session") ==
              std::vector<std::string>{"78"});
    }

    TEST_CASE("limit and offset are capped, not rejected") {
        CHECK(request_from("limit=500").search.limit == CgiLimits::max_limit);
        CHECK(request_from("limit=99999999999999999999").search.limit == CgiLimits::max_limit);
        CHECK(request_from("offset=20000").search.offset == CgiLimits::max_offset);
        CHECK(request_from("offset=0010").search.offset == 10);
        CHECK(request_from("limit=").search.limit == 10);
    }

    TEST_CASE("unknown parameters are ignored and listed") {
        const CgiRequest request = request_from("q=x&utm_source=mail&fbclid=1&utm_source=again");
        CHECK(request.ignored == std::vector<std::string>{"fbclid", "utm_source"});
        CHECK(request.search.query == "x");
    }

    TEST_CASE("bad values are usage errors that name the parameter and quote the value") {
        const std::string long_query(1001, 'a');
        const std::vector<std::pair<std::string, std::string>> table = {
            {"q=" + long_query, "the query is too long (1001 bytes; at most 1000)"},
            {"limit=ten", "limit must be a whole number, not 'ten'"},
            {"limit=-5", "limit must be a whole number, not '-5'"},
            {"limit=0", "limit must be between 1 and 100, not 0"},
            {"offset=1e3", "offset must be a whole number, not '1e3'"},
            {"format=xml", "format must be html, json, csv or jsonl, not 'xml'"},
            {"collapse=maybe", "collapse must be 1 or 0, not 'maybe'"},
            {"opensearch=%3Cb%3E", "opensearch must be 1 or 0, not '<b>'"},
            {"session=" + std::string(201, '7'),
             "the session filter '" + std::string(40, '7') + "…' is too long"},
            {"show=" + std::string(201, 'A'),
             "show '" + std::string(40, 'A') + "…' is too long for a resolution symbol"},
        };
        for (const auto& [query, message] : table) {
            CAPTURE(query);
            CHECK(usage_error_of(query) == message);
        }
        std::string many;
        for (int i = 0; i <= 20; ++i) many += "&verb=v" + std::to_string(i);
        CHECK(usage_error_of(many) == "too many verb filters (at most 20)");
        CHECK(usage_error_of("sort=random") ==
              "sort: 'random' is not one of relevance, date, document, cited");
    }

    TEST_CASE("a query of exactly 1000 bytes is accepted") {
        CHECK(request_from("q=" + std::string(1000, 'a')).search.query.size() == 1000);
    }

    TEST_CASE("url_params and query_string reproduce the request, leaving defaults out") {
        CHECK(query_string(url_params(request_from(""))) == "?");
        const std::string url = query_string(url_params(request_from(
            "offset=20&kind=operative&q=%22mine+victims%22&session=78&sort=date&limit=20&collapse=1"
            "&format=json&show=A%2FRES%2F1&junk=1")));
        CHECK(url ==
              "?q=%22mine+victims%22&session=78&kind=operative&sort=date&limit=20&collapse=1&offset=20");
        const CgiRequest again = request_from(url.substr(1));
        CHECK(query_string(url_params(again)) == url);
        CHECK(query_string({{"q", "<script>&"}}) == "?q=%3Cscript%3E%26");
    }
}
