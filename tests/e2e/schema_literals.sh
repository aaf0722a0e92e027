#!/usr/bin/env bash
# One source of truth: no term prefix, value slot, unique-id term or metadata key is spelled outside
# index/schema.*.
set -euo pipefail
cd "${UNRES_SOURCE_DIR:?}"
pattern='add_boolean_term\("|add_prefix\("|add_boolean_prefix\("|add_value\([0-9]|get_value\([0-9]|postlist_begin\("[A-Z]'
if grep -rnE "$pattern" analyzers index indexer searcher; then
  echo "term prefixes or value slots spelled outside index/schema.*"
  exit 1
fi
# Metadata keys ("source:…", "owner:…", "series:…", "lineage:state", "unres:format", "unres:layout") and
# the unique-id term (Field::UniqueId + "language:id") have one definition each.
keys='"(source|owner|series):|"lineage:state"|"unres:(format|layout)"|Field::UniqueId, '
if grep -rnE "$keys" analyzers index indexer searcher | grep -v '^index/schema\.cpp:'; then
  echo "metadata keys or unique-id terms spelled outside index/schema.cpp"
  exit 1
fi
echo "no prefix, slot, metadata key or unique-id literals outside index/schema.*"
