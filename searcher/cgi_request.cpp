/// @file
/// @brief CGI parameter decoding and validation (see cgi_request.hpp).
#include "searcher/cgi_request.hpp"

#include "analyzers/error.hpp"
#include "analyzers/text/ascii.hpp"
#include "analyzers/text/utf8.hpp"
#include "searcher/escape.hpp"
#include "searcher/query_language.hpp"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <set>

namespace unres::searcher {
namespace {

/// A value quoted for an error message: at most 40 bytes (cut on a UTF-8 boundary), in quotes.
auto quoted(std::string_view value) -> std::string {
    constexpr std::size_t max_shown = 40;
    if (value.size() <= max_shown) return "'" + std::string(value) + "'";
    std::size_t cut = max_shown;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
    return "'" + std::string(value.substr(0, cut)) + "…'";
}

/// Parses a whole number for @p name; empty keeps @p fallback; larger than @p cap gives @p cap.
auto parse_count(const std::string& name, const std::string& raw, std::size_t fallback, std::size_t cap)
    -> std::size_t {
    const std::string value = std::string(analyzers::trim(raw));
    if (value.empty()) return fallback;
    if (!std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        throw UsageError(name + " must be a whole number, not " + quoted(value));
    }
    const auto digits = value.find_first_not_of('0');
    if (digits == std::string::npos) return 0;
    if (value.size() - digits > 9) return cap;  // beyond any cap; avoid overflow
    return std::min<std::size_t>(std::strtoul(value.c_str() + digits, nullptr, 10), cap);
}

auto parse_flag(const std::string& name, const std::string& raw) -> bool {
    const std::string value = std::string(analyzers::trim(raw));
    if (value.empty() || value == "0" || value == "false" || value == "off" || value == "no") return false;
    if (value == "1" || value == "true" || value == "on" || value == "yes") return true;
    throw UsageError(name + " must be 1 or 0, not " + quoted(value));
}

/// Control characters in a query (a pasted newline, a tab) become spaces.
auto clean_query(std::string text) -> std::string {
    for (char& c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F) c = ' ';
    }
    return std::string(analyzers::trim(text));
}

auto is_facet(const std::string& name) -> bool {
    const auto& names = facet_names();
    return std::find(names.begin(), names.end(), name) != names.end();
}

auto add_pair(CgiParams& params, std::string_view name, std::string_view value) {
    std::string clean_name = analyzers::repair_utf8(name);
    if (clean_name.empty()) return;
    params.emplace(std::move(clean_name), analyzers::repair_utf8(value));
}

}  // namespace

auto CgiRequest::has_search() const -> bool { return !search.query.empty() || !search.filters.empty(); }

