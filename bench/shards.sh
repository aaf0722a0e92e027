#!/usr/bin/env bash
# Latency of one database vs two local shards vs two remote shards (xapian-tcpsrv on loopback), with
# and without facet counting. Corpus: ../shared/un-corpus/text when present, else sample-corpus.
# Usage: bench/shards.sh [BUILD_DIR] [REPEAT]   (prints one table; servers are always stopped)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
bin=$(cd "${1:-$src/build}" && pwd)/bin
repeat=${2:-5}
corpus=$src/../shared/un-corpus/text
[ -d "$corpus" ] || corpus=$src/sample-corpus
work=$(mktemp -d)
# shellcheck source=tests/e2e/shard_servers.sh
. "$src/tests/e2e/shard_servers.sh"
trap 'stop_servers; rm -rf "$work"' EXIT

"$bin/unres-index" --quiet --db "$work/single" "$corpus"
"$bin/unres-index" --quiet --db "$work/sharded" --shards 2 "$corpus"
start_tcpsrv "$work/sharded/shard-00"
p0=$started_port
start_tcpsrv "$work/sharded/shard-01"
p1=$started_port
printf 'remote 127.0.0.1:%s\nremote 127.0.0.1:%s\n' "$p0" "$p1" >"$work/remote.stub"
# bench/queries.txt is QUERY<TAB>FILTERS; the batch wants QID<TAB>QUERY.
grep -v '^#' "$src/bench/queries.txt" | cut -f1 | awk 'NF { print NR "\t" $0 }' >"$work/queries.tsv"

docs=$(xapian-delve "$work/single" | sed -n 's/^number of documents = //p')
echo "corpus: $(basename "$(dirname "$corpus")")/$(basename "$corpus") ($docs documents), $(wc -l <"$work/queries.tsv") queries x $repeat"
# Other work on the machine skews latencies: say how busy it was (load over 1, 5, 15 minutes).
echo "$(date -u +%Y-%m-%d) on $(nproc) CPUs, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %-10s %9s %9s %8s\n' setup facets p50_ms p99_ms qps
for setup in single sharded remote; do
  db=$work/$setup
  [ "$setup" = remote ] && db=$work/remote.stub
  for facets in on off; do
    extra=()
    [ "$facets" = off ] && extra=(--no-facets)
    python3 "$src/bench/batch_latency.py" "$repeat" -- "$bin/unres-search" --db "$db" --limit 10 "${extra[@]}" \
      --batch - <"$work/queries.tsv" >"$work/result.json"
    python3 - "$setup" "$facets" "$work/result.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[3]))
names = {"single": "one database", "sharded": "2 local shards", "remote": "2 remote shards"}
print(f"{names[sys.argv[1]]:<22} {sys.argv[2]:<10} {r['p50_ms']:9.2f} {r['p99_ms']:9.2f} {r['qps']:8.1f}"
      + (f"  ({r['errors']} errors)" if r["errors"] else ""))
PY
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
