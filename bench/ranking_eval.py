#!/usr/bin/env python3
"""Ranking quality on the hand-made judgments (bench/ranking/judgments.tsv): MRR@10 and precision@3.

Usage: ranking_eval.py BIN_DIR SOURCE_DIR [--shared DIR] [--check BASELINE.json] [--work DIR]
Indexes sample-corpus/ (and, when --shared holds un-corpus/text, the 659 resolutions with it), runs every
judged query through `unres-search --batch`, prints one line per query and the figures per corpus.
With --check, exits 1 when a corpus scores below its baseline (less a small tolerance): a ranking change
that loses answers a librarian expects fails `check`.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

TOLERANCE = 0.02  # a baseline figure may drop this much (ties reordered) before the check fails
TOP = 10


def read_judgments(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 3 or fields[0] not in ("sample", "un"):
                sys.exit(f"ranking_eval: {path}:{number}: expected corpus<TAB>query<TAB>ids<TAB>note")
            ids = [i.strip() for i in fields[2].split(",") if i.strip()]
            rows.append({"corpus": fields[0], "query": fields[1], "relevant": ids, "line": number})
    return rows


def build_index(bin_dir, db, paths):
    if os.path.isdir(db):
        return
    subprocess.run([os.path.join(bin_dir, "unres-index"), "--quiet", "--db", db, *paths], check=True)


def ranked_ids(bin_dir, db, queries):
    lines = "".join(f"q{i}\t{q}\n" for i, q in enumerate(queries))
    out = subprocess.run(
        [os.path.join(bin_dir, "unres-search"), "--db", db, "--batch", "-", "--format", "jsonl",
         "--limit", str(TOP), "--no-facets", "--threads", "2"],
        input=lines, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"ranking_eval: unres-search failed: {out.stderr.strip()}")
    answers = [json.loads(line) for line in out.stdout.splitlines()]
    return [[h["id"] for h in a.get("hits", [])] for a in answers], [a.get("error", "") for a in answers]


def score(ranked, relevant):
    rank = next((i + 1 for i, hit in enumerate(ranked) if hit in relevant), None)
    reciprocal = 1.0 / rank if rank else 0.0
    precision = sum(1 for hit in ranked[:3] if hit in relevant) / 3.0
    return rank, reciprocal, precision


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bin_dir")
    parser.add_argument("source_dir")
    parser.add_argument("--shared", default="")
    parser.add_argument("--check", default="")
    parser.add_argument("--work", default="")
    args = parser.parse_args()

    judgments = read_judgments(os.path.join(args.source_dir, "bench", "ranking", "judgments.tsv"))
    work = args.work or tempfile.mkdtemp(prefix="unres-ranking-")
    os.makedirs(work, exist_ok=True)
    try:
        evaluate(args, judgments, work)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


def evaluate(args, judgments, work):
    """Indexes, runs and scores every corpus present; with --check, exits 1 below the baseline."""
    sample = os.path.join(args.source_dir, "sample-corpus")
    sample_files = sorted(os.path.join(sample, f) for f in os.listdir(sample) if f.startswith("A-RES-"))
    corpora = {"sample": (os.path.join(work, "sample-db"), sample_files)}
    un_text = os.path.join(args.shared, "un-corpus", "text") if args.shared else ""
    if un_text and os.path.isdir(un_text):
        corpora["un"] = (os.path.join(work, "un-db"), [un_text, *sample_files])

    figures = {}
    for corpus, (db, paths) in corpora.items():
        rows = [j for j in judgments if j["corpus"] == corpus]
        if not rows:
            continue
        build_index(args.bin_dir, db, paths)
        ranked, errors = ranked_ids(args.bin_dir, db, [r["query"] for r in rows])
        mrr = p3 = s3 = 0.0
        for row, hits, error in zip(rows, ranked, errors):
            rank, reciprocal, precision = score(hits, set(row["relevant"]))
            mrr += reciprocal
            p3 += precision
            s3 += 1.0 if rank and rank <= 3 else 0.0
            where = f"rank {rank}" if rank else ("error: " + error if error else f"not in top {TOP}")
            print(f"  {corpus:6} {'ok ' if rank and rank <= 3 else 'MISS'} {where:14} {row['query']}")
        n = len(rows)
        figures[corpus] = {"queries": n, "mrr": round(mrr / n, 3), "p_at_3": round(p3 / n, 3),
                           "success_at_3": round(s3 / n, 3)}
    for corpus, f in figures.items():
        print(f"ranking {corpus}: {f['queries']} queries  MRR@{TOP} {f['mrr']:.3f}  "
              f"P@3 {f['p_at_3']:.3f}  answered in top 3 {f['success_at_3']:.0%}")
    for corpus in ("sample", "un"):
        if corpus not in figures:
            print(f"ranking {corpus}: skipped (corpus not present)")

    if args.check:
        with open(args.check, encoding="utf-8") as f:
            baseline = json.load(f)
        failed = False
        for corpus, f in figures.items():
            for key in ("mrr", "p_at_3"):
                floor = baseline.get(corpus, {}).get(key)
                if floor is not None and f[key] < floor - TOLERANCE:
                    print(f"FAIL ranking {corpus}: {key} {f[key]:.3f} is below the baseline {floor:.3f}")
                    failed = True
        sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
