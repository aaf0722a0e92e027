#!/usr/bin/env python3
"""text_to_pdf.py: writes a minimal uncompressed PDF (Helvetica, 50 lines a page) of a text file (ASCII)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from pdf_file import write_pdf  # noqa: E402


def escape(line: str) -> str:
    line = line.encode("ascii", "replace").decode("ascii")
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: text_to_pdf.py IN.txt OUT.pdf")
    lines = open(sys.argv[1], encoding="utf-8").read().replace("\f", "\n").splitlines()
    pages = [lines[i:i + 50] for i in range(0, max(len(lines), 1), 50)]
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None,
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for page in pages:
        body = "BT /F1 9 Tf 11 TL 40 800 Td " + " ".join(f"({escape(l)}) '" for l in page) + " ET"
        objects.append(f"<< /Length {len(body)} >>\nstream\n{body}\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {len(objects)} 0 R >>")
        kids.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    write_pdf(objects, sys.argv[2])


if __name__ == "__main__":
    main()
