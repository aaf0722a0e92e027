#!/usr/bin/env bash
# The search page served as FastCGI responders (web/serve.sh's default): answers HTML, JSON, POST and
# HEAD; sees what the indexer commits and a database rebuilt and moved into place, without a restart;
# a responder that dies is started again and the next requests are answered. Plain CGI still serves.
set -euo pipefail
bin=${UNRES_BIN_DIR:?}
src=${UNRES_SOURCE_DIR:?}
command -v lighttpd >/dev/null || [[ -x /usr/sbin/lighttpd ]] || { echo "SKIPPED: lighttpd is not installed"; exit 77; }
work=$(mktemp -d)
server=
# Stops the server; its exit status (lighttpd's own, on SIGTERM) is no result of the test.
stop() {
  if [[ -n $server ]]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  server=
}
trap 'stop; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
start() {  # start MODE: serve $work/db, wait until it answers
  port=$(free_port)
  UNRES_SERVE_MODE=$1 UNRES_SERVE_DIR=$work/serve-$1 "$src/web/serve.sh" "$(dirname "$bin")" "$work/db" "$port" \
    >"$work/serve-$1.log" 2>&1 &
  server=$!
  for _ in $(seq 300); do curl -fs -o /dev/null "http://127.0.0.1:$port/unres.cgi" && return 0; sleep 0.1; done
  fail "lighttpd ($1) did not start: $(cat "$work/serve-$1.log")"
}
total() {  # total QUERY: the page's JSON total for QUERY
  curl -fs "http://127.0.0.1:$port/unres.cgi?format=json&q=$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'
}
corpus=$src/sample-corpus
# download: a CSV export through the server comes as it is written: while the page is held after its
# header lines (UNRES_EXPORT_HOLD, a FIFO), the client already has them, chunked, with no Content-Length a
# server would add after holding the answer whole; released, it holds every row it announces.
download() {
  rm -f "$work/export.h" "$work/export.csv"
  curl -fs --http1.1 -D "$work/export.h" -o "$work/export.csv" "http://127.0.0.1:$port/unres.cgi?q=the&format=csv" &
  local client=$!
  for _ in $(seq 600); do grep -q $'^\r$' "$work/export.h" 2>/dev/null && break; sleep 0.1; done
  grep -q $'^\r$' "$work/export.h" 2>/dev/null ||
    { timeout 10 bash -c 'echo release >"$1"' _ "$hold" || true; fail "$1: no header lines while the download is held"; }
  local streamed=1
  grep -qi '^Transfer-Encoding: chunked' "$work/export.h" && ! grep -qi '^Content-Length' "$work/export.h" || streamed=0
  echo release >"$hold"  # opens when the page opens its end: it is waiting there
  wait "$client" || fail "$1: the download failed"
  [[ $streamed == 1 ]] || fail "$1: the download was not streamed: $(cat "$work/export.h")"
  rows=$(python3 -c 'import csv,sys; print(len(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))) - 1)' "$work/export.csv")
  exported=$(sed -n 's/^X-Unres-Exported: \([0-9]*\).*/\1/p' "$work/export.h")
  [[ -n $exported && $rows == "$exported" && $rows -gt 0 ]] || fail "$1: $rows rows, $exported announced"
}
hold=$work/hold
mkfifo "$hold"
export UNRES_EXPORT_HOLD=$hold

# Three resolutions first; "Cambodia" is a word of A/RES/79/34 alone.
"$bin/unres-index" --quiet --db "$work/db" "$corpus/A-RES-75-52.md" "$corpus/A-RES-76-26.txt" "$corpus/A-RES-78-45.md"
start fastcgi
[[ "$(pgrep -c -P "$server" || true)" -ge 1 ]] || fail "no FastCGI responder runs under lighttpd"
word=cambodia
[[ "$(total "$word")" == 0 ]] || fail "'$word' found before A/RES/79/34 is indexed"
page=$(curl -fs "http://127.0.0.1:$port/unres.cgi?q=mines") && grep -q '<li class="hit' <<<"$page" || fail "HTML page"
page=$(curl -fs -X POST --data 'q=mines&format=json' "http://127.0.0.1:$port/unres.cgi") && grep -q '"total"' <<<"$page" ||
  fail "POST"
