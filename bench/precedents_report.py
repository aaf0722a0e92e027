#!/usr/bin/env python3
# One line of the precedents bench: a batch_latency.py result against its target.
"""Usage: precedents_report.py RESULT_JSON KIND TARGET_MS"""
import json
import sys

result, kind, target = json.loads(sys.argv[1]), sys.argv[2], float(sys.argv[3])
verdict = "met" if result["p50_ms"] < target else "NOT met"
print(f"{kind:>12}: p50 {result['p50_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms over {result['queries']} "
      f"(target p50 < {target:.0f} ms: {verdict}; errors {result['errors']})")
