#!/usr/bin/env bash
# Measures exact facet counting for queries matching about a million paragraphs (issue target: < 100 ms).
# Usage: bench/facets_1m.sh BUILD WORKDIR   (env BENCH_1M_RESOLUTIONS, default 40000: ~1.1M paragraphs)
# Generates the corpus once (bench/gen_corpus.py), indexes it with unres only, then times broad queries
# through `unres-search --batch` one at a time; writes WORKDIR/results.jsonl for report.py.
set -euo pipefail
build=$1 work=$2
here=$(cd "$(dirname "$0")" && pwd)
bin=$build/bin
count=${BENCH_1M_RESOLUTIONS:-40000}
corpus=$build/bench-corpora/gen-$count
mkdir -p "$work"
results=$work/results.jsonl
: >"$results"
if [ ! -f "$corpus/manifest.jsonl" ] || [ "$(wc -l <"$corpus/manifest.jsonl")" != "$count" ]; then
  echo "bench[1m]: generating $count resolutions into $corpus" >&2
  rm -rf "$corpus"
  python3 "$here/gen_corpus.py" "$count" "$corpus"
fi
if [ ! -f "$work/unres.db/iamglass" ] || [ "$corpus/manifest.jsonl" -nt "$work/unres.db/iamglass" ]; then
  echo "bench[1m]: indexing (unres only)" >&2
  rm -rf "$work/unres.db"
  /usr/bin/time -v -o "$work/time.txt" "$bin/unres-index" --quiet --db "$work/unres.db" "$corpus" >/dev/null
  printf '{"what":"index_unres","data":%s}\n' "$(python3 "$here/time_json.py" "$work/time.txt")" >>"$results"
fi
docs=$(xapian-delve "$work/unres.db" | sed -n 's/^number of documents = //p')
# Broad queries: a common word, a filter alone, and both; each answer carries exact facet counts.
printf 'the\tthe\nop\tkind:operative\nboth\tthe kind:operative\n' >"$work/broad.batch"
for query in the op both; do
  grep "^$query	" "$work/broad.batch" >"$work/one.batch"
  total=$("$bin/unres-search" --db "$work/unres.db" --batch "$work/one.batch" --limit 10 |
    python3 -c 'import json, sys; print(json.loads(sys.stdin.readline())["total"])')
  timing=$(python3 "$here/batch_latency.py" 5 -- "$bin/unres-search" --db "$work/unres.db" --batch - <"$work/one.batch")
  # The same query without facets: the difference is what exact counting costs.
  bare=$(python3 "$here/batch_latency.py" 5 -- "$bin/unres-search" --db "$work/unres.db" --no-facets --batch - \
    <"$work/one.batch")
  printf '{"what":"broad","query":"%s","documents":%s,"matches":%s,"data":%s,"nofacets":%s}\n' \
    "$(cut -f2 "$work/one.batch")" "$docs" "$total" "$timing" "$bare" >>"$results"
  echo "bench[1m]: '$(cut -f2 "$work/one.batch")': $total matches, $timing; without facets $bare" >&2
done
