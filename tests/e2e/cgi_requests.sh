#!/usr/bin/env bash
# unres.cgi driven as a web server would: REQUEST_METHOD/QUERY_STRING (and argv NAME=VALUE), no server.
# Checks status, headers and body for every parameter and error path.
set -euo pipefail
bin=${UNRES_BIN_DIR:?}
src=${UNRES_SOURCE_DIR:?}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Resolution files only: sample-corpus/ also holds notes (ORIGIN.md) that are not resolutions.
"$bin/unres-index" --quiet --db "$work/db" "$src"/sample-corpus/A-RES-*
export UNRES_DB="$work/db" UNRES_TEMPLATE="$src/web"
failures=0

# get QUERY_STRING [VAR=VALUE...]: runs a GET; leaves headers in $work/h, body in $work/b.
get() {
  local query=$1; shift
  env REQUEST_METHOD=GET QUERY_STRING="$query" "$@" "$bin/unres.cgi" >"$work/out"
  sed -n '1,/^\r$/p' "$work/out" >"$work/h"
  sed '1,/^\r$/d' "$work/out" >"$work/b"
}
check() {  # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}
status() { grep -q "^Status: $1 " "$work/h"; }
header() { grep -qi "^$1" "$work/h"; }
body() { grep -q -- "$1" "$work/b"; }
no_body() { ! grep -q -- "$1" "$work/b"; }
json() { python3 -c "import json,sys; d=json.load(open('$work/b')); sys.exit(0 if ($1) else 1)"; }

get ''
check "start page is 200 HTML" status 200
check "HTML content type" header 'Content-Type: text/html; charset=utf-8'
check "strict CSP" header "Content-Security-Policy: default-src 'none'; style-src 'self'; script-src 'self'"
check "nosniff" header 'X-Content-Type-Options: nosniff'
check "start page has a labelled search box" body '<label class="visually-hidden" for="q">'

get 'q=mines'
check "search is 200" status 200
check "search shows hits" body 'class="hit"'
check "search marks matches" body '<mark>'
check "search keeps the query in the box" body 'value="mines"'

get 'q=mines&format=json'
check "format=json is JSON" header 'Content-Type: application/json'
"$bin/unres-search" --db "$work/db" --format json mines >"$work/cli.json"
check "format=json equals the CLI's JSON" cmp -s "$work/b" "$work/cli.json"

get 'q=mines&session=78&kind=operative&sort=date&limit=5&offset=5&collapse=0&format=json'
check "filters, sort, limit and offset reach the search" \
  json "d['limit']==5 and d['offset']==5 and all(h['session']==78 and h['kind']=='operative' for h in d['hits'])"
get 'q=mines&verb=invites&format=json'
check "verb filter" json "all(h['verb']=='invites' for h in d['hits']) and d['total']>0"
get 'q=mines&clause=noting+with+deep+regret&format=json'
check "clause filter" json "all(h['clause'].lower()=='noting with deep regret' for h in d['hits']) and d['total']>0"
get 'q=mines&limit=500&offset=99999&format=json'
check "limit and offset are capped" json "d['limit']==100 and d['offset']==10000"
get 'q=mines&utm_source=x&format=json'
check "unknown parameters are ignored" json "d['total']>0"
get 'q=mine%FFs%C0%80'
check "invalid UTF-8 is repaired, not rejected" status 200
check "the output is valid UTF-8" python3 -c "open('$work/b', encoding='utf-8', errors='strict').read()"

get "q=$(printf 'a%.0s' {1..1001})"
check "a query over 1000 bytes is 400" status 400
check "the 400 page says why" body 'the query is too long (1001 bytes; at most 1000)'
get 'q=mines&limit=many'
check "a bad number is 400" status 400
get 'q=mines&sort=random'
check "a bad sort is 400" status 400
get 'q=mines&format=xml'
check "a bad format is 400" status 400
get 'q=mines&format=json&limit=x'
check "JSON errors are JSON" json "d['status']==400 and 'limit' in d['error']"
get 'q=mines' UNRES_DB="$work/missing"
check "a missing database is 503" status 503
check "the 503 page names no path" no_body "$work"
check "the 503 page is friendly" body 'The index is not available'
get 'q=mines' UNRES_DB=
check "no UNRES_DB is 503" status 503
get 'q=mines' UNRES_TEMPLATE="$work/none"
check "missing templates give a 500 page without paths" status 500
check "... and no template names" no_body 'mustache'
env REQUEST_METHOD=GET QUERY_STRING=q=mines UNRES_TEMPLATE="$work/none" "$bin/unres.cgi" 2>"$work/log" >/dev/null
check "... while the server log names the template directory" grep -q "templates in $work/none cannot be read" "$work/log"

get 'show=A%2FRES%2F78%2F45'
check "show is 200" status 200
check "show has paragraph anchors" body 'id="op7"'
get 'show=A%2FRES%2F78%2F45%23op7'
check "show with a paragraph marks it" body 'is-target" id="op7"'
get 'show=A%2FRES%2F78%2F45&format=json'
"$bin/unres-search" --db "$work/db" --format json --show A/RES/78/45 >"$work/cli.json" 2>/dev/null || true
check "show format=json equals the CLI's --show JSON" cmp -s "$work/b" "$work/cli.json"
get 'show=A%2FRES%2F1%2F1'
check "an unknown resolution is 404" status 404
get 'show=nonsense&format=json'
check "a bad show= is 400 and names no command-line option" json "d['status']==400 and 'nonsense' in d['error'] and '--' not in d['error']"
get 'show=A%2FRES%2F78%2F45&lang=fr'
check "show in a language the index lacks: 200, in English, with a note" \
  bash -c "grep -q '^Status: 200 ' '$work/h' && grep -q 'The index holds no French version of this resolution; it is shown in English.' '$work/b'"
get 'show=A%2FRES%2F78%2F45&lang=fr&format=json'
check "... and says so in JSON" json "d['language_not_indexed']=='fr' and d['language']=='en'"

# Exports: the whole result set (not one page) as CSV and JSON Lines, as downloads, bounded.
"$bin/unres-search" --db "$work/db" --format json --limit 0 --no-facets mines >"$work/cli.json"
get 'q=mines&offset=10&limit=5&format=csv'
check "CSV export is 200 text/csv" bash -c "grep -q '^Status: 200 ' '$work/h' && grep -qi '^Content-Type: text/csv; charset=utf-8' '$work/h'"
check "... a download" header 'Content-Disposition: attachment; filename="unres-results.csv"'
check "... every hit of the result set, a header row first, fields as CSV readers read them" python3 - "$work/b" "$work/cli.json" <<'PY'
import csv, json, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
total = json.load(open(sys.argv[2]))["total"]
ok = rows[0][:3] == ["rank", "id", "symbol"] and len(rows) == total + 1 and rows[1][0] == "1"
ok = ok and all(len(r) == len(rows[0]) for r in rows) and any("," in r[-1] for r in rows[1:])
sys.exit(0 if ok else 1)
PY
check "... says how many matched and how many it holds" bash -c "grep -q '^X-Unres-Total: ' '$work/h' && grep -q '^X-Unres-Exported: ' '$work/h'"
get 'q=mines&format=jsonl'
check "JSON Lines export: one hit object per line, all of them" python3 -c "
import json, sys
lines = open('$work/b').read().splitlines()
hits = [json.loads(l) for l in lines]
sys.exit(0 if len(hits) == json.load(open('$work/cli.json'))['total'] and all('id' in h for h in hits) else 1)"
get 'q=mines+(&format=csv'
check "an export's error is JSON" json "d['status']==400 and 'query:' in d['error']"
get 'q=mines'
check "the results page links both exports" bash -c "grep -q 'href=\"?q=mines&amp;format=csv\"' '$work/b' && grep -q 'format=jsonl' '$work/b'"

get 'opensearch=1' HTTP_HOST=example.org SCRIPT_NAME=/unres.cgi UNRES_BASE_URL=https://search.example.org/unres.cgi
check "OpenSearch description from the configured base URL" body 'template="https://search.example.org/unres.cgi?q={searchTerms}"'
check "the Host header is not used for the URL" no_body 'http://example.org'
get 'opensearch=1' 'HTTP_HOST=evil"><x' SCRIPT_NAME=/unres.cgi
check "a hostile Host header is not echoed" no_body 'evil'

get "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&session=%22%3E%3Cimg%20src%3Dx%3E"
check "XSS in q and filters is escaped" no_body '<script>alert'
check "... everywhere" no_body '<img src=x>'

env REQUEST_METHOD=HEAD QUERY_STRING=q=mines "$bin/unres.cgi" >"$work/out"
check "HEAD sends headers only" test "$(sed '1,/^\r$/d' "$work/out" | wc -c)" -eq 0
printf 'q=mines&format=json' | env REQUEST_METHOD=POST CONTENT_TYPE=application/x-www-form-urlencoded \
  CONTENT_LENGTH=19 "$bin/unres.cgi" | sed '1,/^\r$/d' >"$work/b"
check "POST forms are read" json "d['total']>0"
env REQUEST_METHOD=DELETE QUERY_STRING=q=mines "$bin/unres.cgi" | sed -n '1,/^\r$/p' >"$work/h"
check "other methods are 405" status 405
check "... with Allow" header 'Allow: GET, HEAD, POST'
env REQUEST_METHOD=PUT QUERY_STRING='q=mines&format=json' "$bin/unres.cgi" | sed '1,/^\r$/d' >"$work/b"
check "... answered in JSON when asked" json "d['status']==405 and 'PUT' in d['error']"
# A request past the process's memory bound fails alone (a 500 page, or the process ends and the web server
# answers 500), and the log says why.
if [[ -z ${UNRES_SANITIZE:-} ]]; then
  env REQUEST_METHOD=GET QUERY_STRING='q=a*+OR+b*&limit=100&sort=date' UNRES_MAX_MEMORY_MB=1 "$bin/unres.cgi" \
    >"$work/out" 2>"$work/log" || true
  check "over the memory bound: no answer but a failure" bash -c "! grep -q '^Status: 200 ' '$work/out'"
  check "... logged as an allocation failure" grep -q 'bad_alloc' "$work/log"
else
  echo "skip memory bound (sanitizer build: no bound by design)"
fi

# Load shedding: with every slot held (as busy requests hold them), a request is turned away at once with
# 503 and Retry-After; when one frees, the next request is served.
mkdir -p "$work/slots"
python3 - "$bin/unres.cgi" "$work/slots" >"$work/shed" <<'PY'
import fcntl, os, subprocess, sys
cgi, slots = sys.argv[1], sys.argv[2]
held = []
for i in range(3):
    fd = os.open(f"{slots}/slot.{i}", os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    held.append(fd)
env = dict(os.environ, REQUEST_METHOD="GET", QUERY_STRING="q=mines", UNRES_SLOT_DIR=slots, UNRES_MAX_REQUESTS="3")
busy = subprocess.run([cgi], env=env, capture_output=True).stdout.decode()
os.close(held.pop())
free = subprocess.run([cgi], env=env, capture_output=True).stdout.decode()
print(busy.split("\r\n\r\n")[0])
print("--")
print(free.split("\r\n")[0])
PY
check "all slots busy: 503 at once" grep -q '^Status: 503 ' "$work/shed"
check "... with Retry-After" grep -q '^Retry-After: 2' "$work/shed"
check "a freed slot serves the next request" grep -q '^Status: 200 ' "$work/shed"
env -u REQUEST_METHOD "$bin/unres.cgi" q=mines format=json | sed '1,/^\r$/d' >"$work/b"
check "argv NAME=VALUE works without a server" json "d['total']>0"

[[ $failures -eq 0 ]] || { echo "$failures check(s) failed"; exit 1; }
