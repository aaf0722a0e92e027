/// @file
/// @brief Property tests: whatever the bytes, the parser returns a parse or throws SourceError.
#include "analyzers/error.hpp"
#include "analyzers/parser/resolution_parser.hpp"
#include "analyzers/parser_test_support.hpp"

#include <doctest/doctest.h>

#include <random>

namespace {

/// Parses @p text; true if it returned or threw SourceError (anything else fails the test).
auto parses_or_rejects(const std::string& text) -> bool {
    try {
        const auto r = unres::analyzers::parse_resolution(text, "fuzz.txt");
        for (const auto& p : r.paragraphs) {
            if (p.id.empty()) return false;
        }
        return true;
    } catch (const unres::SourceError&) {
        return true;
    }
}

auto sample(const std::string& name) -> std::string {
    return unres::test::read_file(std::string(UNRES_SOURCE_DIR) + "/sample-corpus/" + name);
}

}  // namespace

TEST_SUITE("analyzers/resolution_parser") {
    TEST_CASE("random bytes give a parse or a SourceError") {
        std::mt19937 rng(20240325);
        const std::string alphabet =
            "The General Assembly,\n\f 1. (a) * # [ ] < > sup / 78/45 _ - I II A.\x01\x02";
        for (int round = 0; round < 400; ++round) {
            std::string text;
            const auto size = std::uniform_int_distribution<int>(0, 3000)(rng);
            const bool raw = round % 2 == 0;
            for (int i = 0; i < size; ++i) {
                if (raw) {
                    text.push_back(static_cast<char>(std::uniform_int_distribution<int>(0, 255)(rng)));
                } else {
                    text.push_back(
                        alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(rng)]);
                }
            }
            CAPTURE(round);
            CHECK(parses_or_rejects(text));
        }
    }

    TEST_CASE("every 37th prefix and random truncations of the samples give a parse or a SourceError") {
        for (const std::string name : {"A-RES-78-45.md", "A-RES-79-34.txt"}) {
            const auto text = sample(name);
            CAPTURE(name);
            for (std::size_t n = 0; n <= text.size(); n += 37) {
                CAPTURE(n);
                CHECK(parses_or_rejects(text.substr(0, n)));
            }
        }
    }

    TEST_CASE("layout text with lines shuffled, cut or doubled gives a parse or a SourceError") {
        const std::string path = unres::test::shared_dir() + "/un-corpus/text/A_RES_78_45.txt";
        std::string text = unres::test::read_file(path);
        if (text.empty())
            text =
                unres::test::read_file(std::string(UNRES_SOURCE_DIR) + "/tests/fixtures/parser/layout.txt");
        std::vector<std::string> lines;
        std::size_t start = 0;
        while (start < text.size()) {
            const auto eol = text.find('\n', start);
            lines.push_back(text.substr(start, eol == std::string::npos ? std::string::npos : eol - start));
            if (eol == std::string::npos) break;
            start = eol + 1;
        }
        std::mt19937 rng(7);
        for (int round = 0; round < 200; ++round) {
            auto copy = lines;
            const int edits = std::uniform_int_distribution<int>(1, 20)(rng);
            for (int e = 0; e < edits && !copy.empty(); ++e) {
                const auto i = std::uniform_int_distribution<std::size_t>(0, copy.size() - 1)(rng);
                switch (std::uniform_int_distribution<int>(0, 3)(rng)) {
                    case 0:
                        copy.erase(copy.begin() + static_cast<long>(i));
                        break;
                    case 1:
                        copy.insert(copy.begin() + static_cast<long>(i), copy[i]);
                        break;
                    case 2:
                        copy[i] = copy[i].substr(0, copy[i].size() / 2);
                        break;
                    default:
                        std::swap(copy[i], copy[(i * 7) % copy.size()]);
                        break;
                }
            }
            std::string joined;
            for (const auto& l : copy) joined += l + "\n";
            CAPTURE(round);
            CHECK(parses_or_rejects(joined));
        }
    }
}
