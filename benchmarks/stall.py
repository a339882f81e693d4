"""How long the window stops answering while it saves at size.

A timer in the window's thread asks to run every 2 ms; the longest gap between two of its
runs, from Save (or autosave) until the outcome is back, is the stall a designer would feel
as a stuck drag or a dropped keystroke. The bare figure is the same timer in the same window
while nothing is saved: what the machine and Qt alone cost.

Each round first types into a card and lets the window settle, so a save is measured alone;
what settling costs (the panels catching up after an edit) is its own row.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks import profiling
from benchmarks.synthetic import blueprint_with
from blueprint_studio.editing import edits
from blueprint_studio.storage import open_bpx, save_bpx
from blueprint_studio.ui.mainwindow import MainWindow

ROUNDS = 3
SETTLE_SECONDS = 1.5  # the panels' debounced updates after an edit are over by then


def _after(seconds: float) -> Callable[[], bool]:
    """True once `seconds` have passed since it was made: a bare wait as long as ours took."""
    began = time.perf_counter()
    return lambda: time.perf_counter() - began > seconds


def _longest_gap(start: Callable[[], object], finished: Callable[[], bool]) -> float:
    ticks: list[float] = []
    loop = QEventLoop()
    timer = QTimer(interval=2, timerType=Qt.TimerType.PreciseTimer)

    def tick() -> None:
        ticks.append(time.perf_counter())
        if finished():
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    ticks.append(time.perf_counter())
    start()
    loop.exec()
    timer.stop()
    return max(b - a for a, b in pairwise(ticks))


def stall_samples(cards: int, folder: Path) -> dict[str, tuple[list[float], list[float]]]:
    """name -> (our longest gaps, the bare longest gaps), seconds."""
    path = folder / f"stall-{cards}.bpx"
    save_bpx(blueprint_with(cards), path)
    window = MainWindow(open_bpx(path), path)
    window.resize(1920, 1080)
    window.show()
    QApplication.processEvents()
    session, files = window.session, window.files
    blueprint = session.document.blueprints[0]
    results: dict[str, tuple[list[float], list[float]]] = {}
    # What opening leaves to do once the window shows (the first analysis, the overview's
    # first picture, the first snapshot): its own row, so the rows below measure edits alone.
    shown = time.perf_counter()
    with profiling.section("stall: settling after open"):
        opened = _longest_gap(
            lambda: None, lambda: time.perf_counter() - shown > SETTLE_SECONDS and not window.background.busy()
        )
    results["stall: settling after open"] = ([opened], [])  # its bare figure: the quiet window's, below
    settling: list[float] = []

    def settled_edit(round_: int) -> None:
        card = blueprint.cards[round_]
        began = time.perf_counter()
        with profiling.section("stall: panels after an edit"):
            settling.append(
                _longest_gap(
                    lambda: session.edit(edits.edit_card(blueprint, card.id, "text", card.text + " (saved)")),
                    lambda: time.perf_counter() - began > SETTLE_SECONDS,
                )
            )
        session.end_typing()

    for name, save in (("stall: save", files.save), ("stall: autosave", files.autosave)):
        ours, bare = [], []
        for round_ in range(ROUNDS):
            settled_edit(round_)
            began = time.perf_counter()
            with profiling.section(name):
                ours.append(_longest_gap(save, lambda: not window.background.busy()))
            took = time.perf_counter() - began
            began = time.perf_counter()
            bare.append(_longest_gap(lambda: None, _after(took)))
        results[name] = (ours, bare)
    quiet = time.perf_counter()
    results["stall: panels after an edit"] = (
        settling,
        [_longest_gap(lambda: None, lambda: time.perf_counter() - quiet > SETTLE_SECONDS)],
    )
    results["stall: settling after open"][1].extend(results["stall: panels after an edit"][1])
    session.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    return results


if __name__ == "__main__":
    import os
    import sys
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        for size in [int(arg) for arg in sys.argv[1:]] or [10000]:
            for label, (ours, bare) in stall_samples(size, Path(folder)).items():
                print(
                    f"{label:<20}{size:>8,}  ours {max(ours) * 1000:6.1f} ms  bare {max(bare) * 1000:6.1f} ms  "
                    f"({', '.join(f'{s * 1000:.0f}' for s in ours)})"
                )