head=$(curl -fs -I "http://127.0.0.1:$port/unres.cgi?q=mines")
grep -q '^Content-Type: text/html' <<<"$head" || fail "HEAD: $head"
download FastCGI

# Static files and the server's own error pages carry the page's security headers; OpenSearch
# links come from the configured base URL whatever Host the client sends.
for path in /static/unres.css /no-such-page; do
  headers=$(curl -s -I "http://127.0.0.1:$port$path")
  for header in Content-Security-Policy X-Content-Type-Options Referrer-Policy; do
    grep -q "^$header: " <<<"$headers" || fail "$path lacks $header: $headers"
  done
done
[[ $(curl -s -I "http://127.0.0.1:$port/unres.cgi?q=mines" | grep -c '^Content-Security-Policy: ') == 1 ]] ||
  fail "the page's answer has one Content-Security-Policy header"
page=$(curl -fs -H 'Host: evil.example' "http://127.0.0.1:$port/unres.cgi?opensearch=1")
grep -q "template=\"http://127.0.0.1:$port/unres.cgi?q=" <<<"$page" && ! grep -q evil <<<"$page" ||
  fail "OpenSearch: $page"

# The indexer commits while the responders run: the next request sees it.
"$bin/unres-index" --quiet --db "$work/db" "$corpus/A-RES-79-34.txt"
[[ "$(total "$word")" -ge 1 ]] || fail "'$word' not found after A/RES/79/34 was committed"

# A database rebuilt elsewhere and moved into place is another file: it is opened anew.
"$bin/unres-index" --quiet --db "$work/db2" "$corpus/A-RES-75-52.md"
mv "$work/db" "$work/db-old" && mv "$work/db2" "$work/db"
[[ "$(total "$word")" == 0 ]] || fail "the old database is still served after the new one was moved into place"

# Every responder killed: lighttpd starts new ones (the event waited for: as many new children as were
# killed), and every request is answered.
killed=$(pgrep -P "$server" | tr '\n' ' ')
kill -9 $killed
for _ in $(seq 300); do
  fresh=0
  for pid in $(pgrep -P "$server" || true); do [[ " $killed " == *" $pid "* ]] || fresh=$((fresh + 1)); done
  [[ $fresh -ge $(wc -w <<<"$killed") ]] && break
  sleep 0.1
done
[[ $fresh -ge $(wc -w <<<"$killed") ]] || fail "lighttpd did not start new responders: $fresh of $(wc -w <<<"$killed")"
for _ in 1 2 3 4; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/unres.cgi?q=mines")
  [[ $code == 200 ]] || fail "after the responders were killed: HTTP $code"
done
stop

# Plain CGI, the same binary.
start cgi
# It keeps no process: the one the start-up probe ran ends with its request (the event waited for is
# lighttpd reaping it, later on a loaded machine; FastCGI responders would never go).
for _ in $(seq 300); do [[ "$(pgrep -c -P "$server" || true)" == 0 ]] && break; sleep 0.1; done
[[ "$(pgrep -c -P "$server" || true)" == 0 ]] || fail "plain CGI keeps processes"
# The program runs (it is never sent as a file): a page of hits, as HTML.
head=$(curl -fs -I "http://127.0.0.1:$port/unres.cgi?q=mines")
grep -q '^Content-Type: text/html' <<<"$head" || fail "plain CGI: $head"
page=$(curl -fs "http://127.0.0.1:$port/unres.cgi?q=mines") && grep -q '<li class="hit' <<<"$page" || fail "plain CGI page"
download "plain CGI"
echo "ok"
