# Sourced by reliability tests that need a small file system of their own: skip(), check() and
# mount_scratch SIZE (a tmpfs at $m under a fresh $work, unmounted and removed at exit; skips, exit 77,
# when it cannot be mounted). Counts failed checks in $failures.
skip() { echo "SKIPPED: $1"; exit 77; }
failures=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}
mount_scratch() {  # mount_scratch SIZE
  work=$(mktemp -d)
  chmod 755 "$work"
  m=$work/mnt
  mkdir -p "$m"
  mount -t tmpfs -o "size=$1" tmpfs "$m" 2>/dev/null || { rm -rf "$work"; skip "cannot mount a tmpfs (needs root)"; }
  trap 'umount "$m" 2>/dev/null || umount -l "$m"; rm -rf "$work"' EXIT
}
