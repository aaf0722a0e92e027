#!/usr/bin/env bash
# Every tenth official PDF of ../shared/un-corpus, parsed, against what the PDF itself says: each word
# of a paragraph is a word of the PDF's own reading-order stream (`pdftotext -raw`: no split or glued
# words), and the paragraphs are those of the same resolution's layout text. Exits 77 when absent.
set -u
bin="${UNRES_BIN_DIR:-build/bin}/unres-index"
shared="${UNRES_SHARED_DIR:-${UNRES_SOURCE_DIR:-.}/../shared}"
pdfs="$shared/un-corpus/pdf-all"
texts="$shared/un-corpus/text"
if [ ! -d "$pdfs" ] || [ ! -d "$texts" ]; then
  echo "SKIPPED: no official PDFs at $pdfs"
  exit 77
fi
command -v pdftotext >/dev/null || { echo "SKIPPED: pdftotext not found"; exit 77; }
python3 - "$bin" "$pdfs" "$texts" <<'PY'
import json, os, re, subprocess, sys
bin_, pdfs, texts = sys.argv[1:]
word = re.compile(r"[A-Za-z]+")
def parse(path):
    out = subprocess.run([bin_, "--parse", path], capture_output=True, text=True, check=True).stdout
    return json.loads(out)
words = foreign = 0
errors = []
for name in sorted(os.listdir(pdfs))[::10]:
    stream = set(word.findall(subprocess.run(["pdftotext", "-raw", os.path.join(pdfs, name), "-"],
                                             capture_output=True, text=True).stdout))
    pdf = parse(os.path.join(pdfs, name))
    text = parse(os.path.join(texts, name[:-4] + ".txt"))
    if [p["id"] for p in pdf["paragraphs"]] != [p["id"] for p in text["paragraphs"]]:
        errors.append(f"{name}: paragraphs differ from the layout text's")
    for p in pdf["paragraphs"]:
        for w in word.findall(p["text"] + " " + " ".join(s["text"] for s in p.get("subparagraphs", []))):
            words += 1
            if w not in stream:
                foreign += 1
                if foreign <= 5:
                    errors.append(f"{name} {p['id']}: {w!r} is not a word of the PDF")
print(f"{words} words, {foreign} not in the PDFs' word streams")
for e in errors:
    print(e, file=sys.stderr)
# A word of the stream joined by poppler's layout across a line (hyphenation) may be missing: allow 1 in 100k.
sys.exit(1 if foreign * 100000 > words or any("paragraphs differ" in e for e in errors) else 0)
PY
