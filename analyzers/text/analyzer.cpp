/// @file
/// @brief make_analyzer() and the Analyzer that chains segmenter, normalizer stages and Snowball stemming.
#include "analyzers/text/analyzer.hpp"

#include "analyzers/parser/symbol.hpp"
#include "analyzers/text/normalizer.hpp"
#include "analyzers/text/segmenter.hpp"
#include "analyzers/text/utf8.hpp"

#include <xapian.h>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <utility>

namespace unres::analyzers {
namespace {

/// French elided articles and conjunctions written before an apostrophe ("l’", "qu’", "lorsqu’").
auto is_elision(std::string_view before) -> bool {
    if (before.empty()) return false;
    if (before.size() <= 2) {
        return std::all_of(before.begin(), before.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    }
    return before == "lorsqu" || before == "puisqu" || before == "jusqu" || before == "quoiqu";
}

/**
 * The content word of a form with an apostrophe, indexed as an alias and stemmed: the part after a
 * French elision ("l'assemblee" -> "assemblee", "d'ivoire" -> "ivoire"), else the part before a
 * short English clitic ("state's" -> "state", "can't" -> "can"). "" when neither applies.
 */
auto content_word(std::string_view form) -> std::string {
    const std::size_t apostrophe = form.find('\'');
    if (apostrophe == std::string_view::npos) return "";
    const std::string_view before = form.substr(0, apostrophe);
    const std::string_view after = form.substr(apostrophe + 1);
    if (is_elision(before) && !after.empty()) return std::string(after);
    const std::size_t last = form.rfind('\'');
    const std::string_view clitic = form.substr(last + 1);
    if (last > 0 && !clitic.empty() && clitic.size() <= 2 &&
        std::all_of(clitic.begin(), clitic.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        return std::string(form.substr(0, last));
    }
    return "";
}

auto is_ascii(std::string_view s) -> bool {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

auto to_lower_ascii(std::string s) -> std::string {
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return s;
}

/// Exact forms of a symbol: the lower-cased canonical symbol, then aliases (GA short form
/// "78/45"; the Security Council number without its year "s/res/2728").
auto symbol_forms(std::string_view raw) -> std::vector<std::string> {
    const std::optional<std::string> canonical = normalise_symbol(raw);
    if (!canonical) {  // cannot happen for spans the segmenter found; stay total anyway
        std::string form;
        for (char c : raw) {
            if (c != ' ') form.push_back(c);
        }
        return {to_lower_ascii(std::move(form))};
    }
    std::vector<std::string> forms = {to_lower_ascii(*canonical)};
    if (std::string short_form = short_symbol(*canonical); !short_form.empty()) {
        forms.push_back(to_lower_ascii(std::move(short_form)));
    }
    const std::string& full = forms.front();
    if (full.rfind("a/res/", 0) != 0 && full.size() > 6 && full.back() == ')' &&
        full[full.size() - 6] == '(') {
        forms.push_back(full.substr(0, full.size() - 6));
    }
    return forms;
}

/// Snowball stemmers that only strip or rewrite the end of a word (see Analyzer::may_stem_to()).
auto strips_suffixes(const std::string& code) -> bool {
    return code == "en" || code == "fr" || code == "es" || code == "ru";
}

/// Language code -> Snowball stemmer name ("" for none).
auto stemmer_name(const std::string& code) -> std::string {
    if (code == "en") return "english";
    if (code == "fr") return "french";
    if (code == "es") return "spanish";
    if (code == "ru") return "russian";
    if (code == "ar") return "arabic";
    return "";
}

/// Accepts ISO 639-1 codes and the English language names ("english" -> "en").
auto language_code(const std::string& language) -> std::string {
    const std::string lower = to_lower_ascii(language);
    static const std::pair<const char*, const char*> names[] = {
        {"english", "en"}, {"french", "fr"}, {"spanish", "es"},
        {"russian", "ru"}, {"arabic", "ar"}, {"chinese", "zh"},
    };
    for (const auto& [name, code] : names) {
        if (lower == name) return code;
    }
    return lower;
}

/**
 * The one Analyzer implementation. Not thread-safe: it reuses an ICU BreakIterator, an ICU
 * Transliterator (zh), a Xapian::Stem and a cache of analysed words, so use one per thread.
 */
class ChainAnalyzer final : public Analyzer {
  public:
    explicit ChainAnalyzer(std::string code)
        : m_language(std::move(code)), m_segmenter(m_language), m_chain(m_language) {
        const std::string name = stemmer_name(m_language);
        if (!name.empty()) {
            try {
                m_stemmer = Xapian::Stem(name);
                m_has_stemmer = true;
            } catch (const Xapian::Error&) {
                m_has_stemmer = false;  // a Xapian built without that stemmer: exact forms only
            }
        }
    }

    using Analyzer::analyze;

    [[nodiscard]] auto analyze(std::string_view text, const StemFilter& stem_if) const
        -> std::vector<Token> override {
        std::vector<Token> tokens;
        std::vector<Span> spans = m_segmenter.segment(text);
        if (m_language == "zh") spans = recut_traditional(text, std::move(spans));
        tokens.reserve(spans.size());
        std::size_t head = 0;  // first part of the current hyphenated compound
        std::size_t parts = 0;
        std::string compound;          // the parts' forms run together: "secretarygeneral's"
        std::string compound_content;  // the same with content words: "secretarygeneral"
        const auto flush_compound = [&] {
            if (parts > 1) {
                tokens[head].aliases.push_back(compound);
                if (compound_content != compound) tokens[head].aliases.push_back(compound_content);
            }
            parts = 0;
        };
        for (const Span& span : spans) {
            const std::string_view raw = text.substr(span.byte_begin, span.byte_end - span.byte_begin);
            Token token;
            token.byte_begin = span.byte_begin;
            token.byte_end = span.byte_end;
            if (span.kind == SpanKind::Symbol) {
                std::vector<std::string> forms = symbol_forms(raw);
                token.form = std::move(forms.front());
                token.aliases.assign(std::make_move_iterator(forms.begin() + 1),
                                     std::make_move_iterator(forms.end()));
            } else if (is_ascii(raw)) {
                // The normaliser is ASCII lower-casing here: no cache needed but for stems.
                token.form = to_lower_ascii(std::string(raw));
                if (span.kind != SpanKind::Number) {
                    std::string content = content_word(token.form);
                    if (m_has_stemmer && (!stem_if || stem_if(token.form)))
                        token.stem = stem_cached(content.empty() ? token.form : content);
                    if (!content.empty()) token.aliases.push_back(std::move(content));
                }
            } else {
                const Entry& entry = lookup(raw, span.kind, stem_if);
                if (entry.form.empty()) continue;  // only invisible characters
                token.form = entry.form;
                token.stem = entry.stem;
                if (!entry.content.empty()) token.aliases.push_back(entry.content);
            }
            token.position = static_cast<unsigned>(tokens.size());
            token.joined_to_previous = span.joined_to_previous && parts > 0;
            const bool has_content = span.kind == SpanKind::Word && token.aliases.size() == 1;
            const std::string& content = has_content ? token.aliases.front() : token.form;
            if (token.joined_to_previous) {
                compound += token.form;
                compound_content += content;
                ++parts;
            } else {
                flush_compound();
                head = tokens.size();
                compound = token.form;
                compound_content = content;
                parts = 1;
            }
            tokens.push_back(std::move(token));
        }
        flush_compound();
        return tokens;
    }

    [[nodiscard]] auto normalise(std::string_view word) const -> std::string override {
        const std::vector<Token> tokens = analyze(word);
        if (tokens.empty()) return "";
        if (tokens.size() == 1) return tokens.front().form;
        const bool one_compound = std::all_of(tokens.begin() + 1, tokens.end(),
                                              [](const Token& t) { return t.joined_to_previous; });
        if (one_compound) {  // "anti-personnel" -> "antipersonnel", the compound alias of the first part
            std::string compound;
            for (const Token& t : tokens) compound += t.form;
            return compound;
        }
        return m_chain.normalize(word);
    }

    [[nodiscard]] auto stem(const std::string& form) const -> std::string override {
        if (!m_has_stemmer || form.empty() || normalise_symbol(form)) return "";
        if (std::all_of(form.begin(), form.end(),
                        [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ','; })) {
            return "";
        }
        const std::string content = content_word(form);
        return m_stemmer(content.empty() ? form : content);
    }

    [[nodiscard]] auto may_stem_to(std::string_view form, std::string_view stem) const -> bool override {
        if (!m_has_stemmer) return false;
        if (!strips_suffixes(m_language)) return true;
        const std::string content = content_word(form);
        const std::string_view word = content.empty() ? form : std::string_view(content);
        const std::size_t kept = stem.size() > 2 ? stem.size() - 2 : 0;
        return word.substr(0, kept) == stem.substr(0, kept);
    }

    [[nodiscard]] auto stem_filter(const std::vector<std::string>& stems) const -> StemFilter override {
        if (stems.empty() || !m_has_stemmer) return [](std::string_view) { return false; };
        if (!strips_suffixes(m_language)) return [](std::string_view) { return true; };
        std::array<bool, 256> first{};  // first letters of the stems' kept prefixes
        for (const auto& stem : stems) {
            if (stem.size() <= 2) return [](std::string_view) { return true; };  // keeps nothing
            first[static_cast<unsigned char>(stem.front())] = true;
        }
        return [this, first, stems](std::string_view form) {
            if (form.empty()) return false;
            // An apostrophe may hide the content word behind an elision ("l'assemblee").
            if (!first[static_cast<unsigned char>(form.front())] && form.find('\'') == std::string_view::npos)
                return false;
            return std::any_of(stems.begin(), stems.end(),
                               [&](const std::string& stem) { return may_stem_to(form, stem); });
        };
    }

    [[nodiscard]] auto language() const -> std::string override { return m_language; }

  private:
    /// A word's analysis, cached by its raw bytes: words follow Zipf's law, so most hit.
    struct Entry {
        std::string form;
        std::string content;  ///< alias for an apostrophe word, or ""
        std::string stem;
        bool stemmed = false;  ///< stem is computed (it stays "" for numbers and without a stemmer)
    };
    static constexpr std::size_t max_cached_words = 1 << 17;

    /// Byte offset of each code point of @p word, plus its size.
    static auto code_point_offsets(std::string_view word) -> std::vector<std::size_t> {
        std::vector<std::size_t> offsets;
        for (std::size_t pos = 0; pos < word.size();) {
            offsets.push_back(pos);
            (void)decode_utf8(word, pos);
        }
        offsets.push_back(word.size());
        return offsets;
    }

    /**
     * zh: ICU's dictionary may cut Traditional text differently from the Simplified text it folds
     * to ("聯合國大會" is one word, "联合国大会" three), so a Traditional span is re-cut where its
     * Simplified form is cut, and both scripts give the same terms. Spans whose folding changes the
     * number of code points are left whole.
     */
    auto recut_traditional(std::string_view text, std::vector<Span> spans) const -> std::vector<Span> {
        std::vector<Span> out;
        out.reserve(spans.size());
        for (const Span& span : spans) {
            const std::string_view raw = text.substr(span.byte_begin, span.byte_end - span.byte_begin);
            if (span.kind != SpanKind::Ideograph) {
                out.push_back(span);
                continue;
            }
            const std::string simplified = lookup(raw, span.kind, {}).form;
            if (simplified == raw) {
                out.push_back(span);
                continue;
            }
            const std::vector<Span> pieces = m_segmenter.segment(simplified);
            const std::vector<std::size_t> raw_offsets = code_point_offsets(raw);
            const std::vector<std::size_t> simplified_offsets = code_point_offsets(simplified);
            if (pieces.size() < 2 || raw_offsets.size() != simplified_offsets.size()) {
                out.push_back(span);
                continue;
            }
            const auto raw_offset = [&](std::size_t simplified_byte) {
                const auto it =
                    std::lower_bound(simplified_offsets.begin(), simplified_offsets.end(), simplified_byte);
                return span.byte_begin +
                       raw_offsets[static_cast<std::size_t>(it - simplified_offsets.begin())];
            };
            for (const Span& piece : pieces) {
                const bool first = out.empty() || out.back().byte_end <= span.byte_begin;
                out.push_back({raw_offset(piece.byte_begin), raw_offset(piece.byte_end), piece.kind,
                               first && span.joined_to_previous});
            }
        }
        return out;
    }

    /// The Snowball stem of @p word (a form or its content word), cached.
    auto stem_cached(const std::string& word) const -> std::string {
        if (auto it = m_stems.find(word); it != m_stems.end()) return it->second;
        if (m_stems.size() >= max_cached_words) m_stems.clear();
        return m_stems.emplace(word, m_stemmer(word)).first->second;
    }

    /// The analysis of one word, stemmed unless @p stem_if refuses its form.
    auto lookup(std::string_view raw, SpanKind kind, const StemFilter& stem_if) const -> const Entry& {
        std::string& key = m_key;  // reused: no allocation per word looked up
        key.assign(raw);
        key.push_back(static_cast<char>('0' + static_cast<int>(kind)));  // a number and a word never share
        auto it = m_cache.find(key);
        if (it == m_cache.end()) {
            if (m_cache.size() >= max_cached_words) m_cache.clear();
            Entry entry;
            entry.form = m_chain.normalize(raw);
            if (kind != SpanKind::Number) {
                entry.content = content_word(entry.form);
            } else {
                entry.stemmed = true;  // numbers have no stem
            }
            if (!m_has_stemmer) entry.stemmed = true;
            it = m_cache.emplace(key, std::move(entry)).first;
        }
        Entry& entry = it->second;
        if (!entry.stemmed && (!stem_if || stem_if(entry.form))) {
            entry.stem = m_stemmer(entry.content.empty() ? entry.form : entry.content);
            entry.stemmed = true;
        }
        return entry;
    }

    std::string m_language;
    mutable Segmenter m_segmenter;
    NormalizerChain m_chain;
    Xapian::Stem m_stemmer;
    bool m_has_stemmer = false;
    mutable std::unordered_map<std::string, Entry> m_cache;        ///< words with non-ASCII letters
    mutable std::unordered_map<std::string, std::string> m_stems;  ///< ASCII words: stem of form
    mutable std::string m_key;
};

}  // namespace

auto make_analyzer(const std::string& language) -> std::unique_ptr<Analyzer> {
    return std::make_unique<ChainAnalyzer>(language_code(language));
}

}  // namespace unres::analyzers
