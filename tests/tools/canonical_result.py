#!/usr/bin/env python3
"""Renders unres-search --batch JSON Lines as canonical text: total, sorted ids, facet counts (or the error)."""
import json
import sys

for line in sys.stdin:
    result = json.loads(line)
    if "error" in result:
        print("error", result["error"].split(": ", 1)[1])
        continue
    print("total", result["total"])
    print("ids", " ".join(sorted(hit["id"] for hit in result["hits"])))
    for facet, counts in result["facets"].items():
        if counts:
            print(facet, " | ".join(f"{value}={count}" for value, count in counts.items()))
