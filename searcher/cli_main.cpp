/// @file
/// @brief unres-search: parse options, run the search command, map errors to exit codes.
#include "analyzers/error.hpp"
#include "searcher/cli_command.hpp"
#include "searcher/options.hpp"

#include <xapian.h>

#include <unistd.h>
#include <iostream>

auto main(int argc, char* argv[]) -> int try {
    const auto options = unres::searcher::parse_search_options(argc, argv);
    if (options.help) {
        std::cout << unres::searcher::search_help();
        return 0;
    }
    return unres::searcher::run_search_command(options, std::cin, std::cout, isatty(STDOUT_FILENO) != 0);
} catch (const unres::UsageError& e) {
    std::cerr << "unres-search: " << e.what() << '\n';
    return 2;
} catch (const unres::DatabaseError& e) {
    std::cerr << "unres-search: " << e.what() << '\n';
    return 2;
} catch (const Xapian::Error& e) {
    std::cerr << "unres-search: " << e.get_description() << '\n';
    return 2;
} catch (const std::exception& e) {
    std::cerr << "unres-search: " << e.what() << '\n';
    return 1;
}
