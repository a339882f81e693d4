"""Spreadsheet interchange at size: `python -m benchmarks.sheet [--cards 10000] [--repeat 3]`.

Each write and read of .xlsx and .csv runs in a fresh process (so one's heap does not flatter
the next), timed inside it and its peak memory read from the kernel. Targets: under 3 s and
300 MB each way at 10,000 cards. No Qt.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SECONDS, MEGABYTES = 3.0, 300.0


def child(action: str, cards: int, path: Path) -> None:
    """In the fresh process: build (not counted) or read, then do `action` once; print seconds and peak MB."""
    from benchmarks.memory import peak_mb
    from benchmarks.synthetic import blueprint_with
    from blueprint_studio.sheets import read_sheets, write_sheets

    if action == "write":
        document = blueprint_with(cards)
        started = time.perf_counter()
        write_sheets(document, list(document.blueprints), path)
    else:
        started = time.perf_counter()
        read_sheets(path)
    print(f"{time.perf_counter() - started:.3f} {peak_mb():.1f}")


def measure(action: str, cards: int, path: Path) -> tuple[float, float]:
    output = subprocess.run(
        [sys.executable, "-m", "benchmarks.sheet", "--child", action, str(cards), str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout.split()
    return float(output[0]), float(output[1])


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.sheet")
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), Path(args.child[2]))
        return 0
    print(f"{'sheet':<14}{'cards':>8}{'median s':>10}{'peak MB':>9}  target")
    missed = False
    with tempfile.TemporaryDirectory() as folder:
        for suffix in ("xlsx", "csv"):
            path = Path(folder) / f"blueprint.{suffix}"
            for action in ("write", "read"):
                runs = [measure(action, args.cards, path) for _ in range(args.repeat)]
                seconds, peak = statistics.median(r[0] for r in runs), max(r[1] for r in runs)
                met = seconds < SECONDS and peak < MEGABYTES
                missed |= not met
                size = f"  ({path.stat().st_size / 1e6:.1f} MB file)" if action == "write" else ""
                print(
                    f"{suffix + ' ' + action:<14}{args.cards:>8,}{seconds:>10.2f}{peak:>9.0f}  "
                    f"< {SECONDS:g} s, < {MEGABYTES:g} MB {'met' if met else 'MISSED'}{size}"
                )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
