/// @file
/// @brief ICU word segmentation with UN symbols and hyphenated compounds; the only ICU break-iterator user.
#include "analyzers/segmenter.hpp"

#include "analyzers/symbol.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <cstdint>

namespace unres::analyzers {
namespace {

constexpr char32_t replacement_character = 0xFFFD;

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

auto kind_from_rule_status(int32_t status) -> SpanKind {
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) return SpanKind::Number;
    if (status >= UBRK_WORD_KANA && status < UBRK_WORD_IDEO_LIMIT) return SpanKind::Ideograph;
    return SpanKind::Word;
}

/// A symbol found while decoding, as both a UTF-16 unit range and a byte range.
struct SymbolRange {
    std::size_t unit_begin;
    std::size_t unit_end;
    std::size_t byte_begin;
    std::size_t byte_end;
};

}  // namespace

auto decode_utf8(std::string_view text, std::size_t& pos) -> char32_t {
    const auto at = [&](std::size_t i) -> unsigned { return static_cast<unsigned char>(text[i]); };
    const unsigned b0 = at(pos);
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    std::size_t need = 0;
    unsigned lo = 0x80;
    unsigned hi = 0xBF;
    char32_t cp = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        cp = b0 & 0x0F;
        if (b0 == 0xE0) lo = 0xA0;  // no overlong forms
        if (b0 == 0xED) hi = 0x9F;  // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        cp = b0 & 0x07;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
    } else {
        ++pos;
        return replacement_character;
    }
    std::size_t i = pos + 1;
    for (std::size_t k = 0; k < need; ++k, ++i) {
        if (i >= text.size() || at(i) < lo || at(i) > hi) {
            pos = i;  // maximal subpart: skip the valid prefix, resynchronise on the bad byte
            return replacement_character;
        }
        cp = (cp << 6) | (at(i) & 0x3F);
        lo = 0x80;
        hi = 0xBF;
    }
    pos = i;
    return cp;
}

struct Segmenter::Impl {
    std::unique_ptr<icu::BreakIterator> break_iterator;
    UText utext = UTEXT_INITIALIZER;
    std::u16string units;              ///< the text in UTF-16
    std::vector<std::size_t> offsets;  ///< byte offset of each unit, plus one past the end
    std::vector<SymbolRange> symbols;

    explicit Impl(const std::string& language) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale = language.empty() ? icu::Locale::getRoot() : icu::Locale(language.c_str());
        break_iterator.reset(icu::BreakIterator::createWordInstance(locale, status));
        if (U_FAILURE(status)) break_iterator.reset();
    }
    ~Impl() { utext_close(&utext); }
    Impl(const Impl&) = delete;
    auto operator=(const Impl&) -> Impl& = delete;

    void decode(std::string_view text) {
        units.clear();
        offsets.clear();
        symbols.clear();
        units.reserve(text.size());
        offsets.reserve(text.size() + 1);
        std::size_t pos = 0;
        while (pos < text.size()) {
            const auto c = static_cast<unsigned char>(text[pos]);
            if (c < 0x80) {
                if (may_start_symbol(text, pos)) {
                    if (const std::size_t n = symbol_length(text, pos)) {
                        symbols.push_back({units.size(), units.size() + n, pos, pos + n});
                        for (std::size_t k = 0; k < n; ++k, ++pos) {
                            offsets.push_back(pos);
                            units.push_back(static_cast<char16_t>(text[pos]));
                        }
                        continue;
                    }
                }
                offsets.push_back(pos);
                units.push_back(static_cast<char16_t>(c));
                ++pos;
                continue;
            }
            const std::size_t begin = pos;
            const char32_t cp = decode_utf8(text, pos);
            if (cp >= 0x10000) {
                offsets.push_back(begin);
                units.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
                offsets.push_back(begin);
                units.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
            } else {
                offsets.push_back(begin);
                units.push_back(static_cast<char16_t>(cp));
            }
        }
        offsets.push_back(text.size());
    }

    /// Appends the words of units [begin, end) to @p out.
    void break_words(std::size_t begin, std::size_t end, std::vector<Span>& out) {
        if (begin >= end) return;
        if (!break_iterator) {  // no ICU data: fall back to runs of letters and digits
            break_runs(begin, end, out);
            return;
        }
        UErrorCode status = U_ZERO_ERROR;
        const auto* data = reinterpret_cast<const UChar*>(units.data() + begin);
        utext_openUChars(&utext, data, static_cast<int64_t>(end - begin), &status);
        if (U_FAILURE(status)) return;
        break_iterator->setText(&utext, status);
        if (U_FAILURE(status)) return;
        int32_t start = break_iterator->first();
        for (int32_t stop = break_iterator->next(); stop != icu::BreakIterator::DONE;
             start = stop, stop = break_iterator->next()) {
            const int32_t rule = break_iterator->getRuleStatus();
            if (rule < UBRK_WORD_NONE_LIMIT) continue;
            out.push_back({offsets[begin + static_cast<std::size_t>(start)],
                           offsets[begin + static_cast<std::size_t>(stop)], kind_from_rule_status(rule)});
        }
    }

    void break_runs(std::size_t begin, std::size_t end, std::vector<Span>& out) {
        std::size_t i = begin;
        while (i < end) {
            while (i < end && !u_isalnum(units[i])) ++i;
            const std::size_t start = i;
            while (i < end && u_isalnum(units[i])) ++i;
            if (i > start) out.push_back({offsets[start], offsets[i], SpanKind::Word});
        }
    }
};

Segmenter::Segmenter(const std::string& language) : m_impl(std::make_unique<Impl>(language)) {}
Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
auto Segmenter::operator=(Segmenter&&) noexcept -> Segmenter& = default;

auto Segmenter::segment(std::string_view text) -> std::vector<Span> {
    std::vector<Span> out;
    if (text.empty()) return out;
    Impl& impl = *m_impl;
    impl.decode(text);
    out.reserve(text.size() / 5 + 1);
    std::size_t unit = 0;
    for (const SymbolRange& symbol : impl.symbols) {
        impl.break_words(unit, symbol.unit_begin, out);
        out.push_back({symbol.byte_begin, symbol.byte_end, SpanKind::Symbol});
        unit = symbol.unit_end;
    }
    impl.break_words(unit, impl.units.size(), out);

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
