"""Each dock's own work after an edit, at size: `python -m benchmarks.panels [CARDS]`.

The stall benchmark says how long the window stops answering after an edit, all docks
together; this one says which dock the time is spent in. The docks' entry points (what the
session's signals, their timers and the worker's outcomes call) are timed from the class,
before the window is made, so every connection goes through the timer; a call inside
another of the same dock is not counted twice. Every dock is open, as in a workshop. Each
sample is one typing edit into a card on screen and everything the docks do for it in the
next 0.6 s (their timers wait at most 250 ms).
"""

from __future__ import annotations

import random
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication

from benchmarks import profiling
from benchmarks.synthetic import blueprint_with
from blueprint_studio.editing import edits

SAMPLES = 8
AFTER_SECONDS = 0.6

# dock -> (module, class, entry points)
DOCKS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "analysis": (
        "blueprint_studio.ui.analysis",
        "AnalysisDock",
        ("_followed", "_present_due", "recompute", "_show", "_catch_up"),
    ),
    "outline": ("blueprint_studio.ui.outline", "OutlineDock", ("_followed", "_list_again", "refresh")),
    "overview": ("blueprint_studio.ui.overview", "OverviewMap", ("paintEvent", "_changed")),
    "compare": ("blueprint_studio.ui.compare", "CompareDock", ("_model_changed", "refresh")),
    "properties": ("blueprint_studio.ui.properties", "PropertiesDock", ("_model_changed", "refresh")),
    "personas and facets": ("blueprint_studio.ui.panel", "DocumentPanel", ("_model_changed",)),
}


def _timed_entry(
    spent: dict[str, float], depth: dict[str, int], dock: str, function: Callable[..., Any]
) -> Callable[..., Any]:
    def entry(self: object, *args: Any, **kwargs: Any) -> Any:
        depth[dock] += 1
        began = time.perf_counter()
        try:
            return function(self, *args, **kwargs)
        finally:
            depth[dock] -= 1
            if depth[dock] == 0:
                spent[dock] += time.perf_counter() - began

    return entry


def panel_samples(cards: int, seed: int = 5) -> dict[str, tuple[list[float], list[float]]]:
    """'panel: <dock>' -> (that dock's seconds per edit, a bare figure: none, an empty list)."""
    import importlib

    spent: dict[str, float] = defaultdict(float)
    depth: dict[str, int] = defaultdict(int)
    for dock, (module, name, entries) in DOCKS.items():
        cls = getattr(importlib.import_module(module), name)
        for entry in entries:
            if entry in vars(cls):
                setattr(cls, entry, _timed_entry(spent, depth, dock, vars(cls)[entry]))
    from benchmarks.edits import _settle
    from blueprint_studio.ui.mainwindow import MainWindow

    document = blueprint_with(cards)
    window = MainWindow(document)
    window.resize(1920, 1080)
    window.show()
    for dock in (window.analysis, window.outline, window.compare, window.properties, window.overview, window.finder):
        dock.show()
    _settle(window)
    blueprint = document.blueprints[0]
    rng = random.Random(seed)
    near = [card for card in blueprint.cards if blueprint.steps.index(blueprint.step(card.step)) < 12]
    per_dock: dict[str, list[float]] = defaultdict(list)
    with profiling.section("panel:"):
        for _ in range(SAMPLES):
            spent.clear()
            card = rng.choice(near)
            window.session.edit(edits.edit_card(blueprint, card.id, "text", card.text + " s"), typing=True)
            window.session.end_typing()
            until = time.perf_counter() + AFTER_SECONDS
            while time.perf_counter() < until or window.background.busy():
                QApplication.processEvents()
                time.sleep(0.002)
            for dock in DOCKS:
                per_dock[dock].append(spent.get(dock, 0.0))
    window.session.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    return {f"panel: {dock}": (samples, []) for dock, samples in per_dock.items()}


if __name__ == "__main__":
    import os
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    for label, (ours, _) in panel_samples(size).items():
        print(
            f"{label:<28}{size:>8,}  median {statistics.median(ours) * 1000:6.1f} ms  longest "
            f"{max(ours) * 1000:6.1f} ms"
        )
