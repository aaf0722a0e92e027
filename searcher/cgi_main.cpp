/// @file
/// @brief unres.cgi: decode the request, search or show, render HTML or JSON; the single catch site.
#include "analyzers/error.hpp"
#include "searcher/cgi_request.hpp"
#include "searcher/history_page.hpp"
#include "searcher/language_links.hpp"
#include "searcher/render_html.hpp"
#include "searcher/render_json.hpp"
#include "searcher/render_lineage.hpp"
#include "searcher/search.hpp"

#include <xapian.h>

#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#ifndef UNRES_WEB_DIR
#define UNRES_WEB_DIR "/usr/local/share/unres/web"
#endif

namespace {

using namespace unres::searcher;

struct Response {
    int status = 200;
    std::string content_type = "text/html; charset=utf-8";
    std::string body;
};

/// A failure shown to the user: status, a heading and a message without paths or internals.
struct Failure {
    int status;
    std::string heading;
    std::string message;
};

auto env_or(const char* name, const std::string& fallback) -> std::string {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? value : fallback;
}

/// UNRES_DB: one or more database paths separated by ':' (as PATH is).
auto databases_from_env() -> std::vector<std::string> {
    std::vector<std::string> databases;
    const std::string list = env_or("UNRES_DB", "");
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto end = std::min(list.find(':', start), list.size());
        if (end > start) databases.push_back(list.substr(start, end - start));
        start = end + 1;
    }
    if (databases.empty()) throw unres::DatabaseError("UNRES_DB is not set");
    return databases;
}

/// UNRES_REMOTE_TIMEOUT (milliseconds, for remote shards in stub files) and UNRES_ALLOW_PARTIAL=1.
auto database_options_from_env() -> DatabaseOptions {
    DatabaseOptions options;
    const std::string timeout = env_or("UNRES_REMOTE_TIMEOUT", "");
    const bool digits = timeout.find_first_not_of("0123456789") == std::string::npos;
    if (!timeout.empty() && digits && timeout.size() < 9) {
        options.remote_timeout_ms = std::max(1UL, std::stoul(timeout));
    }
    options.allow_partial = env_or("UNRES_ALLOW_PARTIAL", "0") == "1";
    return options;
}

/// The absolute URL of this script for the OpenSearch description; a Host header with anything
/// but host-name characters is ignored.
auto self_url() -> std::string {
    std::string host = env_or("HTTP_HOST", env_or("SERVER_NAME", "localhost"));
    if (host.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]") !=
        std::string::npos) {
        host = "localhost";
    }
    const std::string scheme = env_or("HTTPS", "off") == "on" ? "https" : "http";
    return env_or("UNRES_BASE_URL", scheme + "://" + host + env_or("SCRIPT_NAME", "/unres.cgi"));
}

auto status_text(int status) -> const char* {
    switch (status) {
        case 200:
            return "OK";
        case 400:
            return "Bad Request";
        case 404:
            return "Not Found";
        case 503:
            return "Service Unavailable";
        default:
            return "Internal Server Error";
    }
}

auto json_response(int status, const nlohmann::ordered_json& body) -> Response {
    return {status, "application/json; charset=utf-8", body.dump(2) + "\n"};
}

auto respond(const CgiRequest& request, const PageSettings& settings,
             const std::optional<HtmlTemplates>& templates) -> Response {
    const auto html = [&](const std::string& name, const nlohmann::json& view) -> std::string {
        if (!templates) throw Failure{500, "Something went wrong", "The search page could not be built."};
        return templates->render(name, view);
    };
    if (request.opensearch) {
        return {200, "application/opensearchdescription+xml; charset=utf-8",
                html("opensearch", opensearch_view(settings))};
    }
    const bool as_json = request.format == PageFormat::Json;
    if (request.show.empty() && request.history.empty() && !request.has_search()) {
        if (as_json) throw unres::UsageError("give a query (q=…) or a filter");
        return {200, "text/html; charset=utf-8", html("results", home_view(settings, request))};
    }
    Searcher searcher(databases_from_env(), database_options_from_env());
    if (!request.show.empty()) {
        const std::optional<ShowResult> show =
            searcher.show(request.show, show_language(request.search.language));
        if (!show)
            throw Failure{404, "Resolution not found", "The index holds no resolution " + request.show + "."};
        if (as_json) return json_response(200, show_to_json(*show));
        return {200, "text/html; charset=utf-8", html("show", show_view(settings, request, *show))};
    }
    if (!request.history.empty()) {
        const std::optional<History> history = searcher.history(request.history, "history");
        if (!history)
            throw Failure{404, "Paragraph not found",
                          "The index holds no paragraph " + request.history + "."};
        if (as_json) return json_response(200, history_to_json(*history));
        return {200, "text/html; charset=utf-8", html("history", history_view(settings, request, *history))};
    }
    const SearchResult result = searcher.search(request.search);
    if (as_json) return json_response(200, result_to_json(result));
    return {200, "text/html; charset=utf-8", html("results", results_view(settings, request, result))};
}

