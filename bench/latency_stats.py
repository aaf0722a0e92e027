"""latency_stats.py: the figures every latency script of the bench prints for a list of timings."""


def summary(times_ms, seconds):
    """Query count, p50 and p99 latency (ms) and queries per second over @p seconds of wall time."""
    times = sorted(times_ms)
    return {"queries": len(times), "p50_ms": times[len(times) // 2],
            "p99_ms": times[min(len(times) - 1, int(0.99 * len(times)))], "qps": len(times) / seconds}
