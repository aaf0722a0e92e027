#!/usr/bin/env bash
# Crash safety: SIGKILLs unres-index at KILLS random moments while it indexes N generated resolutions; after each
# kill xapian-check passes and no resolution is held in part; a rerun then equals an uninterrupted run exactly.
# Usage: kill_indexer.sh [N=600] [KILLS=20] [SEED=1]   (env UNRES_BIN_DIR, as CTest sets it)
set -euo pipefail
n=${1:-600}
kills_wanted=${2:-20}
RANDOM=${3:-1}
bin=${UNRES_BIN_DIR:?}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
command -v xapian-check >/dev/null || { echo "SKIP: xapian-check missing (apt-get install xapian-tools)"; exit 77; }
work=$(mktemp -d)
pid=
trap '[[ -n $pid ]] && kill -KILL "$pid" 2>/dev/null; rm -rf "$work"' EXIT
index() { "$bin/unres-index" --quiet --stats --batch-size 40 --threads 2 --db "$1" "$work/corpus"; }

"$here/make_corpus.sh" "$n" "$work/corpus"
start=$(date +%s.%N)
index "$work/ref" >"$work/ref.json"
ref_seconds=$(echo "$(date +%s.%N) - $start" | bc)
"$bin/db_counts" "$work/ref" >"$work/ref.counts"
# The uninterrupted run against the parse: every resolution with all its paragraphs.
"$bin/unres-index" --parse "$work/corpus" >"$work/parse.jsonl"
python3 - "$work/parse.jsonl" "$work/ref.counts" <<'PY'
import json, sys
parse = {}
for line in open(sys.argv[1]):
    d = json.loads(line)
    parse["XSYM:" + d["symbol"]] = len(d["paragraphs"])
db = {l.split()[0]: int(l.split()[1]) for l in open(sys.argv[2]) if not l.startswith("TOTAL")}
bad = [s for s in parse if db.get(s) != parse[s]] + [s for s in db if s not in parse]
if bad:
    sys.exit("reference run differs from the parse for %d symbols, e.g. %s" % (len(bad), bad[:3]))
PY
echo "reference: $n resolutions, $(tail -1 "$work/ref.counts"), ${ref_seconds}s"

# consistent DB: prints the number of resolutions held; fails if one is held only in part.
consistent() {
  "$bin/db_counts" "$1" >"$work/now.counts"
  python3 - "$work/ref.counts" "$work/now.counts" <<'PY'
import sys
ref = {l.split()[0]: l.split()[1:] for l in open(sys.argv[1]) if not l.startswith("TOTAL")}
now = {l.split()[0]: l.split()[1:] for l in open(sys.argv[2]) if not l.startswith("TOTAL")}
bad = [s for s in now if now[s] != ref.get(s)]
if bad:
    sys.exit("partly indexed: %s (held %s, whole %s)" % (bad[0], now[bad[0]], ref.get(bad[0])))
print(len(now))
PY
}

# Kill at random moments: mean progress per run is about 1/KILLS of the work; a finished pass starts over.
span_ms=$(echo "x = 2000 * $ref_seconds / $kills_wanted; if (x < 200) x = 200; scale=0; x / 1" | bc)
kills=0 passes=1 failures=0
while ((kills < kills_wanted)); do
  # XAPIAN_FLUSH_THRESHOLD=25: Xapian would commit by itself every 25 documents, mid-resolution, were
  # the batch not a transaction (the bug this guards against).
  XAPIAN_FLUSH_THRESHOLD=25 "$bin/unres-index" --quiet --batch-size 40 --threads 2 --db "$work/db" "$work/corpus" \
    >/dev/null 2>"$work/err" &
  pid=$!
  delay_ms=$((50 + (RANDOM * 32768 + RANDOM) % span_ms))
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  if kill -KILL "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null || true
    pid=
    kills=$((kills + 1))
    if [[ -f $work/db/iamglass ]] && ! xapian-check "$work/db" >"$work/check" 2>&1; then
      echo "FAIL kill $kills (after ${delay_ms} ms): xapian-check:"; tail -5 "$work/check"; failures=$((failures + 1))
    elif [[ -f $work/db/iamglass ]] && ! held=$(consistent "$work/db"); then
      echo "FAIL kill $kills (after ${delay_ms} ms)"; failures=$((failures + 1))
    else
      echo "ok   kill $kills after ${delay_ms} ms: db checks clean, ${held:-0} whole resolutions, none in part"
    fi
  else
    wait "$pid" || { echo "FAIL: an unkilled run failed:"; cat "$work/err"; exit 1; }
    pid=
    echo "     pass $passes finished before the next kill; starting over"
    rm -rf "$work/db"
    passes=$((passes + 1))
  fi
done

index "$work/db" >"$work/final.json"
"$bin/db_counts" "$work/db" >"$work/final.counts"
if cmp -s "$work/ref.counts" "$work/final.counts"; then
  echo "ok   rerun after $kills kills equals the uninterrupted run: $(tail -1 "$work/final.counts")"
else
  echo "FAIL rerun differs from the uninterrupted run:"; diff "$work/ref.counts" "$work/final.counts" | head; failures=$((failures + 1))
fi
xapian-check "$work/db" >/dev/null || { echo "FAIL final xapian-check"; failures=$((failures + 1)); }
echo "kill_indexer: $n resolutions, $kills SIGKILLs survived, $failures failures"
((failures == 0))
