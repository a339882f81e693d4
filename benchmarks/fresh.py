"""Window measurements in a fresh process: `python -m benchmarks.fresh edits|stall|panels CARDS FOLDER`.

Edits and stalls are measured where a designer feels them: in a process that has opened one
file, not one that has already built and dropped a dozen other wall-sized scenes for the
cases before (as pyperf runs each benchmark in its own worker). Measured at 10,000 cards:
after the open cases in the same process, undo took 16–17 ms instead of 12, all of it in
the model's scans over the cards, slower on the heap the earlier cases left behind.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

Samples = dict[str, tuple[list[float], list[float]]]


def samples(kind: str, cards: int, folder: Path) -> Samples:
    """Run `kind` (edits, stall or panels) at `cards` in a child process; its samples, in seconds."""
    output = subprocess.run(
        [sys.executable, "-m", "benchmarks.fresh", kind, str(cards), str(folder)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    ).stdout
    return {name: (ours, bare) for name, (ours, bare) in json.loads(output.splitlines()[-1]).items()}


def main() -> None:
    kind, cards, folder = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    if kind == "edits":
        from benchmarks.edits import edit_samples

        found = edit_samples(cards)
    elif kind == "panels":
        from benchmarks.panels import panel_samples

        found = panel_samples(cards)
    else:
        from benchmarks.stall import stall_samples

        found = stall_samples(cards, folder)
    print(json.dumps(found))
    del app


if __name__ == "__main__":
    main()
