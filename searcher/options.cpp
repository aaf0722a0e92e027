/// @file
/// @brief Parsing of unres-search's options into SearchOptions.
#include "searcher/options.hpp"

#include "analyzers/error.hpp"
#include "searcher/query_language.hpp"

#include <boost/program_options.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <limits>
#include <sstream>
#include <thread>

namespace po = boost::program_options;

namespace unres::searcher {

namespace {

auto description() -> po::options_description {
    po::options_description desc("Options");
    desc.add_options()                         //
        ("help,h", "show this help and exit")  //
        ("db,d", po::value<std::vector<std::string>>(),
         "database to search (repeat to search several as one)")                                        //
        ("session", po::value<std::vector<std::string>>(), "only session N (or N..M); repeatable")      //
        ("kind", po::value<std::vector<std::string>>(), "only preambular|operative|annex; repeatable")  //
        ("verb", po::value<std::vector<std::string>>(),
         "only paragraphs whose clause starts with VERB; repeatable")  //
        ("clause", po::value<std::vector<std::string>>(),
         "only paragraphs with exactly this clause; repeatable")                                         //
        ("year", po::value<std::vector<std::string>>(), "only adopted in year Y (or Y..Z); repeatable")  //
        ("change", po::value<std::vector<std::string>>(),
         "only unchanged|edited|new paragraphs; repeatable")  //
        ("committee", po::value<std::vector<std::string>>(),
         "only resolutions on a report of this committee (first … sixth, plenary); repeatable")  //
        ("body", po::value<std::vector<std::string>>(),
         "only resolutions of ga|sc|hrc|ecosoc; repeatable")  //
        ("agenda", po::value<std::vector<std::string>>(),
         "only resolutions under agenda item ITEM; repeatable")                                          //
        ("symbol", po::value<std::vector<std::string>>(), "only resolution SYMBOL (78/45); repeatable")  //
        ("cites", po::value<std::vector<std::string>>(), "only paragraphs citing SYMBOL; repeatable")    //
        ("verbkey", po::value<std::vector<std::string>>(),
         "only paragraphs opening with this English verb, in any language; repeatable")          //
        ("limit,n", po::value<std::string>()->default_value("10"), "hits to show (0 to 10000)")  //
        ("offset", po::value<std::string>()->default_value("0"), "hits to skip")                 //
        ("sort", po::value<std::string>()->default_value("relevance"),
         "relevance | date | document | cited")                                                     //
        ("collapse", "best paragraph per resolution, with the number of others")                    //
        ("format,f", po::value<std::string>()->default_value("text"), "text | json | jsonl | tsv")  //
        ("lang", po::value<std::string>()->default_value(""),
         "ar|en|es|fr|ru|zh|auto: language the query is analysed in (default: English, or the query's "
         "script) and of --show")  //
        ("show", po::value<std::string>(),
         "print one paragraph (A/RES/78/45#op7) or resolution (A/RES/78/45)")  //
        ("batch", po::value<std::string>(),
         "run one query per line of FILE (- for stdin); JSON Lines out")  //
        ("threads", po::value<unsigned>(),
         "--batch: queries answered at once (default: number of cores, at most 8)")  //
        ("history", po::value<std::string>(),
         "a paragraph's versions through its series (A/RES/79/34#pp12)")  //
        ("diff", po::value<std::vector<std::string>>()->multitoken(),
         "what changed: --diff A/RES/78/45 A/RES/79/34")  //
        ("like", po::value<std::string>(),
         "precedents of a draft in FILE (- for stdin): per paragraph, the adopted paragraphs it echoes")  //
        ("all-wordings", "--like: list every resolution that adopted each wording")                       //
        ("no-color", "no colours or bold, even on a terminal")                                            //
        ("remote-timeout", po::value<unsigned>(),
         "milliseconds to wait for a remote shard (default 10000)")                            //
        ("no-facets", "skip facet counting (faster; for measuring its cost)")                  //
        ("allow-partial", "answer from the shards that respond; JSON says \"partial\": true")  //
        ("query", po::value<std::vector<std::string>>(), "the query");
    return desc;
}

auto format_from_name(const std::string& name) -> OutputFormat {
    if (name == "text") return OutputFormat::Text;
    if (name == "json") return OutputFormat::Json;
    if (name == "jsonl") return OutputFormat::Jsonl;
    if (name == "tsv") return OutputFormat::Tsv;
    throw UsageError("--format: '" + name + "' is not one of text, json, jsonl, tsv");
}

/// A whole number of hits from 0 to @p most given as option @p name (a "-3" is refused, never wrapped).
auto hit_count(const po::variables_map& vm, const std::string& name, std::size_t most) -> std::size_t {
    const auto& text = vm[name].as<std::string>();
    std::size_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value > most) {
        throw UsageError("--" + name + ": '" + text + "' is not a number of hits from 0 to " +
                         std::to_string(most));
    }
    return value;
}

}  // namespace

