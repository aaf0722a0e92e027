#!/usr/bin/env python3
"""Security Council citations in a corpus: each paragraph that prints a Council-numbered resolution
("1325 (2000)", not "general comment No. 12 (1999)") is found by cites:"S/RES/1325 (2000)".

Usage: council_citations.py DB TEXT_DIR UNRES_SEARCH MIN_PERCENT. Prints the figures and each paragraph
missed; exits 1 below MIN_PERCENT.
"""
import collections
import glob
import json
import re
import subprocess
import sys

db, corpus, search, minimum = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
printed = re.compile(r"(?<![\w./-])(\d{1,4}) \(((?:19[4-9]|20[0-9])\d)\)")
numbers = set()
for path in glob.glob(f"{corpus}/*.txt"):
    text = re.sub(r"\s+", " ", open(path, encoding="utf-8").read())
    numbers.update(m.groups() for m in printed.finditer(text) if not text[: m.start()].endswith("No. "))
numbers = sorted(numbers)
lines = []
for i, (n, year) in enumerate(numbers):
    lines.append(f"words{i}\t\"{n} {year}\"")  # every paragraph that prints it (a superset)
    lines.append(f"cites{i}\tcites:\"S/RES/{n} ({year})\"")
out = subprocess.run([search, "--db", db, "--batch", "-", "--format", "jsonl", "--limit", "10000"],
                     input="\n".join(lines) + "\n", capture_output=True, text=True, check=False).stdout
answers = {row["qid"]: row for row in map(json.loads, out.splitlines())}
found, missed = 0, []
for i, (n, year) in enumerate(numbers):
    literal = re.compile(rf"(?<![\w./-]){n} \({year}\)")
    citing = {hit["id"] for hit in answers[f"cites{i}"]["hits"]}
    for hit in answers[f"words{i}"]["hits"]:
        m = literal.search(hit["text"])
        if not m or hit["text"][: m.start()].endswith("No. "):
            continue
        if hit["id"] in citing:
            found += 1
        else:
            missed.append(f"{hit['id']}: {n} ({year}) in …{hit['text'][max(0, m.start() - 80):m.end()]}")
total = found + len(missed)
share = 100 * found / max(1, total)
print(f"{len(numbers)} Council-numbered resolutions printed in {total} paragraphs; cites: finds {found} "
      f"({share:.1f}%, at least {minimum}% wanted)")
for line in missed:
    print("  missed", line)
sys.exit(0 if share >= minimum else 1)
