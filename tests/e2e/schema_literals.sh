#!/usr/bin/env bash
# One source of truth: no term prefix or value slot is spelled outside analyzers/schema.*.
set -euo pipefail
cd "${UNRES_SOURCE_DIR:?}"
pattern='add_boolean_term\("|add_prefix\("|add_boolean_prefix\("|add_value\([0-9]|get_value\([0-9]|postlist_begin\("[A-Z]'
if grep -rnE "$pattern" indexer searcher; then
  echo "term prefixes or value slots spelled outside analyzers/schema.*"
  exit 1
fi
echo "no prefix or slot literals in indexer/ and searcher/"
