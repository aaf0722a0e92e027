#!/usr/bin/env python3
# Turns a `/usr/bin/time -v` report (argv[1]) into JSON {wall_s, max_rss_kb} on stdout.
import json
import sys

out = {}
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        key, _, value = line.strip().rpartition(": ")
        if key.startswith("Elapsed (wall clock) time"):
            seconds = 0.0
            for part in value.split(":"):
                seconds = seconds * 60 + float(part)
            out["wall_s"] = seconds
        elif key == "Maximum resident set size (kbytes)":
            out["max_rss_kb"] = int(value)
print(json.dumps(out))
