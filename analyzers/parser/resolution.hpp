/// @file
/// @brief The structured form of one UN resolution: metadata plus its paragraphs in order.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace unres::analyzers {

/// A footnote as printed at the foot of a page: its mark ("1", "*") and its text.
struct Footnote {
    std::string mark;
    std::string text;
};

/// Preambular paragraphs open with a participle ("Recalling"); operative ones are numbered
/// and open with a verb ("Urges"); annex paragraphs stand after the adoption line.
enum class ParagraphKind { Preambular, Operative, Annex };

/// "preambular", "operative" or "annex".
[[nodiscard]] auto kind_name(ParagraphKind kind) -> std::string;
/// Inverse of kind_name(); std::nullopt for any other string.
[[nodiscard]] auto kind_from_name(const std::string& name) -> std::optional<ParagraphKind>;

/// A lettered or roman sub-paragraph ("(a)", "(ii)") kept inside its paragraph's text.
struct SubParagraph {
    std::string id;     ///< parent id + "." + label without brackets: "op5.a", "op5.a.ii"
    std::string label;  ///< as printed: "(a)"
    std::string text;   ///< the sub-paragraph's own text, clean
};

/// One paragraph, the unit of search. Ids follow how delegates cite them: pp3, op7.
struct Paragraph {
    std::string id;  ///< "pp1"…, "op1"…, annex paragraphs "an1"…
    ParagraphKind kind = ParagraphKind::Preambular;
    int number = 0;              ///< 1-based position within its kind (the printed number for operative)
    std::string clause;          ///< opening phrase as printed: "Noting with deep regret"
    std::string clause_key;      ///< clause lower-cased
    bool clause_italic = false;  ///< the clause is the source's emphasis (a PDF's italics, markdown's *…*)
    std::string verb;            ///< first word of the clause, lower-cased
    std::string text;            ///< clean text (see the spec): markup, marks and the number removed
    std::vector<std::string> footnote_refs;   ///< marks of the footnotes this paragraph calls
    std::string section;                      ///< heading of the section it stands in, or ""
    std::vector<SubParagraph> subparagraphs;  ///< (a), (b)… in order
    std::vector<std::string> cites;           ///< resolutions this paragraph cites (normalised)
};

/// One resolution with its metadata. Optional fields are empty strings / 0 when not printed.
struct Resolution {
    std::string file;                ///< base name of the source file
    std::string symbol;              ///< "A/RES/78/45"
    int session = 0;                 ///< 78
    std::string title;               ///< without the "78/45." number
    std::string agenda_item;         ///< as printed: "99 (m)"
    std::string adopted;             ///< ISO date
    std::string distributed;         ///< ISO date
    std::string committee;           ///< "First Committee"; "" when adopted without reference
    std::string committee_report;    ///< "A/78/409" or a draft symbol "A/80/L.6"
    int meeting = 0;                 ///< plenary meeting number
    std::string language = "en";     ///< ISO 639-1 code
    std::vector<std::string> cites;  ///< every resolution the text refers to, normalised, in order
    std::vector<Footnote> footnotes;
    std::vector<Paragraph> paragraphs;
};

}  // namespace unres::analyzers
