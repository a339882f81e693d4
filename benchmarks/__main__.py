"""Run the benchmarks: `python -m benchmarks [--sizes 500 2000 10000] [--repeat 5]`.

Prints a table of medians (ours, the bare libraries', the ratio) and writes the figures as
JSON to benchmarks/results/ so runs can be compared across commits.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.cases import Result, run_size  # noqa: E402
from benchmarks.synthetic import blueprint_with  # noqa: E402
from blueprint_studio.storage import save_bpx  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
TARGETS = {
    ("open", 2000): 0.150,
    ("open", 10000): 0.800,
    ("drag frame", 2000): 0.016,
    ("repaint fit-all", 10000): 0.016,
    ("edit: type into a card", 10000): 0.016,
    ("edit: drop a card one step over", 10000): 0.016,
    ("analysis: after one edit", 10000): 0.016,
    ("stall: panels after an edit", 10000): 0.016,
    **{
        (f"panel: {dock}", 10000): 0.016
        for dock in ("analysis", "outline", "overview", "compare", "properties", "personas and facets")
    },
    ("edit: undo", 10000): 0.016,
    ("edit: redo", 10000): 0.016,
    ("stall: save", 10000): 0.030,
    ("stall: autosave", 10000): 0.030,
}
# At most this many times the bare libraries.
RATIO_TARGETS = {
    ("open", 10000): 1.5,
    ("save", 10000): 3.0,
    ("export one page", 10000): 2.0,
}


def peak_memory(kind: str, path: Path) -> float:
    output = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory", kind, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    ).stdout.split()
    return float(output[0])


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def profile(name: str, sizes: list[int], repeat: int) -> int:
    """Run only what measures `name`, under the profiler, and print where its time goes."""
    from benchmarks import fresh, profiling

    RESULTS.mkdir(exist_ok=True)
    out = (
        RESULTS / f"{time.strftime('%Y%m%d-%H%M%S')}-{commit()}-{''.join(c if c.isalnum() else '-' for c in name)}.prof"
    )
    profiling.ask(name, out)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        for cards in sizes:
            kind = next(
                (
                    kind
                    for prefix, kind in (("edit", "edits"), ("stall", "stall"), ("panel", "panels"))
                    if name.casefold().startswith(prefix)
                ),
                None,
            )
            if kind is not None:
                fresh.samples(kind, cards, Path(folder))
            else:
                run_size(cards, repeat, Path(folder))
    del app
    profiling.report(out)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--memory-cards", type=int, default=10000)
    parser.add_argument(
        "--out", type=Path, default=None, help="JSON file (default: benchmarks/results/<time>-<commit>.json)"
    )
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help='profile one benchmark (its name or the start of it, e.g. "stall: panels") into a .prof file',
    )
    args = parser.parse_args()
    if args.profile:
        return profile(args.profile, args.sizes, args.repeat)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as folder:
        for cards in args.sizes:
            print(f"… {cards:,} cards", file=sys.stderr, flush=True)
            results.extend(run_size(cards, args.repeat, Path(folder)))
        big = Path(folder) / "memory.bpx"
        save_bpx(blueprint_with(args.memory_cards), big)
        ours_mb, bare_mb = peak_memory("app", big), peak_memory("bare", big)
    results.append(Result("peak memory (MB)", args.memory_cards, ours_mb, bare_mb, unit="MB"))
    del app

    print(f"\n{'operation':<28}{'cards':>8}{'ours':>12}{'bare':>12}{'ratio':>8}  target")
    for r in results:
        target = TARGETS.get((r.name, r.cards))
        mark = ""
        if target is not None:
            mark = f"< {target * 1000:.0f} ms " + ("met" if r.ours < target else "MISSED")
        elif r.unit == "MB":
            mark = "< 600 MB " + ("met" if r.ours < 600 else "MISSED")
        most = RATIO_TARGETS.get((r.name, r.cards))
        if most is not None:
            ratio_mark = f", ratio ≤ {most} " + ("met" if r.ratio <= most else "MISSED")
        else:
            ratio_mark = "" if r.ratio <= 2.0 else " (> 2.0)"
        if not r.bare:  # nothing bare to compare with (a dock's own work)
            print(f"{r.name:<28}{r.cards:>8,}{r.shown(r.ours):>12}{'—':>12}{'—':>8}  {mark}")
            continue
        print(f"{r.name:<28}{r.cards:>8,}{r.shown(r.ours):>12}{r.shown(r.bare):>12}{r.ratio:>8.2f}  {mark}{ratio_mark}")

    RESULTS.mkdir(exist_ok=True)
    out = args.out or RESULTS / f"{time.strftime('%Y%m%d-%H%M%S')}-{commit()}.json"
    out.write_text(
        json.dumps(
            {
                "commit": commit(),
                "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
                "machine": {
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                    "cpus": os.cpu_count(),
                },
                "repeat": args.repeat,
                "results": [r.as_dict() for r in results],
            },
            indent=2,
        )
    )
    print(f"\nwrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
