/// @file
/// @brief The parser on the real corpus (../shared/un-corpus/text): no rejection, numbering, no furniture.
#include "analyzers/error.hpp"
#include "analyzers/parser/resolution_parser.hpp"
#include "analyzers/parser_test_support.hpp"

#include "tests/support/skip.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

using unres::analyzers::ParagraphKind;

namespace {

auto is_digit(char c) -> bool { return c >= '0' && c <= '9'; }

/// A job number ("23-24508"), a barcode ("*2324508*") or a page-number footer ("2/3  23-24508").
auto has_furniture(const std::string& text) -> bool {
    for (std::size_t i = 0; i + 8 <= text.size(); ++i) {
        const bool job = is_digit(text[i]) && is_digit(text[i + 1]) && text[i + 2] == '-' &&
                         std::all_of(text.begin() + static_cast<long>(i) + 3,
                                     text.begin() + static_cast<long>(i) + 8, is_digit) &&
                         (i == 0 || !is_digit(text[i - 1])) &&
                         (i + 8 == text.size() || !is_digit(text[i + 8]));
        if (job) return true;
        if (text[i] == '*' && i + 9 <= text.size() &&
            std::all_of(text.begin() + static_cast<long>(i) + 1, text.begin() + static_cast<long>(i) + 8,
                        is_digit) &&
            text[i + 8] == '*') {
            return true;
        }
    }
    return text.find('\f') != std::string::npos;
}

}  // namespace

TEST_SUITE("analyzers/resolution_parser") {
    TEST_CASE("parses every resolution of the real corpus: numbering without gaps, no page furniture") {
        const std::filesystem::path dir = unres::test::shared_dir() + "/un-corpus/text";
        UNRES_SKIP_UNLESS_EXISTS(dir);
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            if (entry.path().extension() == ".txt") files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());
        std::size_t parsed = 0;
        std::size_t gaps = 0;
        std::size_t furniture = 0;
        for (const auto& file : files) {
            const auto name = file.filename().string();
            CAPTURE(name);
            unres::analyzers::Resolution r;
            try {
                r = unres::analyzers::parse_resolution(unres::test::read_file(file.string()), name);
            } catch (const unres::SourceError& e) {
                FAIL_CHECK("rejected: " << e.what());
                continue;
            }
            ++parsed;
            CHECK(!r.symbol.empty());
            CHECK(r.session > 0);
            CHECK(!r.title.empty());
            CHECK(!r.adopted.empty());
            CHECK(r.meeting > 0);
            // Operative numbers run 1..n; a section heading may restart them at 1 (budget resolutions
            // number each part from 1).
            int previous = 0;
            std::string previous_section = "\x01";
            for (const auto& p : r.paragraphs) {
                if (p.kind != ParagraphKind::Operative) continue;
                const bool ok = p.number == previous + 1 || (p.number == 1 && p.section != previous_section);
                if (!ok) {
                    ++gaps;
                    FAIL_CHECK(p.id << " follows " << previous);
                }
                previous = p.number;
                previous_section = p.section;
            }
            for (const auto& p : r.paragraphs) {
                if (has_furniture(p.text)) {
                    ++furniture;
                    FAIL_CHECK(p.id << " holds page furniture: " << p.text);
                }
            }
        }
        MESSAGE(parsed << "/" << files.size() << " parsed, " << gaps << " numbering gaps, " << furniture
                       << " paragraphs with page furniture");
        CHECK(parsed == files.size());
    }
}
