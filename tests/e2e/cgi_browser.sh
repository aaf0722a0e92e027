#!/usr/bin/env bash
# Browser test of the search page: tests/browser/*.test.mjs under node --test with Debian chromium.
# Exits 77 (CTest SKIP_RETURN_CODE) only when node or chromium is missing.
set -euo pipefail
src=${UNRES_SOURCE_DIR:?}
chromium=${UNRES_CHROMIUM:-/usr/bin/chromium}
command -v node >/dev/null 2>&1 || { echo "SKIP: node is not installed"; exit 77; }
[[ -x "$chromium" ]] || { echo "SKIP: $chromium is not installed"; exit 77; }
if [[ ! -d "$src/tests/browser/node_modules/playwright-core" || ! -d "$src/tests/browser/node_modules/axe-core" ]]; then
  echo "playwright-core or axe-core is missing: run make -f Makefile.dist browser-deps" >&2
  exit 1
fi
[[ -x "${UNRES_BIN_DIR:?}/unres.cgi" && -x "$UNRES_BIN_DIR/unres-index" ]] || { echo "build unres.cgi and unres-index first" >&2; exit 1; }
cd "$src/tests/browser"
exec node --test --test-reporter=spec search_page.test.mjs history_page.test.mjs multilang_page.test.mjs \
  accessibility.test.mjs
