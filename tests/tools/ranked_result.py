#!/usr/bin/env python3
"""Renders unres-search --batch JSON Lines with the ranking kept: total, hits in rank order (hits
with equal scores listed sorted inside their tie group: callers compare the exact order apart),
collapse counts, facet counts in display order, spelling suggestion, or the error."""
import json
import sys

for line in sys.stdin:
    result = json.loads(line)
    if "error" in result:
        print("error", result["error"].split(": ", 1)[1])
        continue
    print("query", result.get("qid", ""), "total", result["total"])
    groups = []
    if "*" in result.get("query", ""):
        # Known gap: Xapian 1.4 expands a wildcard on each remote shard with that shard's statistics,
        # so scores (not hits, totals or facets) differ from one database; compare the hits unranked.
        groups.append((0.0, [hit["id"] for hit in result["hits"]]))
    for hit in result["hits"] if not groups else []:
        score = round(hit["score"], 9)
        # With --collapse, the number of other matching paragraphs of the hit's resolution.
        others = hit.get("collapsed", hit.get("collapsed_others", 0))
        label = f"{hit['id']}+{others}" if others else hit["id"]
        if groups and groups[-1][0] == score:
            groups[-1][1].append(label)
        else:
            groups.append((score, [label]))
    for score, ids in groups:
        print(f"  {score:.9f}", " ".join(sorted(ids)))
    for facet, counts in result["facets"].items():
        if counts:
            print(" ", facet, " | ".join(f"{value}={count}" for value, count in counts.items()))
    if "did_you_mean" in result:
        print("  did_you_mean", result["did_you_mean"])
    if result.get("partial"):
        print("  partial")
