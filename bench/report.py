#!/usr/bin/env python3
# Turns the benchmark's results.jsonl files into bench/RESULTS.md (medians of runs, unres/peer ratios).
"""Usage: report.py WORKDIR SIZE...   (reads WORKDIR/SIZE/results.jsonl; Markdown on stdout)"""
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys


def sh(*cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return "?"


def pkg_version(name):
    return sh("dpkg-query", "-W", "-f=${Version}", name) or "?"


def machine():
    cpu = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as f:
        mem_kb = int(f.readline().split()[1])
    here = os.path.dirname(os.path.abspath(__file__))
    return [f"- Date: {datetime.date.today().isoformat()}; unres {sh('git', '-C', here, 'describe', '--always', '--dirty')}",
            f"- CPU: {cpu}, {os.cpu_count()} logical cores (shared with other work: figures are noisy); "
            f"RAM {mem_kb / 1048576:.1f} GiB; {platform.system()} {platform.release()}",
            f"- Xapian {pkg_version('libxapian30')}, Omega {pkg_version('xapian-omega')}, "
            f"SQLite {pkg_version('libsqlite3-0')} (FTS5, porter), Python {platform.python_version()}, "
            f"{sh('c++', '--version').splitlines()[0] if sh('c++', '--version') else 'c++ ?'}"]


def load(path):
    runs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            runs.setdefault(r["what"], []).append(r["data"])
    return runs


def med(runs, what, key):
    values = [d[key] for d in runs.get(what, []) if key in d]
    return statistics.median(values) if values else None


def fmt(v, digits=1):
    if v is None:
        return "–"
    if abs(v) >= 100:
        return f"{v:,.0f}"
    return f"{v:.{digits}f}"


def ratio(a, b):
    return "–" if a is None or not b else f"{a / b:.2f}×"


def spread(runs, what, key):
    values = [d[key] for d in runs.get(what, []) if key in d]
    return f"{min(values):.2f}–{max(values):.2f}" if values else "–"


def http_targets(runs):
    """The page's targets against Omega's CGI, each met or by how much it is not."""
    f50, f99 = med(runs, "http_unres_fastcgi", "p50_ms"), med(runs, "http_unres_fastcgi", "p99_ms")
    o50, c50 = med(runs, "http_omega", "p50_ms"), med(runs, "http_unres_cgi", "p50_ms")
    fq, oq = med(runs, "http_unres_fastcgi_c2", "qps"), med(runs, "http_omega_c2", "qps")
    if None in (f50, f99, o50, c50, fq, oq):
        return []

    def line(text, value, target, met):
        return f"- {text}: {value:.2f} (target {target}) — {'met' if met else 'NOT met'}"

    return ["Page targets (medians; spread of the FastCGI p50 over runs "
            f"{spread(runs, 'http_unres_fastcgi', 'p50_ms')} ms, Omega {spread(runs, 'http_omega', 'p50_ms')} ms):",
            line("FastCGI p50 / Omega p50", f50 / o50, "≤ 0.25", f50 <= 0.25 * o50),
            line("FastCGI p99 / Omega p50", f99 / o50, "≤ 1", f99 <= o50),
            line("FastCGI requests/s / Omega's, 2 clients", fq / oq, "≥ 5", fq >= 5 * oq),
            line("plain CGI p50 / Omega p50", c50 / o50, "≤ 1.5", c50 <= 1.5 * o50), ""]


def corpus_section(size, runs):
    c = runs["corpus"][0]
    paras, mb = c["paragraphs"], c["bytes"] / 1e6
    n_index = len(runs.get("index_unres", []))
    n_query = len(runs.get("cgi_unres", []))
    out = [f"### Corpus {size}: {c['files']:,} resolutions, {paras:,} paragraphs, {mb:.1f} MB of source",
           "", f"Medians of {n_index} indexing run(s) and {n_query} query run(s) (each bulk run repeats the "
           "query set 3 times).", ""]
    rows = [("", "unres", "Omega (scriptindex / omega CGI)", "SQLite FTS5", "plain Xapian baseline",
             "unres / Omega", "unres / FTS5", "unres / baseline")]

    def idx(what, key):
        return med(runs, what, key)

    wall = {k: idx(f"index_{k}", "wall_s") for k in ("unres", "scriptindex", "fts5")}
    pps = {k: paras / v if v else None for k, v in wall.items()}
    mbs = {k: mb / v if v else None for k, v in wall.items()}
    rss = {k: (idx(f"index_{k}", "max_rss_kb") or 0) / 1024 for k in wall}
    rows.append(("Indexing, paragraphs/s (higher is better)", fmt(pps["unres"]), fmt(pps["scriptindex"]),
                 fmt(pps["fts5"]), "", ratio(pps["unres"], pps["scriptindex"]), ratio(pps["unres"], pps["fts5"]), ""))
    rows.append(("Indexing, MB of source/s", fmt(mbs["unres"], 2), fmt(mbs["scriptindex"], 2), fmt(mbs["fts5"], 2), "",
                 ratio(mbs["unres"], mbs["scriptindex"]), ratio(mbs["unres"], mbs["fts5"]), ""))
    rows.append(("Indexing, peak RSS MB", fmt(rss["unres"]), fmt(rss["scriptindex"]), fmt(rss["fts5"]), "",
                 ratio(rss["unres"], rss["scriptindex"]), ratio(rss["unres"], rss["fts5"]), ""))
    s = runs["sizes"][0]
    rows.append(("Index size MB", fmt(s["unres"] / 1e6), fmt(s["omega"] / 1e6), fmt(s["fts5"] / 1e6), "",
                 ratio(s["unres"], s["omega"]), ratio(s["unres"], s["fts5"]), ""))
    rows.append(("Index size MB, xapian-compact", fmt(s["unres_compact"] / 1e6), fmt(s["omega_compact"] / 1e6), "", "",
                 ratio(s["unres_compact"], s["omega_compact"]), "", ""))
    for key, label in (("p50_ms", "p50 ms"), ("p99_ms", "p99 ms"), ("qps", "requests/s")):
        u, o = med(runs, "cgi_unres", key), med(runs, "cgi_omega", key)
        rows.append((f"CGI, one process per query, {label} (unres with facets, omega without)", fmt(u, 2), fmt(o, 2),
                     "", "", ratio(u, o), "", ""))
    h, o = med(runs, "cgi_unres_html", "p50_ms"), med(runs, "cgi_omega", "p50_ms")
    if h is not None:
        rows.append(("CGI, one process per query, p50 ms (unres: the HTML page with facet sidebar and chart)",
                     fmt(h, 2), fmt(o, 2), "", "", ratio(h, o), "", ""))
    for key, label in (("p50_ms", "p50 ms"), ("p99_ms", "p99 ms"), ("qps", "requests/s")):
        u, o = med(runs, "http_unres_fastcgi", key), med(runs, "http_omega", key)
        if u is not None:
            rows.append((f"Page over HTTP (lighttpd), 1 client, {label}: unres FastCGI HTML with all facets, omega CGI",
                         fmt(u, 2), fmt(o, 2), "", "", ratio(u, o), "", ""))
    for key, label in (("p50_ms", "p50 ms"), ("qps", "requests/s")):
        u, o = med(runs, "http_unres_fastcgi_c2", key), med(runs, "http_omega_c2", key)
        if u is not None:
            rows.append((f"Page over HTTP (lighttpd), 2 clients, {label}: unres FastCGI, omega CGI", fmt(u, 2),
                         fmt(o, 2), "", "", ratio(u, o), "", ""))
    u, o = med(runs, "http_unres_cgi", "p50_ms"), med(runs, "http_omega", "p50_ms")
    if u is not None:
        rows.append(("Page over HTTP (lighttpd), 1 client, p50 ms: unres plain CGI HTML, omega CGI", fmt(u, 2),
                     fmt(o, 2), "", "", ratio(u, o), "", ""))
    for key, label in (("p50_ms", "p50 ms"), ("p99_ms", "p99 ms")):
        u, f, b = med(runs, "batch_unres", key), med(runs, "fts5_facets", key), med(runs, "baseline_facets", key)
        rows.append((f"Bulk, one process, exact facets, one query at a time, {label}", fmt(u, 2), "", fmt(f, 2),
                     fmt(b, 2), "", ratio(u, f), ratio(u, b)))
    u, u1 = med(runs, "stream_unres", "qps"), med(runs, "stream_unres_1", "qps")
    f, b = med(runs, "fts5_facets", "qps"), med(runs, "baseline_facets", "qps")
    rows.append(("Bulk, one process, exact facets, queries/s (unres: all cores)", fmt(u, 1), "", fmt(f, 1), fmt(b, 1),
                 "", ratio(u, f), ratio(u, b)))
    rows.append(("Bulk, one process, exact facets, queries/s (unres: one thread)", fmt(u1, 1), "", fmt(f, 1),
                 fmt(b, 1), "", ratio(u1, f), ratio(u1, b)))
    bu_f, bu_n = med(runs, "batch_unres", "p50_ms"), med(runs, "batch_unres_nofacets", "p50_ms")
    bq_f, bq_n = (med(runs, f"baseline_{m}", "p50_ms") for m in ("facets", "nofacets"))
    facet_unres = bu_f - bu_n if bu_f and bu_n else None
    facet_base = bq_f - bq_n if bq_f and bq_n else None
    fts_facet = med(runs, "fts5_facets", "facet_ms_per_query")
    rows.append(("Facet time, p50 ms/query (unres: session, kind, verb, clause, change; others: session, kind, verb)",
                 fmt(facet_unres, 2), "no facets", fmt(fts_facet, 2), fmt(facet_base, 2), "",
                 ratio(facet_unres, fts_facet), ratio(facet_unres, facet_base)))
    bu, bb = med(runs, "broad_unres", "p50_ms"), med(runs, "broad_baseline", "p50_ms")
    matches = (runs.get("broad_baseline") or [{}])[0].get("matches", 0) / 5
    rows.append((f"Broad query `the` ({matches:,.0f} matches), p50 ms", fmt(bu, 2), "", "", fmt(bb, 2), "", "",
                 ratio(bu, bb)))
    if matches:
        rows.append(("… extrapolated linearly to 1M matching paragraphs, ms", fmt(bu * 1e6 / matches), "", "",
                     fmt(bb * 1e6 / matches), "", "", ""))
    out += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    out += ["", *http_targets(runs)]
    return out, {"pps": pps, "sizes": s, "cgi": (med(runs, "cgi_unres", "p50_ms"), med(runs, "cgi_omega", "p50_ms")),
                 "bulk": (med(runs, "stream_unres", "qps"), med(runs, "baseline_facets", "qps"),
                          med(runs, "fts5_facets", "qps")), "broad": (bu, matches), "rss": rss}


def million_rows(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def million_section(path):
    rows = [r for r in million_rows(path) if r.get("what") == "broad"]
    if not rows:
        return []
    out = [f"### Exact facets over about a million matching paragraphs ({rows[0]['documents']:,} documents)", "",
           "unres only (bench/facets_1m.sh); `unres-search --batch`, one query at a time, 5 runs each, top 10 hits "
           "with snippets plus exact counts of all five facets over the whole match set; the same query with "
           "`--no-facets` (still an exact total, so every match is visited) gives what the counting itself costs.", "",
           "| query | matches | p50 ms with facets | p99 ms | p50 ms without facets | facet counting, ms |",
           "|---|---|---|---|---|---|"]
    for r in rows:
        bare = r.get("nofacets", {}).get("p50_ms")
        share = r["data"]["p50_ms"] - bare if bare is not None else None
        out.append(f"| `{r['query']}` | {r['matches']:,} | {fmt(r['data']['p50_ms'], 1)} | "
                   f"{fmt(r['data']['p99_ms'], 1)} | {fmt(bare, 1)} | {fmt(share, 1)} |")
    index = [r for r in million_rows(path) if r.get("what") == "index_unres"]
    if index:
        d = index[0]["data"]
        out += ["", f"Indexing that corpus: {d['wall_s']:.0f} s, peak RSS {d['max_rss_kb'] / 1024:.0f} MB."]
    return out + [""]


def million_p50(path):
    """(slowest facet counting ms, slowest whole query ms, fewest matches) of the queries with ≥ 1M matches."""
    rows = [r for r in million_rows(path) if r.get("what") == "broad" and r["matches"] >= 1_000_000]
    if not rows:
        return None
    shares = [r["data"]["p50_ms"] - r["nofacets"]["p50_ms"] for r in rows if "nofacets" in r]
    return (max(shares) if shares else None, max(r["data"]["p50_ms"] for r in rows), min(r["matches"] for r in rows))


def targets(summary, million=None):
    out = ["## Targets (reported, not asserted)", ""]
    for size, t in summary.items():
        pps, s, cgi, bulk, (bu, matches), rss = t["pps"], t["sizes"], t["cgi"], t["bulk"], t["broad"], t["rss"]
        yes = lambda ok: "met" if ok else "NOT met"  # noqa: E731
        r = pps["unres"] / pps["scriptindex"] if pps["unres"] and pps["scriptindex"] else 0
        out += [f"Corpus {size}:",
                f"- indexing ≥ 2× scriptindex paragraphs/s: {r:.2f}× — {yes(r >= 2)}",
                f"- index size ≤ scriptindex compacted: {s['unres'] / 1e6:.0f} MB vs {s['omega_compact'] / 1e6:.0f} MB "
                f"(unres compacted {s['unres_compact'] / 1e6:.0f} MB) — {yes(s['unres'] <= s['omega_compact'])}",
                f"- unres.cgi p50 (facets) below omega p50 (no facets): {fmt(cgi[0], 1)} vs {fmt(cgi[1], 1)} ms — "
                f"{yes(cgi[0] is not None and cgi[1] is not None and cgi[0] < cgi[1])}",
                f"- bulk with exact facets ≥ 1.5× baseline and ahead of FTS5: {ratio(bulk[0], bulk[1])} baseline, "
                f"{ratio(bulk[0], bulk[2])} FTS5 — {yes(bulk[0] and bulk[1] and bulk[0] >= 1.5 * bulk[1] and bulk[0] > bulk[2])}",
                (f"- exact facets for 1M matching paragraphs < 100 ms: counting takes {fmt(million[0], 1)} ms (slowest "
                 f"broad query, ≥ {million[2]:,} matches; the whole query with ranking, snippets and an exact total "
                 f"{fmt(million[1], 1)} ms) — {yes(million[0] is not None and million[0] < 100)}" if million else
                 f"- exact facets for 1M matching paragraphs < 100 ms: measured {fmt(bu, 1)} ms for {matches:,.0f} "
                 f"matches; linear extrapolation {fmt(bu * 1e6 / matches if matches else None)} ms (an extrapolation, "
                 f"not a measurement) — {yes(bool(matches) and bu * 1e6 / matches < 100)}"),
                f"- indexing memory: unres peak RSS {rss['unres']:.0f} MB", ""]
    return out


def main():
    workdir, sizes = sys.argv[1], sys.argv[2:]
    out = ["# Benchmark results", "",
           "Written by `make -f Makefile.dist bench` (bench/run.sh); see docs/BENCH.md for the method.", "",
           "## Machine", ""] + machine() + ["", "## Results", ""]
    summary = {}
    for size in sizes:
        path = os.path.join(workdir, size, "results.jsonl")
        if not os.path.exists(path) or os.path.getsize(path) == 0:
            out += [f"### Corpus {size}: skipped (no corpus or no results)", ""]
            continue
        section, summary[size] = corpus_section(size, load(path))
        out += section + [""]
    million = million_section(os.path.join(workdir, "1m", "results.jsonl"))
    out += million
    out += targets(summary, million_p50(os.path.join(workdir, "1m", "results.jsonl")))
    print("\n".join(out))


if __name__ == "__main__":
    main()
