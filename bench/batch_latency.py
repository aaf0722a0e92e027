#!/usr/bin/env python3
# Times `unres-search --batch -` query by query: one process, one query written, one JSON line read back.
"""Usage: batch_latency.py REPEAT -- COMMAND...   (queries on stdin, qid<TAB>query lines)

The command's stdout is a pseudo-terminal, so its stdio flushes every line and each query's
latency can be read from outside; prints JSON with p50/p99 (ms) and queries/s (startup excluded)."""
import json
import os
import pty
import subprocess
import sys
import time
import tty

from latency_stats import summary


def main():
    repeat = int(sys.argv[1])
    command = sys.argv[sys.argv.index("--") + 1:]
    queries = [line for line in sys.stdin.read().splitlines() if line.strip()]
    master, slave = pty.openpty()
    tty.setraw(slave)
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=slave, stderr=subprocess.DEVNULL)
    os.close(slave)
    buf, times = b"", []

    def read_line():
        nonlocal buf
        while b"\n" not in buf:
            chunk = os.read(master, 1 << 16)
            if not chunk:
                raise SystemExit("batch process ended early")
            buf += chunk
        line, buf = buf.split(b"\n", 1)
        return line

    start = time.perf_counter()
    errors = 0
    for _ in range(repeat):
        for q in queries:
            t0 = time.perf_counter()
            proc.stdin.write(q.encode() + b"\n")
            proc.stdin.flush()
            errors += b'"error"' in read_line()[:4096]
            times.append((time.perf_counter() - t0) * 1000)
    total = time.perf_counter() - start
    proc.stdin.close()
    proc.wait()
    print(json.dumps({**summary(times, total), "errors": errors}))


if __name__ == "__main__":
    main()
