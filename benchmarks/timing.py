"""Timing shared by the benchmarks: several functions on the same items, side by side in one run."""
from __future__ import annotations

import time


def side_by_side(fns: dict, items, min_seconds: float = 3.0, min_rounds: int = 5) -> dict:
    """Seconds per item of each function, timed in alternating passes over the same items (one pass of each per round)
    until the slowest has run min_seconds: a load that comes and goes on a shared machine hits them all alike."""
    totals, rounds = dict.fromkeys(fns, 0.0), 0
    while rounds < min_rounds or max(totals.values()) < min_seconds:
        for name, fn in fns.items():
            t0 = time.perf_counter()
            for item in items:
                fn(item)
            totals[name] += time.perf_counter() - t0
        rounds += 1
    return {name: total / (rounds * len(items)) for name, total in totals.items()}
