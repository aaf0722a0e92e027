/// @file
/// @brief libFuzzer target: CGI input (QUERY_STRING, then a POST body after the first newline) -> CgiRequest.
///
/// Checks the limits of CgiLimits and that url_params() round-trips through query_string().
#include "analyzers/error.hpp"
#include "searcher/cgi_request.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <sstream>
#include <string>

using namespace unres::searcher;

namespace {

void check(bool ok) {
    if (!ok) __builtin_trap();
}

void check_request(const CgiRequest& request) {
    check(request.search.limit >= 1 && request.search.limit <= CgiLimits::max_limit);
    check(request.search.offset <= CgiLimits::max_offset);
    check(request.search.query.size() <= CgiLimits::max_query_bytes);
    for (const auto& [facet, values] : request.search.filters) {
        check(values.size() <= CgiLimits::max_filter_values);
        for (const auto& v : values) check(v.size() <= CgiLimits::max_value_bytes);
    }
    // What the page links to must mean the same search again.
    const std::string qs = query_string(url_params(request));
    check(!qs.empty() && qs[0] == '?');
    const CgiRequest again = cgi_request_from_params(parse_query_string(qs.substr(1)));
    check(url_params(again) == url_params(request));
}

}  // namespace

extern "C" auto LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) -> int {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    const std::string query = input.substr(0, newline);
    const std::string body = newline == std::string::npos ? "" : input.substr(newline + 1);
    const std::string length = std::to_string(body.size());
    const bool post = !body.empty();
    std::istringstream in(body);
    const CgiInput cgi{[&](const char* name) -> const char* {
                           if (std::strcmp(name, "REQUEST_METHOD") == 0) return post ? "POST" : "GET";
                           if (std::strcmp(name, "QUERY_STRING") == 0) return query.c_str();
                           if (std::strcmp(name, "CONTENT_LENGTH") == 0) return length.c_str();
                           if (std::strcmp(name, "CONTENT_TYPE") == 0)
                               return "application/x-www-form-urlencoded";
                           return nullptr;
                       },
                       &in,
                       {}};
    try {
        check_request(cgi_request_from_params(read_cgi_params(cgi)));
    } catch (const unres::UsageError&) {
        // A 400 with a message: the documented outcome for a bad request.
    }
    try {
        check_request(cgi_request_from_params(params_from_args({query, body})));
    } catch (const unres::UsageError&) {
    }
    return 0;
}
