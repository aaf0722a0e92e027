#!/usr/bin/env bash
# Indexes every real resolution in ../shared/un-corpus/text and checks none is rejected and that cites: finds
# the paragraphs printing each Security Council resolution and each symbol typed as the query finds its
# resolution first (skips when absent).
set -euo pipefail
corpus="${UNRES_SHARED_DIR:?}/un-corpus/text"
[ -d "$corpus" ] || { echo "skipped: $corpus is absent"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
expected=$(find "$corpus" -name '*.txt' | wc -l)
"${UNRES_BIN_DIR:?}/unres-index" --stats --db "$work/db" "$corpus" > "$work/stats.json"
python3 - "$work/stats.json" "$expected" <<'PY'
import json, sys
stats = json.load(open(sys.argv[1]))
expected = int(sys.argv[2])
print(f"{stats['resolutions']} resolutions, {stats['paragraphs']} paragraphs, "
      f"{len(stats['rejected'])} rejected, {stats['seconds']:.1f} s")
assert not stats["rejected"], stats["rejected"]
assert stats["resolutions"] == expected, (stats["resolutions"], expected)
PY
python3 "${UNRES_SOURCE_DIR:?}/tests/tools/council_citations.py" "$work/db" "$corpus" "$UNRES_BIN_DIR/unres-search" 99
python3 "$UNRES_SOURCE_DIR/tests/tools/symbol_queries.py" "$work/db" "$UNRES_BIN_DIR/unres-search"
