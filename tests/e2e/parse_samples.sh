#!/usr/bin/env bash
# unres-index --parse: one JSON line per sample; bad files reported on stderr, the rest still parsed.
set -u
bin="${UNRES_BIN_DIR}/unres-index"
src="${UNRES_SOURCE_DIR}"
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bin" --parse "$src/sample-corpus" >"$tmp/out" 2>"$tmp/err" || fail "samples: exit $?"
[ "$(wc -l <"$tmp/out")" -eq 4 ] || fail "samples: expected 4 lines"
[ ! -s "$tmp/err" ] || fail "samples: unexpected stderr: $(cat "$tmp/err")"
grep -q '"symbol":"A/RES/78/45"' "$tmp/out" || fail "samples: A/RES/78/45 missing"
grep -q '"id":"op12"' "$tmp/out" || fail "samples: op12 missing"

: >"$tmp/empty.txt"
printf 'line one\nbad \xff byte\n' >"$tmp/bad.txt"
printf 'Dear colleagues,\nsee you on Monday.\n' >"$tmp/letter.txt"
cp "$src/sample-corpus/A-RES-79-34.txt" "$tmp/good.txt"
"$bin" --parse "$tmp" "$tmp/missing.txt" >"$tmp/out" 2>"$tmp/err"
status=$?
[ "$status" -eq 1 ] || fail "bad input: exit $status, expected 1"
[ "$(wc -l <"$tmp/out")" -eq 1 ] || fail "bad input: the good file must still parse"
grep -qx "unres-index: $tmp/empty.txt: empty file" "$tmp/err" || fail "empty: $(cat "$tmp/err")"
grep -qx "unres-index: $tmp/bad.txt:2: not valid UTF-8 (byte 0xFF at column 5)" "$tmp/err" || fail "utf8: $(cat "$tmp/err")"
grep -q "^unres-index: $tmp/letter.txt: not a resolution" "$tmp/err" || fail "letter: $(cat "$tmp/err")"
grep -qx "unres-index: $tmp/missing.txt: no such file or directory" "$tmp/err" || fail "missing: $(cat "$tmp/err")"

"$bin" --parse >/dev/null 2>"$tmp/err"
status=$?
[ "$status" -eq 2 ] || fail "usage: exit $status, expected 2"
echo "ok"
