#!/usr/bin/env python3
# Times a CGI binary run once per request, as a web server runs it (one process per query).
"""Usage: cgi_latency.py CGI QUERY_STRINGS [REPEAT] [NAME=VALUE...]

Runs CGI with GATEWAY_INTERFACE, REQUEST_METHOD=GET and each QUERY_STRING (plus the extra
environment given), discarding the output; prints JSON with p50/p99 latency (ms) and requests/s."""
import json
import os
import subprocess
import sys
import time

from latency_stats import summary


def main():
    cgi, qs_file = sys.argv[1], sys.argv[2]
    repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    extra = dict(kv.split("=", 1) for kv in sys.argv[4:])
    with open(qs_file, encoding="utf-8") as f:
        queries = [line.rstrip("\n") for line in f if line.strip()]
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "GATEWAY_INTERFACE": "CGI/1.1",
            "REQUEST_METHOD": "GET", "SERVER_NAME": "localhost", "SCRIPT_NAME": "/search", **extra}
    times, failures, start = [], 0, time.perf_counter()
    for _ in range(repeat):
        for qs in queries:
            t0 = time.perf_counter()
            r = subprocess.run([cgi], env={**base, "QUERY_STRING": qs}, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
            times.append((time.perf_counter() - t0) * 1000)
            head = r.stdout[:200].decode("utf-8", "replace")
            failures += r.returncode != 0 or "Status: 5" in head or "Exception" in head
    total = time.perf_counter() - start
    print(json.dumps({**summary(times, total), "failures": failures}))


if __name__ == "__main__":
    main()
