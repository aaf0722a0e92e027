#!/usr/bin/env bash
# The full reliability runs (make -f Makefile.dist reliability); the summary lines feed docs/RELIABILITY.md.
# Env: UNRES_BIN_DIR, UNRES_SOURCE_DIR. Writes the whole log to reliability-full.log in the current directory.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
log=${UNRES_RELIABILITY_LOG:-reliability-full.log}
: >"$log"
status=0
run() {  # run NAME SCRIPT ARGS...
  local name=$1; shift
  echo "== $name: $*" | tee -a "$log"
  local start=$SECONDS
  bash "$here/$@" >>"$log" 2>&1 || status=1
  tail -1 "$log"
  echo "   ($((SECONDS - start)) s)" | tee -a "$log"
}
run crash-safety kill_indexer.sh 3000 25
run concurrency concurrent_search.sh 1000
run bad-inputs bad_inputs.sh
run cgi-abuse cgi_abuse.sh 10000
run resource-bounds resource_bounds.sh 2000
exit "$status"
