/// @file
/// @brief Tests of the CGI history parameter (a paragraph's history view) and its message.
#include "analyzers/error.hpp"
#include "searcher/cgi_request.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace unres::searcher;

TEST_SUITE("searcher/cgi_request") {
    TEST_CASE("history names a paragraph view") {
        const auto request = cgi_request_from_params(parse_query_string("history=A%2FRES%2F79%2F34%23pp12"));
        CHECK(request.history == "A/RES/79/34#pp12");
        CHECK(request.show.empty());
    }

    TEST_CASE("a history id over 200 bytes is refused") {
        std::string message;
        try {
            (void)cgi_request_from_params(parse_query_string("history=" + std::string(201, 'A')));
        } catch (const unres::UsageError& error) {
            message = error.what();
        }
        CHECK(message == "history '" + std::string(40, 'A') + "…' is too long for a paragraph id");
    }
}
