/// @file
/// @brief Normalizer stages (NFKC, case folding, punctuation, Arabic, Cyrillic, Chinese, diacritics) and
/// their chain.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace unres::analyzers {

/// A word being normalised: opaque here (an ICU UnicodeString in normalizer.cpp), so that no public
/// header includes ICU. Stages only ever see it by reference.
struct WordBuffer;

/**
 * One normalisation stage: maps one word to one word (charabia's one-file-per-transform stages).
 * Stages are total: any input, including "" and invalid UTF-8 (read as U+FFFD), gives an output.
 */
class Normalizer {
  public:
    virtual ~Normalizer() = default;
    /// Short stable name of the stage ("nfkc", "case_fold"…), for test messages.
    [[nodiscard]] virtual auto name() const -> std::string_view = 0;
    /// Applies the stage in place (used by NormalizerChain, which converts to UTF-16 once).
    virtual void apply(WordBuffer& word) const = 0;
    /// This stage alone on a UTF-8 word.
    [[nodiscard]] auto normalize(std::string_view word) const -> std::string;
};

/// Unicode NFKC: compatibility characters to their plain form ("ﬁ" -> "fi", "Ｕ Ｎ" -> "U N",
/// Arabic presentation forms to letters).
class NfkcNormalizer final : public Normalizer {
  public:
    [[nodiscard]] auto name() const -> std::string_view override { return "nfkc"; }
    void apply(WordBuffer& word) const override;
};

/// Full Unicode case folding ("Straße" -> "strasse", "ASSEMBLÉE" -> "assemblée").
class CaseFoldNormalizer final : public Normalizer {
  public:
    [[nodiscard]] auto name() const -> std::string_view override { return "case_fold"; }
    void apply(WordBuffer& word) const override;
};

/// Hyphen variants (U+2010, U+2011) -> '-', apostrophe variants (’ ‘ ʼ) -> '\'', and removal of
/// invisible format characters (soft hyphen, zero-width space/joiners, BOM).
class PunctuationNormalizer final : public Normalizer {
  public:
    [[nodiscard]] auto name() const -> std::string_view override { return "punctuation"; }
    void apply(WordBuffer& word) const override;
};

/// Arabic: tatweel removed, harakat (U+064B–U+065F, U+0670) removed, alef variants أ إ آ ٱ -> ا,
/// alef maksura ى -> ي, and Arabic-Indic and Extended Arabic-Indic digits -> ASCII digits. Teh
/// marbuta ة is kept: it marks the feminine, and the Arabic Snowball stemmer strips it (المتحدة
/// and المتحد share the stem متحد), which folding it to ه would prevent.
class ArabicNormalizer final : public Normalizer {
  public:
    [[nodiscard]] auto name() const -> std::string_view override { return "arabic"; }
    void apply(WordBuffer& word) const override;
};

/// Russian: ё -> е and Ё -> Е (Russian texts print ё only sometimes). Й is left alone.
class CyrillicNormalizer final : public Normalizer {
  public:
    [[nodiscard]] auto name() const -> std::string_view override { return "cyrillic"; }
    void apply(WordBuffer& word) const override;
};

/// Chinese: Traditional -> Simplified characters with ICU's "Traditional-Simplified"
/// transliterator, so 聯合國 and 联合国 meet. A no-op if ICU lacks that transliterator.
/// Not thread-safe (holds an ICU Transliterator).
class ChineseNormalizer final : public Normalizer {
  public:
    ChineseNormalizer();
    ~ChineseNormalizer() override;
    ChineseNormalizer(const ChineseNormalizer&) = delete;
    auto operator=(const ChineseNormalizer&) -> ChineseNormalizer& = delete;
    [[nodiscard]] auto name() const -> std::string_view override { return "chinese"; }
    void apply(WordBuffer& word) const override;
    /// True if ICU provided the transliterator.
    [[nodiscard]] auto is_available() const -> bool;

  private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Diacritics: NFD, drop combining marks of the Latin/Greek/Cyrillic diacritic blocks and Arabic
/// and Hebrew points, then NFC ("élèves" -> "eleves", "ñ" -> "n"). Keeps the breve of Cyrillic й/ў,
/// which is a letter of its own in Russian, and the marks of other scripts (Indic vowel signs).
class DiacriticNormalizer final : public Normalizer {
  public:
    [[nodiscard]] auto name() const -> std::string_view override { return "diacritic"; }
    void apply(WordBuffer& word) const override;
};

/**
 * The ordered stages for a language: nfkc, case_fold, punctuation, arabic, cyrillic, chinese (for
 * "zh" only), diacritic. Pure-ASCII words take a fast path (ASCII lower-casing), which gives the
 * same result as the stages. Not thread-safe when it holds a ChineseNormalizer.
 */
class NormalizerChain {
  public:
    explicit NormalizerChain(const std::string& language);
    /// The whole chain on one UTF-8 word; "" -> "".
    [[nodiscard]] auto normalize(std::string_view word) const -> std::string;
    /// The stages in the order they run.
    [[nodiscard]] auto stages() const -> const std::vector<std::unique_ptr<Normalizer>>& { return m_stages; }

  private:
    std::vector<std::unique_ptr<Normalizer>> m_stages;
};

}  // namespace unres::analyzers
