/// @file
/// @brief unres-index: parse options, run the indexer or the parse printer, map errors to exit codes.
#include "analyzers/error.hpp"
#include "analyzers/text/utf8.hpp"
#include "indexer/indexer.hpp"
#include "indexer/lexicon_gaps.hpp"
#include "indexer/options.hpp"
#include "indexer/parse_command.hpp"

#include <xapian.h>

#include <unistd.h>
#include <iostream>

auto main(int argc, char* argv[]) -> int try {
    const auto options = unres::indexer::parse_indexer_options(argc, argv);
    if (options.help) {
        std::cout << unres::indexer::indexer_help();
        return 0;
    }
    if (options.lexicon_gaps)
        return unres::indexer::run_lexicon_gaps(options.paths, options.language, std::cout, std::cerr);
    if (options.parse)
        return unres::indexer::run_parse(options.paths, options.language, std::cout, std::cerr);
    return unres::indexer::run_indexer(options, std::cout, std::cerr, isatty(STDERR_FILENO) != 0);
} catch (const unres::UsageError& e) {
    std::cerr << "unres-index: " << unres::analyzers::printable(e.what()) << "\n(try unres-index --help)\n";
    return 2;
} catch (const unres::DatabaseError& e) {
    std::cerr << "unres-index: " << unres::analyzers::printable(e.what()) << '\n';
    return 2;
} catch (const Xapian::Error& e) {
    std::cerr << "unres-index: " << unres::analyzers::printable(e.get_description()) << '\n';
    return 2;
} catch (const std::exception& e) {
    std::cerr << "unres-index: " << unres::analyzers::printable(e.what()) << '\n';
    return 1;
}
