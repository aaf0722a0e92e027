#!/usr/bin/env bash
# Lineage end to end on sample-corpus/: unres-search --history/--diff (text and JSON) and the
# unres.cgi history view (HTML, JSON, errors), driven with NAME=VALUE arguments (no web server).
set -euo pipefail
src=${UNRES_SOURCE_DIR:?}
bin=${UNRES_BIN_DIR:?}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin/unres-index" --quiet --db "$work/db" "$src/sample-corpus"
search() { "$bin/unres-search" --db "$work/db" "$@"; }
failed=0
expect() {  # expect NAME HAYSTACK NEEDLE
  if [[ "$2" != *"$3"* ]]; then
    echo "FAIL: $1: expected to find: $3"
    failed=$((failed + 1))
  fi
}

out=$(search --history 'A/RES/79/34#pp12')
expect "history text" "$out" "A/RES/78/45 PP12 · 78th session, 2023-12-04 · edited since A/RES/76/26 PP12 (similarity 0.980)"
expect "history markers" "$out" "Noting with **deep** regret that"
expect "history earliest" "$out" "A/RES/75/52 PP12 · 75th session, 2020-12-07 · earliest indexed version"

out=$(search --history 'A/RES/79/34#pp6' --format json)
expect "history json" "$out" '"predecessor": "A/RES/78/45#pp6"'
python3 - "$out" <<'PY'
import json, sys
h = json.loads(sys.argv[1])
runs = [(r["op"], r["text"]) for r in h["versions"][0]["diff"] if r["op"] != "equal"]
assert runs[:2] == [("delete", "first"), ("insert", "First")], runs
assert [v["id"] for v in h["versions"]] == ["A/RES/79/34#pp6", "A/RES/78/45#pp6", "A/RES/76/26#pp6", "A/RES/75/52#pp6"]
PY

out=$(search --diff A/RES/78/45 A/RES/79/34)
expect "diff counts" "$out" "A/RES/78/45 → A/RES/79/34: 18 unchanged, 6 edited, 0 new, 0 dropped; 0 moved"
expect "diff op9" "$out" "to attend the ~~Twenty-first Meeting~~ **Fifth Review Conference** of the ~~States Parties to the~~ Convention"
out=$(search --diff 78/45 79/34 --format jsonl)
python3 - "$out" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
assert d["counts"] == {"unchanged": 18, "edited": 6, "new": 0, "moved": 0, "dropped": 0}, d["counts"]
assert [p["after"] for p in d["paragraphs"] if p["status"] == "edited"] == ["pp1", "pp6", "pp7", "op9", "op10", "op12"]
PY

status=0; out=$(search --history 'A/RES/79/34#op99') || status=$?
expect "history missing" "$out" "A/RES/79/34#op99 is not in the index."
[[ $status == 1 ]] || { echo "FAIL: history of a missing paragraph exits $status, not 1"; failed=$((failed + 1)); }
status=0; out=$(search --diff A/RES/78/45 2>&1) || status=$?
expect "diff usage" "$out" "--diff takes two resolution symbols"
[[ $status == 2 ]] || { echo "FAIL: --diff with one symbol exits $status, not 2"; failed=$((failed + 1)); }

export UNRES_DB="$work/db" UNRES_TEMPLATE="$src/web"
out=$("$bin/unres.cgi" 'history=A/RES/79/34#pp12')
expect "cgi history status" "$out" "Status: 200 OK"
expect "cgi history ins" "$out" "Noting with <ins>deep</ins> regret"
expect "cgi history timeline" "$out" '<span class="timeline__session">75</span>'
out=$("$bin/unres.cgi" 'history=A/RES/79/34#op10' format=json)
expect "cgi history json" "$out" '"op": "delete"'
out=$("$bin/unres.cgi" 'history=A/RES/79/34')
expect "cgi history bad id" "$out" "Status: 400 Bad Request"
expect "cgi history bad id message" "$out" "history: &apos;A/RES/79/34&apos; is not a paragraph id (e.g. A/RES/79/34#pp12)"
out=$("$bin/unres.cgi" 'q=mines' change=edited session=79)
expect "cgi badge" "$out" 'Changed since A/RES/78/45</a>'
out=$("$bin/unres.cgi" 'show=A/RES/75/52')
expect "cgi cited by" "$out" '<a class="cited-by__para" href="?show=A%2FRES%2F79%2F34#pp1">PP1</a>'

echo "lineage e2e: $failed failed"
[[ $failed == 0 ]]
