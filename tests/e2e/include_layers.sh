#!/usr/bin/env bash
# The source tree's layers hold (analyzers -> index -> indexer, searcher): analyzers/ includes nothing of the
# others, index/ only analyzers/, the indexer nothing of searcher/ (and back), and no unit (a .hpp with its
# .cpp) includes, directly or not, one that includes it.
# Fails naming the include that breaks a layer and each cycle.
set -euo pipefail
src=${UNRES_SOURCE_DIR:?}
cd "$src"
python3 - <<'PY'
import glob, re, sys

allowed = {
    "analyzers": {"analyzers"},
    "index": {"analyzers", "index"},
    "indexer": {"analyzers", "index", "indexer"},
    "searcher": {"analyzers", "index", "searcher"},
}
edges, problems = {}, []
for layer, may in allowed.items():
    for path in sorted(glob.glob(layer + "/**/*.[ch]pp", recursive=True)):
        unit = path.rsplit(".", 1)[0]
        for header in re.findall(r'^#include "([^"]+)"', open(path, encoding="utf-8").read(), re.M):
            if header.split("/")[0] not in may:
                problems.append(f"{path} includes {header}: {layer}/ may include only {', '.join(sorted(may))}/")
            target = header.rsplit(".", 1)[0]
            if target != unit:
                edges.setdefault(unit, set()).add(target)

state, stack, cycles = {}, [], set()
def visit(unit):
    state[unit] = "open"
    stack.append(unit)
    for target in sorted(edges.get(unit, ())):
        if state.get(target) == "open":
            cycles.add(" -> ".join(stack[stack.index(target):] + [target]))
        elif target not in state:
            visit(target)
    stack.pop()
    state[unit] = "done"
for unit in sorted(edges):
    if unit not in state:
        visit(unit)
problems += [f"include cycle: {c}" for c in sorted(cycles)]
for p in problems:
    print("FAIL:", p, file=sys.stderr)
if problems:
    sys.exit(1)
print(f"{len(edges)} units: layers hold, no include cycle")
PY