auto parse_query_string(std::string_view text) -> CgiParams {
    CgiParams params;
    while (!text.empty()) {
        const auto end = text.find_first_of("&;");
        const std::string_view pair = text.substr(0, end);
        const auto eq = pair.find('=');
        if (eq == std::string_view::npos) {
            add_pair(params, url_decode(pair), "");
        } else {
            add_pair(params, url_decode(pair.substr(0, eq)), url_decode(pair.substr(eq + 1)));
        }
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return params;
}

auto params_from_args(const std::vector<std::string>& args) -> CgiParams {
    CgiParams params;
    for (const auto& arg : args) {
        const auto eq = arg.find('=');
        const std::string_view view(arg);
        if (eq == std::string::npos) {
            add_pair(params, view, "");
        } else {
            add_pair(params, view.substr(0, eq), view.substr(eq + 1));
        }
    }
    return params;
}

auto read_cgi_params(const CgiInput& input) -> CgiParams {
    const auto env = [&](const char* name) -> std::string {
        const char* value = input.getenv ? input.getenv(name) : nullptr;
        return value ? value : "";
    };
    const char* method_env = input.getenv ? input.getenv("REQUEST_METHOD") : nullptr;
    if (method_env == nullptr) return params_from_args(input.args);
    const std::string method = method_env;
    CgiParams params = parse_query_string(env("QUERY_STRING"));
    if (method == "GET" || method == "HEAD") return params;
    if (method != "POST") {
        throw MethodNotAllowed("the " + quoted(method) + " method is not supported; use GET, HEAD or POST");
    }

    const std::string type = env("CONTENT_TYPE");
    if (type.rfind("application/x-www-form-urlencoded", 0) != 0) {
        throw UsageError("a POST body must be application/x-www-form-urlencoded");
    }
    const std::string length_text = std::string(analyzers::trim(env("CONTENT_LENGTH")));
    std::size_t length = 0;
    if (!length_text.empty()) {
        if (!std::all_of(length_text.begin(), length_text.end(),
                         [](char c) { return c >= '0' && c <= '9'; }) ||
            length_text.size() > 9) {
            throw UsageError("the request body is too large");
        }
        length = std::strtoul(length_text.c_str(), nullptr, 10);
    }
    if (length > CgiLimits::max_body_bytes) throw UsageError("the request body is too large");
    std::string body(length, '\0');
    if (length > 0 && input.body != nullptr) {
        input.body->read(body.data(), static_cast<std::streamsize>(length));
        body.resize(static_cast<std::size_t>(input.body->gcount()));
    }
    params.merge(parse_query_string(body));
    return params;
}

auto cgi_request_from_params(const CgiParams& params) -> CgiRequest {
    CgiRequest request;
    request.search.time_limit_ms = CgiLimits::time_limit_ms;
    std::set<std::string> ignored;
    std::string query;
    for (const auto& [name, value] : params) {
        if (name == "q") {
            const std::string part = clean_query(value);
            if (!part.empty()) query += (query.empty() ? "" : " ") + part;
        } else if (is_facet(name)) {
            const std::string filter = std::string(analyzers::trim(value));
            if (filter.empty()) continue;
            if (filter.size() > CgiLimits::max_value_bytes) {
                throw UsageError("the " + name + " filter " + quoted(filter) + " is too long");
            }
            auto& values = request.search.filters[name];
            if (std::find(values.begin(), values.end(), filter) != values.end()) continue;
            if (values.size() == CgiLimits::max_filter_values) {
                throw UsageError("too many " + name + " filters (at most " +
                                 std::to_string(CgiLimits::max_filter_values) + ")");
            }
            values.push_back(filter);
        } else if (name == "limit") {
            request.search.limit = parse_count(name, value, request.search.limit, CgiLimits::max_limit);
            if (request.search.limit == 0) throw UsageError("limit must be between 1 and 100, not 0");
        } else if (name == "offset") {
            request.search.offset = parse_count(name, value, 0, CgiLimits::max_offset);
        } else if (name == "sort") {
            const std::string sort = std::string(analyzers::trim(value));
            if (!sort.empty()) request.search.sort = sort_order_from_name(sort);
        } else if (name == "collapse") {
            request.search.collapse = parse_flag(name, value);
        } else if (name == "format") {
            const std::string format = std::string(analyzers::trim(value));
            if (format == "json") {
                request.format = PageFormat::Json;
            } else if (format == "csv") {
                request.format = PageFormat::Csv;
            } else if (format == "jsonl") {
                request.format = PageFormat::Jsonl;
            } else if (format == "html" || format.empty()) {
                request.format = PageFormat::Html;
            } else {
                throw UsageError("format must be html, json, csv or jsonl, not " + quoted(format));
            }
        } else if (name == "show") {
            request.show = analyzers::trim(value);
            if (request.show.size() > CgiLimits::max_value_bytes) {
                throw UsageError("show " + quoted(request.show) + " is too long for a resolution symbol");
            }
        } else if (name == "history") {
            request.history = analyzers::trim(value);
            if (request.history.size() > CgiLimits::max_value_bytes) {
                throw UsageError("history " + quoted(request.history) + " is too long for a paragraph id");
            }
        } else if (name == "lang") {  // the page's language: of the query and of the resolution shown
            request.search.language = checked_language("lang", std::string(analyzers::trim(value)));
        } else if (name == "opensearch") {
            request.opensearch = parse_flag(name, value);
        } else if (name == "like") {
            request.like = value;
            if (request.like.size() > CgiLimits::max_draft_bytes) {
                throw UsageError("the draft is too long (" + std::to_string(request.like.size()) +
                                 " bytes; at most " + std::to_string(CgiLimits::max_draft_bytes) + ")");
            }
        } else if (name == "more") {  // the facet shown whole
            const std::string facet = std::string(analyzers::trim(value));
            const auto& names = facet_names();
            if (!facet.empty() && std::find(names.begin(), names.end(), facet) == names.end())
                throw UsageError("more must name a facet, not " + quoted(facet));
            request.more = facet;
        } else {
            ignored.insert(name);
        }
    }
    if (query.size() > CgiLimits::max_query_bytes) {
        throw UsageError("the query is too long (" + std::to_string(query.size()) + " bytes; at most " +
                         std::to_string(CgiLimits::max_query_bytes) + ")");
    }
    request.search.query = std::move(query);
    request.ignored.assign(ignored.begin(), ignored.end());
    return request;
}

auto url_params(const CgiRequest& request) -> UrlParams {
    const SearchRequest& search = request.search;
    const SearchRequest defaults;
    UrlParams params;
    if (!search.query.empty()) params.emplace_back("q", search.query);
    for (const auto& facet : facet_names()) {
        const auto found = search.filters.find(facet);
        if (found == search.filters.end()) continue;
        for (const auto& value : found->second) params.emplace_back(facet, value);
    }
    if (search.sort != defaults.sort) params.emplace_back("sort", sort_order_name(search.sort));
    if (search.limit != defaults.limit) params.emplace_back("limit", std::to_string(search.limit));
    if (search.collapse) params.emplace_back("collapse", "1");
    if (!search.language.empty()) params.emplace_back("lang", search.language);
    if (!request.more.empty()) params.emplace_back("more", request.more);
    if (search.offset != 0) params.emplace_back("offset", std::to_string(search.offset));
    return params;
}

auto query_string(const UrlParams& params) -> std::string {
    std::string out = "?";
    for (const auto& [name, value] : params) {
        if (out.size() > 1) out += '&';
        out += url_encode(name) + '=' + url_encode(value);
    }
    return out;
}

}  // namespace unres::searcher
