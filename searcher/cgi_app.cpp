/// @file
/// @brief CgiApp: one page request in, one CGI response out; databases and templates kept between requests.
#include "searcher/cgi_app.hpp"

#include "analyzers/error.hpp"
#include "searcher/history_page.hpp"
#include "searcher/language_links.hpp"
#include "searcher/precedents_page.hpp"
#include "searcher/render_export.hpp"
#include "searcher/render_html.hpp"
#include "searcher/render_json.hpp"
#include "searcher/render_lineage.hpp"
#include "searcher/request_slots.hpp"
#include "searcher/search.hpp"

#include <xapian.h>

#include <sys/stat.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#ifndef UNRES_WEB_DIR
#define UNRES_WEB_DIR "/usr/local/share/unres/web"
#endif

namespace unres::searcher {
namespace {

/// Response header lines beyond those every answer has ("Allow", "Retry-After").
using ExtraHeaders = std::vector<std::pair<std::string, std::string>>;

struct Response {
    Response() = default;
    Response(int status_code, std::string type, std::string text, ExtraHeaders extra = {})
        : status(status_code),
          content_type(std::move(type)),
          body(std::move(text)),
          headers(std::move(extra)) {}

    int status = 200;
    std::string content_type = "text/html; charset=utf-8";
    std::string body;
    ExtraHeaders headers;
    /// When set, writes the body instead of @c body, after the header lines have gone out (a download
    /// streamed as it is built).
    std::function<void(std::ostream&)> stream;
};

/// A failure shown to the user: status, a heading and a message without paths or internals.
struct Failure {
    Failure(int status_code, std::string title, std::string text, ExtraHeaders extra = {})
        : status(status_code),
          heading(std::move(title)),
          message(std::move(text)),
          headers(std::move(extra)) {}

    int status;
    std::string heading;
    std::string message;
    ExtraHeaders headers;
};

/// The request's environment (under FastCGI, the parameters the web server sent).
class Environment {
  public:
    explicit Environment(const CgiInput& input) : m_input(input) {}
    [[nodiscard]] auto get(const char* name, const std::string& fallback = "") const -> std::string {
        const char* value = m_input.getenv ? m_input.getenv(name) : nullptr;
        return value != nullptr && *value != '\0' ? value : fallback;
    }

