#!/usr/bin/env python3
# Checks `unres-index --parse` output of a generated corpus against its manifest (exit 1 on any mismatch).
"""Usage: unres-index --parse DIR | check_corpus.py DIR/manifest.jsonl

Reads the JSON Lines parse on stdin and compares, file by file, the preambular and operative
paragraph counts with what the generator wrote. Prints one summary line; lists up to 10 mismatches.
"""
import json
import sys


def main():
    expected = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            m = json.loads(line)
            expected[m["file"]] = m
    seen, bad, clause_total, clause_ok = 0, [], 0, 0
    for line in sys.stdin:
        d = json.loads(line)
        m = expected.get(d["file"])
        if m is None:
            continue
        seen += 1
        kinds = [p["kind"] for p in d["paragraphs"]]
        got = (kinds.count("preambular"), kinds.count("operative"))
        if got != (m["preambular"], m["operative"]) or d["symbol"] != m["symbol"]:
            bad.append(f"{d['file']}: {d['symbol']} pre/op {got} expected {m['symbol']} "
                       f"({m['preambular']}, {m['operative']})")
        clause_total += len(kinds)
        clause_ok += sum(1 for p in d["paragraphs"] if p.get("clause"))
    rejected = len(expected) - seen
    print(f"files {len(expected)} parsed {seen} rejected {rejected} paragraph-count mismatches {len(bad)} "
          f"paragraphs-with-clause {clause_ok}/{clause_total}")
    for b in bad[:10]:
        print("  " + b)
    sys.exit(1 if bad or rejected else 0)


if __name__ == "__main__":
    main()
