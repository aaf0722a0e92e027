/// @file
/// @brief Tests of the ICU word segmenter: word spans, UN symbols, hyphenated compounds, invalid UTF-8.
#include "analyzers/text/segmenter.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

using unres::analyzers::Segmenter;
using unres::analyzers::Span;
using unres::analyzers::SpanKind;

namespace {

/// Spans as one string: each span's source text, "/w" word, "/n" number, "/i" ideograph, "/s" symbol,
/// and a leading "+" when joined to the previous span by a hyphen.
auto render(const std::string& text, const std::vector<Span>& spans) -> std::string {
    std::string out;
    for (const Span& span : spans) {
        if (!out.empty()) out += ' ';
        if (span.joined_to_previous) out += '+';
        out += text.substr(span.byte_begin, span.byte_end - span.byte_begin);
        switch (span.kind) {
            case SpanKind::Word:
                out += "/w";
                break;
            case SpanKind::Number:
                out += "/n";
                break;
            case SpanKind::Ideograph:
                out += "/i";
                break;
            case SpanKind::Symbol:
                out += "/s";
                break;
        }
    }
    return out;
}

auto segment(const std::string& text, const std::string& language = "") -> std::string {
    Segmenter segmenter(language);
    return render(text, segmenter.segment(text));
}

}  // namespace

TEST_SUITE("analyzers/segmenter") {
    TEST_CASE("splits running text into words and numbers, dropping punctuation and spaces") {
        const std::vector<std::pair<std::string, std::string>> table = {
            {"Recalling its resolution of 4 December 2023,",
             "Recalling/w its/w resolution/w of/w 4/n December/w 2023/n"},
            {"Côte d’Ivoire", "Côte/w d’Ivoire/w"},
            {"the State's report", "the/w State's/w report/w"},
            {"2020–2024", "2020/n 2024/n"},
            {"2020-2024", "2020/n 2024/n"},
            {"(a) « Prie instamment »; ...", "a/w Prie/w instamment/w"},
            {"ＵＮ ﬁnance", "ＵＮ/w ﬁnance/w"},
            {"", ""},
            {" \t\n ", ""},
            {"?!—…", ""},
        };
        for (const auto& [input, expected] : table) {
            CAPTURE(input);
            CHECK(segment(input) == expected);
        }
    }

    TEST_CASE("marks the parts of hyphenated compounds as joined") {
        const std::vector<std::pair<std::string, std::string>> table = {
            {"anti-personnel mines", "anti/w +personnel/w mines/w"},
            {"anti\u2011personnel", "anti/w +personnel/w"},  // U+2011 NON-BREAKING HYPHEN
            {"anti\u2010personnel", "anti/w +personnel/w"},  // U+2010 HYPHEN
            {"Secretary-General", "Secretary/w +General/w"},
            {"state-of-the-art", "state/w +of/w +the/w +art/w"},
            {"COVID-19", "COVID/w +19/n"},
            {"anti - personnel", "anti/w personnel/w"},
            {"anti\u2013personnel", "anti/w personnel/w"},  // an en dash is not a hyphen
            {"anti--personnel", "anti/w personnel/w"},
        };
        for (const auto& [input, expected] : table) {
            CAPTURE(input);
            CHECK(segment(input) == expected);
        }
    }

    TEST_CASE("keeps UN symbols as single spans") {
        const std::vector<std::pair<std::string, std::string>> table = {
            {"its resolutions 54/54 B of 1 December 1999, 55/33 V",
             "its/w resolutions/w 54/54 B/s of/w 1/n December/w 1999/n 55/33 V/s"},
            {"S/RES/2728 (2024)", "S/RES/2728 (2024)/s"},
            {"resolution A/RES/78/45.", "resolution/w A/RES/78/45/s"},
            {"(A/78/409)", "A/78/409/s"},
            {"document A/80/L.6, para. 3", "document/w A/80/L.6/s para/w 3/n"},
            {"12/05/2023", "12/n 05/n 2023/n"},
        };
        for (const auto& [input, expected] : table) {
            CAPTURE(input);
            CHECK(segment(input) == expected);
        }
    }

    TEST_CASE("segments unspaced Chinese with ICU's dictionary") {
        const std::string spans = segment("联合国大会通过了决议。", "zh");
        CHECK(spans.find("大会/i") != std::string::npos);
        CHECK(spans.find("决议/i") != std::string::npos);
        CHECK(spans.find("。") == std::string::npos);
    }

    TEST_CASE("byte offsets index the original text") {
        const std::string text = "L’Assemblée générale, anti‑personnel 54/54 B ٢٠٢٣";
        Segmenter segmenter;
        const auto spans = segmenter.segment(text);
        REQUIRE(spans.size() == 6);
        CHECK(text.substr(spans[0].byte_begin, spans[0].byte_end - spans[0].byte_begin) == "L’Assemblée");
        CHECK(text.substr(spans[1].byte_begin, spans[1].byte_end - spans[1].byte_begin) == "générale");
        CHECK(text.substr(spans[3].byte_begin, spans[3].byte_end - spans[3].byte_begin) == "personnel");
        CHECK(text.substr(spans[4].byte_begin, spans[4].byte_end - spans[4].byte_begin) == "54/54 B");
        CHECK(text.substr(spans[5].byte_begin, spans[5].byte_end - spans[5].byte_begin) == "٢٠٢٣");
        CHECK(spans[5].kind == SpanKind::Number);
    }

    TEST_CASE("reads invalid UTF-8 as U+FFFD") {
        const std::vector<std::pair<std::string, std::string>> table = {
            {"\xff", ""},
            {"ab\xff"
             "cd",
             "ab/w cd/w"},
            {"caf\xc3", "caf/w"},      // truncated é
            {"\xed\xa0\x80x", "x/w"},  // an encoded surrogate
            {"\xc0\xaf"
             "ok",
             "ok/w"},                      // an overlong '/'
            {"\xf4\x90\x80\x80z", "z/w"},  // above U+10FFFF
        };
        for (const auto& [input, expected] : table) {
            CAPTURE(input);
            CHECK(segment(input) == expected);
        }
    }

    TEST_CASE("any bytes give ordered, in-bounds, non-empty spans") {
        std::mt19937 random(20240611);
        const std::string alphabet = "aZ09/ -.,'()\xc3\xa9\xe2\x80\x91\xd8\xa7\xe5\xa4\xa7\xff";
        Segmenter segmenter;
        for (int round = 0; round < 2000; ++round) {
            std::string text;
            const std::size_t length = random() % 40;
            for (std::size_t i = 0; i < length; ++i) {
                text.push_back(round % 2 ? static_cast<char>(random() % 256)
                                         : alphabet[random() % alphabet.size()]);
            }
            CAPTURE(text);
            const auto spans = segmenter.segment(text);
            std::size_t previous_end = 0;
            for (const Span& span : spans) {
                REQUIRE(span.byte_begin >= previous_end);
                REQUIRE(span.byte_begin < span.byte_end);
                REQUIRE(span.byte_end <= text.size());
                previous_end = span.byte_end;
            }
        }
    }
}
