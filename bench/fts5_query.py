#!/usr/bin/env python3
# Runs the query set against the FTS5 table in one connection: top 10 by bm25, then facet counts.
"""Usage: fts5_query.py DB fts5.jsonl [REPEAT] [facets|nofacets]

Facets are three GROUP BY queries (session, kind, verb) over the same match, as exact as unres's.
Prints JSON: per-query p50/p99 (ms), queries/s and the summed facet time."""
import json
import sqlite3
import sys
import time

TOP = ("SELECT p.pid, p.symbol, p.text, bm25(para_fts) AS score FROM para_fts JOIN para p ON p.id = para_fts.rowid "
       "WHERE para_fts MATCH ? {where} ORDER BY score LIMIT 10")
FACET = ("SELECT p.{col}, count(*) FROM para_fts JOIN para p ON p.id = para_fts.rowid "
         "WHERE para_fts MATCH ? {where} GROUP BY p.{col}")


def main():
    db = sqlite3.connect(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as f:
        queries = [json.loads(line) for line in f]
    repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    facets = (sys.argv[4] if len(sys.argv) > 4 else "facets") == "facets"
    times, facet_s, errors = [], 0.0, 0
    start = time.perf_counter()
    for _ in range(repeat):
        for q in queries:
            where = "".join(f" AND p.{k} = ?" for k in q["filters"])
            args = [q["match"]] + [int(v) if k == "session" else v for k, v in q["filters"].items()]
            t0 = time.perf_counter()
            try:
                db.execute(TOP.format(where=where), args).fetchall()
                t1 = time.perf_counter()
                if facets:
                    for col in ("session", "kind", "verb"):
                        db.execute(FACET.format(col=col, where=where), args).fetchall()
                facet_s += time.perf_counter() - t1
            except sqlite3.OperationalError:
                errors += 1
            times.append((time.perf_counter() - t0) * 1000)
    total = time.perf_counter() - start
    times.sort()
    print(json.dumps({"queries": len(times), "p50_ms": times[len(times) // 2],
                      "p99_ms": times[min(len(times) - 1, int(0.99 * len(times)))],
                      "qps": len(times) / total, "facet_ms_per_query": 1000 * facet_s / len(times),
                      "errors": errors}))


if __name__ == "__main__":
    main()
