#!/usr/bin/env python3
"""cgi_abuse.py: sends N random and hostile requests to unres.cgi behind a local web server; checks every answer.

Usage: cgi_abuse.py PORT N [SEED]. Loopback only; bounded in count and time (each request times out).
Prints one summary line; exits 1 if any request failed, timed out, answered 5xx or leaked internals.
"""
import http.client
import random
import re
import sys
import threading
import time
import urllib.parse

HOST = "127.0.0.1"
TIMEOUT = 15.0  # seconds per request: the CGI's own matching limit is 2 s
OK_STATUS = {200, 400, 404, 405, 413, 414, 431}
INTERNALS = re.compile(rb"Xapian|std::|what\(\)|terminate called|Traceback|Sanitizer|/work/|/tmp/|"
                       rb"DatabaseModified|Assertion|core dumped", re.I)
# Markup the attacker sent must come back escaped in HTML (JSON quotes it as a string, served as JSON).
UNESCAPED = re.compile(rb"<script>alert|<img src=x", re.I)
WORDS = ["mines", "general", "assembly", "urges", "calls", "upon", "convention", "peace", "ottawa", "climate",
         "security", "rights", "women", "nuclear", "decides", "AND", "OR", "NOT", "-", "+", "\"", "(", ")"]
FIELDS = ["title:", "clause:", "symbol:", "session:", "year:", "kind:", "verb:", "cites:", "committee:",
          "lang:", "change:", "agenda:", "nosuch:"]
FACETS = ["session", "kind", "verb", "clause", "year", "change", "committee", "lang"]


def hostile_value(rng: random.Random) -> str:
    """A raw (already percent-encoded where it matters) hostile value."""
    choice = rng.randrange(16)
    if choice == 0:
        return "x" * rng.choice([999, 1000, 1001, 4000, 7000])
    if choice == 1:
        return "%00" * rng.randrange(1, 50) + "mines%00"
    if choice == 2:  # overlong, surrogate and invalid UTF-8
        return "".join(rng.choice(["%C0%AF", "%E0%80%AF", "%F0%80%80%AF", "%ED%A0%80", "%FF", "%FE",
                                   "%C3", "%F4%90%80%80", "mines"]) for _ in range(rng.randrange(1, 30)))
    if choice == 3:
        depth = rng.choice([10, 100, 400, 490])
        return urllib.parse.quote("(" * depth + "mines" + ")" * depth)
    if choice == 4:
        return urllib.parse.quote(rng.choice(["*", "a*", "*:*", "title:*", "s* t* u* v* w* x* y* z*",
                                              " ".join(c + "*" for c in "abcdefghijklmnopqrstuvwxyz")]))
    if choice == 5:
        return urllib.parse.quote("<script>alert(1)</script>\"'><img src=x onerror=alert(1)>")
    if choice == 6:
        return "".join("%%%02X" % rng.randrange(256) for _ in range(rng.randrange(1, 200)))
    if choice == 7:
        return rng.choice(["%", "%G", "%2", "%%", "+", "&", ";", "=", "%26", "%3D"])
    if choice == 8:
        return str(rng.choice([10 ** 12, -1, 0, 2 ** 64, 10 ** 30, 99999999999]))
    if choice == 9:
        return urllib.parse.quote("session:" + rng.choice(["0..99999999999999", "-5..x", "78..", "..", "1e9"]))
    if choice == 10:
        return urllib.parse.quote("\"" + " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 60))))
    q = " ".join(rng.choice(FIELDS) * rng.randrange(2) + rng.choice(WORDS) for _ in range(rng.randrange(1, 12)))
    return urllib.parse.quote_plus(q)


def make_request(rng: random.Random):
    """(method, path, body) of one random request."""
    params = []
    for _ in range(rng.randrange(1, 8)):
        name = rng.choice(["q"] * 4 + FACETS + ["sort", "limit", "offset", "collapse", "format", "show",
                                                  "opensearch", "utm", "", "%00", "q%00"])
        params.append((name, hostile_value(rng) if rng.random() < 0.7 else rng.choice(WORDS + ["78", "json"])))
    if rng.random() < 0.1:  # repeated parameters
        params = params * rng.randrange(2, 300)
    if rng.random() < 0.1:
        params.append(("offset", str(10 ** 12)))
    if rng.random() < 0.3:
        params.append(("format", "json"))
    query = "&".join(n + "=" + v for n, v in params)
    r = rng.random()
    if r < 0.1:
        return "POST", "/unres.cgi", query.encode()
    if r < 0.13:
        return rng.choice(["PUT", "DELETE", "OPTIONS"]), "/unres.cgi?" + query, None
    if r < 0.16:
        return "HEAD", "/unres.cgi?" + query, None
    return "GET", "/unres.cgi?" + query, None


def main() -> None:
    port, total = int(sys.argv[1]), int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    rng = random.Random(seed)
    requests = [make_request(rng) for _ in range(total)]
    lock = threading.Lock()
    latencies, failures, statuses = [], [], {}
    next_index = [0]

    def worker() -> None:
        while True:
            with lock:
                i = next_index[0]
                next_index[0] += 1
            if i >= len(requests):
                return
            method, path, body = requests[i]
            start = time.monotonic()
            try:
                conn = http.client.HTTPConnection(HOST, port, timeout=TIMEOUT)
                headers = {"Content-Type": "application/x-www-form-urlencoded"} if body is not None else {}
                conn.request(method, path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                status = resp.status
                html = "text/html" in (resp.getheader("Content-Type") or "")
                conn.close()
            except Exception as e:  # timeout, reset: a failure to answer
                with lock:
                    failures.append("%d %s %.80s: no answer (%s)" % (i, method, path, type(e).__name__))
                continue
            elapsed = time.monotonic() - start
            problem = None
            if status not in OK_STATUS:
                problem = "status %d" % status
            elif INTERNALS.search(data):
                problem = "internals in body: %r" % INTERNALS.search(data).group(0)
            elif html and UNESCAPED.search(data):
                problem = "unescaped markup in HTML: %r" % UNESCAPED.search(data).group(0)
            with lock:
                latencies.append(elapsed)
                statuses[status] = statuses.get(status, 0) + 1
                if problem:
                    failures.append("%d %s %.80s: %s" % (i, method, path, problem))

    start = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - start
    latencies.sort()
    p99 = latencies[int(len(latencies) * 0.99) - 1] if latencies else 0
    for f in failures[:10]:
        print("FAIL " + f)
    print("cgi_abuse: %d requests in %.0f s, %d answered properly (%s), %d failures; latency median %.3f s, "
          "p99 %.3f s, max %.3f s" % (total, wall, len(latencies) - len(failures),
                                      " ".join("%d:%d" % kv for kv in sorted(statuses.items())), len(failures),
                                      latencies[len(latencies) // 2] if latencies else 0, p99,
                                      latencies[-1] if latencies else 0))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
