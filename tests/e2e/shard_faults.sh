#!/usr/bin/env bash
# Remote shards that are down or stop answering: a clear error naming the shard, never a hang; with
# --allow-partial (or UNRES_ALLOW_PARTIAL=1 for unres.cgi) the answer from the others, "partial": true.
set -euo pipefail
src=${UNRES_SOURCE_DIR:?}
bin=${UNRES_BIN_DIR:?}
work=$(mktemp -d)
# shellcheck source=tests/e2e/shard_servers.sh
. "$src/tests/e2e/shard_servers.sh"
trap 'stop_servers; rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

"$bin/unres-index" --quiet --db "$work/db" --shards 2 "$src/sample-corpus"
start_tcpsrv "$work/db/shard-00"
p0=$started_port
start_tcpsrv "$work/db/shard-01"
p1=$started_port
pid1=${server_pids[-1]}
printf 'remote 127.0.0.1:%s\nremote 127.0.0.1:%s\n' "$p0" "$p1" >"$work/remote.stub"
search() { timeout 30 "$bin/unres-search" --db "$work/remote.stub" "$@"; }

search --format json resolution >"$work/ok.json" || fail "both shards up: search failed"

# 1. A shard that stops answering (SIGSTOP: connections are accepted, nothing is read) times out.
kill -STOP "$pid1"
start=$(date +%s)
status=0
search --remote-timeout 1000 resolution >"$work/out" 2>"$work/err" || status=$?
elapsed=$(($(date +%s) - start))
[ "$status" = 2 ] || fail "stopped shard: exit status $status, expected 2"
[ "$elapsed" -le 10 ] || fail "stopped shard: took ${elapsed}s with a 1 s timeout"
grep -q "unres-search: remote shard 127.0.0.1:$p1 is unavailable: " "$work/err" \
  || fail "stopped shard: unclear error: $(cat "$work/err")"
status=0
search --remote-timeout 1000 --allow-partial --format json resolution >"$work/partial.json" 2>"$work/err" || status=$?
[ "$status" = 0 ] || fail "stopped shard with --allow-partial: exit status $status"
python3 - "$work/partial.json" "$p1" <<'PY' || fail "stopped shard with --allow-partial: not flagged partial"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["partial"] is True and r["unavailable"] == ["127.0.0.1:" + sys.argv[2]], r.get("unavailable")
assert r["total"] > 0
PY
kill -CONT "$pid1"

# 2. A shard that is down (connection refused): the same, at once.
kill "$pid1"
wait "$pid1" 2>/dev/null || true
status=0
search resolution >"$work/out" 2>"$work/err" || status=$?
[ "$status" = 2 ] || fail "down shard: exit status $status, expected 2"
grep -q "unres-search: remote shard 127.0.0.1:$p1 is unavailable: " "$work/err" \
  || fail "down shard: unclear error: $(cat "$work/err")"
search --allow-partial --format json resolution | python3 -c '
import json, sys
r = json.load(sys.stdin)
assert r["partial"] is True and len(r["unavailable"]) == 1 and r["total"] > 0' \
  || fail "down shard with --allow-partial: not flagged partial"

# 3. unres.cgi: 503 with a plain message, or partial results with UNRES_ALLOW_PARTIAL=1.
cgi() { env -i UNRES_DB="$work/remote.stub" UNRES_TEMPLATE="$src/web" UNRES_REMOTE_TIMEOUT=1000 "$@" \
  timeout 30 "$bin/unres.cgi" q=resolution format=json; }
cgi >"$work/cgi.out" || true
grep -q "^Status: 503" "$work/cgi.out" || fail "cgi with a down shard: $(head -1 "$work/cgi.out")"
cgi UNRES_ALLOW_PARTIAL=1 >"$work/cgi.out" || true
if ! grep -q "^Status: 200" "$work/cgi.out" || ! grep -Eq '"partial": ?true' "$work/cgi.out"; then
  fail "cgi with UNRES_ALLOW_PARTIAL=1: $(head -1 "$work/cgi.out")"
fi

echo "$failed failures"
[ "$failed" = 0 ]
