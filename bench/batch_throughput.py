#!/usr/bin/env python3
# Times `unres-search --batch -` as a script uses it for bulk look-ups: every query piped in at once.
"""Usage: batch_throughput.py REPEAT -- COMMAND...   (queries on stdin, qid<TAB>query lines)

Writes the query set REPEAT times to the command's stdin while reading its JSON lines back, and
prints JSON with the number of answers, errors, wall seconds and queries/s (process start-up
excluded: timing starts when the first answer to a warm-up query has arrived)."""
import json
import subprocess
import sys
import threading
import time


def main():
    repeat = int(sys.argv[1])
    command = sys.argv[sys.argv.index("--") + 1:]
    queries = [line for line in sys.stdin.read().splitlines() if line.strip()]
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    proc.stdin.write(b"warmup\tgeneral assembly\n")
    proc.stdin.flush()
    proc.stdout.readline()
    payload = ("\n".join(queries) + "\n").encode() * repeat

    def feed():
        proc.stdin.write(payload)
        proc.stdin.close()

    start = time.perf_counter()
    writer = threading.Thread(target=feed)
    writer.start()
    answers = errors = 0
    for line in proc.stdout:
        answers += 1
        errors += b'"error"' in line[:4096]
    total = time.perf_counter() - start
    writer.join()
    proc.wait()
    print(json.dumps({"queries": answers, "errors": errors, "seconds": total, "qps": answers / total}))


if __name__ == "__main__":
    main()
