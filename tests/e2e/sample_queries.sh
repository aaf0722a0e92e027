#!/usr/bin/env bash
# Runs every sample-queries/*.query through unres-search --batch on the sample corpus and diffs the
# canonical result (total, paragraph ids, facet counts) with its .expected file. UPDATE=1 rewrites them.
set -euo pipefail
src=${UNRES_SOURCE_DIR:?}
bin=${UNRES_BIN_DIR:?}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin/unres-index" --quiet --db "$work/db" "$src/sample-corpus"
failed=0
count=0
for q in "$src"/sample-queries/*.query; do
  name=$(basename "$q" .query)
  query=$(sed -n 1p "$q")
  options=$(sed -n 's/^options: //p' "$q")
  # shellcheck disable=SC2086 # options are words on purpose
  # (exit 1 means the line was answered with an error row, which some .expected files hold)
  printf '%s\t%s\n' "$name" "$query" | { "$bin/unres-search" --db "$work/db" --limit 100 $options --batch - || test $? = 1; } \
    | python3 "$src/tests/tools/canonical_result.py" > "$work/$name.actual"
  count=$((count + 1))
  if [ "${UPDATE:-0}" = 1 ]; then
    cp "$work/$name.actual" "$src/sample-queries/$name.expected"
  elif ! diff -u "$src/sample-queries/$name.expected" "$work/$name.actual"; then
    echo "FAIL: sample query $name: $query"
    failed=$((failed + 1))
  fi
done
echo "$((count - failed)) passed, $failed failed"
[ "$failed" = 0 ]
