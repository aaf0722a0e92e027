/// @file
/// @brief Word segmentation (a Latin fast path, else ICU) with UN symbols and hyphenated compounds; the only
/// ICU break-iterator user.
#include "analyzers/text/segmenter.hpp"

#include "analyzers/parser/symbol.hpp"
#include "analyzers/text/latin_word_breaks.hpp"
#include "analyzers/text/utf8.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <cstdint>
#include <string>
#include <utility>

namespace unres::analyzers {
namespace {

auto is_ascii_alnum(unsigned char c) -> bool {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/// Could a UN symbol start at @p pos? A cheap filter before the full symbol_length() check.
auto may_start_symbol(std::string_view text, std::size_t pos) -> bool {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (pos > 0) {
        const auto p = static_cast<unsigned char>(text[pos - 1]);
        if (is_ascii_alnum(p) || p == '/') return false;
    }
    if (c >= '0' && c <= '9') return true;
    return is_ascii_alnum(c) && pos + 1 < text.size() && text[pos + 1] == '/';
}

/// True if @p between is exactly one hyphen: '-', U+2010 HYPHEN or U+2011 NON-BREAKING HYPHEN.
auto is_single_hyphen(std::string_view between) -> bool {
    return between == "-" || between == "\xE2\x80\x90" || between == "\xE2\x80\x91";
}

auto is_ascii_space(char c) -> bool {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

auto kind_from_rule_status(int32_t status) -> SpanKind {
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) return SpanKind::Number;
    if (status >= UBRK_WORD_KANA && status < UBRK_WORD_IDEO_LIMIT) return SpanKind::Ideograph;
    return SpanKind::Word;
}

}  // namespace

struct Segmenter::Impl {
    std::string language;
    bool fast_path = true;
    bool icu_opened = false;
    std::unique_ptr<icu::BreakIterator> break_iterator;  ///< opened on first use: Latin text never needs it
    UText utext = UTEXT_INITIALIZER;
    std::u16string units;              ///< the text ICU breaks, in UTF-16
    std::vector<std::size_t> offsets;  ///< byte offset of each unit, plus one past the end
    std::vector<Span> held;            ///< fast-path spans waiting while ICU breaks the text before them

    Impl(std::string code, Breaking breaking)
        : language(std::move(code)), fast_path(breaking == Breaking::LatinFastPath) {}
    ~Impl() { utext_close(&utext); }
    Impl(const Impl&) = delete;
    auto operator=(const Impl&) -> Impl& = delete;

    auto icu_iterator() -> icu::BreakIterator* {
        if (!icu_opened) {
            icu_opened = true;
            UErrorCode status = U_ZERO_ERROR;
            const icu::Locale locale =
                language.empty() ? icu::Locale::getRoot() : icu::Locale(language.c_str());
            break_iterator.reset(icu::BreakIterator::createWordInstance(locale, status));
            if (U_FAILURE(status)) break_iterator.reset();
        }
        return break_iterator.get();
    }

    /// Decodes text[begin, end) into units and offsets (byte positions in text).
    void decode(std::string_view text, std::size_t begin, std::size_t end) {
        units.clear();
        offsets.clear();
        units.reserve(end - begin);
        offsets.reserve(end - begin + 1);
        std::size_t pos = begin;
        const std::string_view range = text.substr(0, end);
        while (pos < end) {
            const std::size_t start = pos;
            const char32_t cp = decode_utf8(range, pos);
            if (cp >= 0x10000) {
                offsets.push_back(start);
                units.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
                offsets.push_back(start);
                units.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
            } else {
                offsets.push_back(start);
                units.push_back(static_cast<char16_t>(cp));
            }
        }
        offsets.push_back(end);
    }

