#!/usr/bin/env bash
# Installs the benchmark's peers from Debian when missing: Omega (scriptindex + CGI), sqlite3, GNU time.
set -euo pipefail

missing=()
for pkg in xapian-omega xapian-tools sqlite3 time python3; do
  dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "bench: missing packages; run: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "bench: installing ${missing[*]}" >&2
  (apt-get update -qq || true)
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
python3 -c 'import sqlite3; sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")' \
  || { echo "bench: python3's sqlite3 lacks FTS5" >&2; exit 1; }
