#!/usr/bin/env bash
# Full disks: on a small tmpfs filled to one level after another, an incremental run and a fresh build either
# complete or stop with one line about free space; after each, xapian-check passes and every resolution is whole
# or absent (no half batch); once space is freed, a rerun gives exactly the database a clean build gives.
# Needs root (mount -t tmpfs); prints "SKIPPED: reason" and exits 77 otherwise.
set -euo pipefail
bin=${UNRES_BIN_DIR:?}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/scratch_tmpfs.sh"
command -v xapian-check >/dev/null || skip "xapian-check is not installed (xapian-tools)"
mount_scratch 40m

# 60 resolutions: the first 30 are the existing database, the other 30 the batch that meets the full disk.
"$here/make_corpus.sh" 60 "$work/all" >/dev/null
mkdir -p "$work/base" "$work/more"
ls "$work/all" | sort | head -30 | while read -r f; do cp "$work/all/$f" "$work/base/"; done
ls "$work/all" | sort | tail -30 | while read -r f; do cp "$work/all/$f" "$work/more/"; done
index() { "$bin/unres-index" --quiet --threads 1 --batch-size 150 --db "$@"; }
index "$work/ref" "$work/base" "$work/more"
"$bin/db_counts" "$work/ref" >"$work/ref.counts"
index "$work/base-db" "$work/base"
echo "source $(du -sk "$work/all" | cut -f1) KB, clean build $(du -sk "$work/ref" | cut -f1) KB, base $(du -sk "$work/base-db" | cut -f1) KB"

# Every symbol absent or whole (its reference paragraph and record counts).
whole_or_absent() {
  "$bin/db_counts" "$1" >"$work/now.counts" 2>/dev/null || return 1
  python3 - "$work/ref.counts" "$work/now.counts" <<'PY'
import sys
ref = {l.split()[0]: l.split()[1:] for l in open(sys.argv[1]) if not l.startswith("TOTAL")}
now = {l.split()[0]: l.split()[1:] for l in open(sys.argv[2]) if not l.startswith("TOTAL")}
bad = [s for s, c in now.items() if c != ["0", "0"] and c != ref.get(s)]
sys.exit("partly indexed: %s" % bad[0] if bad else 0)
PY
}
fill_to() {  # fill_to KB: leaves about KB kilobytes free on the tmpfs
  rm -f "$m/filler"
  local avail=$(($(df -k --output=avail "$m" | tail -1) - $1))
  if ((avail > 0)); then head -c $((avail * 1024)) /dev/zero >"$m/filler" 2>/dev/null || true; fi
}
stopped=0 completed=0
for mode in incremental fresh; do
  for free_kb in 0 64 256 1024 2048 4096 6144 8192 12288 16384 24576 30000; do
    rm -rf "$m/db" "$m/filler"
    [[ $mode == incremental ]] && cp -r "$work/base-db" "$m/db"
    fill_to "$free_kb"
    index "$m/db" "$work/base" "$work/more" >"$work/out" 2>"$work/err" && status=0 || status=$?
    what="$mode, $free_kb KB free"
    if [[ $status == 0 ]]; then
      completed=$((completed + 1))
      check "$what: completed" true
    else
      stopped=$((stopped + 1))
      check "$what: stopped with one line about space (exit $status): $(head -c 160 "$work/err")" \
        bash -c "[[ $status == 2 && \$(wc -l <'$work/err') == 1 ]] && grep -qE 'not enough free space|disk is full|No space left on device' '$work/err'"
    fi
    if [[ -e $m/db/iamglass ]]; then
      check "$what: xapian-check passes" xapian-check "$m/db" >/dev/null
      check "$what: every resolution whole or absent" whole_or_absent "$m/db"
    fi
    rm -f "$m/filler"
    index "$m/db" "$work/base" "$work/more" >"$work/out" 2>"$work/err" && status=0 || status=$?
    "$bin/db_counts" "$m/db" >"$work/rerun.counts" 2>/dev/null || true
    check "$what: the rerun with space completes and equals a clean build" \
      bash -c "[[ $status == 0 ]] && cmp -s '$work/ref.counts' '$work/rerun.counts' && xapian-check '$m/db' >/dev/null"
  done
done
echo "full_disk: $completed runs completed, $stopped stopped cleanly, $failures failures"
((failures == 0))
