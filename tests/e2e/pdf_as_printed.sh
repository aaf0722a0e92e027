#!/usr/bin/env bash
# A PDF is read as printed: split words whole, the italic opening phrase as the clause, marks as marks.
set -u
bin="${UNRES_BIN_DIR}/unres-index"
src="${UNRES_SOURCE_DIR}"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 "$src/tests/tools/printed_pdf.py" "$src/tests/fixtures/pdf/printed.txt" "$tmp/printed.pdf" || fail "make PDF"
"$bin" --parse "$tmp/printed.pdf" >"$tmp/parse.json" 2>"$tmp/err" || fail "parse: $(cat "$tmp/err")"
python3 - "$tmp/parse.json" <<'PY' || fail "parse differs from the print"
import json, re, sys
doc = json.load(open(sys.argv[1]))
got = {p["id"]: p for p in doc["paragraphs"]}
want = {  # id: (clause as italicised, verb, words the text must hold, footnote marks)
    "pp1": ("Guided", "guided", "report of the Secretariat on the cooperation", ["1"]),
    "pp2": ("Reaffirming and committing", "reaffirming", "Declaration of 2024 on international cooperation", []),
    "pp3": ("Noting with satisfaction", "noting", "in particular in 2024,", ["2"]),
    "op1": ("Takes note", "takes", "Takes note with appreciation of the report", ["3"]),
    "op2": ("Invites", "invites", "to report on its work", []),
    "op3": ("Decides", "decides", "the Test Organization\".", []),
}
errors = []
if list(got) != list(want):
    errors.append(f"paragraphs {list(got)}, expected {list(want)}")
for pid, (clause, verb, words, marks) in want.items():
    p = got.get(pid)
    if p is None:
        continue
    if p["clause"] != clause:
        errors.append(f"{pid}: clause {p['clause']!r}, printed in italics {clause!r}")
    if p["verb"] != verb:
        errors.append(f"{pid}: verb {p['verb']!r}, expected {verb!r}")
    if words not in p["text"]:
        errors.append(f"{pid}: text lacks {words!r}: {p['text']!r}")
    if p["footnote_refs"] != marks:
        errors.append(f"{pid}: footnote marks {p['footnote_refs']}, expected {marks}")
    if re.search(r"[,;.]\d+$|[a-z]\d+[,;.]?$", p["text"]):
        errors.append(f"{pid}: a mark is glued to the last word: {p['text'][-30:]!r}")
notes = [n["text"] for n in doc["footnotes"]]
if notes != ["A/80/100.", "A/80/101.", "A/80/102."]:
    errors.append(f"footnotes {notes}")
for e in errors:
    print(e, file=sys.stderr)
sys.exit(1 if errors else 0)
PY
# The italics that differ from the lexicon's reading of the same words, for whoever keeps the lexicon.
"$bin" --lexicon-gaps "$tmp/printed.pdf" >"$tmp/gaps" 2>"$tmp/err" || fail "lexicon gaps: $(cat "$tmp/err")"
printf '1\toperative\tTakes note\tTakes note with appreciation\tA/RES/80/7 op1\n1\tpreambular\tReaffirming and committing\tReaffirming\tA/RES/80/7 pp2\n' >"$tmp/want"
diff "$tmp/want" "$tmp/gaps" >&2 || fail "lexicon gaps"
echo "ok"
