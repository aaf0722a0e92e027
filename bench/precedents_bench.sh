#!/usr/bin/env bash
# Precedents speed (unres-search --like through --batch, one thread): one edited paragraph, and a
# 12-paragraph draft, against an index of CORPUS; prints p50/p99 with the targets (100 ms, 1 s).
# Usage: bench/precedents_bench.sh BUILD [CORPUS [LABEL]]
#   (default ../shared/un-corpus/text, label "real"; skipped when absent)
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
corpus=${2:-$here/../../shared/un-corpus/text}
label=${3:-real}
[ -d "$corpus" ] || { echo "precedents bench: no corpus at $corpus; skipped"; exit 0; }
work=$build/bench-work/precedents-$label
mkdir -p "$work"
[ -d "$work/db" ] || "$build/bin/unres-index" --quiet --db "$work/db" "$corpus"
"$build/bin/unres-index" --parse "$corpus" 2>/dev/null >"$work/parse.jsonl" || true
python3 - "$work" <<'PY'
import json, random, sys
work = sys.argv[1]
paragraphs = [p["text"] for line in open(f"{work}/parse.jsonl") for p in json.loads(line)["paragraphs"]
              if p["kind"] != "annex" and len(p["text"].split()) >= 12]
rng = random.Random(7)
def edited(text):
    words = text.split()
    words[len(words) // 2] = "notwithstanding"
    return " ".join(words)
with open(f"{work}/single.batch", "w") as f:
    for i in range(100):
        f.write(json.dumps({"like": edited(rng.choice(paragraphs)), "qid": f"p{i}"}) + "\n")
with open(f"{work}/draft.batch", "w") as f:
    for i in range(20):
        draft = "\n\n".join(f"{n + 1}. {edited(rng.choice(paragraphs))}" for n in range(12))
        f.write(json.dumps({"like": draft, "qid": f"d{i}"}) + "\n")
PY
for kind in single draft; do
  result=$(python3 "$here/batch_latency.py" 1 -- "$build/bin/unres-search" --db "$work/db" --threads 1 \
    --format jsonl --batch - <"$work/$kind.batch")
  target=$([ "$kind" = single ] && echo 100 || echo 1000)
  python3 "$here/precedents_report.py" "$result" "$label $kind" "$target"
done
