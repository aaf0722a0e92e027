#!/usr/bin/env bash
# Concurrency: unres-search --batch, unres.cgi as CGI and the page's FastCGI responders behind lighttpd (when
# installed) search while unres-index writes (small batches, then updates); no search shows an error and none
# sees a resolution in part (per-symbol totals are 0 or whole).
# Usage: concurrent_search.sh [N=300]   (env UNRES_BIN_DIR, UNRES_SOURCE_DIR, as CTest sets them)
set -euo pipefail
n=${1:-300}
bin=${UNRES_BIN_DIR:?}
src=${UNRES_SOURCE_DIR:?}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
writer= server=
trap '[[ -n $writer ]] && kill "$writer" 2>/dev/null; [[ -n $server ]] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
c=$work/corpus
"$here/make_corpus.sh" "$n" "$c"
# Whole counts per symbol, from the parse.
"$bin/unres-index" --parse "$c" | python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    print(d["symbol"], len(d["paragraphs"]))' >"$work/whole"
# Queries: 30 symbols spread over the corpus, and a few that touch every resolution.
awk 'NR % int('"$n"' / 30 + 1) == 1 {print "symbol:" $1}' "$work/whole" >"$work/queries"
printf '%s\n' 'States parties' 'urge*' '"calls upon"' 'kind:operative' >>"$work/queries"
python3 -c 'import sys, urllib.parse
for q in open(sys.argv[1]): print(urllib.parse.quote_plus(q.strip()))' "$work/queries" >"$work/encoded"

# First commit before readers start, so the database exists.
"$bin/unres-index" --quiet --batch-size 20 --db "$work/db" "$c/$(ls "$c" | head -1)"
# The FastCGI deployment: responders keep the database open and move to its newest revision per request.
fcgi=
if command -v lighttpd >/dev/null || [[ -x /usr/sbin/lighttpd ]]; then
  # shellcheck source=serve_page.sh
  . "$here/serve_page.sh"
  serve_page "$work/db"
  fcgi="http://127.0.0.1:$port/unres.cgi"
fi
(
  XAPIAN_FLUSH_THRESHOLD=25 "$bin/unres-index" --quiet --batch-size 20 --threads 1 --db "$work/db" "$c"
  # Updates: every fifth file changes (same text, new bytes), so its resolution is deleted and re-added.
  for f in $(ls "$c" | awk 'NR % 5 == 0'); do printf '\n' >>"$c/$f"; done
  XAPIAN_FLUSH_THRESHOLD=25 "$bin/unres-index" --quiet --batch-size 20 --threads 1 --db "$work/db" "$c"
) >"$work/writer.log" 2>&1 &
writer=$!

export UNRES_DB=$work/db UNRES_TEMPLATE=$src/web
searches=0 failures=0
# verify FILE: JSON result lines (one per query, in order) -> failures for partial totals.
verify() {
  python3 - "$work/whole" "$work/queries" "$1" <<'PY'
import json, sys
whole = dict(l.split() for l in open(sys.argv[1]))
queries = [q.strip() for q in open(sys.argv[2])]
bad = 0
for q, line in zip(queries, open(sys.argv[3])):
    d = json.loads(line)
    if q.startswith("symbol:") and d["total"] not in (0, int(whole[q[7:]])):
        print("FAIL %s: %d paragraphs seen, whole is %s" % (q, d["total"], whole[q[7:]]))
        bad += 1
sys.exit(1 if bad else 0)
PY
}
while kill -0 "$writer" 2>/dev/null; do
  if ! "$bin/unres-search" --db "$work/db" --batch "$work/queries" --format json --limit 3 >"$work/batch" 2>"$work/batch.err"; then
    echo "FAIL batch search exited non-zero: $(head -3 "$work/batch.err")"; failures=$((failures + 1))
  elif [[ -s $work/batch.err ]] || ! verify "$work/batch"; then
    echo "FAIL batch search: $(head -3 "$work/batch.err")"; failures=$((failures + 1))
  fi
  searches=$((searches + $(wc -l <"$work/queries")))
  : >"$work/cgi"
  while read -r q enc; do
    REQUEST_METHOD=GET QUERY_STRING="q=$enc&format=json&limit=3" "$bin/unres.cgi" >"$work/resp" 2>"$work/cgi.err"
    if ! head -1 "$work/resp" | grep -q '^Status: 200 '; then
      echo "FAIL cgi '$q': $(head -1 "$work/resp") $(head -c 300 "$work/cgi.err")"; failures=$((failures + 1))
    fi
    total=$(grep -m1 -o '"total": [0-9]*' "$work/resp" | cut -d' ' -f2)
    echo "{\"total\": ${total:--1}}" >>"$work/cgi"
    searches=$((searches + 1))
    if [[ -n $fcgi ]]; then
      code=$(curl -s -o "$work/fresp" -w '%{http_code}' --max-time 30 "$fcgi?q=$enc&format=json&limit=3") || code=none
      if [[ $code != 200 ]]; then
        echo "FAIL fastcgi '$q': $code $(head -c 300 "$work/fresp")"; failures=$((failures + 1))
      fi
      total=$(grep -m1 -o '"total": [0-9]*' "$work/fresp" | cut -d' ' -f2)
      echo "{\"total\": ${total:--1}}" >>"$work/fcgi"
      searches=$((searches + 1))
    fi
  done < <(paste -d' ' <(tr ' ' '_' <"$work/queries") "$work/encoded")
  verify "$work/cgi" || failures=$((failures + 1))
  if [[ -n $fcgi ]]; then verify "$work/fcgi" || failures=$((failures + 1)); fi
  : >"$work/fcgi"
done
wait "$writer" || { echo "FAIL the indexer failed:"; cat "$work/writer.log"; failures=$((failures + 1)); }
writer=
# Afterwards every symbol is whole.
"$bin/unres-search" --db "$work/db" --batch "$work/queries" --format json --limit 3 >"$work/batch"
verify "$work/batch" && python3 - "$work/batch" "$work/queries" <<'PY' || failures=$((failures + 1))
import json, sys
qs = [q.strip() for q in open(sys.argv[2])]
zero = [q for q, l in zip(qs, open(sys.argv[1])) if json.loads(l)["total"] == 0]
sys.exit("FAIL after the writer: no hits for %s" % zero[0] if zero else 0)
PY
echo "concurrent_search: $searches searches (CLI batch, CGI${fcgi:+ and FastCGI}) during indexing, $failures failures"
((failures == 0))
