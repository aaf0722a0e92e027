#!/usr/bin/env python3
"""Every resolution of a corpus, its symbol typed as the query in three spellings ("A/RES/79/34",
"79/34", "a/res/79/34"), is the first hit. Usage: symbol_queries.py DB UNRES_SEARCH. Exits 1 on a miss."""
import json
import subprocess
import sys

db, search = sys.argv[1], sys.argv[2]
every = ["--format", "json", "--limit", "10000", "--collapse", "kind:preambular OR kind:operative"]
listing = subprocess.run([search, "--db", db, *every], capture_output=True, text=True, check=True).stdout
symbols = sorted({hit["symbol"] for hit in json.loads(listing)["hits"] if hit["symbol"].startswith("A/RES/")})
lines = []
for i, symbol in enumerate(symbols):
    short = symbol.removeprefix("A/RES/")
    for j, spelling in enumerate((symbol, short, symbol.lower())):
        lines.append(f"{i}.{j}\t{spelling}")
out = subprocess.run([search, "--db", db, "--batch", "-", "--format", "jsonl", "--limit", "1"],
                     input="\n".join(lines) + "\n", capture_output=True, text=True, check=False).stdout
misses = []
for row in map(json.loads, out.splitlines()):
    symbol = symbols[int(row["qid"].split(".")[0])]
    first = row["hits"][0]["symbol"] if row.get("hits") else "nothing"
    if first != symbol:
        misses.append(f"{row['query']}: first hit {first}")
print(f"{len(symbols)} resolutions, {len(lines)} symbol queries: "
      f"{len(lines) - len(misses)} find their resolution first")
for miss in misses:
    print("  missed", miss)
sys.exit(1 if misses else 0)
