#!/usr/bin/env bash
# Every doctest case is run by CTest: a case named with ';' is cut in two by CMake's list syntax and its
# filter then matches no case at all, so it would pass without running. Fails naming such cases.
set -euo pipefail
bin=${UNRES_BIN_DIR:?}
status=0
for exe in analyzers_tests index_tests indexer_tests searcher_tests system_tests; do
  names=$("$bin/$exe" --list-test-cases --no-version 2>/dev/null | grep -v '^\[doctest\]\|^=\+$' || true)
  [ -n "$names" ] || { echo "FAIL: $exe lists no test cases" >&2; status=1; continue; }
  if bad=$(grep ';' <<<"$names"); then
    echo "FAIL: $exe: test cases CTest cannot run (a ';' in the name):" >&2
    echo "$bad" >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "every test case name is runnable by CTest"
exit $status
