#!/usr/bin/env bash
# Read replicas of a sharded database with xapian-replicate-server / xapian-replicate on loopback: a
# replica catches up after new resolutions are indexed on the master, and then answers like it.
set -euo pipefail
src=${UNRES_SOURCE_DIR:?}
bin=${UNRES_BIN_DIR:?}
work=$(mktemp -d)
# shellcheck source=tests/e2e/shard_servers.sh
. "$src/tests/e2e/shard_servers.sh"
trap 'stop_servers; rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

# The master keeps changesets, so replicas are updated incrementally instead of copied whole.
export XAPIAN_MAX_CHANGESETS=10
mkdir -p "$work/corpus" "$work/master" "$work/replica"
cp "$src"/sample-corpus/A-RES-75-52.md "$src"/sample-corpus/A-RES-76-26.txt "$work/corpus/"
"$bin/unres-index" --quiet --db "$work/master/db" --shards 2 "$work/corpus"

port=""
for _ in 1 2 3 4 5; do
  port=$(free_port)
  setsid xapian-replicate-server --interface 127.0.0.1 --port "$port" "$work/master" >"$work/replicate-server.log" 2>&1 &
  server_pids+=($!)
  # Ready when the port accepts a connection; a server that died (port taken) is retried on another port.
  until python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null; do
    kill -0 "${server_pids[-1]}" 2>/dev/null || continue 2
  done
  break
done

replicate() {
  local shard
  for shard in shard-00 shard-01; do
    timeout 60 xapian-replicate --quiet --one-shot --timeout 10 --host 127.0.0.1 --port "$port" \
      --master "db/$shard" "$work/replica/$shard" || fail "xapian-replicate of $shard"
  done
  # The stub only names the shards; it is copied once, like any configuration file.
  cp "$work/master/db/XAPIANDB" "$work/replica/XAPIANDB"
}

answers() {
  "$bin/unres-search" --db "$1" --limit 100 --format jsonl "resolution OR states" \
    | python3 "$src/tests/tools/ranked_result.py"
}

replicate
[ "$(answers "$work/replica")" = "$(answers "$work/master/db")" ] || fail "first replica differs from the master"
before=$(xapian-delve "$work/replica" 2>/dev/null | sed -n 's/^number of documents = //p')

cp "$src"/sample-corpus/A-RES-78-45.md "$src"/sample-corpus/A-RES-79-34.txt "$work/corpus/"
"$bin/unres-index" --quiet --db "$work/master/db" "$work/corpus"
[ "$(answers "$work/replica")" != "$(answers "$work/master/db")" ] || fail "the master did not change"
replicate
after=$(xapian-delve "$work/replica" 2>/dev/null | sed -n 's/^number of documents = //p')
[ "$(answers "$work/replica")" = "$(answers "$work/master/db")" ] || fail "the replica did not catch up"
echo "replica documents: $before before, $after after catching up"
[ "$after" = 100 ] || fail "replica holds $after documents, expected 100"
echo "$failed failures"
[ "$failed" = 0 ]
