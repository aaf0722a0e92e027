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

}  // namespace

void build_paragraphs(const SourceText& source, std::size_t begin, std::size_t end, bool annex,
                      Resolution& resolution, const WordCounts* corpus) {
    const bool layout = source.format == SourceFormat::Layout;
    const ClauseLexicon& lexicon = ClauseLexicon::for_language(resolution.language);
    end = std::min(end, source.lines.size());
    std::vector<Block> blocks;
    for (std::size_t i = begin; i < end; ++i) {
        const auto& line = source.lines[i];
        if (line.blank()) continue;
        if (line.starts_block || blocks.empty()) {
            blocks.push_back({line.text, collapse_spaces(strip_marks(line.text, nullptr)), line.emphasis});
        } else {
            join_line(blocks.back().text, line.text, layout);
        }
    }

    std::deque<Draft> drafts;  // deque: `last` must survive push_back
    Draft* last = nullptr;     // paragraph that a continuation joins
    DraftSub* last_sub = nullptr;
    std::string section;
    std::string pending_label;  // a bare section label waiting for its title
    bool annex_title = false;   // just saw "Annex": the next unpunctuated blocks are its title
    int op_count = 0;
    int section_ops = 0;   // operative paragraphs since the last heading
    int last_printed = 0;  // last printed paragraph number (operative or annex)
    int list_next = 0;     // inside a numbered list quoted by a paragraph ("…agenda: 1. …"): next item
    int an_count = 0;
    int pp_count = 0;
    bool adopted_text =
        false;  // inside a text that an operative paragraph adopts ("Adopts the following …:")
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const Block& block = blocks[b];
        const std::string plain = collapse_spaces(strip_marks(block.text, nullptr));
        if (plain.empty()) continue;
        std::size_t rest = 0;
        int number = paragraph_number(block.text, rest, last_printed + 1);
        if (number == 0 && last_printed > 0) {  // "26   Condemns": the dot lost in extraction
            const auto word = first_word(block.text);
            if (word == std::to_string(last_printed + 1) && block.text.size() > word.size() + 2 &&
                is_upper(block.text[block.text.find_first_not_of(' ', word.size())])) {
                number = last_printed + 1;
                rest = block.text.find_first_not_of(' ', word.size());
            }
        }
        std::size_t sub_rest = 0;
        const std::string label = number == 0 ? sub_label(block.text, sub_rest) : "";
        const bool ga_line = plain.size() < 40 && (plain.rfind("The General Assembly", 0) == 0 ||
                                                   plain.rfind("The Security Council", 0) == 0);
        if (ga_line) {
            last = nullptr;
            continue;
        }
        const bool terminal = ends_with_terminal(plain);
        // Continuation: a block that opens in lower case, or follows text cut mid-sentence (page break).
        if (number == 0 && label.empty() && last != nullptr &&
            (is_lower(plain[0]) || opens_with_citation(plain) || !raw_ends_terminal(last->raw))) {
            last->raw += ' ' + block.text;
            if (last_sub != nullptr) last_sub->raw += ' ' + block.text;
            continue;
        }
        // Headings: annex, section labels and (in annexes) unpunctuated title lines.
        if (number == 0 && label.empty()) {
            // "Humanitarian assistance" between "…crime;" and "26. Notes …": a heading, not text.
            if (pending_label.empty() && !annex_title &&
                is_unlabelled_heading(plain, terminal, b + 1 < blocks.size() ? &blocks[b + 1] : nullptr,
                                      resolution.language, lexicon) &&
                (last == nullptr || raw_ends_terminal(last->raw))) {
                if (!annex && last != nullptr && ends_with_colon(last->raw) &&
                    adopts_following_text(last->raw)) {
                    adopted_text = true;  // the title of a text adopted inline
                }
                section = plain;
                section_ops = 0;
                last = nullptr;
                last_sub = nullptr;
                continue;
            }
            if (annex && is_annex_heading(block.first_line)) {
                section = plain;
                annex_title = true;
                last = nullptr;
                last_sub = nullptr;
                continue;
            }
            const auto first = block.first_line;
            const auto space = first.find(' ');
            const std::string head = first.substr(0, space);
            const bool labelled = is_bare_label(first) ||
                                  (is_bare_label(head) && head.back() == '.' && space != std::string::npos &&
                                   is_upper(first[space + 1]) && !terminal && plain.size() < 200);
            if (labelled) {
                std::string lab = plain.substr(0, plain.find(' '));
                if (lab.back() == '.') lab.pop_back();
                std::string title =
                    plain.find(' ') == std::string::npos ? "" : plain.substr(plain.find(' ') + 1);
                section = title.empty() ? lab : lab + ". " + std::string(trim(title));
                section_ops = 0;
                pending_label = title.empty() ? lab : "";
                last = nullptr;
                last_sub = nullptr;
                continue;
            }
            if (!terminal && plain.size() < 250 &&
                (!pending_label.empty() || annex_title || (annex && last == nullptr))) {
                if (!pending_label.empty()) {
                    section = pending_label + ". " + plain;
                } else if (annex_title) {
                    section += (section.empty() ? "" : ": ") + plain;
                } else {
                    section = plain;
                }
                pending_label.clear();
                continue;
            }
            if (!annex && !terminal && plain.size() < 200 && last != nullptr && ends_with_colon(last->raw)) {
                section =
                    plain;  // the title of a text the paragraph adopts ("… Pact: The Pact for the Future")
                // "Adopts the following outcome document:" printed inline: its paragraphs are the adopted
                // text, not the resolution's own (typed as annex paragraphs, as when it is annexed).
                if (adopts_following_text(last->raw)) adopted_text = true;
                section_ops = 0;
                last = nullptr;
                last_sub = nullptr;
                continue;
            }
        }
        pending_label.clear();
        annex_title = false;
        if (!label.empty()) {
            if (last == nullptr) {  // a sub-paragraph with no paragraph: keep its text as a paragraph
                Draft d;
                d.kind = annex ? ParagraphKind::Annex
                               : (op_count > 0 ? ParagraphKind::Operative : ParagraphKind::Preambular);
                d.number = annex ? ++an_count : d.kind == ParagraphKind::Operative ? ++op_count : ++pp_count;
                d.raw = block.text;
                d.section = section;
                drafts.push_back(d);
                last = &drafts.back();
                last_sub = nullptr;
                continue;
            }
            // Roman numerals nest under a letter, unless the letter sequence explains them ((h) then (i)).
            std::string id = label;
            bool nested = false;
            if (is_roman_label(label) && !last->subs.empty()) {
                const auto& prev = last->subs.back();
                const std::string prev_top = prev.id.substr(0, prev.id.find('.'));
                const bool prev_nested = prev.id.find('.') != std::string::npos;
                const bool letter_next =
                    label.size() == 1 && prev_top.size() == 1 && !prev_nested && prev_top[0] + 1 == label[0];
                nested = !letter_next && (label == "i" || prev_nested);
                if (nested) id = prev_top + "." + label;
            }
            (void)nested;
            last->raw += ' ' + block.text;
            last->subs.push_back({id, label, block.text.substr(sub_rest)});
            last_sub = &last->subs.back();
            continue;
        }
        if (number > 0 && last == nullptr && number == 1 && last_printed == 0 && op_count == 1 && !annex &&
            !adopted_text && !drafts.empty() && drafts.back().kind == ParagraphKind::Operative &&
            !drafts.back().printed && ends_with_colon(drafts.back().raw)) {
            last = &drafts.back();  // "Adopts the following Pact:" + title + "1. We, …"
        }
        if (number > 0 && last != nullptr && !adopted_text) {
            const bool colon = ends_with_colon(last->raw);
            if (number == 1 && colon && !last->printed && last->kind == ParagraphKind::Operative &&
                op_count == 1 && last_printed == 0) {
                // "Resolves that:" followed by numbered provisions: the provisions are the paragraphs.
                std::string lead = last->raw;
                drafts.pop_back();
                op_count = 0;
                Draft d;
                d.kind = ParagraphKind::Operative;
                d.number = 1;
                d.printed = true;
                d.section = section;
                d.raw = lead + " " + block.text.substr(rest);
                ++op_count;
                last_printed = 1;
                drafts.push_back(std::move(d));
                last = &drafts.back();
                last_sub = nullptr;
                continue;
            }
            const bool in_list = list_next > 0 && number == list_next && number != last_printed + 1;
            const bool out_of_sequence = last_printed > 0 && number != 1 && number <= last_printed;
            if ((number == 1 && colon && last_printed > 0) || in_list || out_of_sequence) {
                list_next = number + 1;  // an item of a list quoted inside the paragraph
                last->raw += ' ' + block.text;
                continue;
            }
        }
        list_next = 0;
        Draft d;
        d.section = section;
        d.emphasis = block.emphasis;
        d.printed = number > 0;
        if (number > 0) last_printed = number;
        if (annex || adopted_text) {
            d.kind = ParagraphKind::Annex;
            d.number = ++an_count;
            d.raw = number > 0 ? block.text.substr(rest) : block.text;
        } else if (number > 0) {
            d.kind = ParagraphKind::Operative;
            d.number = number;
            ++op_count;
            ++section_ops;
            d.raw = block.text.substr(rest);
        } else if (section_ops > 0 && last != nullptr) {
            last->raw += ' ' + block.text;  // quoted or unnumbered text inside an operative paragraph
            if (last_sub != nullptr) last_sub->raw += ' ' + block.text;
            continue;
        } else {
            const auto match = lexicon.match(plain);
            const auto word = first_word(plain);
            const auto second =
                first_word(std::string_view(plain).substr(std::min(plain.size(), word.size() + 1)));
            const auto ends_ing = [](const std::string& w) {
                return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
            };
            const bool operative =
                match.kind == ClauseKind::Operative ||
                (match.kind == ClauseKind::Unknown && !ends_ing(word) && !ends_ing(second) &&
                 word.size() > 3 && word.back() == 's' && plain.back() == '.');
            // Preambular paragraphs end with a comma (Chinese '，', Arabic '،'), operative ones with ';' or
            // '.': in Chinese the same verb opens both kinds ("鼓励", "敦促"), so the ending decides.
            const bool comma = plain.back() == ',' || ends_with(plain, "，") || ends_with(plain, "،");
            d.kind = operative && !comma ? ParagraphKind::Operative : ParagraphKind::Preambular;
            if (d.kind == ParagraphKind::Operative) {
                ++op_count;
                d.number = ++section_ops;
            } else {
                d.number = ++pp_count;
            }
            d.raw = block.text;
        }
        drafts.push_back(std::move(d));
        last = &drafts.back();
        last_sub = nullptr;
    }
    std::optional<SplitWordRepair> repair;
    if (layout) {
        std::vector<std::string_view> document;
        document.reserve(source.lines.size());
        for (const auto& line : source.lines) document.emplace_back(line.text);
        repair.emplace(resolution.language, document, corpus);
    }
    for (const auto& d : drafts) {
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
