#!/usr/bin/env bash
# The 659 official PDFs of ../shared/un-corpus against their layout-text editions and their own word
# streams (`pdftotext -raw`): the same paragraph ids and kinds, the same words, the same opening phrase
# (within what layout text cannot tell), no fragment of a split word and no paragraph swallowing the next.
# Prints the figures; exits 77 when the corpus is absent.
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
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/raw"
"$bin" --parse "$pdfs" >"$work/pdf.jsonl" || { echo "FAIL: a PDF was rejected" >&2; exit 1; }
"$bin" --parse "$texts" >"$work/text.jsonl" || { echo "FAIL: a layout text was rejected" >&2; exit 1; }
find "$pdfs" -name '*.pdf' -print0 |
  xargs -0 -P "$(nproc)" -I{} sh -c 'pdftotext -raw "$1" "$2/$(basename "$1" .pdf).txt"' _ {} "$work/raw"
python3 - "$work" <<'PY'
import json, os, re, sys
work = sys.argv[1]
word = re.compile(r"[A-Za-z]+")
swallowed = re.compile(r"[,;:.]\d{1,2} (Recalling|Noting|Recognizing|Reaffirming|Welcoming|Decides|Requests|Urges)\b")
def load(name):
    return {json.loads(line)["file"].rsplit(".", 1)[0]: json.loads(line) for line in open(f"{work}/{name}")}
def words(p):
    return word.findall(p["text"] + " " + " ".join(s["text"] for s in p.get("subparagraphs", [])))
pdf, text = load("pdf.jsonl"), load("text.jsonl")
paragraphs = ids = kinds = clauses = differ = merged = 0
counted = {"pdf": [0, 0], "text": [0, 0]}  # words, fragments
examples = []
for name in sorted(pdf):
    stream = set(word.findall(open(f"{work}/raw/{name}.txt", encoding="utf-8", errors="replace").read()))
    a, b = pdf[name]["paragraphs"], text[name]["paragraphs"]
    for edition, doc in (("pdf", a), ("text", b)):
        for p in doc:
            merged += bool(swallowed.search(p["text"]))
            for w in words(p):
                counted[edition][0] += 1
                if w not in stream:
                    counted[edition][1] += 1
                    if counted[edition][1] <= 3:
                        examples.append(f"{name} {p['id']} ({edition}): {w!r} is not a word of the PDF")
    if [p["id"] for p in a] != [p["id"] for p in b]:
        ids += 1
        examples.append(f"{name}: paragraph ids differ from the layout text's")
        continue
    for p, q in zip(a, b):
        paragraphs += 1
        kinds += p["kind"] != q["kind"]
        clauses += p["clause"] != q["clause"]
        if words(p) != words(q):
            differ += 1
            if differ <= 3:
                examples.append(f"{name} {p['id']}: words differ: {p['text'][:60]!r} / {q['text'][:60]!r}")
print(f"{len(pdf)} resolutions, {paragraphs} paragraphs in both editions")
print(f"  resolutions whose paragraph ids differ: {ids}; paragraphs of another kind: {kinds}")
print(f"  paragraphs whose words differ: {differ} ({100 * differ / max(1, paragraphs):.2f}%)")
print(f"  opening phrase read from layout text = printed italics: {100 - 100 * clauses / max(1, paragraphs):.2f}%")
for edition, (n, bad) in counted.items():
    print(f"  {edition}: {n} words, {bad} not in the PDF's own word stream ({1e5 * bad / max(1, n):.2f} per 100k)")
print(f"  paragraphs swallowing the next: {merged}")
for e in examples:
    print("  " + e)
ok = (ids == 0 and kinds == 0 and merged == 0 and differ * 1000 <= paragraphs and clauses * 100 <= paragraphs
      and counted["pdf"][1] * 100000 <= counted["pdf"][0] and counted["text"][1] * 100000 <= 2 * counted["text"][0])
sys.exit(0 if ok else 1)
PY
