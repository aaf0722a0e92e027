/// @file
/// @brief Normalizer stages over ICU UnicodeString, and the chain that runs them in order.
#include "analyzers/text/normalizer.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace unres::analyzers {

struct WordBuffer {
    icu::UnicodeString text;
};

namespace {

auto is_ascii(std::string_view word) -> bool {
    for (char c : word) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

auto to_utf8(const icu::UnicodeString& text) -> std::string {
    std::string out;
    text.toUTF8String(out);
    return out;
}

/// Rewrites @p text unit by unit: @p map returns the replacement unit, or 0 to delete the unit.
/// Only called for BMP mappings; surrogates pass through untouched because no map touches them.
template <typename Map>
void map_units(icu::UnicodeString& text, Map map) {
    const int32_t length = text.length();
    int32_t i = 0;
    while (i < length && map(text.charAt(i)) == text.charAt(i)) ++i;
    if (i == length) return;  // nothing to change: no copy
    icu::UnicodeString out(text, 0, i);
    for (; i < length; ++i) {
        const char16_t mapped = map(text.charAt(i));
        if (mapped != 0) out.append(mapped);
    }
    text = std::move(out);
}

/// Combining marks the diacritic stage removes (see DiacriticNormalizer).
auto is_foldable_mark(UChar32 c) -> bool {
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
           (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0x0591 && c <= 0x05C7) ||
           (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
           (c >= 0x06D6 && c <= 0x06ED);
}

auto is_breve_letter(UChar32 base) -> bool {
    return base == 0x0438 || base == 0x0418 || base == 0x0443 || base == 0x0423;  // и И у У
}

}  // namespace

auto Normalizer::normalize(std::string_view word) const -> std::string {
    WordBuffer buffer{
        icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())))};
    apply(buffer);
    return to_utf8(buffer.text);
}

void NfkcNormalizer::apply(WordBuffer& word) const {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status) || nfkc->isNormalized(word.text, status)) return;
    status = U_ZERO_ERROR;
    icu::UnicodeString out = nfkc->normalize(word.text, status);
    if (U_SUCCESS(status)) word.text = std::move(out);
}

void CaseFoldNormalizer::apply(WordBuffer& word) const { word.text.foldCase(U_FOLD_CASE_DEFAULT); }

void PunctuationNormalizer::apply(WordBuffer& word) const {
    map_units(word.text, [](char16_t c) -> char16_t {
        switch (c) {
            case 0x2010:  // HYPHEN
            case 0x2011:  // NON-BREAKING HYPHEN
                return u'-';
            case 0x2018:  // LEFT SINGLE QUOTATION MARK (typed for an apostrophe)
            case 0x2019:  // RIGHT SINGLE QUOTATION MARK (the typographic apostrophe)
            case 0x02BC:  // MODIFIER LETTER APOSTROPHE
                return u'\'';
            case 0x00AD:  // SOFT HYPHEN
            case 0x200B:  // ZERO WIDTH SPACE
            case 0x200C:  // ZERO WIDTH NON-JOINER
            case 0x200D:  // ZERO WIDTH JOINER
            case 0x2060:  // WORD JOINER
            case 0xFEFF:  // BOM / ZERO WIDTH NO-BREAK SPACE
                return 0;
            default:
                return c;
        }
    });
}

void ArabicNormalizer::apply(WordBuffer& word) const {
    map_units(word.text, [](char16_t c) -> char16_t {
        if (c < 0x0622 || c > 0x06F9) return c;
        if (c >= 0x0660 && c <= 0x0669) return static_cast<char16_t>(u'0' + (c - 0x0660));
        if (c >= 0x06F0) return static_cast<char16_t>(u'0' + (c - 0x06F0));
        if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640) return 0;  // harakat, tatweel
        switch (c) {
            case 0x0622:  // آ
            case 0x0623:  // أ
            case 0x0625:  // إ
            case 0x0671:  // ٱ
                return 0x0627;
            case 0x0649:  // ى
                return 0x064A;
            default:
                return c;
        }
    });
}

void CyrillicNormalizer::apply(WordBuffer& word) const {
    map_units(word.text, [](char16_t c) -> char16_t {
        if (c == 0x0451) return 0x0435;  // ё -> е
        if (c == 0x0401) return 0x0415;  // Ё -> Е
        return c;
    });
}

struct ChineseNormalizer::Impl {
    std::unique_ptr<icu::Transliterator> transliterator;
};

ChineseNormalizer::ChineseNormalizer() : m_impl(std::make_unique<Impl>()) {
    UErrorCode status = U_ZERO_ERROR;
    m_impl->transliterator.reset(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) m_impl->transliterator.reset();
}

ChineseNormalizer::~ChineseNormalizer() = default;

auto ChineseNormalizer::is_available() const -> bool { return m_impl->transliterator != nullptr; }

void ChineseNormalizer::apply(WordBuffer& word) const {
    if (!m_impl->transliterator) return;
    bool has_han = false;
    for (int32_t i = 0; i < word.text.length() && !has_han; ++i) has_han = word.text.charAt(i) >= 0x2E80;
    if (has_han) m_impl->transliterator->transliterate(word.text);
}

void DiacriticNormalizer::apply(WordBuffer& word) const {
    bool has_non_ascii = false;
    for (int32_t i = 0; i < word.text.length() && !has_non_ascii; ++i)
        has_non_ascii = word.text.charAt(i) >= 0x80;
    if (!has_non_ascii) return;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return;
    const icu::UnicodeString decomposed = nfd->normalize(word.text, status);
    if (U_FAILURE(status)) return;
    icu::UnicodeString kept;
    UChar32 base = 0;
    bool removed = false;
    for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) == U_NON_SPACING_MARK) {
            if (is_foldable_mark(c) && !(c == 0x0306 && is_breve_letter(base))) {
                removed = true;
                continue;
            }
        } else {
            base = c;
        }
        kept.append(c);
    }
    if (!removed) return;
    icu::UnicodeString composed = nfc->normalize(kept, status);
    if (U_SUCCESS(status)) word.text = std::move(composed);
}

NormalizerChain::NormalizerChain(const std::string& language) {
    m_stages.push_back(std::make_unique<NfkcNormalizer>());
    m_stages.push_back(std::make_unique<CaseFoldNormalizer>());
    m_stages.push_back(std::make_unique<PunctuationNormalizer>());
    m_stages.push_back(std::make_unique<ArabicNormalizer>());
    m_stages.push_back(std::make_unique<CyrillicNormalizer>());
    if (language == "zh") m_stages.push_back(std::make_unique<ChineseNormalizer>());
    m_stages.push_back(std::make_unique<DiacriticNormalizer>());
}

auto NormalizerChain::normalize(std::string_view word) const -> std::string {
    if (is_ascii(word)) {
        // NFKC, punctuation, script and diacritic stages are the identity on ASCII; folding is tolower.
        std::string out(word);
        for (char& c : out) {
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
        return out;
    }
    WordBuffer buffer{
        icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())))};
    for (const auto& stage : m_stages) stage->apply(buffer);
    return to_utf8(buffer.text);
}

}  // namespace unres::analyzers