  private:
    const CgiInput& m_input;
};

/// UNRES_DB: one or more database paths separated by ':' (as PATH is).
auto databases_from(const Environment& env) -> std::vector<std::string> {
    std::vector<std::string> databases;
    const std::string list = env.get("UNRES_DB");
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto end = std::min(list.find(':', start), list.size());
        if (end > start) databases.push_back(list.substr(start, end - start));
        start = end + 1;
    }
    if (databases.empty()) throw DatabaseError("UNRES_DB is not set");
    return databases;
}

/// UNRES_REMOTE_TIMEOUT (milliseconds, for remote shards in stub files) and UNRES_ALLOW_PARTIAL=1.
auto database_options_from(const Environment& env) -> DatabaseOptions {
    DatabaseOptions options;
    const std::string timeout = env.get("UNRES_REMOTE_TIMEOUT");
    const bool digits = timeout.find_first_not_of("0123456789") == std::string::npos;
    if (!timeout.empty() && digits && timeout.size() < 9) {
        options.remote_timeout_ms = std::max(1UL, std::stoul(timeout));
    }
    options.allow_partial = env.get("UNRES_ALLOW_PARTIAL", "0") == "1";
    return options;
}

/// Rows of a download written between flushes, so the client receives the first rows while the last
/// are built.
constexpr std::size_t k_export_flush_rows = 50;

/// UNRES_EXPORT_HOLD names a FIFO a download waits on after its header lines, until something is written to
/// it: a test sees the headers of an answer the page has not finished, however fast or slow the machine.
void wait_for_release(const std::string& hold) {
    if (hold.empty()) return;
    std::ifstream gate(hold);  // opening a FIFO blocks until a writer opens it
    std::string line;
    std::getline(gate, line);
}

/// format=csv|jsonl: the first CgiLimits::max_export_rows hits of the whole result set as a download,
/// streamed: each hit is built, written and forgotten. X-Unres-Total and X-Unres-Exported say how many
/// matched and how many follow. A query error is found before the first header line goes out.
auto export_response(const CgiRequest& request, Searcher& searcher, const std::string& hold) -> Response {
    SearchRequest all = request.search;
    all.offset = 0;
    all.limit = CgiLimits::max_export_rows;
    all.facets = false;
    const bool csv = request.format == PageFormat::Csv;
    all.snippets = !csv;  // the CSV has the whole text and no snippet
    auto hits = std::make_shared<HitStream>(searcher.stream(all));
    Response response{200,
                      csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
                      "",
                      {{"Content-Disposition", std::string("attachment; filename=\"unres-results.") +
                                                   (csv ? "csv" : "jsonl") + "\""},
                       {"X-Unres-Total", std::to_string(hits->total())},
                       {"X-Unres-Exported", std::to_string(hits->size())}}};
    response.stream = [hits, csv, hold](std::ostream& out) {
        wait_for_release(hold);
        if (csv) out << csv_header();
        std::size_t rows = 0;
        hits->for_each([&](const Hit& hit) {
            if (csv) {
                out << csv_row(hit);
            } else {
                out << jsonl_hit(hit);
            }
            if (++rows % k_export_flush_rows == 0) out.flush();
        });
    };
    return response;
}

/// The format an error is answered in before the request is read whole: JSON when any data format
/// (json, csv, jsonl) was asked for, else the HTML page.
auto error_format(const CgiParams& params) -> PageFormat {
    const auto format = params.find("format");
    const bool data = format != params.end() && format->second != "html" && !format->second.empty();
    return data ? PageFormat::Json : PageFormat::Html;
}

/// UNRES_MAX_REQUESTS: searches served at once (with UNRES_SLOT_DIR); default twice the cores.
auto max_requests(const Environment& env) -> unsigned {
    const std::string text = env.get("UNRES_MAX_REQUESTS");
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (!text.empty() && ec == std::errc() && end == text.data() + text.size() && value > 0) return value;
    return 2 * std::max(1U, std::thread::hardware_concurrency());
}

/// The URL of this script for the OpenSearch description and links: UNRES_BASE_URL as configured
/// (e.g. https://search.example.org/unres.cgi), never the request's Host header, which a client
/// chooses; without it, the script's path alone (SCRIPT_NAME), which a browser resolves against the page.
auto self_url(const Environment& env) -> std::string {
    return env.get("UNRES_BASE_URL", env.get("SCRIPT_NAME", "/unres.cgi"));
}

/// Which files UNRES_DB names: a database moved into place (a fresh build) is another file, which an
/// open database would never see by reopening.
auto identity_of(const std::vector<std::string>& paths) -> std::string {
    std::string id;
    for (const auto& path : paths) {
        struct stat st {};
        id += path;
        if (::stat(path.c_str(), &st) == 0) {
            id += ':' + std::to_string(st.st_dev) + ':' + std::to_string(st.st_ino);
            if (S_ISREG(st.st_mode)) id += ':' + std::to_string(st.st_mtime);  // a stub file
        }
        id += '\n';
    }
    return id;
}

auto status_text(int status) -> const char* {
    switch (status) {
        case 200:
            return "OK";
        case 400:
            return "Bad Request";
        case 404:
            return "Not Found";
        case 405:
            return "Method Not Allowed";
        case 503:
            return "Service Unavailable";
        default:
            return "Internal Server Error";
    }
}

auto json_response(int status, const nlohmann::ordered_json& body) -> Response {
    return {status, "application/json; charset=utf-8", body.dump(2) + "\n"};
}

/// Internal errors go to stderr, which the web server keeps in its error log; the page never shows them.
void log_error(const std::string& what) { std::cerr << "unres.cgi: " << what << std::endl; }

/// Shown when the templates themselves cannot be loaded: a constant page, nothing interpolated.
constexpr const char* k_fallback_page =
    "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Search unavailable</title>"
    "<h1>Search is unavailable</h1><p>The search page is not set up correctly. Please try again "
    "later.</p></html>\n";

/// @p response's status and header lines and the blank line after them.
void write_head(const Response& response, std::ostream& out) {
    out << "Status: " << response.status << ' ' << status_text(response.status) << "\r\n"
        << "Content-Type: " << response.content_type << "\r\n"
        << "Content-Security-Policy: default-src 'none'; style-src 'self'; script-src 'self'; "
           "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'\r\n"
        << "X-Content-Type-Options: nosniff\r\n"
        << "Referrer-Policy: same-origin\r\n";
    for (const auto& [name, value] : response.headers) out << name << ": " << value << "\r\n";
    out << "Cache-Control: " << (response.status == 200 ? "max-age=300" : "no-store") << "\r\n\r\n";
}

/// @p response whole (its body unless @p head_only); a streamed body goes out as it is written, and a
/// failure midway ends it short (its header lines are gone already), logged.
void write_response(const Response& response, bool head_only, std::ostream& out) {
    write_head(response, out);
    if (head_only) return;
    if (!response.stream) {
        out << response.body;
        return;
    }
    out.flush();  // the header lines reach the client before the body is built
    try {
        response.stream(out);
    } catch (const Xapian::Error& error) {
        log_error("download cut short: " + error.get_description());
    } catch (const std::exception& error) {
        log_error(std::string("download cut short: ") + error.what());
    }
}

}  // namespace

