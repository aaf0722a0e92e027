/// @file
/// @brief Cutting body lines into paragraphs (see paragraph_builder.hpp).
#include "analyzers/parser/paragraph_builder.hpp"

#include "analyzers/parser/clause_lexicon.hpp"
#include "analyzers/parser/opening_verb.hpp"
#include "analyzers/parser/split_words.hpp"
#include "analyzers/text/ascii.hpp"
#include "analyzers/text/canonical_values.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <optional>
#include <set>

namespace unres::analyzers {
namespace {

auto is_alpha(char c) -> bool { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
auto is_digit(char c) -> bool { return c >= '0' && c <= '9'; }
auto is_lower(char c) -> bool { return c >= 'a' && c <= 'z'; }
auto is_upper(char c) -> bool { return c >= 'A' && c <= 'Z'; }

/// A run of lines that starts a new unit (paragraph, heading, sub-paragraph).
struct Block {
    std::string text;        ///< with wrapped marks
    std::string first_line;  ///< first line, marks stripped
    std::string emphasis;
};

/// Joins a wrapped layout line: "cost-" + "efficiency" and "cost -" + "recovery" lose the break.
void join_line(std::string& text, std::string_view line, bool layout) {
    if (text.empty()) {
        text = line;
        return;
    }
    const auto n = text.size();
    if (layout && n >= 2 && text[n - 1] == '-' && is_alpha(text[n - 2])) {
        text += line;
        return;
    }
    if (layout && n >= 3 && text[n - 1] == '-' && text[n - 2] == ' ' && is_alpha(text[n - 3])) {
        text.erase(n - 2, 1);
        text += line;
        return;
    }
    text += ' ';
    text += line;
}

/// "post -conflict" -> "post-conflict", "10 -year" -> "10-year", "COVID -19" -> "COVID-19", "standards ,"
/// -> "standards,", "2014 –2024" -> "2014–2024", "Office ’s" -> "Office’s": pdftotext's spaces before a
/// hyphen inside a word, a dash between numbers, a possessive and a comma, semicolon or full stop.
auto repair_hyphens(std::string_view text) -> std::string {
    std::string out;
    out.reserve(text.size());
    const auto word_char = [](char c) {
        return is_alpha(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ' && i > 0 && i + 2 < text.size() && text[i + 1] == '-' && word_char(text[i - 1]) &&
            word_char(text[i + 2]) && !(is_digit(text[i - 1]) && is_digit(text[i + 2]))) {
            continue;
        }
        if (text[i] == ' ' && i > 0 && i + 1 < text.size() &&
            (text[i + 1] == ',' || text[i + 1] == '.' || text[i + 1] == ';') && is_alpha(text[i - 1]) &&
            (i + 2 == text.size() || text[i + 2] == ' ')) {
            continue;  // "standards ," "years ;"
        }
        if (text[i] == ' ' && i > 0 && is_digit(text[i - 1]) && text.compare(i + 1, 3, "\u2013") == 0 &&
            i + 4 < text.size() && is_digit(text[i + 4])) {
            continue;  // "2014 –2024"
        }
        if (text[i] == ' ' && i > 0 && is_alpha(text[i - 1]) && text.compare(i + 1, 4, "\u2019s") == 0 &&
            (i + 5 == text.size() || !word_char(text[i + 5]))) {
            continue;  // "Office ’s"
        }
        out.push_back(text[i]);
    }
    return out;
}

auto is_roman(std::string_view s) -> bool {
    return !s.empty() && s.size() <= 7 && s.find_first_not_of("IVXL") == std::string_view::npos;
}

/// A section label alone: "I", "IV.", "A", "B.".
auto is_bare_label(std::string_view t) -> bool {
    if (!t.empty() && t.back() == '.') t.remove_suffix(1);
    return is_roman(t) || (t.size() == 1 && is_upper(t[0]));
}

/// Ends like a sentence or clause (ignoring closing quotes and brackets).
auto ends_with_terminal(std::string_view t) -> bool {
    while (!t.empty()) {
        const auto c = static_cast<unsigned char>(t.back());
        if (c == ')' || c == ']' || c == '"' || c == '\'' || c == ' ') {
            t.remove_suffix(1);
        } else if (t.size() >= 3 && c == 0x9D && static_cast<unsigned char>(t[t.size() - 3]) == 0xE2) {
            t.remove_suffix(3);  // ” (U+201D)
        } else if (t.size() >= 3 && c == 0x99 && static_cast<unsigned char>(t[t.size() - 3]) == 0xE2) {
            t.remove_suffix(3);  // ’ (U+2019)
        } else {
            break;
        }
    }
    if (t.empty()) return false;
    if (std::string_view(".,;:!?").find(t.back()) != std::string_view::npos) return true;
    // Chinese full-width and Arabic punctuation: 。，；：！？ and ، ؛ ؟
    for (std::string_view mark : {"。", "，", "；", "：", "！", "？", "،", "؛", "؟"}) {
        if (t.size() >= mark.size() && t.substr(t.size() - mark.size()) == mark) return true;
    }
    return false;
}

/// "Adopts the following Pact for the Future and its annexes:", "Approves the following outcome document:".
auto adopts_following_text(const std::string& raw) -> bool {
    const auto plain = collapse_spaces(strip_marks(raw, nullptr));
    for (std::string_view verb :
         {"Adopts the following", "Approves the following", "Endorses the following",
          "Adopts the outcome document", "Adopts the political declaration", "Adopts the declaration"}) {
        if (plain.find(verb) != std::string::npos) return true;
    }
    return false;
}

/// "62/50 of 5 December 2007, …", "A/78/100, …": a wrapped line of a list of citations, which no
/// paragraph opens with.
auto opens_with_citation(std::string_view plain) -> bool {
    const auto word = plain.substr(0, plain.find(' '));
    if (word.find('/') == std::string_view::npos) return false;
    return is_digit(word[0]) || word.rfind("A/", 0) == 0 || word.rfind("S/", 0) == 0 ||
           word.rfind("E/", 0) == 0;
}

auto ends_with(std::string_view text, std::string_view end) -> bool {
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

/// The end of a paragraph's text so far, marks stripped and spaces collapsed. Only the end is read,
/// so that checking it after each of many continuation lines stays linear in the paragraph's length.
auto plain_tail(const std::string& raw) -> std::string {
    constexpr std::size_t tail_bytes = 256;  // far longer than any footnote mark or closing quotes
    std::size_t from = raw.size() > tail_bytes ? raw.size() - tail_bytes : 0;
    while (from > 0 && (static_cast<unsigned char>(raw[from]) & 0xC0U) == 0x80U) --from;
    return collapse_spaces(strip_marks(std::string_view(raw).substr(from), nullptr));
}

auto ends_with_colon(const std::string& raw) -> bool {
    const auto plain = plain_tail(raw);
    return !plain.empty() && plain.back() == ':';
}

/// "12. text" -> 12 and the offset of "text"; 0 if the block is not numbered. Up to three digits
/// always; four to six ("1000. …") only as @p next, the number the sequence expects, so that a
/// year opening a line ("2024. …") is not taken for a paragraph number.
auto paragraph_number(std::string_view t, std::size_t& rest, int next) -> int {
    std::size_t n = 0;
    while (n < t.size() && n <= 6 && is_digit(t[n])) ++n;
    if (n == 0 || n > 6 || n + 1 >= t.size() || t[n] != '.' || t[n + 1] != ' ') return 0;
    const int number = std::stoi(std::string(t.substr(0, n)));
    if (n > 3 && number != next) return 0;
    rest = n + 2;
    while (rest < t.size() && t[rest] == ' ') ++rest;
    return number;
}

/// Whether the text of a paragraph so far ends a sentence (see plain_tail()).
auto raw_ends_terminal(const std::string& raw) -> bool { return ends_with_terminal(plain_tail(raw)); }

/// "(a) text" -> "a" and the offset of "text"; "" otherwise.
auto sub_label(std::string_view t, std::size_t& rest) -> std::string {
    if (t.size() < 4 || t[0] != '(') return "";
    std::size_t n = 1;
    while (n < t.size() && n <= 5 && is_lower(t[n])) ++n;
    if (n == 1 || n >= t.size() || t[n] != ')' || n + 1 >= t.size() || t[n + 1] != ' ') return "";
    rest = n + 2;
    while (rest < t.size() && t[rest] == ' ') ++rest;
    return std::string(t.substr(1, n - 1));
}

auto is_roman_label(const std::string& l) -> bool { return l.find_first_not_of("ivxl") == std::string::npos; }

/// "Annex", "Annex I", "Annex II.", "Appendix", "Enclosure": the start of an annexed text.
auto is_annex_heading(std::string_view t) -> bool {
    for (std::string_view w : {"Annex", "ANNEX", "Appendix", "Enclosure", "Attachment"}) {
        if (t.substr(0, w.size()) != w) continue;
        auto rest = trim(t.substr(w.size()));
        if (!rest.empty() && rest.back() == '.') rest.remove_suffix(1);
        if (rest.empty() || is_roman(rest) ||
            (rest.size() <= 2 &&
             std::all_of(rest.begin(), rest.end(), [](char c) { return is_digit(c) || is_upper(c); }))) {
            return true;
        }
    }
    return false;
}

/// A short unpunctuated line in capitals' case directly before a numbered paragraph, or (one line of at
/// most eight words) before a paragraph opening with a listed phrase: a section heading.
auto is_unlabelled_heading(const std::string& plain, bool terminal, const Block* next,
                           const std::string& language, const ClauseLexicon& lexicon) -> bool {
    if (terminal || next == nullptr || plain.size() > 120 || !is_upper(plain[0])) return false;
    const auto spaces = std::count(plain.begin(), plain.end(), ' ');
    if (spaces > 10) return false;
    std::size_t rest = 0;
    if (paragraph_number(next->text, rest, 0) > 0) return true;
    if (is_bare_label(plain.substr(0, plain.find(' ')))) return false;  // "II Activities of …": labelled
    return spaces < 8 && !match_opening(language, next->first_line, lexicon).empty();
}

struct DraftSub {
    std::string id;  // "a", "a.ii"
    std::string label;
    std::string raw;
};

struct Draft {
    ParagraphKind kind = ParagraphKind::Preambular;
    int number = 0;
    bool printed = false;  // the number is printed ("7.")
    std::string raw;
    std::string emphasis;
    std::string section;
    std::vector<DraftSub> subs;
};

/// @p repair: the split-word repair of layout text (null for other formats).
auto finish(const Draft& d, const SplitWordRepair* repair, const std::string& language,
            const ClauseLexicon& lexicon) -> Paragraph {
    Paragraph p;
    p.kind = d.kind;
    p.number = d.number;
    p.section = d.section;
    std::vector<std::string> marks;
    auto clean = [&](const std::string& raw, std::vector<std::string>* m) {
        auto text = collapse_spaces(strip_marks(raw, m));
        return repair != nullptr ? repair->repair(repair_hyphens(text)) : text;
    };
    p.text = clean(d.raw, &marks);
    for (auto& m : marks) {
        if (std::find(p.footnote_refs.begin(), p.footnote_refs.end(), m) == p.footnote_refs.end()) {
            p.footnote_refs.push_back(m);
        }
    }
    std::string emphasis = d.emphasis;
    while (!emphasis.empty() && std::string_view(",;:.").find(emphasis.back()) != std::string_view::npos) {
        emphasis.pop_back();
    }
    emphasis = strip_marks(emphasis, nullptr);
    bool listed = true;  // the clause is printed in italics or listed in the lexicon
    // An annex's italic headings ("Article 3") are no opening phrase.
    const bool heading = d.kind == ParagraphKind::Annex &&
                         std::any_of(emphasis.begin(), emphasis.end(), [](char c) { return is_digit(c); });
    if (!emphasis.empty() && !heading && p.text.rfind(emphasis, 0) == 0) {
        p.clause = emphasis;
        p.clause_italic = true;
    } else {
        p.clause = match_opening(language, p.text, lexicon);
        listed = !p.clause.empty();
        if (p.clause.empty() && d.kind != ParagraphKind::Annex) p.clause = first_word(p.text);
    }
    p.clause_key = schema::clause_key(p.clause);
    p.verb = opening_verb(language, p.clause, p.text, listed, lexicon);
    for (const auto& s : d.subs) {
        p.subparagraphs.push_back({s.id, "(" + s.label + ")", clean(s.raw, nullptr)});
    }
    return p;
}

/// The body's blocks: a block opens at a line that starts one and takes the lines wrapped after it.
auto collect_blocks(const SourceText& source, std::size_t begin, std::size_t end) -> std::vector<Block> {
    const bool layout = source.format == SourceFormat::Layout;
    std::vector<Block> blocks;
    for (std::size_t i = begin; i < std::min(end, source.lines.size()); ++i) {
        const auto& line = source.lines[i];
        if (line.blank()) continue;
        if (line.starts_block || blocks.empty()) {
            blocks.push_back({line.text, collapse_spaces(strip_marks(line.text, nullptr)), line.emphasis});
        } else {
            join_line(blocks.back().text, line.text, layout);
        }
    }
    return blocks;
}

/// One block as the assembler sees it: its text without marks, its printed number or sub-paragraph label.
struct BlockReading {
    const Block& block;
    const Block* next = nullptr;  ///< the block after it, if any
    std::string plain;            ///< marks stripped, spaces collapsed
    int number = 0;               ///< the printed paragraph number, 0 if none
    std::size_t rest = 0;         ///< where the text after the number starts
    std::string label;            ///< a sub-paragraph's label ("a", "ii"), "" if none
    std::size_t sub_rest = 0;     ///< where the text after the label starts
    bool terminal = false;        ///< ends as a sentence ends
};

/**
 * Turns blocks into paragraph drafts, one block at a time: a block continues the paragraph before it, is
 * a heading, a sub-paragraph, an item of a list the paragraph quotes, or starts a paragraph. Each step
 * below takes the block (true) or leaves it to the next.
 */
class ParagraphAssembler {
  public:
    ParagraphAssembler(bool annex, const std::string& language, const ClauseLexicon& lexicon)
        : m_annex(annex), m_language(language), m_lexicon(lexicon) {}

    void add(const Block& block, const Block* next) {
        BlockReading b{block, next, collapse_spaces(strip_marks(block.text, nullptr)), 0, 0, "", 0, false};
        if (b.plain.empty()) return;
        read_number(b);
        if (b.number == 0) b.label = sub_label(block.text, b.sub_rest);
        b.terminal = ends_with_terminal(b.plain);
        if (skip_assembly_line(b) || continues_paragraph(b) ||
            (b.number == 0 && b.label.empty() && heading(b)))
            return;
        m_pending_label.clear();
        m_annex_title = false;
        if (!b.label.empty()) {
            sub_paragraph(b);
            return;
        }
        if (b.number > 0 && numbered_inside_paragraph(b)) return;
        m_list_next = 0;
        start_paragraph(b);
    }

    [[nodiscard]] auto drafts() const -> const std::deque<Draft>& { return m_drafts; }

  private:
    /// The printed number, also when extraction lost its dot ("26   Condemns").
    void read_number(BlockReading& b) const {
        const std::string& text = b.block.text;
        b.number = paragraph_number(text, b.rest, m_last_printed + 1);
        if (b.number != 0 || m_last_printed == 0) return;
        const auto word = first_word(text);
        if (word == std::to_string(m_last_printed + 1) && text.size() > word.size() + 2 &&
            is_upper(text[text.find_first_not_of(' ', word.size())])) {
            b.number = m_last_printed + 1;
            b.rest = text.find_first_not_of(' ', word.size());
        }
    }

    /// "The General Assembly," between preamble and text: no paragraph, and the end of the one before.
    auto skip_assembly_line(const BlockReading& b) -> bool {
        const bool assembly = b.plain.size() < 40 && (b.plain.rfind("The General Assembly", 0) == 0 ||
                                                      b.plain.rfind("The Security Council", 0) == 0);
        if (assembly) m_last = nullptr;
        return assembly;
    }

    /// A block that opens in lower case, with a citation, or follows text cut mid-sentence (page break).
    auto continues_paragraph(const BlockReading& b) -> bool {
        if (b.number != 0 || !b.label.empty() || m_last == nullptr) return false;
        if (!is_lower(b.plain[0]) && !opens_with_citation(b.plain) && raw_ends_terminal(m_last->raw))
            return false;
        append(b.block.text);
        return true;
    }

    /// Headings: unlabelled ones before a paragraph, annex headings, section labels and their titles, and
    /// the title of a text a paragraph adopts inline.
    auto heading(const BlockReading& b) -> bool {
        const std::string& plain = b.plain;
        // "Humanitarian assistance" between "…crime;" and "26. Notes …": a heading, not text.
        if (m_pending_label.empty() && !m_annex_title &&
            is_unlabelled_heading(plain, b.terminal, b.next, m_language, m_lexicon) &&
            (m_last == nullptr || raw_ends_terminal(m_last->raw))) {
            if (!m_annex && m_last != nullptr && ends_with_colon(m_last->raw) &&
                adopts_following_text(m_last->raw))
                m_adopted_text = true;  // the title of a text adopted inline
            open_section(plain);
            return true;
        }
        if (m_annex && is_annex_heading(b.block.first_line)) {
            m_section = plain;
            m_annex_title = true;
            m_last = nullptr;
            m_last_sub = nullptr;
            return true;
        }
        const auto& first = b.block.first_line;
        const auto space = first.find(' ');
        const std::string head = first.substr(0, space);
        const bool labelled = is_bare_label(first) ||
                              (is_bare_label(head) && head.back() == '.' && space != std::string::npos &&
                               is_upper(first[space + 1]) && !b.terminal && plain.size() < 200);
        if (labelled) {
            std::string lab = plain.substr(0, plain.find(' '));
            if (lab.back() == '.') lab.pop_back();
            const std::string title =
                plain.find(' ') == std::string::npos ? "" : plain.substr(plain.find(' ') + 1);
            open_section(title.empty() ? lab : lab + ". " + std::string(trim(title)));
            m_pending_label = title.empty() ? lab : "";
            return true;
        }
        if (!b.terminal && plain.size() < 250 &&
            (!m_pending_label.empty() || m_annex_title || (m_annex && m_last == nullptr))) {
            if (!m_pending_label.empty()) {
                m_section = m_pending_label + ". " + plain;
            } else if (m_annex_title) {
                m_section += (m_section.empty() ? "" : ": ") + plain;
            } else {
                m_section = plain;
            }
            m_pending_label.clear();
            return true;
        }
        if (!m_annex && !b.terminal && plain.size() < 200 && m_last != nullptr &&
            ends_with_colon(m_last->raw)) {
            // The title of a text the paragraph adopts ("… Pact: The Pact for the Future"). "Adopts the
            // following outcome document:" printed inline: its paragraphs are the adopted text, not the
            // resolution's own (typed as annex paragraphs, as when it is annexed).
            if (adopts_following_text(m_last->raw)) m_adopted_text = true;
            open_section(plain);
            return true;
        }
        return false;
    }

    /// "(a) …": a sub-paragraph of the paragraph before; roman numerals nest under a letter, unless the
    /// letter sequence explains them ((h) then (i)). With no paragraph before, its text is a paragraph.
    void sub_paragraph(const BlockReading& b) {
        if (m_last == nullptr) {
            Draft d;
            d.kind = m_annex ? ParagraphKind::Annex
                             : (m_op_count > 0 ? ParagraphKind::Operative : ParagraphKind::Preambular);
            d.number = m_annex                              ? ++m_an_count
                       : d.kind == ParagraphKind::Operative ? ++m_op_count
                                                            : ++m_pp_count;
            d.raw = b.block.text;
            d.section = m_section;
            push(std::move(d));
            return;
        }
        std::string id = b.label;
        if (is_roman_label(b.label) && !m_last->subs.empty()) {
            const auto& prev = m_last->subs.back();
            const std::string prev_top = prev.id.substr(0, prev.id.find('.'));
            const bool prev_nested = prev.id.find('.') != std::string::npos;
            const bool letter_next =
                b.label.size() == 1 && prev_top.size() == 1 && !prev_nested && prev_top[0] + 1 == b.label[0];
            if (!letter_next && (b.label == "i" || prev_nested)) id = prev_top + "." + b.label;
        }
        m_last->raw += ' ' + b.block.text;
        m_last->subs.push_back({id, b.label, b.block.text.substr(b.sub_rest)});
        m_last_sub = &m_last->subs.back();
    }

    /// A numbered block that belongs to the paragraph before: the provisions of "Resolves that:" (which
    /// become the paragraphs), or an item of a list the paragraph quotes ("…agenda: 1. …").
    auto numbered_inside_paragraph(const BlockReading& b) -> bool {
        if (m_last == nullptr && b.number == 1 && m_last_printed == 0 && m_op_count == 1 && !m_annex &&
            !m_adopted_text && !m_drafts.empty() && m_drafts.back().kind == ParagraphKind::Operative &&
            !m_drafts.back().printed && ends_with_colon(m_drafts.back().raw)) {
            m_last = &m_drafts.back();  // "Adopts the following Pact:" + title + "1. We, …"
        }
        if (m_last == nullptr || m_adopted_text) return false;
        const bool colon = ends_with_colon(m_last->raw);
        if (b.number == 1 && colon && !m_last->printed && m_last->kind == ParagraphKind::Operative &&
            m_op_count == 1 && m_last_printed == 0) {
            // "Resolves that:" followed by numbered provisions: the provisions are the paragraphs.
            const std::string lead = m_last->raw;
            m_drafts.pop_back();
            Draft d;
            d.kind = ParagraphKind::Operative;
            d.number = 1;
            d.printed = true;
            d.section = m_section;
            d.raw = lead + " " + b.block.text.substr(b.rest);
            m_op_count = 1;
            m_last_printed = 1;
            push(std::move(d));
            return true;
        }
        const bool in_list = m_list_next > 0 && b.number == m_list_next && b.number != m_last_printed + 1;
        const bool out_of_sequence = m_last_printed > 0 && b.number != 1 && b.number <= m_last_printed;
        if ((b.number == 1 && colon && m_last_printed > 0) || in_list || out_of_sequence) {
            m_list_next = b.number + 1;  // an item of a list quoted inside the paragraph
            m_last->raw += ' ' + b.block.text;
            return true;
        }
        return false;
    }

    /// A new paragraph: annex (or adopted text), numbered operative, or unnumbered, typed by its opening
    /// phrase and its ending; unnumbered text after operative paragraphs is quoted inside the last one.
    void start_paragraph(const BlockReading& b) {
        Draft d;
        d.section = m_section;
        d.emphasis = b.block.emphasis;
        d.printed = b.number > 0;
        if (b.number > 0) m_last_printed = b.number;
        if (m_annex || m_adopted_text) {
            d.kind = ParagraphKind::Annex;
            d.number = ++m_an_count;
            d.raw = b.number > 0 ? b.block.text.substr(b.rest) : b.block.text;
        } else if (b.number > 0) {
            d.kind = ParagraphKind::Operative;
            d.number = b.number;
            ++m_op_count;
            ++m_section_ops;
            d.raw = b.block.text.substr(b.rest);
        } else if (m_section_ops > 0 && m_last != nullptr) {
            append(b.block.text);  // quoted or unnumbered text inside an operative paragraph
            return;
        } else {
            d.kind = unnumbered_kind(b.plain);
            if (d.kind == ParagraphKind::Operative) {
                ++m_op_count;
                d.number = ++m_section_ops;
            } else {
                d.number = ++m_pp_count;
            }
            d.raw = b.block.text;
        }
        push(std::move(d));
    }

    /// An unnumbered paragraph's kind: operative when it opens with an operative phrase (or, unlisted, a
    /// verb in -s ending in '.'), unless it ends with a comma (Chinese '，', Arabic '،'), as preambular
    /// paragraphs do: in Chinese the same verb opens both kinds ("鼓励", "敦促"), so the ending decides.
    [[nodiscard]] auto unnumbered_kind(const std::string& plain) const -> ParagraphKind {
        const auto match = m_lexicon.match(plain);
        const auto word = first_word(plain);
        const auto second =
            first_word(std::string_view(plain).substr(std::min(plain.size(), word.size() + 1)));
        const auto ends_ing = [](const std::string& w) {
            return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
        };
        const bool operative = match.kind == ClauseKind::Operative ||
                               (match.kind == ClauseKind::Unknown && !ends_ing(word) && !ends_ing(second) &&
                                word.size() > 3 && word.back() == 's' && plain.back() == '.');
        const bool comma = plain.back() == ',' || ends_with(plain, "，") || ends_with(plain, "،");
        return operative && !comma ? ParagraphKind::Operative : ParagraphKind::Preambular;
    }

    void open_section(std::string title) {
        m_section = std::move(title);
        m_section_ops = 0;
        m_last = nullptr;
        m_last_sub = nullptr;
    }

    /// @p text joins the paragraph being read (and its sub-paragraph, if one is open).
    void append(const std::string& text) {
        m_last->raw += ' ' + text;
        if (m_last_sub != nullptr) m_last_sub->raw += ' ' + text;
    }

    void push(Draft d) {
        m_drafts.push_back(std::move(d));
        m_last = &m_drafts.back();
        m_last_sub = nullptr;
    }

    const bool m_annex;
    const std::string& m_language;
    const ClauseLexicon& m_lexicon;
    std::deque<Draft> m_drafts;      ///< a deque: m_last must survive push_back
    Draft* m_last = nullptr;         ///< the paragraph a continuation joins
    DraftSub* m_last_sub = nullptr;  ///< its open sub-paragraph
    std::string m_section;
    std::string m_pending_label;  ///< a bare section label waiting for its title
    bool m_annex_title = false;   ///< just saw "Annex": the next unpunctuated blocks are its title
    int m_op_count = 0;
    int m_section_ops = 0;   ///< operative paragraphs since the last heading
    int m_last_printed = 0;  ///< last printed paragraph number (operative or annex)
    int m_list_next = 0;     ///< inside a numbered list quoted by a paragraph: its next item
    int m_an_count = 0;
    int m_pp_count = 0;
    bool m_adopted_text = false;  ///< inside a text an operative paragraph adopts ("Adopts the following …:")
};

}  // namespace

void build_paragraphs(const SourceText& source, std::size_t begin, std::size_t end, bool annex,
                      Resolution& resolution, const WordCounts* corpus) {
    const ClauseLexicon& lexicon = ClauseLexicon::for_language(resolution.language);
    const std::vector<Block> blocks = collect_blocks(source, begin, end);
    ParagraphAssembler assembler(annex, resolution.language, lexicon);
    for (std::size_t b = 0; b < blocks.size(); ++b)
        assembler.add(blocks[b], b + 1 < blocks.size() ? &blocks[b + 1] : nullptr);
    std::optional<SplitWordRepair> repair;
    if (source.format == SourceFormat::Layout) {
        std::vector<std::string_view> document;
        document.reserve(source.lines.size());
        for (const auto& line : source.lines) document.emplace_back(line.text);
        repair.emplace(resolution.language, document, corpus);
    }
    for (const auto& d : assembler.drafts()) {
        resolution.paragraphs.push_back(finish(d, repair ? &*repair : nullptr, resolution.language, lexicon));
    }
}

void assign_paragraph_ids(Resolution& resolution) {
    bool restart = false;
    int previous = 0;
    for (const auto& p : resolution.paragraphs) {
        if (p.kind != ParagraphKind::Operative) continue;
        if (p.number <= previous) restart = true;
        previous = p.number;
    }
    std::map<std::string, int> pp_in_section;
    std::set<std::string> used;
    int pp = 0;
    int an = 0;
    for (auto& p : resolution.paragraphs) {
        std::string prefix;
        if (restart && p.kind != ParagraphKind::Annex && !p.section.empty()) {
            prefix = p.section.substr(0, p.section.find('.')) + ".";
            if (prefix.find(' ') != std::string::npos) prefix = "s.";
        }
        switch (p.kind) {
            case ParagraphKind::Preambular:
                p.number = restart ? ++pp_in_section[prefix] : ++pp;
                p.id = prefix + "pp" + std::to_string(p.number);
                break;
            case ParagraphKind::Operative:
                p.id = prefix + "op" + std::to_string(p.number);
                break;
            case ParagraphKind::Annex:
                p.id = "an" + std::to_string(++an);
                p.number = an;
                break;
        }
        std::string id = p.id;
        for (int k = 2; used.count(id) > 0; ++k) id = p.id + "-" + std::to_string(k);
        p.id = id;
        used.insert(id);
        for (auto& s : p.subparagraphs) s.id = p.id + "." + s.id;
    }
}

}  // namespace unres::analyzers
