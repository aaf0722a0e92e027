#!/usr/bin/env bash
# Writes N distinct resolutions into OUT_DIR, deterministically, by renumbering real ones (../shared/un-corpus
# text when present, else sample-corpus/): copy k of A/RES/78/45 becomes A/RES/78/(45 + step*k), text otherwise equal.
# Usage: tests/reliability/make_corpus.sh N OUT_DIR
set -euo pipefail
n=${1:?usage: make_corpus.sh N OUT_DIR}
out=${2:?usage: make_corpus.sh N OUT_DIR}
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mkdir -p "$out"
python3 - "$n" "$out" "$src" <<'PY'
import os, re, sys
n, out, src = int(sys.argv[1]), sys.argv[2], sys.argv[3]
shared = os.path.join(src, "..", "shared", "un-corpus", "text")
sources = []
if os.path.isdir(shared):
    for name in sorted(os.listdir(shared)):
        m = re.fullmatch(r"A_RES_(\d+)_(\d+)\.txt", name)
        if m:
            sources.append((os.path.join(shared, name), m.group(1), m.group(2)))
if not sources:
    for name in sorted(os.listdir(os.path.join(src, "sample-corpus"))):
        m = re.fullmatch(r"A-RES-(\d+)-(\d+)\.(txt|md)", name)
        if m:
            sources.append((os.path.join(src, "sample-corpus", name), m.group(1), m.group(2)))
# Renumbered resolution numbers must stay at most 4 digits (a UN symbol's): the real corpus (numbers
# below 1000) steps by 1000, the sample corpus (one resolution per session) by 100.
step = 1000 if os.path.isdir(shared) and sources and sources[0][0].startswith(shared) else 100
for i in range(n):
    path, session, number = sources[i % len(sources)]
    copy = i // len(sources)
    text = open(path, encoding="utf-8").read()
    new = str(int(number) + step * copy)
    if len(new) > 4:
        sys.exit("make_corpus.sh: %d resolutions need numbers over 4 digits; use fewer" % n)
    if copy:
        # The resolution's own number, wherever it stands alone (A/RES/78/45, "78/45. Title").
        text = re.sub(r"(?<![\d])%s/%s(?![\d])" % (session, number), "%s/%s" % (session, new), text)
    ext = os.path.splitext(path)[1]
    with open(os.path.join(out, "A_RES_%s_%s%s" % (session, new, ext)), "w", encoding="utf-8") as f:
        f.write(text)
PY
