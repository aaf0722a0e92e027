#!/usr/bin/env bash
# A database that cannot be written (a read-only file system, a directory of another user) is reported as such,
# in one line with exit 2, never as "locked by another unres-index"; a real lock still says so.
# Needs root (mount, setpriv); prints "SKIPPED: reason" and exits 77 otherwise.
set -euo pipefail
bin=${UNRES_BIN_DIR:?}
src=${UNRES_SOURCE_DIR:?}
. "$(dirname "${BASH_SOURCE[0]}")/scratch_tmpfs.sh"
[[ $(id -u) == 0 ]] || skip "needs root to mount a read-only file system"
mount_scratch 8m
says() {  # says STATUS TEXT: exit STATUS and one line on stderr containing TEXT
  [[ $status == "$1" && $(wc -l <"$work/err") == 1 ]] && grep -qF -- "$2" "$work/err" && ! grep -q locked "$work/err"
}
"$bin/unres-index" --quiet --db "$m/db" "$src/sample-corpus" >/dev/null
mount -o remount,ro "$m"
"$bin/unres-index" --db "$m/db" "$src/sample-corpus" >/dev/null 2>"$work/err" && status=0 || status=$?
check "read-only file system, existing database: $(cat "$work/err")" says 2 "cannot write to database $m/db: Read-only file system"
"$bin/unres-index" --db "$m/new" "$src/sample-corpus" >/dev/null 2>"$work/err" && status=0 || status=$?
check "read-only file system, new database: $(cat "$work/err")" says 2 "mkdir failed (Read-only file system)"
if setpriv --reuid=nobody --regid=nogroup --clear-groups test -x "$bin/unres-index" 2>/dev/null; then
  "$bin/unres-index" --quiet --db "$work/db" "$src/sample-corpus" >/dev/null
  setpriv --reuid=nobody --regid=nogroup --clear-groups "$bin/unres-index" --db "$work/db" "$src/sample-corpus" \
    >/dev/null 2>"$work/err" && status=0 || status=$?
  check "another user's database: $(cat "$work/err")" says 2 "cannot write to database $work/db: Permission denied"
else
  echo "SKIP another user's database: cannot run the binaries as nobody"
fi
echo "unwritable_db: $failures failures"
((failures == 0))
