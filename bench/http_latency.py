#!/usr/bin/env python3
# Times search pages over HTTP through the real web server, with C clients at once (keep-alive each).
"""Usage: http_latency.py BASE_URL QUERY_STRINGS CLIENTS [REPEAT]

Each client sends GET BASE_URL?QS for every line of QUERY_STRINGS (REPEAT times), reading the whole
answer; prints JSON with p50/p99 latency (ms), requests/s over the run and failures (status != 200)."""
import http.client
import json
import sys
import threading
import time
import urllib.parse

from latency_stats import summary


def client(base, queries, repeat, times, failures, lock):
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    mine, bad = [], 0
    for _ in range(repeat):
        for qs in queries:
            t0 = time.perf_counter()
            try:
                conn.request("GET", f"{url.path}?{qs}")
                r = conn.getresponse()
                r.read()
                bad += r.status != 200
                if r.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
            except (OSError, http.client.HTTPException):
                bad += 1
                conn.close()
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
            mine.append((time.perf_counter() - t0) * 1000)
    with lock:
        times.extend(mine)
        failures.append(bad)


def main():
    base, qs_file, clients = sys.argv[1], sys.argv[2], int(sys.argv[3])
    repeat = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    with open(qs_file, encoding="utf-8") as f:
        queries = [line.rstrip("\n") for line in f if line.strip()]
    times, failures, lock = [], [], threading.Lock()
    threads = [threading.Thread(target=client, args=(base, queries, repeat, times, failures, lock))
               for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = time.perf_counter() - start
    print(json.dumps({"clients": clients, **summary(times, total), "failures": sum(failures)}))


if __name__ == "__main__":
    main()
