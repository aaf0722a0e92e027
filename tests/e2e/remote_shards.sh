#!/usr/bin/env bash
# Two xapian-tcpsrv on loopback serve the two shards of the sample corpus and of ../shared/un-corpus/text
# (skipped with a message when absent); every sample query must answer over them, and over the same
# shards opened locally, as over one database: same totals, hits in the same order, same scores,
# collapse counts, facet counts and suggestions. Variants: --collapse, filters, every --sort order.
set -euo pipefail
src=${UNRES_SOURCE_DIR:?}
bin=${UNRES_BIN_DIR:?}
shared=${UNRES_SHARED_DIR:-$src/../shared}
work=$(mktemp -d)
# shellcheck source=tests/e2e/shard_servers.sh
. "$src/tests/e2e/shard_servers.sh"
trap 'stop_servers; rm -rf "$work"' EXIT

# The hit ids of each result in rank order, one line per query. Wildcard queries are left out: Xapian
# 1.4 expands a wildcard on each remote shard with that shard's statistics, so their scores (not their
# hits, totals or facets) differ from one database.
hit_order() {
  python3 -c 'import json,sys; [print(r.get("qid", ""), " ".join(h["id"] for h in r.get("hits", []))) for r in map(json.loads, sys.stdin) if "*" not in r.get("query", "")]'
}

failed=0
compare_corpus() {
  local name=$1 corpus=$2
  "$bin/unres-index" --quiet --db "$work/$name-single" "$corpus"
  "$bin/unres-index" --quiet --db "$work/$name-sharded" --shards 2 "$corpus"
  start_tcpsrv "$work/$name-sharded/shard-00"
  local p0=$started_port
  start_tcpsrv "$work/$name-sharded/shard-01"
  local p1=$started_port
  printf '# two remote shards\nremote 127.0.0.1:%s\nremote 127.0.0.1:%s\n' "$p0" "$p1" >"$work/$name-remote.stub"
  local queries="$work/$name-queries.tsv"
  : >"$queries"
  for q in "$src"/sample-queries/*.query; do
    printf '%s\t%s\n' "$(basename "$q" .query)" "$(sed -n 1p "$q")" >>"$queries"
  done
  local variant db
  for variant in "" "--collapse" "--session 78 --kind operative" "--sort date" "--sort document" \
    "--sort cited" "--sort date --collapse"; do
    for db in single sharded remote; do
      local path="$work/$name-$db"
      [ "$db" = remote ] && path="$work/$name-remote.stub"
      # shellcheck disable=SC2086 # variant holds options
      # (exit 1: some sample queries are errors on purpose, answered with error rows on every layout)
      "$bin/unres-search" --db "$path" --limit 100 --remote-timeout 20000 $variant --batch "$queries" \
        >"$work/$name-$db.jsonl" || test $? = 1
      python3 "$src/tests/tools/ranked_result.py" <"$work/$name-$db.jsonl" >"$work/$name-$db.out"
      hit_order <"$work/$name-$db.jsonl" >"$work/$name-$db.order"
    done
    for db in sharded remote; do
      if ! diff -u "$work/$name-single.out" "$work/$name-$db.out" >"$work/diff"; then
        head -40 "$work/diff"
        echo "FAIL: $name $db differs from the single database (options: ${variant:-none})"
        failed=$((failed + 1))
      fi
      # Every order ends with a key no two paragraphs share, so even equal scores come in one order.
      if ! diff -u "$work/$name-single.order" "$work/$name-$db.order" >"$work/diff"; then
        head -20 "$work/diff"
        echo "FAIL: $name $db orders hits unlike the single database (options: ${variant:-none})"
        failed=$((failed + 1))
      fi
    done
    echo "$name ${variant:-default}: $(grep -c '^query' "$work/$name-single.out") queries compared"
  done
  # --show reads documents from whichever shard holds them.
  local id
  id=$(python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["hits"][0]["id"])' \
    < <("$bin/unres-search" --db "$work/$name-single" --format jsonl resolution))
  if ! diff <("$bin/unres-search" --db "$work/$name-single" --format json --show "$id") \
            <("$bin/unres-search" --db "$work/$name-remote.stub" --format json --show "$id") >/dev/null; then
    echo "FAIL: $name --show $id differs over remote shards"
    failed=$((failed + 1))
  fi
  stop_servers
  rm -rf "${work:?}/$name-"*
}

compare_corpus sample "$src/sample-corpus"
if [ -d "$shared/un-corpus/text" ]; then
  compare_corpus un "$shared/un-corpus/text"
else
  echo "skipped the real corpus: $shared/un-corpus/text is absent"
fi
echo "$failed failures"
[ "$failed" = 0 ]