    /// Appends the words of text[begin, end) as ICU's BreakIterator finds them.
    void icu_words(std::string_view text, std::size_t begin, std::size_t end, std::vector<Span>& out) {
        if (begin >= end) return;
        decode(text, begin, end);
        icu::BreakIterator* iterator = icu_iterator();
        if (iterator == nullptr) {  // no ICU data: fall back to runs of letters and digits
            break_runs(out);
            return;
        }
        UErrorCode status = U_ZERO_ERROR;
        utext_openUChars(&utext, reinterpret_cast<const UChar*>(units.data()),
                         static_cast<int64_t>(units.size()), &status);
        if (U_FAILURE(status)) return;
        iterator->setText(&utext, status);
        if (U_FAILURE(status)) return;
        int32_t start = iterator->first();
        for (int32_t stop = iterator->next(); stop != icu::BreakIterator::DONE;
             start = stop, stop = iterator->next()) {
            const int32_t rule = iterator->getRuleStatus();
            if (rule < UBRK_WORD_NONE_LIMIT) continue;
            out.push_back({offsets[static_cast<std::size_t>(start)], offsets[static_cast<std::size_t>(stop)],
                           kind_from_rule_status(rule)});
        }
    }

    void break_runs(std::vector<Span>& out) {
        std::size_t i = 0;
        while (i < units.size()) {
            while (i < units.size() && !u_isalnum(units[i])) ++i;
            const std::size_t start = i;
            while (i < units.size() && u_isalnum(units[i])) ++i;
            if (i > start) out.push_back({offsets[start], offsets[i], SpanKind::Word});
        }
    }

    /**
     * Appends the words of text[begin, end): runs between ASCII white space (where every word-break
     * rule breaks) go through break_latin_words(), and consecutive runs it cannot take through ICU.
     */
    void words(std::string_view text, std::size_t begin, std::size_t end, std::vector<Span>& out) {
        if (!fast_path) {
            icu_words(text, begin, end, out);
            return;
        }
        std::size_t pending_begin = end;  // runs left to ICU, not yet broken
        std::size_t pending_end = end;
        std::size_t pos = begin;
        while (pos < end) {
            while (pos < end && is_ascii_space(text[pos])) ++pos;
            if (pos == end) break;
            const std::size_t run_begin = pos;
            while (pos < end && !is_ascii_space(text[pos])) ++pos;
            const std::size_t mark = out.size();
            if (!break_latin_words(text, run_begin, pos, out)) {
                if (pending_begin == end) pending_begin = run_begin;
                pending_end = pos;
                continue;
            }
            if (pending_begin != end) {
                held.assign(out.begin() + static_cast<std::ptrdiff_t>(mark), out.end());
                out.resize(mark);
                icu_words(text, pending_begin, pending_end, out);
                out.insert(out.end(), held.begin(), held.end());
                pending_begin = end;
            }
        }
        if (pending_begin != end) icu_words(text, pending_begin, pending_end, out);
    }
};

Segmenter::Segmenter(const std::string& language, Breaking breaking)
    : m_impl(std::make_unique<Impl>(language, breaking)) {}
Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
auto Segmenter::operator=(Segmenter&&) noexcept -> Segmenter& = default;

auto Segmenter::segment(std::string_view text) -> std::vector<Span> {
    std::vector<Span> out;
    if (text.empty()) return out;
    out.reserve(text.size() / 5 + 1);
    // UN symbols first (they hold spaces and slashes), then the words between them. Only ASCII
    // bytes can start a symbol, and no UTF-8 sequence contains one, so a byte scan finds them all.
    std::size_t words_from = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t n = static_cast<unsigned char>(text[pos]) < 0x80 && may_start_symbol(text, pos)
                                  ? symbol_length(text, pos)
                                  : 0;
        if (n == 0) {
            ++pos;
            continue;
        }
        m_impl->words(text, words_from, pos, out);
        out.push_back({pos, pos + n, SpanKind::Symbol});
        pos += n;
        words_from = pos;
    }
    m_impl->words(text, words_from, text.size(), out);

    // Hyphenated compounds: "anti-personnel", "Secretary‑General" (U+2011), "COVID-19".
    for (std::size_t i = 1; i < out.size(); ++i) {
        const Span& prev = out[i - 1];
        Span& cur = out[i];
        if (prev.kind == SpanKind::Symbol || cur.kind == SpanKind::Symbol) continue;
        if (prev.kind == SpanKind::Number && cur.kind == SpanKind::Number) continue;
        if (is_single_hyphen(text.substr(prev.byte_end, cur.byte_begin - prev.byte_end))) {
            cur.joined_to_previous = true;
        }
    }
    return out;
}

}  // namespace unres::analyzers
