"""Edits in the window at size: what a designer feels between a gesture and the next frame.

Each sample pushes one command through the document session (as the gestures do), lets every
listening panel catch up and paints the canvas once. The bare version changes one plain item's
text, moves another, and repaints a plain view of the same blueprint.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QGraphicsView

from benchmarks import bare, profiling
from benchmarks.synthetic import blueprint_with
from blueprint_studio.canvas.view import BlueprintView
from blueprint_studio.editing import Command, edits
from blueprint_studio.layout import compute
from blueprint_studio.model import Card, LaneKind
from blueprint_studio.ui.mainwindow import MainWindow
from blueprint_studio.ui.session import DocumentSession

SAMPLES = 24


def _frame(work: Callable[[], object], view: QGraphicsView) -> float:
    """From the gesture to the next frame on screen: the work, then one paint of the view
    (Qt merges the updates the work asked for into it, as it does for a designer; a
    repaint() here as well painted a second frame nobody sees)."""
    began = time.perf_counter()
    work()
    view.viewport().update()
    QApplication.processEvents()
    return time.perf_counter() - began


def _settle(window: MainWindow, seconds: float = 1.5) -> None:
    """Let the window finish what opening started (the first analysis, the overview) before
    editing: the edits are measured as a designer at work feels them, not the open."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until or window.background.busy():
        QApplication.processEvents()
        time.sleep(0.005)


def _drop(
    command: Command, view: BlueprintView, session: DocumentSession, dropped: list[float], regrown: list[float]
) -> None:
    """Time one drop: among the drops, or (undone) among those that resized a lane."""
    tallest = view.blueprint_scene.geometry.lanes
    with profiling.section("edit: drop"):
        frame = _frame(lambda: session.edit(command), view)
    if view.blueprint_scene.geometry.lanes == tallest:
        dropped.append(frame)
    else:  # a lane grew or shrank: everything below moves
        regrown.append(frame)
        session.undo_stack.undo()


def _step_beside(steps: list[str], step: str, rng: random.Random) -> str:
    """The step before or after (after, from the first)."""
    index = steps.index(step)
    return steps[min(len(steps) - 1, index + 1)] if index == 0 or rng.random() < 0.5 else steps[index - 1]


def edit_samples(cards: int, seed: int = 3) -> dict[str, tuple[list[float], list[float]]]:
    """name -> (our frame times, the bare frame times), seconds."""
    document = blueprint_with(cards)
    geometry = compute(document.blueprints[0], document.personas)
    window = MainWindow(document)
    window.resize(1920, 1080)
    window.show()
    _settle(window)
    session, blueprint = window.session, document.blueprints[0]
    view = window.views[blueprint.id]
    scene = bare.build_scene(geometry)
    plain = bare.make_view(scene)
    plain.resize(1920, 1080)
    plain.show()
    # Its first paint (86 ms of C++ for 10,000 items) must not land in our first measured frame.
    plain.viewport().repaint()
    QApplication.processEvents()
    texts = [item for item in scene.items() if isinstance(item, QGraphicsSimpleTextItem)]
    rng = random.Random(seed)
    lanes = [lane.id for lane in blueprint.shown_lanes() if lane.kind is not LaneKind.EMOTIONS]
    # What the window shows.
    near = [card for card in blueprint.cards if blueprint.steps.index(blueprint.step(card.step)) < 12]

    def bare_frame() -> float:
        text = rng.choice(texts)

        def edit() -> None:
            text.setText(text.text() + "x")
            parent = text.parentItem()
            assert parent is not None
            parent.moveBy(0, 1)

        return _frame(edit, plain)

    def typed(card: Card) -> float:
        return _frame(lambda: session.edit(edits.edit_card(blueprint, card.id, "text", card.text + "s")), view)

    results: dict[str, tuple[list[float], list[float]]] = {}
    typings: list[float] = []
    dropped: list[float] = []
    with profiling.section("edit: type into a card"):
        for _ in range(SAMPLES):
            card = rng.choice(near)
            typings.append(typed(card))
            session.end_typing()
    results["edit: type into a card"] = (typings, [bare_frame() for _ in range(SAMPLES)])
    steps = [step.id for step in blueprint.steps]
    regrown: list[float] = []
    while len(dropped) < SAMPLES:
        card = rng.choice(near)
        step = _step_beside(steps, card.step, rng)
        command = edits.move_cards(blueprint, [(card.id, (rng.choice(lanes), step, 0))])
        if command is not None:
            _drop(command, view, session, dropped, regrown)
    results["edit: drop a card one step over"] = (dropped, [bare_frame() for _ in range(SAMPLES)])
    if regrown:
        results["edit: drop resizing a lane (slow path)"] = (regrown, [bare_frame() for _ in regrown])
    for name, step in (("edit: undo", session.undo_stack.undo), ("edit: redo", session.undo_stack.redo)):
        with profiling.section(name):
            ours = [_frame(step, view) for _ in range(SAMPLES)]
        results[name] = (ours, [bare_frame() for _ in range(SAMPLES)])
    window.session.undo_stack.setClean()
    window.close()
    QApplication.processEvents()
    return results
