"""`python -m benchmarks --profile NAME`: a cProfile of one benchmark, to find a regression fast.

Every measured operation runs inside `section(name)`; the one whose name starts with the
name asked for (case-insensitive, e.g. "stall: panels" or "edit: undo") is profiled, in this
process or in the fresh child that measures edits and stalls (the request travels in an
environment variable), and its statistics are written to one .prof file (read it with
`python -m pstats FILE` or snakeviz). Unprofiled sections cost one string comparison.
"""

from __future__ import annotations

import cProfile
import os
import pstats
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

WANTED = "BLUEPRINT_PROFILE"  # the benchmark's name (or its start)
OUT = "BLUEPRINT_PROFILE_OUT"  # where the .prof file goes

_profile: cProfile.Profile | None = None
_profiled: str | None = None


def ask(name: str, out: Path) -> None:
    """Profile the benchmark called `name` (here and in child processes), into `out`."""
    os.environ[WANTED] = name
    os.environ[OUT] = str(out)


def wanted(name: str) -> bool:
    asked = os.environ.get(WANTED, "").strip().casefold()
    return bool(asked) and name.casefold().startswith(asked)


@contextmanager
def section(name: str) -> Iterator[None]:
    """Run the body under the profiler when `name` is the benchmark asked for; every run
    of the body (all samples) adds to the one profile."""
    global _profile, _profiled
    if not wanted(name):
        yield
        return
    if _profile is None:
        _profile, _profiled = cProfile.Profile(), name
    _profile.enable()
    try:
        yield
    finally:
        _profile.disable()
        _write()


def _write() -> None:
    assert _profile is not None
    out = Path(os.environ.get(OUT) or "benchmark.prof")
    _profile.dump_stats(out)


def report(out: Path, lines: int = 25) -> None:
    """The profile's heaviest calls, printed, or why there is none."""
    if not out.exists():
        print(f"\nno benchmark matched {os.environ.get(WANTED)!r}: nothing profiled")
        return
    print(f"\nprofile of {os.environ.get(WANTED)!r} written to {out}; heaviest calls:")
    pstats.Stats(str(out)).sort_stats("cumulative").print_stats(lines)
