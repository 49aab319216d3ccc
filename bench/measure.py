"""Small timing helpers shared by the benchmark modules."""

from __future__ import annotations

import resource
import time
import tracemalloc
from collections.abc import Callable


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """Best wall time of ``repeat`` runs (seconds)."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def timed_peak(fn: Callable[[], object]) -> tuple[float, float]:
    """(seconds, peak Python-allocated MB) of one run."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        fn()
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return seconds, peak / 1e6


def max_rss_mb() -> float:
    """Peak resident memory of this process so far (MB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def result(name, seconds, baseline, baseline_seconds, target, peak_mb=None) -> dict:
    return {"name": name, "seconds": seconds, "baseline": baseline, "baseline_seconds": baseline_seconds,
            "target": target, "peak_mb": peak_mb}