/// Internal errors go to stderr, which the web server keeps in its error log; the page never shows them.
void log_error(const std::string& what) { std::cerr << "unres.cgi: " << what << '\n'; }

/// Shown when the templates themselves cannot be loaded: a constant page, nothing interpolated.
constexpr const char* k_fallback_page =
    "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Search unavailable</title>"
    "<h1>Search is unavailable</h1><p>The search page is not set up correctly. Please try again "
    "later.</p></html>\n";

auto failure_response(const Failure& failure, const CgiRequest& request, const PageSettings& settings,
                      const std::optional<HtmlTemplates>& templates) -> Response {
    if (request.format == PageFormat::Json) {
        return json_response(failure.status, {{"error", failure.message}, {"status", failure.status}});
    }
    if (!templates) return {failure.status, "text/html; charset=utf-8", k_fallback_page};
    try {
        return {failure.status, "text/html; charset=utf-8",
                templates->render("error", error_view(settings, request, failure.status, failure.heading,
                                                      failure.message))};
    } catch (...) {
        return {failure.status, "text/html; charset=utf-8", k_fallback_page};
    }
}

void write(const Response& response, bool head_only) {
    std::cout << "Status: " << response.status << ' ' << status_text(response.status) << "\r\n"
              << "Content-Type: " << response.content_type << "\r\n"
              << "Content-Security-Policy: default-src 'none'; style-src 'self'; script-src 'self'; "
                 "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'\r\n"
              << "X-Content-Type-Options: nosniff\r\n"
              << "Referrer-Policy: same-origin\r\n"
              << "Cache-Control: " << (response.status == 200 ? "max-age=300" : "no-store") << "\r\n\r\n";
    if (!head_only) std::cout << response.body;
    std::cout.flush();
}

}  // namespace

auto main(int argc, char** argv) -> int {
    PageSettings settings{env_or("UNRES_STATIC_URL", "static"), self_url()};
    CgiRequest request;
    std::optional<HtmlTemplates> templates;
    // Templates are read only for HTML answers (JSON requests skip the work).
    auto load_templates = [&templates, tried = false]() mutable {
        if (tried) return;
        tried = true;
        try {
            templates.emplace(env_or("UNRES_TEMPLATE", UNRES_WEB_DIR));
        } catch (const std::exception&) {
            // Rendered as the constant fallback page; the message names template files.
        }
    };
    Response response;
    std::optional<Failure> fail;
    try {
        const CgiInput input{[](const char* name) -> const char* { return std::getenv(name); }, &std::cin,
                             std::vector<std::string>(argv + std::min(argc, 1), argv + argc)};
        const CgiParams params = read_cgi_params(input);
        // Errors found while validating are still answered in the format asked for.
        const auto format = params.find("format");
        if (format != params.end() && format->second == "json") request.format = PageFormat::Json;
        if (request.format != PageFormat::Json) load_templates();
        request = cgi_request_from_params(params);
        response = respond(request, settings, templates);
    } catch (const Failure& failure) {
        fail = failure;
    } catch (const unres::UsageError& error) {
        fail = Failure{400, "Please check your search", error.what()};
    } catch (const unres::DatabaseError& error) {
        log_error(error.what());
        fail = Failure{503, "Search is unavailable", "The index is not available. Please try again later."};
    } catch (const Xapian::QueryParserError&) {
        fail = Failure{400, "Please check your search", "The query could not be understood."};
    } catch (const Xapian::DatabaseError& error) {
        log_error(error.get_description());
        fail = Failure{503, "Search is unavailable", "The index is not available. Please try again later."};
    } catch (const Xapian::Error& error) {
        log_error(error.get_description());
        fail = Failure{500, "Something went wrong", "The search could not be completed. Please try again."};
    } catch (const std::exception& error) {
        log_error(error.what());
        fail = Failure{500, "Something went wrong", "The search could not be completed. Please try again."};
    } catch (...) {
        log_error("unknown exception");
        fail = Failure{500, "Something went wrong", "The search could not be completed. Please try again."};
    }
    if (fail) {
        if (request.format != PageFormat::Json) load_templates();
        response = failure_response(*fail, request, settings, templates);
    }
    const char* method = std::getenv("REQUEST_METHOD");
    write(response, method != nullptr && std::string(method) == "HEAD");
    return 0;
}
