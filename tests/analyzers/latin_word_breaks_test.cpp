/// @file
/// @brief The segmenter's Latin fast path against ICU's BreakIterator: every known character, random text,
/// corpora.
#include "analyzers/text/latin_word_breaks.hpp"
#include "analyzers/text/segmenter.hpp"
#include "tests/analyzers/parser_test_support.hpp"
#include "tests/support/skip.hpp"
#include "tests/support/temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using unres::analyzers::break_latin_words;
using unres::analyzers::Breaking;
using unres::analyzers::Segmenter;
using unres::analyzers::Span;
using unres::analyzers::SpanKind;

namespace {

auto utf8(char32_t c) -> std::string {
    std::string out;
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
    return out;
}

/// Spans as "text/kind" words, so a difference reads as the words that differ.
auto render(const std::string& text, const std::vector<Span>& spans) -> std::string {
    std::string out;
    for (const Span& s : spans) {
        out += text.substr(s.byte_begin, s.byte_end - s.byte_begin);
        out += s.kind == SpanKind::Number ? "/n" : s.kind == SpanKind::Word ? "/w" : "/o";
        out += s.joined_to_previous ? "+ " : " ";
    }
    return out;
}

/// Fast path and ICU-only segmenters for one language, compared on any text.
struct Comparison {
    explicit Comparison(const std::string& language)
        : fast(language, Breaking::LatinFastPath), icu(language, Breaking::IcuOnly) {}
    auto same(const std::string& text) -> bool {
        const std::string a = render(text, fast.segment(text));
        const std::string b = render(text, icu.segment(text));
        if (a == b) return true;
        MESSAGE("fast: " << a << "\nicu:  " << b);
        return false;
    }
    Segmenter fast;
    Segmenter icu;
};

/// Every code point below U+3000 that the fast path claims to know.
auto known_code_points() -> std::vector<char32_t> {
    std::vector<char32_t> known;
    for (char32_t c = 1; c < 0x3000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        const std::string text = utf8(c);
        std::vector<Span> spans;
        if (break_latin_words(text, 0, text.size(), spans)) known.push_back(c);
    }
    return known;
}

/// Compares the fast path with ICU on every line of @p files; returns the number of lines compared.
auto lines_with_icu_spans(const std::vector<std::filesystem::path>& files) -> std::size_t {
    Comparison compare("en");
    std::size_t lines = 0;
    for (const auto& file : files) {
        std::istringstream in(unres::test::read_file(file.string()));
        for (std::string line; std::getline(in, line); ++lines) {
            CAPTURE(file.string());
            REQUIRE(compare.same(line));
        }
    }
    return lines;
}

}  // namespace

TEST_SUITE("analyzers/latin_word_breaks") {
    TEST_CASE("joins letters and digits across one inner '.', apostrophe, ',' or a semicolon as ICU does") {
        const std::vector<std::pair<std::string, std::string>> table = {
            {"U.S. e.g., can't d’Ivoire", "U.S/w e.g/w can't/w d’Ivoire/w "},
            {"1,000.50 1;2 a,b a;b", "1,000.50/n 1;2/n a/w b/w a/w b/w "},
            {"78th a1 1a a1.5 1.5a", "78th/w a1/n 1a/w a1.5/n 1.5a/w "},
            {"a.1 1.a a''b x·y", "a/w 1/n 1/n a/w a/w b/w x·y/w "},
            {"«Côte» – naïve “état” 5%", "Côte/w naïve/w état/w 5/n "},
        };
        for (const auto& [input, expected] : table) {
            CAPTURE(input);
            std::vector<Span> spans;
            REQUIRE(break_latin_words(input, 0, input.size(), spans));
            std::string got;
            for (const auto& s : spans) {
                got += input.substr(s.byte_begin, s.byte_end - s.byte_begin);
                got += s.kind == SpanKind::Number ? "/n " : "/w ";
            }
            CHECK(got == expected);
        }
    }

    TEST_CASE("leaves other scripts, combining marks, format characters and bad bytes to ICU") {
        for (const std::string text : {"Ассамблея", "e\u0301", "inter\u00ADnational", "a_b", "x@y", "\xff",
                                       "大会", "\u202F", "a\x01"}) {
            CAPTURE(text);
            std::vector<Span> spans = {{0, 1, SpanKind::Word}};
            CHECK_FALSE(break_latin_words(text, 0, text.size(), spans));
            CHECK(spans.size() == 1);  // untouched
        }
    }

    TEST_CASE("every character it knows breaks as ICU breaks it, in every context and language") {
        const std::vector<char32_t> known = known_code_points();
        CHECK(known.size() > 500);
        for (const std::string language : {"", "en", "fr", "es", "ru", "ar", "zh"}) {
            Comparison compare(language);
            for (const char32_t c : known) {
                const std::string s = utf8(c);
                for (const std::string& text :
                     {"a" + s + "b", "1" + s + "2", s + "a", "a" + s, "1" + s, s + s, "a" + s + s + "b",
                      "1" + s + "a", "a" + s + "1", "é" + s + "é", "x " + s + " y", s}) {
                    CAPTURE(language);
                    CAPTURE(static_cast<unsigned>(c));
                    CHECK(compare.same(text));
                }
            }
        }
    }

    TEST_CASE("random text gives the spans ICU gives") {
        const std::vector<std::string> alphabet = {
            "a",  "Z", "é", "ß", "0", "7", ".", ",", ";", "'", "’", ":", "-", "\u2011",  " ",     " ",
            "\n", "(", ")", "/", "“", "”", "–", "…", "·", "°", "_", "@", "Д", "e\u0301", "\u00AD"};
        std::mt19937 random(20261201);
        Comparison compare("en");
        for (int round = 0; round < 20000; ++round) {
            std::string text;
            const std::size_t length = random() % 24;
            for (std::size_t i = 0; i < length; ++i) text += alphabet[random() % alphabet.size()];
            CAPTURE(text);
            REQUIRE(compare.same(text));
        }
    }

    TEST_CASE("the sample corpus gives the spans ICU gives") {
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(unres::testing::sample_corpus()))
            files.push_back(entry.path());
        CHECK(lines_with_icu_spans(files) > 300);
    }

    TEST_CASE("the real resolutions give the spans ICU gives") {
        const auto real = unres::testing::shared_dir() / "un-corpus" / "text";
        UNRES_SKIP_UNLESS_EXISTS(real);
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(real)) files.push_back(entry.path());
        CHECK(lines_with_icu_spans(files) > 100000);
    }

    TEST_CASE("the six-language texts give the spans ICU gives") {
        const std::string dir = unres::testing::multilang_dir();
        UNRES_SKIP_UNLESS_EXISTS(dir);
        for (const std::string language : {"ar", "en", "es", "fr", "ru", "zh"}) {
            Comparison compare(language);
            for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
                const std::string name = entry.path().filename().string();
                if (!entry.is_regular_file() ||
                    (name != language + ".txt" && entry.path().extension() != "." + language))
                    continue;
                std::istringstream in(unres::test::read_file(entry.path().string()));
                for (std::string line; std::getline(in, line);) {
                    CAPTURE(entry.path().string());
                    REQUIRE(compare.same(line));
                }
            }
        }
    }
}
