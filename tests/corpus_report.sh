#!/usr/bin/env bash
# Parses every resolution of ../shared/un-corpus/text and prints per-document counts:
# preambular, operative, annex paragraphs, footnotes, cites. Exits 77 (skipped) when the corpus is absent,
# 1 when any document is rejected.
set -u
bin="${UNRES_BIN_DIR:-build/bin}/unres-index"
shared="${UNRES_SHARED_DIR:-${UNRES_SOURCE_DIR:-.}/../shared}"
dir="$shared/un-corpus/text"
if [ ! -d "$dir" ]; then
  echo "corpus_report: skipped, no corpus at $dir"
  exit 77
fi
command -v python3 >/dev/null || { echo "corpus_report: skipped, python3 not found"; exit 77; }
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
"$bin" --parse "$dir" >"$tmp"
status=$?
python3 - "$tmp" <<'PY'
import json, sys
total = {"pp": 0, "op": 0, "annex": 0, "footnotes": 0, "cites": 0}
docs = 0
print(f"{'file':<22} {'symbol':<16} {'pp':>4} {'op':>4} {'annex':>5} {'fn':>4} {'cites':>5}")
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    kinds = [p["kind"] for p in d["paragraphs"]]
    row = {"pp": kinds.count("preambular"), "op": kinds.count("operative"), "annex": kinds.count("annex"),
           "footnotes": len(d["footnotes"]), "cites": len(d["cites"])}
    for k in total: total[k] += row[k]
    docs += 1
    print(f"{d['file']:<22} {d['symbol']:<16} {row['pp']:>4} {row['op']:>4} {row['annex']:>5} {row['footnotes']:>4} {row['cites']:>5}")
print(f"{docs} documents: " + ", ".join(f"{v} {k}" for k, v in total.items()))
PY
exit $status
