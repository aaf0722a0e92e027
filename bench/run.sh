#!/usr/bin/env bash
# Benchmarks unres against Omega (scriptindex + omega CGI), SQLite FTS5 and plain Xapian; writes bench/RESULTS.md.
# Usage: bench/run.sh BUILD   (env: BENCH_SIZES=real,1k,10k,100k  BENCH_RUNS=3  BENCH_1M=0|1)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build}" && pwd)
sizes=${BENCH_SIZES:-real,10k}

"$here/install_peers.sh"
cmake --build "$build" --target unres-index unres-search unres.cgi >/dev/null
cmake -S "$here" -B "$build/bench" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build/bench" >/dev/null

for size in ${sizes//,/ }; do
  "$here/bench_corpus.sh" "$build" "$size" "$build/bench-work/$size"
done
# Exact facets over ~1M matching paragraphs, measured rather than extrapolated (BENCH_1M=0 skips).
if [ "${BENCH_1M:-1}" != 0 ]; then
  "$here/facets_1m.sh" "$build" "$build/bench-work/1m"
fi
python3 "$here/report.py" "$build/bench-work" ${sizes//,/ } >"$here/RESULTS.md"
# Precedents for a draft over the real corpus (skipped when absent) and the generated 10k one.
{ echo; echo "## Precedents for a draft (--like, one thread)"; echo; echo '```'
  "$here/precedents_bench.sh" "$build"
  if [[ ,$sizes, == *,10k,* ]]; then "$here/precedents_bench.sh" "$build" "$build/bench-corpora/gen-10k" 10k; fi
  echo '```'; } | tee -a "$here/RESULTS.md"
# Server time of each page view against the 50 ms target.
{ echo; echo "## Page views (server time, lighttpd + FastCGI)"; echo; echo '```'
  python3 "$here/page_views.py" "$build" "$here/.." --shared "$here/../../shared"
  echo '```'; } | tee -a "$here/RESULTS.md"
# Ranking quality on the hand-made judgments (MRR@10, P@3), for the record beside the speed figures.
{ echo; echo "## Ranking quality (bench/ranking/judgments.tsv)"; echo; echo '```'
  python3 "$here/ranking_eval.py" "$build/bin" "$here/.." --shared "$here/../../shared" | grep '^ranking '
  echo '```'; } | tee -a "$here/RESULTS.md"
cat "$here/RESULTS.md"