struct CgiApp::Impl {
    std::optional<HtmlTemplates> templates;
    std::string templates_dir;  ///< where `templates` were read from ("" = not yet tried)
    std::optional<Searcher> searcher;
    std::string searcher_key;  ///< UNRES_DB and options the searcher was opened with, and their files

    /// The templates of UNRES_TEMPLATE, read once per directory; empty when they cannot be read.
    auto load_templates(const Environment& env) -> const std::optional<HtmlTemplates>& {
        const std::string dir = env.get("UNRES_TEMPLATE", UNRES_WEB_DIR);
        if (dir == templates_dir) return templates;
        templates_dir = dir;
        templates.reset();
        try {
            templates.emplace(dir);
        } catch (const std::exception& error) {  // the page falls back to a constant one; the log says why
            log_error("templates in " + dir + " cannot be read (set UNRES_TEMPLATE): " + error.what());
        }
        return templates;
    }

    /// The searcher of UNRES_DB at its newest revision, opened again when the databases changed files.
    auto open_searcher(const Environment& env) -> Searcher& {
        const auto databases = databases_from(env);
        const auto options = database_options_from(env);
        const std::string key = identity_of(databases) + std::to_string(options.remote_timeout_ms) +
                                (options.allow_partial ? "+partial" : "");
        if (searcher && key == searcher_key) {
            searcher->refresh();
            return *searcher;
        }
        searcher.reset();
        searcher.emplace(databases, options);
        searcher_key = key;
        return *searcher;
    }

    auto respond(const Environment& env, const CgiRequest& request, const PageSettings& settings)
        -> Response {
        const auto& page_templates = templates;
        const auto html = [&](const std::string& name, const nlohmann::json& view) -> std::string {
            if (!page_templates)
                throw Failure{500, "Something went wrong", "The search page could not be built."};
            return page_templates->render(name, view);
        };
        if (request.opensearch) {
            return {200, "application/opensearchdescription+xml; charset=utf-8",
                    html("opensearch", opensearch_view(settings))};
        }
        const bool as_json = request.format == PageFormat::Json;
        if (request.like.find_first_not_of(" \t\r\n") != std::string::npos) {  // precedents for a draft
            const auto language = request.search.language == "auto" ? "" : request.search.language;
            const PrecedentReport report = open_searcher(env).precedents(request.like, language);
            if (as_json) return json_response(200, precedents_to_json(report));
            return {200, "text/html; charset=utf-8",
                    html("precedents", precedents_view(settings, request, report))};
        }
        if (request.show.empty() && request.history.empty() && !request.has_search()) {
            if (as_json) throw UsageError("give a query (q=…) or a filter");
            try {  // what the index holds, when it can be read; the start page works without it
                const IndexOverview overview = open_searcher(env).overview();
                return {200, "text/html; charset=utf-8",
                        html("results", home_view(settings, request, overview))};
            } catch (const DatabaseError&) {
            } catch (const Xapian::Error&) {
            }
            return {200, "text/html; charset=utf-8", html("results", home_view(settings, request))};
        }
        Searcher& search = open_searcher(env);
        if (!request.show.empty()) {
            const std::optional<ShowResult> show =
                search.show(request.show, show_language(request.search.language), request.search.query);
            if (!show)
                throw Failure{404, "Resolution not found",
                              "The index holds no resolution " + request.show + "."};
            if (as_json) return json_response(200, show_to_json(*show));
            return {200, "text/html; charset=utf-8", html("show", show_view(settings, request, *show))};
        }
        if (!request.history.empty()) {
            const std::optional<History> history = search.history(request.history, "history");
            if (!history)
                throw Failure{404, "Paragraph not found",
                              "The index holds no paragraph " + request.history + "."};
            if (as_json) return json_response(200, history_to_json(*history));
            return {200, "text/html; charset=utf-8",
                    html("history", history_view(settings, request, *history))};
        }
        if (as_json) return json_response(200, result_to_json(search.search(request.search)));
        if (request.format == PageFormat::Csv || request.format == PageFormat::Jsonl) {
            return export_response(request, search, env.get("UNRES_EXPORT_HOLD"));
        }
        // The page keeps every value of a chosen facet in view (values of one facet OR).
        SearchRequest page_search = request.search;
        page_search.chosen_facets_whole = true;
        const SearchResult result = search.search(page_search);
        return {200, "text/html; charset=utf-8", html("results", results_view(settings, request, result))};
    }

