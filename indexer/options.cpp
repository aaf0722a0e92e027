/// @file
/// @brief Parsing of unres-index's options into IndexerOptions.
#include "indexer/options.hpp"

#include "analyzers/error.hpp"
#include "analyzers/text/language_detector.hpp"
#include "indexer/shard_router.hpp"

#include <boost/program_options.hpp>

#include <sstream>

namespace po = boost::program_options;

namespace unres::indexer {

auto indexer_options_description() -> po::options_description {
    po::options_description desc("Options");
    desc.add_options()                                                                                      //
        ("help,h", "show this help and exit")                                                               //
        ("db,d", po::value<std::string>(), "database directory to create or update")                        //
        ("parse", "print each resolution's parse as one JSON object per line; index nothing")               //
        ("lexicon-gaps", "list the opening phrases PDFs print in italics that the clause lexicon misses")   //
        ("prune", "remove resolutions whose source files no longer exist")                                  //
        ("follow-links", "follow symbolic links to directories outside the directories given")              //
        ("quiet,q", "print nothing but errors")                                                             //
        ("stats", "print the end-of-run summary as JSON on stdout")                                         //
        ("lang", po::value<std::string>(), "language of every document (en, fr, es, ru, ar, zh)")           //
        ("batch-size", po::value<std::size_t>(), "paragraphs per commit (default 2000)")                    //
        ("threads", po::value<unsigned>(), "analysis threads (default: number of cores)")                   //
        ("shards", po::value<std::size_t>(), "split a new --db into N shards (a Xapian stub lists them)")   //
        ("shard-by", po::value<std::string>(), "put resolutions in shards by symbol (default) or session")  //
        ("path", po::value<std::vector<std::string>>(), "files or directories to read");
    return desc;
}

auto parse_indexer_options(int argc, const char* const argv[]) -> IndexerOptions {
    po::positional_options_description positional;
    positional.add("path", -1);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv)
                      .options(indexer_options_description())
                      .positional(positional)
                      .run(),
                  vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    IndexerOptions options;
    options.help = vm.count("help") > 0;
    if (options.help) return options;
    options.parse = vm.count("parse") > 0;
    options.lexicon_gaps = vm.count("lexicon-gaps") > 0;
    if (options.lexicon_gaps && options.parse) throw UsageError("--lexicon-gaps and --parse: choose one");
    if (options.lexicon_gaps) options.parse = true;  // indexes nothing either
    options.prune = vm.count("prune") > 0;
    options.follow_links = vm.count("follow-links") > 0;
    options.quiet = vm.count("quiet") > 0;
    options.stats = vm.count("stats") > 0;
    if (vm.count("db")) options.db = vm["db"].as<std::string>();
    if (vm.count("lang")) {
        options.language = vm["lang"].as<std::string>();
        if (!analyzers::is_official_language(options.language)) {
            throw UsageError("--lang: '" + options.language + "' is not one of ar, en, es, fr, ru, zh");
        }
    }
    if (vm.count("path")) options.paths = vm["path"].as<std::vector<std::string>>();
    if (vm.count("batch-size")) {
        options.batch_size = vm["batch-size"].as<std::size_t>();
        if (options.batch_size == 0) throw UsageError("--batch-size must be at least 1");
    }
    if (vm.count("threads")) options.threads = vm["threads"].as<unsigned>();
    if (vm.count("shards")) {
        options.shards = vm["shards"].as<std::size_t>();
        if (options.shards == 0 || options.shards > 256)
            throw UsageError("--shards must be between 1 and 256");
    }
    if (vm.count("shard-by"))
        options.shard_by = shard_by_name(shard_by_from_name(vm["shard-by"].as<std::string>()));
    if (options.paths.empty() && !options.prune)
        throw UsageError("no input: name files or directories to read");
    if (!options.parse && options.db.empty()) throw UsageError("--db DIR is required (or use --parse)");
    if (options.parse && !options.db.empty()) throw UsageError("--parse indexes nothing; drop --db");
    return options;
}

auto indexer_help() -> std::string {
    std::ostringstream out;
    out << "Usage: unres-index --db DIR [options] PATH...\n"
           "       unres-index --parse PATH...\n"
           "       unres-index --lexicon-gaps PATH...\n\n"
           "Parses UN resolutions (.txt, .md, .pdf; directories are read recursively) into\n"
           "paragraphs and writes a Xapian database with one document per paragraph.\n"
           "Re-running updates only what changed. Exit status: 0 ok, 1 some files rejected,\n"
           "2 usage or database error.\n\n"
        << indexer_options_description();
    return out.str();
}

}  // namespace unres::indexer
