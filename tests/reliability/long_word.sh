#!/usr/bin/env bash
# Long words and files the database refuses: a word over Xapian's 245-byte term limit (a 331-character URL, a
# 300-letter word) is indexed in a truncated, hashed form and found by the same query, its paragraph keeps the
# whole word; a file whose path is too long for the database is rejected by name while every other file is
# committed, into a new database and into an existing one.
set -euo pipefail
bin=${UNRES_BIN_DIR:?}
src=${UNRES_SOURCE_DIR:?}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}
json() {  # json FILE EXPRESSION: EXPRESSION holds for the JSON object d in FILE
  python3 -c "import json,sys
try: d=json.load(open(sys.argv[1])); ok=($2)
except Exception: ok=False
sys.exit(0 if ok else 1)" "$1"
}

url="https://example.org/$(printf 'segment%03d/' $(seq 1 28))end"  # 331 characters
word=$(printf 'x%.0s' $(seq 1 300))
c=$work/corpus
mkdir -p "$c"
for f in A-RES-75-52.md A-RES-76-26.txt A-RES-78-45.md; do cp "$src/sample-corpus/$f" "$c/"; done
# A/RES/79/934: A/RES/79/34 renumbered, one paragraph citing a long URL and a long word.
sed -e 's#79/34#79/934#g' \
  -e "s#^Wishing to do the utmost#Wishing, as set out at $url and in $word, to do the utmost#" \
  "$src/sample-corpus/A-RES-79-34.txt" >"$c/A-RES-79-934.txt"
# A/RES/79/935 under a path longer than a metadata key may be (253 bytes).
deep="$c/$(printf 'd%.0s' $(seq 1 200))/$(printf 'e%.0s' $(seq 1 60))"
mkdir -p "$deep"
sed -e 's#79/34#79/935#g' "$src/sample-corpus/A-RES-79-34.txt" >"$deep/A-RES-79-935.txt"
echo "url: ${#url} characters, word: ${#word} letters, deep path: $((${#deep} + 17)) bytes"

index() {  # index DB PATHS...: status in $status, stats in $work/out, messages in $work/err
  local db=$1; shift
  "$bin/unres-index" --stats --threads 2 --db "$db" "$@" >"$work/out" 2>"$work/err" && status=0 || status=$?
  sed 's/^/     /' "$work/err" | cut -c1-200
}
search() { "$bin/unres-search" --db "$1" --format json "$2" >"$work/hits" 2>"$work/serr" || true; }

for mode in new existing; do
  db=$work/db-$mode
  if [[ $mode == existing ]]; then
    index "$db" "$c/A-RES-75-52.md"  # an existing database, updated incrementally
    check "$mode: the first file is indexed" test "$status" = 0
  fi
  index "$db" "$c"
  check "$mode: exit status 1 (one file rejected)" test "$status" = 1
  check "$mode: the long path is rejected by name, in one line" \
    bash -c "[[ \$(grep -c 'A-RES-79-935.txt: path or symbol too long for the database' '$work/err') == 1 ]]"
  check "$mode: nothing else is rejected" bash -c "[[ \$(grep -vc 'warning' '$work/err') == 1 ]]"
  check "$mode: the 4 other resolutions are committed" json "$work/out" "d['resolutions'] == 4"
  search "$db" "$url"
  check "$mode: the URL finds its paragraph" json "$work/hits" "d['total'] == 1 and d['hits'][0]['symbol'] == 'A/RES/79/934'"
  check "$mode: the hit keeps the whole URL" json "$work/hits" "'$url' in d['hits'][0]['text']"
  search "$db" "$word"
  check "$mode: the long word finds its paragraph" json "$work/hits" "d['total'] == 1"
  search "$db" "\"$word\""
  check "$mode: the long word as a phrase finds it" json "$work/hits" "d['total'] == 1"
  search "$db" "${word}y"
  check "$mode: a different long word with the same beginning does not" json "$work/hits" "d['total'] == 0"
  search "$db" "mines"
  check "$mode: ordinary searches still work" json "$work/hits" "d['total'] > 10"
  "$bin/unres-search" --db "$db" --show 'A/RES/79/934' >"$work/show" 2>&1 || true
  check "$mode: the stored resolution keeps the long word" grep -qF "$word" "$work/show"
  if command -v xapian-check >/dev/null; then check "$mode: xapian-check passes" xapian-check "$db" >/dev/null; fi
done
echo "long_word: $failures failures"
((failures == 0))