    auto failure_response(const Failure& failure, const CgiRequest& request, const PageSettings& settings)
        -> Response {
        Response response = failure_body(failure, request, settings);
        response.headers = failure.headers;
        return response;
    }

    /// The page (or JSON object) that tells the user what went wrong.
    auto failure_body(const Failure& failure, const CgiRequest& request, const PageSettings& settings)
        -> Response {
        if (is_data_format(request.format)) {
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
};

CgiApp::CgiApp() : m_impl(std::make_unique<Impl>()) {}
CgiApp::~CgiApp() = default;

void CgiApp::answer(const CgiInput& input, std::ostream& out) {
    const Environment env(input);
    const PageSettings settings{env.get("UNRES_STATIC_URL", "static"), self_url(env)};
    CgiRequest request;
    Response response;
    std::optional<Failure> fail;
    std::optional<RequestSlot> slot;
    try {
        const CgiParams params = read_cgi_params(input);
        request.format = error_format(params);  // errors found while validating, in the format asked for
        // Templates are read only for HTML answers (JSON requests skip the work).
        if (!is_data_format(request.format)) m_impl->load_templates(env);
        request = cgi_request_from_params(params);
        // Load shedding: past UNRES_MAX_REQUESTS searches at once (over every process), turn away at once.
        slot.emplace(env.get("UNRES_SLOT_DIR"), max_requests(env));  // held while a download streams too
        if (!slot->taken()) {
            throw Failure{503,
                          "The search is busy",
                          "Too many searches are running. Please try again in a few seconds.",
                          {{"Retry-After", "2"}}};
        }
        response = m_impl->respond(env, request, settings);
    } catch (const Failure& failure) {
        fail = failure;
    } catch (const MethodNotAllowed& error) {
        request.format = error_format(parse_query_string(env.get("QUERY_STRING")));
        fail = Failure{405, "Method not allowed", error.what(), {{"Allow", "GET, HEAD, POST"}}};
    } catch (const UsageError& error) {
        fail = Failure{400, "Please check your search", error.what()};
    } catch (const DatabaseError& error) {
        log_error(error.what());
        fail = Failure{503, "Search is unavailable", "The index is not available. Please try again later."};
    } catch (const Xapian::DatabaseError& error) {
        log_error(error.get_description());
        m_impl->searcher.reset();  // opened again by the next request
        fail = Failure{503, "Search is unavailable", "The index is not available. Please try again later."};
    } catch (const Xapian::Error& error) {
        log_error(error.get_description());
        m_impl->searcher.reset();
        fail = Failure{500, "Something went wrong", "The search could not be completed. Please try again."};
    } catch (const std::exception& error) {
        log_error(error.what());
        fail = Failure{500, "Something went wrong", "The search could not be completed. Please try again."};
    } catch (...) {
        log_error("unknown exception");
        fail = Failure{500, "Something went wrong", "The search could not be completed. Please try again."};
    }
    if (fail) {
        if (!is_data_format(request.format)) m_impl->load_templates(env);
        response = m_impl->failure_response(*fail, request, settings);
    }
    write_response(response, env.get("REQUEST_METHOD") == "HEAD", out);
}

}  // namespace unres::searcher
