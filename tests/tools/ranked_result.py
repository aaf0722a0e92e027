#!/usr/bin/env python3
"""Renders unres-search --batch JSON Lines with the ranking kept: total, hits in rank order (hits
with equal scores, whose order depends on docids and so on how documents are spread over shards, are
listed sorted inside their tie group), facet counts in display order, spelling suggestion, or the error."""
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
        key = (round(hit["score"], 9), hit.get("collapsed", hit.get("collapsed_others", 0)))
        if groups and groups[-1][0] == key[0]:
            groups[-1][1].append(hit["id"])
        else:
            groups.append((key[0], [hit["id"]]))
    for score, ids in groups:
        print(f"  {score:.9f}", " ".join(sorted(ids)))
    for facet, counts in result["facets"].items():
        if counts:
            print(" ", facet, " | ".join(f"{value}={count}" for value, count in counts.items()))
    if "did_you_mean" in result:
        print("  did_you_mean", result["did_you_mean"])
    if result.get("partial"):
        print("  partial")
