#!/usr/bin/env python3
# Translates bench/queries.txt into each engine's own request form (one file per engine).
"""Usage: translate_queries.py QUERIES OUTDIR

Writes OUTDIR/unres.batch (qid<TAB>query with inline field filters, for unres-search --batch),
OUTDIR/unres.cgi.qs and OUTDIR/omega.cgi.qs (one QUERY_STRING per line), OUTDIR/fts5.jsonl
({qid, match, filters}) and OUTDIR/baseline.tsv (qid<TAB>query<TAB>prefixed filter terms).
"""
import json
import os
import re
import sys
from urllib.parse import urlencode

# Boolean filter terms, as unres's schema and our scriptindex script both spell them.
PREFIX = {"session": "XSES", "kind": "XKIND", "verb": "XVERB"}
TOKEN = re.compile(r'"[^"]*"|\(|\)|[^\s()]+')


def read_queries(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            query, _, filters = line.rstrip("\n").partition("\t")
            yield query.strip(), [tuple(kv.split("=", 1)) for kv in filters.split()]


def fts5_match(query):
    """unres/Xapian syntax -> FTS5: quote words with punctuation; phrases, AND, OR, ( ), word* carry over."""
    out = []
    for tok in TOKEN.findall(query):
        if tok.startswith('"') or tok in ("(", ")", "AND", "OR"):
            out.append(tok)
        elif tok.endswith("*") and tok[:-1].isalnum():
            out.append(tok)
        elif tok.isalnum():
            out.append(tok)
        else:
            out.append('"' + tok.replace('"', "") + '"')
    return " ".join(out)


def main():
    queries, outdir = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    files = {name: open(os.path.join(outdir, name), "w", encoding="utf-8")
             for name in ("unres.batch", "unres.cgi.qs", "omega.cgi.qs", "fts5.jsonl", "baseline.tsv")}
    for n, (query, filters) in enumerate(read_queries(queries), 1):
        qid = f"q{n:02d}"
        inline = " ".join(f"{k}:{v}" for k, v in filters)
        files["unres.batch"].write(f"{qid}\t{query} {inline}".rstrip() + "\n")
        files["unres.cgi.qs"].write(urlencode([("q", query)] + filters + [("format", "json")]) + "\n")
        omega = [("DB", "bench"), ("FMT", "bench"), ("P", query)] + [("B", PREFIX[k] + v) for k, v in filters]
        files["omega.cgi.qs"].write(urlencode(omega) + "\n")
        files["fts5.jsonl"].write(json.dumps({"qid": qid, "match": fts5_match(query), "filters": dict(filters)}) + "\n")
        terms = " ".join(PREFIX[k] + v for k, v in filters)
        files["baseline.tsv"].write(f"{qid}\t{query}\t{terms}\n")
    for f in files.values():
        f.close()


if __name__ == "__main__":
    main()
