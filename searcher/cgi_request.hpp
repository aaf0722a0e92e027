/// @file
/// @brief CGI parameters (QUERY_STRING, POST body or argv NAME=VALUE) -> CgiRequest, and back to URLs.
#pragma once

#include "analyzers/error.hpp"
#include "searcher/search_request.hpp"

#include <cstddef>
#include <functional>
#include <istream>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace unres::searcher {

/// Decoded parameters, in name order; a name may repeat (session=78&session=79), as in Omega.
using CgiParams = std::multimap<std::string, std::string>;
/// An ordered list of NAME=VALUE pairs to write into a URL.
using UrlParams = std::vector<std::pair<std::string, std::string>>;

/// Limits on what one request may ask for; larger numbers are capped, longer text rejected.
struct CgiLimits {
    static constexpr std::size_t max_query_bytes = 1000;
    static constexpr std::size_t max_limit = 100;
    static constexpr std::size_t max_offset = 10000;
    static constexpr std::size_t max_filter_values = 20;   ///< per facet
    static constexpr std::size_t max_value_bytes = 200;    ///< a filter value or a show id
    static constexpr std::size_t max_body_bytes = 65536;   ///< POST body
    static constexpr std::size_t max_draft_bytes = 20000;  ///< like=: a pasted draft
    static constexpr unsigned time_limit_ms = 2000;        ///< matching time per request
    static constexpr std::size_t max_export_rows = 50000;  ///< format=csv|jsonl: the first hits, streamed
};

/// What a request answers with: the page, JSON, or a download of the whole result set.
enum class PageFormat { Html, Json, Csv, Jsonl };

/// Formats read by programs: their errors are JSON too.
[[nodiscard]] inline auto is_data_format(PageFormat format) -> bool { return format != PageFormat::Html; }

/// What one page request asks for. All state lives in the URL, so this round-trips through
/// url_params() and query_string().
struct CgiRequest {
    SearchRequest search;
    PageFormat format = PageFormat::Html;
    std::string show;                  ///< "A/RES/78/45" (a resolution view) or ""
    std::string history;               ///< "A/RES/79/34#pp12" (a paragraph's history view) or ""
    bool opensearch = false;           ///< ?opensearch=1: the OpenSearch description
    std::string like;                  ///< like=DRAFT: the precedents of a pasted draft ("" = none)
    std::string more;                  ///< ?more=clause: the facet whose values are all listed ("" = none)
    std::vector<std::string> ignored;  ///< unknown parameter names, sorted, each once

    /// True when there is something to search for: a query or at least one filter.
    [[nodiscard]] auto has_search() const -> bool;
};

/**
 * Splits a query string or form body ("q=mines&session=78") at `&` and `;`, URL-decodes names
 * and values (`+`, %XX) and repairs invalid UTF-8 with U+FFFD. Pairs without `=` get an empty
 * value; empty names are dropped. Empty input gives no parameters. Never throws.
 */
[[nodiscard]] auto parse_query_string(std::string_view text) -> CgiParams;

/// `NAME=VALUE` command-line arguments (Omega's decode_argv), taken literally (no URL decoding)
/// but UTF-8-repaired. An argument without `=` is a name with an empty value.
[[nodiscard]] auto params_from_args(const std::vector<std::string>& args) -> CgiParams;

/// Where a CGI invocation reads its input from; getenv returns nullptr for an unset variable.
struct CgiInput {
    std::function<const char*(const char*)> getenv;
    std::istream* body = nullptr;   ///< stdin, for POST
    std::vector<std::string> args;  ///< argv[1..], used when REQUEST_METHOD is unset
};

/// A request method the page does not answer (PUT, DELETE…): answered 405 with `Allow: GET, HEAD, POST`.
class MethodNotAllowed : public UsageError {
  public:
    using UsageError::UsageError;
};

/**
 * The parameters of one invocation: GET/HEAD read QUERY_STRING; POST reads CONTENT_LENGTH bytes
 * of an application/x-www-form-urlencoded body (and QUERY_STRING too); with REQUEST_METHOD unset
 * the arguments are NAME=VALUE pairs (testing without a web server).
 * Throws MethodNotAllowed for another method, UsageError for another POST content type or a body over
 * max_body_bytes.
 */
[[nodiscard]] auto read_cgi_params(const CgiInput& input) -> CgiParams;

/**
 * Builds the request: q (repeats are joined by spaces), one parameter per facet of facet_names()
 * (repeatable; OR within a facet), sort, limit, offset, collapse, format (html|json), show and
 * opensearch, more (a facet name: list all its values), and lang (ar|en|es|fr|ru|zh|auto: the page's
 * language, see query_language.hpp; a bad code is a UsageError). limit and offset above CgiLimits are capped;
 * unknown names go to `ignored`; control characters in the query become spaces. Throws UsageError, naming the
 * parameter and quoting the value, for a query over max_query_bytes, a number that is not a whole number,
 * limit 0, an unknown sort or format, or too many or too long filter values.
 */
[[nodiscard]] auto cgi_request_from_params(const CgiParams& params) -> CgiRequest;

/**
 * The parameters that reproduce @p request's search page, in a fixed order (q, facets in
 * facet_names() order, sort, limit, collapse, lang, offset), leaving out defaults. Format, show and
 * ignored names are not included.
 */
[[nodiscard]] auto url_params(const CgiRequest& request) -> UrlParams;

/// "?a=1&b=2" with names and values url_encode()d; "?" alone for no parameters (the bare page).
[[nodiscard]] auto query_string(const UrlParams& params) -> std::string;

}  // namespace unres::searcher
