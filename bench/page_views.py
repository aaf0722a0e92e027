#!/usr/bin/env python3
"""Server time of each view of the search page behind lighttpd + FastCGI, against the 50 ms target.

Usage: page_views.py BUILD_DIR SOURCE_DIR [--shared DIR] [--rounds N]
Indexes sample-corpus/ (and the 659-resolution corpus with it when --shared holds it), serves each index
with web/serve.sh, and asks every view N times after one warm-up request: the home page, a results list
(a rare word, a common word with facets, a filtered one), a resolution, a paragraph's history and the
precedents of a pasted paragraph. Server time is curl's time to the first byte on the loopback (the
request, lighttpd and the responder's whole answer). Prints p50 and p99 per view and whether p50 is
under 50 ms.
"""
import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from latency_stats import summary  # noqa: E402

TARGET_MS = 50.0
DRAFT = ("Urges all States that have not yet done so to accede to the Convention without delay, "
         "and calls upon them to report on mine clearance")

VIEWS = [
    ("home", {}),
    ("results: rare word", {"q": "Siem Reap"}),
    ("results: common word", {"q": "States"}),
    ("results: filtered", {"q": "mines", "kind": "operative", "session": "79"}),
    ("resolution", {"show": "A/RES/79/34", "q": "mines"}),
    ("history", {"history": "A/RES/79/34#pp12"}),
    ("precedents", {"like": DRAFT}),
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def first_byte_ms(url):
    out = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code} %{time_starttransfer}", url],
                         capture_output=True, text=True, check=True).stdout.split()
    if out[0] != "200":
        sys.exit(f"page_views: {url} answered {out[0]}")
    return float(out[1]) * 1000.0


def measure(build, source, db, rounds):
    port = free_port()
    serve_dir = tempfile.mkdtemp(prefix="unres-views-")
    env = dict(os.environ, UNRES_SERVE_DIR=serve_dir)
    server = subprocess.Popen([os.path.join(source, "web", "serve.sh"), build, db, str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/unres.cgi"
    try:
        for _ in range(100):  # until lighttpd listens
            if subprocess.run(["curl", "-fs", "-o", "/dev/null", base]).returncode == 0:
                break
            time.sleep(0.1)
        rows = []
        for name, params in VIEWS:
            url = base + ("?" + urllib.parse.urlencode(params) if params else "")
            first_byte_ms(url)  # warm: the responder opens the database and templates once
            started = time.monotonic()
            times = [first_byte_ms(url) for _ in range(rounds)]
            rows.append((name, summary(times, time.monotonic() - started)))
        return rows
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(serve_dir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("source")
    parser.add_argument("--shared", default="")
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    build, source = os.path.abspath(args.build), os.path.abspath(args.source)
    work = tempfile.mkdtemp(prefix="unres-views-db-")
    sample = os.path.join(source, "sample-corpus")
    samples = sorted(os.path.join(sample, f) for f in os.listdir(sample) if f.startswith("A-RES-"))
    corpora = [("sample (4)", samples)]
    un_text = os.path.join(args.shared, "un-corpus", "text") if args.shared else ""
    if un_text and os.path.isdir(un_text):
        corpora.append(("un-corpus (663)", [un_text, *samples]))
    print(f"{'corpus':16} {'view':22} {'p50 ms':>8} {'p99 ms':>8}  under {TARGET_MS:.0f} ms")
    missed = 0
    for label, paths in corpora:
        db = os.path.join(work, label.split()[0])
        subprocess.run([os.path.join(build, "bin", "unres-index"), "--quiet", "--db", db, *paths], check=True)
        for name, s in measure(build, source, db, args.rounds):
            ok = s["p50_ms"] < TARGET_MS
            missed += 0 if ok else 1
            print(f"{label:16} {name:22} {s['p50_ms']:8.1f} {s['p99_ms']:8.1f}  {'yes' if ok else 'NO'}")
    shutil.rmtree(work, ignore_errors=True)
    print(f"page views: {missed} view(s) over {TARGET_MS:.0f} ms at the median")


if __name__ == "__main__":
    main()
