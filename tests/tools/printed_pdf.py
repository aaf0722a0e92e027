#!/usr/bin/env python3
"""printed_pdf.py: writes a one-page PDF set as the UN prints a resolution, from a small markup.

Each input line is one printed line; its leading spaces indent it (one space = 3 points).
  *words*   set in italics (Times-Italic), as the opening phrase of a paragraph is printed
  wo|rd     a word drawn as two pieces with a gap of 0.12 em, narrower than a space
  ^12       a superscript footnote mark (6 points, raised)
  {Word}    a word set in italics at 1 point, its letters spaced apart: a typesetting slip the UN has printed
            ("Invites" in op45 of A/RES/79/172), which PDF readers lay out on a line of its own
A line "---" prints the rule above the footnotes; the lines after it are set in 8 points.
"""
import sys

from pdf_file import write_pdf

SIZE = 10
GAP = -120  # thousandths of an em: the gap inside a split word (a space is 250)


def escape(text: str) -> str:
    text = text.encode("latin-1", "replace").decode("latin-1")
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def line_ops(line: str, size: int) -> str:
    """The text operators of one line, starting in the roman font."""
    ops, roman, italic = [], f"/F1 {size} Tf", f"/F2 {size} Tf"
    font = roman
    ops.append(font)
    i, piece = 0, ""

    def flush():
        nonlocal piece
        if piece:
            ops.append(f"({escape(piece)}) Tj")
            piece = ""

    while i < len(line):
        c = line[i]
        if c == "*":
            flush()
            font = italic if font == roman else roman
            ops.append(font)
        elif c == "|":
            flush()
            ops.append(f"[() {GAP}] TJ")
        elif c == "{":
            flush()
            j = line.index("}", i)
            ops.append(f"/F2 1 Tf 0.3 Tc ({escape(line[i + 1:j])}) Tj 0 Tc {font}")
            i = j + 1
            continue
        elif c == "^":
            flush()
            j = i + 1
            while j < len(line) and line[j].isdigit():
                j += 1
            ops.append(f"/F1 6 Tf 4 Ts ({line[i + 1:j]}) Tj 0 Ts {font}")
            i = j
            continue
        else:
            piece += c
        i += 1
    flush()
    return " ".join(ops)


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: printed_pdf.py IN.txt OUT.pdf")
    lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
    body, y, size = ["BT"], 800, SIZE
    for line in lines:
        if line.strip() == "---":
            body.append(f"1 0 0 1 60 {y} Tm /F1 {size} Tf (__________________) Tj")
            size = 8
            y -= 12
            continue
        indent = len(line) - len(line.lstrip(" "))
        body.append(f"1 0 0 1 {40 + 3 * indent} {y} Tm {line_ops(line.lstrip(' '), size)}")
        y -= 12 if size == SIZE else 10
    body.append("ET")
    content = "\n".join(body)
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Italic >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents 6 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
    ]
    write_pdf(objects, sys.argv[2])


if __name__ == "__main__":
    main()
