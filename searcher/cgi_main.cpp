/// @file
/// @brief unres.cgi: answers the search page as a plain CGI program, or as a FastCGI responder when the
/// web server starts it so (one process then answers request after request).
#include "searcher/cgi_app.hpp"
#include "searcher/cgi_request.hpp"
#include "searcher/fcgi_output.hpp"

#include <fcgiapp.h>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using unres::searcher::CgiApp;
using unres::searcher::CgiInput;
using unres::searcher::CgiLimits;
using unres::searcher::FcgiOutputBuffer;

/// A request that runs past this is stopped by ending the process: the web server answers it with an
/// error and (under FastCGI) starts a fresh process; no request is answered twice.
constexpr unsigned k_request_seconds = 60;

/// Memory a page process may take (its heap and anonymous mappings): a request past it fails alone with a
/// 500 page (std::bad_alloc), never the machine. UNRES_MAX_MEMORY_MB overrides; sanitizer builds, whose
/// shadow memory is huge by design, keep no limit.
void bound_memory() {
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    const char* text = std::getenv("UNRES_MAX_MEMORY_MB");
    const rlim_t asked = text != nullptr ? std::strtoul(text, nullptr, 10) : 0;
    const rlim_t megabytes = asked > 0 ? asked : 1024;
    const rlimit limit{megabytes << 20U, megabytes << 20U};
    setrlimit(RLIMIT_DATA, &limit);
#endif
}

auto run_cgi(CgiApp& app, int argc, char** argv) -> int {
    const CgiInput input{[](const char* name) -> const char* { return std::getenv(name); }, &std::cin,
                         std::vector<std::string>(argv + std::min(argc, 1), argv + argc)};
    alarm(k_request_seconds);
    app.answer(input, std::cout);
    std::cout.flush();
    return 0;
}

auto run_fastcgi(CgiApp& app) -> int {
    if (FCGX_Init() != 0) return 1;
    FCGX_Request request;
    if (FCGX_InitRequest(&request, 0, 0) != 0) return 1;
    while (FCGX_Accept_r(&request) >= 0) {
        alarm(k_request_seconds);
        // Request parameters come from the web server; UNRES_* settings may also be the process's own.
        const auto getenv = [&request](const char* name) -> const char* {
            const char* value = FCGX_GetParam(name, request.envp);
            if (value == nullptr && std::strncmp(name, "UNRES_", 6) == 0) value = std::getenv(name);
            return value;
        };
        // The body, up to one byte past the limit (read_cgi_params refuses what is longer).
        std::string body;
        const char* length = FCGX_GetParam("CONTENT_LENGTH", request.envp);
        if (length != nullptr) {
            const auto wanted =
                std::min<unsigned long>(std::strtoul(length, nullptr, 10), CgiLimits::max_body_bytes + 1);
            body.resize(wanted);
            const int got = wanted > 0 ? FCGX_GetStr(body.data(), static_cast<int>(wanted), request.in) : 0;
            body.resize(static_cast<std::size_t>(std::max(got, 0)));
        }
        std::istringstream in(body);
        {
            FcgiOutputBuffer buffer(request.out);
            std::ostream out(&buffer);
            app.answer(CgiInput{getenv, &in, {}}, out);
            out.flush();
        }
        FCGX_Finish_r(&request);
        alarm(0);
    }
    return 0;
}

}  // namespace

auto main(int argc, char** argv) -> int {
    bound_memory();
    CgiApp app;
    return FCGX_IsCGI() != 0 ? run_cgi(app, argc, argv) : run_fastcgi(app);
}