auto parse_search_options(int argc, const char* const argv[]) -> SearchOptions {
    po::positional_options_description positional;
    positional.add("query", -1);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(description()).positional(positional).run(),
                  vm);
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    SearchOptions o;
    o.help = vm.count("help") > 0;
    if (o.help) return o;
    if (vm.count("db")) o.databases = vm["db"].as<std::vector<std::string>>();
    if (o.databases.empty())
        throw UsageError("--db DIR is required (create one with: unres-index --db DIR sample-corpus)");
    // Every filter of the query language has its option, but lang: (--lang is the query's language).
    for (const char* facet : {"session", "kind", "verb", "clause", "year", "change", "committee", "body",
                              "agenda", "symbol", "cites", "verbkey"}) {
        if (vm.count(facet)) o.request.filters[facet] = vm[facet].as<std::vector<std::string>>();
    }
    o.request.limit = hit_count(vm, "limit", 10000);
    o.request.offset = hit_count(vm, "offset", std::numeric_limits<std::uint32_t>::max());
    o.request.sort = sort_order_from_name(vm["sort"].as<std::string>());
    o.request.collapse = vm.count("collapse") > 0;
    o.request.language = checked_language("--lang", vm["lang"].as<std::string>());
    o.format = format_from_name(vm["format"].as<std::string>());
    o.color = vm.count("no-color") == 0;
    if (vm.count("remote-timeout")) {
        o.database.remote_timeout_ms = vm["remote-timeout"].as<unsigned>();
        if (o.database.remote_timeout_ms == 0)
            throw UsageError("--remote-timeout must be at least 1 (milliseconds)");
    }
    o.database.allow_partial = vm.count("allow-partial") > 0;
    o.request.facets = vm.count("no-facets") == 0;
    if (vm.count("show")) o.show = vm["show"].as<std::string>();
    if (vm.count("batch")) o.batch = vm["batch"].as<std::string>();
    o.threads = std::clamp(std::thread::hardware_concurrency(), 1U, 8U);
    if (vm.count("threads")) {
        o.threads = vm["threads"].as<unsigned>();
        if (o.threads < 1 || o.threads > 64) throw UsageError("--threads: give a number from 1 to 64");
    }
    if (vm.count("history")) o.history = vm["history"].as<std::string>();
    if (vm.count("like")) o.like = vm["like"].as<std::string>();
    o.all_wordings = vm.count("all-wordings") > 0;
    if (vm.count("diff")) {
        o.diff = vm["diff"].as<std::vector<std::string>>();
        if (o.diff.size() != 2)
            throw UsageError("--diff takes two resolution symbols: --diff A/RES/78/45 A/RES/79/34");
    }
    if (vm.count("query")) {
        for (const auto& word : vm["query"].as<std::vector<std::string>>()) {
            o.request.query += (o.request.query.empty() ? "" : " ") + word;
        }
    }
    if (!o.batch.empty() && (!o.request.query.empty() || !o.show.empty())) {
        throw UsageError("--batch reads its queries from the file; give no query or --show with it");
    }
    if (!o.show.empty() && !o.request.query.empty()) throw UsageError("--show takes no query");
    const int modes =
        !o.show.empty() + !o.history.empty() + !o.diff.empty() + !o.batch.empty() + !o.like.empty();
    if (modes > 1) throw UsageError("give only one of --show, --history, --diff, --like and --batch");
    if (!o.like.empty() && !o.request.query.empty())
        throw UsageError("--like reads the draft from the file; give no query");
    if ((!o.history.empty() || !o.diff.empty()) && !o.request.query.empty()) {
        throw UsageError("--history and --diff take no query");
    }
    return o;
}

auto search_help() -> std::string {
    std::ostringstream out;
    out << "Usage: unres-search --db DIR [options] QUERY\n"
           "       unres-search --db DIR --show A/RES/78/45#op7\n"
           "       unres-search --db DIR --history A/RES/79/34#pp12\n"
           "       unres-search --db DIR --diff A/RES/78/45 A/RES/79/34\n"
           "       unres-search --db DIR --batch FILE|- [options]\n\n"
           "Finds paragraphs of UN resolutions, best first, with exact facet counts.\n\n"
           "Query syntax:\n"
           "  mines               words are stemmed: finds mine, mines, mined\n"
           "  urge states         all words must occur (AND is the default)\n"
           "  \"deep regret\"       an exact phrase (not stemmed)\n"
           "  =mines              this exact form only (not stemmed)\n"
           "  a OR b, a AND b     boolean operators (upper case), with ( ) for grouping\n"
           "  NOT word, -word     exclude; +word requires a word\n"
           "  disarm*             words starting with disarm\n"
           "  anti-personnel      also finds antipersonnel and \"anti personnel\"\n"
           "  78/45, A/RES/78/45  UN symbols are single words\n"
           "Fields:\n"
           "  title:WORDS  clause:WORDS  symbol:78/45  session:78  session:75..78  year:2023\n"
           "  year:2020..2023  kind:operative  verb:urges  cites:75/52  committee:first  lang:en\n"
           "  verbkey:urges (the same verb in all six languages: prie instamment, insta, يحث, 敦促…)\n"
           "  change:new|edited|unchanged  agenda:\"99 (m)\"  body:sc  footnote:WORDS\n"
           "Synonyms (e.g. APM = anti-personnel mine, Ottawa Convention) are applied to plain words.\n\n"
           "Exit status: 0 ok (even with no hits), 1 not found (--show), 2 usage, query or database "
           "error.\n\n"
        << description();
    return out.str();
}

}  // namespace unres::searcher
