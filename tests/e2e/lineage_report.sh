#!/usr/bin/env bash
# Lineage report over ../shared/un-corpus/text (sessions 78 and 79): indexes the corpus, then lists the
# series found in both sessions, how many paragraphs are unchanged, edited and new, and a sample of
# word diffs. Exits 77 (CTest SKIP_RETURN_CODE) when the corpus is absent. UNRES_SHARED_DIR overrides ../shared.
set -euo pipefail
src=${UNRES_SOURCE_DIR:?}
bin=${UNRES_BIN_DIR:?}
corpus=${UNRES_SHARED_DIR:-$src/../shared}/un-corpus/text
[[ -d "$corpus" ]] || { echo "SKIP: no un-corpus at ../shared/un-corpus/text"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin/unres-index" --quiet --db "$work/db" "$corpus" || true  # a rejected file does not stop the report
for change in unchanged edited new; do  # all hits, 10,000 a page
  for offset in 0 10000 20000 30000 40000; do
    "$bin/unres-search" --db "$work/db" --format json --limit 10000 --offset "$offset" "change:$change" \
      > "$work/$change.$offset.json"
  done
done
for offset in 0 10000 20000 30000; do  # the predecessors' texts (session 78 has no predecessor here)
  "$bin/unres-search" --db "$work/db" --format json --limit 10000 --offset "$offset" "session:78" \
    > "$work/older.$offset.json"
done
python3 - "$work" "$bin/unres-search" <<'PY'
import json, subprocess, sys
work, search = sys.argv[1], sys.argv[2]
hits = {}
for c in ("unchanged", "edited", "new"):
    pages = [json.load(open(f"{work}/{c}.{offset}.json")) for offset in range(0, 50000, 10000)]
    hits[c] = {"total": pages[0]["total"], "hits": [hit for page in pages for hit in page["hits"]]}
pairs = {}
for change, result in hits.items():
    for hit in result["hits"]:
        if hit.get("predecessor"):
            pairs.setdefault(hit["symbol"], set()).add(hit["predecessor"].split("#")[0])
        else:
            pairs.setdefault(hit["symbol"], set())
linked = {s: p for s, p in pairs.items() if p}
print(f"series found in both sessions: {len(linked)}")
for symbol in sorted(linked, key=lambda s: [int(x) if x.isdigit() else x for x in s.replace("/", " ").split()])[:15]:
    print(f"  {' '.join(sorted(linked[symbol]))} -> {symbol}")
if len(linked) > 15:
    print(f"  … {len(linked) - 15} more")
totals = {c: r["total"] for c, r in hits.items()}
print("paragraphs: {unchanged} unchanged, {edited} edited, {new} new".format(**totals))
print("sample diffs:")
for hit in sorted(hits["edited"]["hits"], key=lambda h: -h["similarity"])[:: max(1, len(hits["edited"]["hits"]) // 5)][:5]:
    out = subprocess.run([search, "--db", f"{work}/db", "--no-color", "--history", hit["id"]],
                         capture_output=True, text=True, check=True).stdout.split("\n")
    print("  " + "\n  ".join(line for line in out[:5] if line))
# False edits: an edited paragraph whose words equal its predecessor's once spaces are ignored and dash and
# quote variants folded (a word split by the layout, "a nd", or "2026–2027" for "2026-2027").
import re, unicodedata
older = [hit for offset in range(0, 40000, 10000) for hit in json.load(open(f"{work}/older.{offset}.json"))["hits"]]
texts = {hit["id"]: hit["text"] for hit in older}
texts.update({hit["id"]: hit["text"] for result in hits.values() for hit in result["hits"]})
def letters(text):
    text = text.translate({0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2212: "-",
                           0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"'})
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))
false_edits = [hit for hit in hits["edited"]["hits"]
               if hit.get("predecessor") in texts and letters(texts[hit["predecessor"]]) == letters(hit["text"])]
print(f"false edited (words unchanged but for spaces and dash variants): {len(false_edits)}")
for hit in false_edits[:5]:
    print(f"  {hit['id']} <- {hit['predecessor']}")
assert not false_edits, "paragraphs flagged edited whose words did not change"
assert len(linked) > 0, "no series recur in both sessions"
assert totals["unchanged"] + totals["edited"] > 0
PY
