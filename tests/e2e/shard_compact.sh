#!/usr/bin/env bash
# xapian-compact merges the shards of a sharded database into one database that answers every sample
# query like the shards did, and that unres-index keeps updating incrementally.
set -euo pipefail
src=${UNRES_SOURCE_DIR:?}
bin=${UNRES_BIN_DIR:?}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

"$bin/unres-index" --quiet --db "$work/sharded" --shards 2 "$src/sample-corpus"
xapian-compact "$work/sharded/shard-00" "$work/sharded/shard-01" "$work/merged" >/dev/null
for q in "$src"/sample-queries/*.query; do
  printf '%s\t%s\n' "$(basename "$q" .query)" "$(sed -n 1p "$q")"
done >"$work/queries.tsv"
for db in sharded merged; do
  # (exit 1: some sample queries are errors on purpose, answered with error rows)
  { "$bin/unres-search" --db "$work/$db" --limit 100 --batch "$work/queries.tsv" || test $? = 1; } \
    | python3 "$src/tests/tools/ranked_result.py" >"$work/$db.out"
done
if ! diff -u "$work/sharded.out" "$work/merged.out"; then
  echo "FAIL: the merged database answers unlike the shards"
  failed=$((failed + 1))
fi
unchanged=$("$bin/unres-index" --stats --db "$work/merged" "$src/sample-corpus" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["unchanged"])')
if [ "$unchanged" != 4 ]; then
  echo "FAIL: re-indexing the merged database rebuilt files ($unchanged of 4 unchanged)"
  failed=$((failed + 1))
fi
echo "$(grep -c '^query' "$work/merged.out") queries compared, $failed failures"
[ "$failed" = 0 ]
