/// @file
/// @brief The search page's request handler, kept alive across requests under FastCGI.
#pragma once

#include "searcher/cgi_request.hpp"

#include <memory>
#include <ostream>

namespace unres::searcher {

/**
 * Answers page requests: decodes one (CgiInput), searches or shows, renders HTML or JSON and returns
 * the CGI response (status and header lines, a blank line, the body unless HEAD). Internal errors
 * go to stderr, never to the page.
 *
 * One instance serves every request of a process. Under plain CGI that is one request; under FastCGI
 * the templates stay parsed and the databases stay open between requests: before each request the
 * databases are brought to their newest revision (a cheap check when nothing was committed), and they
 * are opened anew when UNRES_DB names others. Settings are read from the request's environment
 * (UNRES_DB, UNRES_TEMPLATE, UNRES_STATIC_URL, UNRES_BASE_URL, UNRES_REMOTE_TIMEOUT, UNRES_ALLOW_PARTIAL).
 */
class CgiApp {
  public:
    CgiApp();
    ~CgiApp();
    CgiApp(const CgiApp&) = delete;
    auto operator=(const CgiApp&) -> CgiApp& = delete;

    /// Writes the response to one request to @p out; a download is flushed as it is written. Never throws.
    void answer(const CgiInput& input, std::ostream& out);

  private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace unres::searcher
