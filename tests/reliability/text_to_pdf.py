#!/usr/bin/env python3
"""text_to_pdf.py: writes a minimal uncompressed PDF (Helvetica, 50 lines a page) of a text file (ASCII)."""
import sys


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
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(sys.argv[2], "wb").write(out)


if __name__ == "__main__":
    main()
