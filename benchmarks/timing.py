"""Median-of-N timing after a warm-up, in seconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_time(work: Callable[[], object], repeat: int = 5, setup: Callable[[], object] | None = None) -> float:
    """Run `setup` (untimed) then `work` (timed) once to warm up, then `repeat` times."""
    samples = []
    for round_ in range(repeat + 1):
        if setup is not None:
            setup()
        start = time.perf_counter()
        work()
        elapsed = time.perf_counter() - start
        if round_:
            samples.append(elapsed)
    return statistics.median(samples)
