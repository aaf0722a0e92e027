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
for change in unchanged edited new; do
  "$bin/unres-search" --db "$work/db" --format json --limit 10000 "change:$change" > "$work/$change.json"
done
python3 - "$work" "$bin/unres-search" <<'PY'
import json, subprocess, sys
work, search = sys.argv[1], sys.argv[2]
hits = {c: json.load(open(f"{work}/{c}.json")) for c in ("unchanged", "edited", "new")}
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
assert len(linked) > 0, "no series recur in both sessions"
assert totals["unchanged"] + totals["edited"] > 0
PY
