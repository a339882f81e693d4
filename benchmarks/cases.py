"""Each measured operation, ours beside the bare libraries' version of the same work."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsView

from benchmarks import bare, profiling
from benchmarks.synthetic import blueprint_with
from benchmarks.timing import median_time
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.canvas.view import BlueprintView
from blueprint_studio.export import write_pdf
from blueprint_studio.layout import compute
from blueprint_studio.layout.geometry import Geometry
from blueprint_studio.model import Document
from blueprint_studio.printing.plan import PrintOptions
from blueprint_studio.storage import open_bpx, save_bpx
from blueprint_studio.ui.session import DocumentSession

FULL_HD = (1920, 1080)


@dataclass
class Result:
    name: str
    cards: int
    ours: float
    bare: float
    unit: str = "s"

    @property
    def ratio(self) -> float:
        return self.ours / self.bare if self.bare else float("inf")

    def shown(self, value: float) -> str:
        if self.unit == "MB":
            return f"{value:.0f} MB"
        return f"{value * 1000:.1f} ms" if value < 10 else f"{value:.1f} s"

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "cards": self.cards,
            "ours": self.ours,
            "bare": self.bare or None,
            "ratio": self.ratio if self.bare else None,
            "unit": self.unit,
        }


def _show(view: QGraphicsView) -> None:
    view.resize(*FULL_HD)
    view.show()
    view.viewport().repaint()
    QApplication.processEvents()


def _drag_frames(view: QGraphicsView, start: QPoint, frames: int = 20) -> float:
    """Median cost of one drag frame: a mouse move followed by a repaint."""
    import statistics
    import time

    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    samples = []
    position = start
    for step in range(frames):
        position = start + QPoint(9 * (step + 1), 5 * (step + 1))
        began = time.perf_counter()
        QTest.mouseMove(viewport, position)
        viewport.repaint()
        samples.append(time.perf_counter() - began)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, position)
    QApplication.processEvents()
    return statistics.median(samples)


def _timed(name: str, work: Callable[[], object], repeat: int) -> float:
    """Our side of a case, under the profiler when it is the one asked for."""
    with profiling.section(name):
        return median_time(work, repeat)


def _window_save(document: Document, target: Path, preview: object, repeat: int) -> float:
    """The window's save after one edit: the snapshot from the kept dumps (on the window's
    thread), then the bytes proved against what the last save proved (on the worker)."""
    import itertools

    from blueprint_studio.painting.png import thumbnail_png
    from blueprint_studio.storage.bpx import Frozen, write_frozen
    from blueprint_studio.storage.pieces import Dumps
    from blueprint_studio.storage.proving import Proofs

    dumps, proofs = Dumps(), Proofs()
    blueprint = document.blueprints[0]
    cards = itertools.cycle(blueprint.cards)

    def edit() -> None:
        card = next(cards)
        card.text += "!"
        dumps.forget(blueprint.id, frozenset({("cards", card.id)}))

    def save() -> None:
        frozen = Frozen(dumps.snapshot(document), dict(document.assets))
        write_frozen(frozen, target, thumbnail_png(preview) if preview is not None else None, proofs=proofs)  # type: ignore[arg-type]

    save()  # the first save after opening proves every card
    name = "save with preview" if preview is not None else "save"
    with profiling.section(name):
        return median_time(save, repeat, setup=edit)


def _follow_edits(document: Document, rounds: int = 10) -> list[float]:
    """Typing, moves, new arrows and deletions, each applied and then followed by an Analyser
    (what the Analysis panel does after an edit), and undone the same way: seconds per update."""
    import time

    from blueprint_studio.analysis import Analyser
    from blueprint_studio.editing import edits

    blueprint = document.blueprints[0]
    analyser = Analyser(document, blueprint)
    lanes = [lane.id for lane in blueprint.lanes if lane.kind.value != "emotions"]
    samples: list[float] = []
    for n in range(rounds):
        card, other = blueprint.cards[n * 37], blueprint.cards[n * 37 + 11]
        for command in (
            edits.edit_card(blueprint, card.id, "text", card.text + " again"),
            edits.move_cards(blueprint, [(card.id, (lanes[(n + 1) % len(lanes)], blueprint.steps[n + 1].id, 0))]),
            edits.connect(blueprint, card.id, other.id)[0],
            edits.delete_cards(blueprint, [other.id]),
        ):
            if command is None:
                continue
            for step in (command.apply, command.revert):
                change = step(document)
                began = time.perf_counter()
                assert analyser.update(document, change.blueprint_id, change.touched)
                samples.append(time.perf_counter() - began)
    return samples


def run_size(cards: int, repeat: int, folder: Path) -> list[Result]:
    document = blueprint_with(cards)
    path = folder / f"synthetic-{cards}.bpx"
    save_bpx(document, path)
    geometry = compute(document.blueprints[0], document.personas)
    raw = bare.read_json(path)
    keep: list[object] = []
    results: list[Result] = []

    def open_ours() -> None:
        session = DocumentSession(open_bpx(path))
        scene = BlueprintScene(session, session.document.blueprints[0].id)
        view = BlueprintView(scene)
        _show(view)
        keep[:] = [session, scene, view]

    def open_bare() -> None:
        bare.read_json(path)
        scene = bare.build_scene(geometry)
        view = bare.make_view(scene)
        _show(view)
        keep[:] = [scene, view]

    results.append(Result("open", cards, _timed("open", open_ours, repeat), median_time(open_bare, repeat)))

    open_ours()
    ours_view = keep[2]
    assert isinstance(ours_view, BlueprintView)
    open_bare()
    bare_view = keep[1]
    assert isinstance(bare_view, QGraphicsView)
    ours_keep = [ours_view]  # keep ours alive beside the bare one
    _show(ours_view)
    for label, fit in (("repaint 100 %", False), ("repaint fit-all", True)):
        for view in (ours_view, bare_view):
            view.resetTransform()
            if fit:
                view.fitInView(view.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        results.append(
            Result(
                label,
                cards,
                _timed(label, ours_view.viewport().repaint, repeat),
                median_time(bare_view.viewport().repaint, repeat),
            )
        )
    for view in (ours_view, bare_view):
        view.resetTransform()
        view.horizontalScrollBar().setValue(0)
        view.verticalScrollBar().setValue(0)

    ours_scene = ours_view.blueprint_scene
    card_id = next(iter(geometry.cards))
    box = geometry.cards[card_id]
    centre = QPointF(*box.rect.center)
    ours_frame = _timed("drag frame", lambda: keep.append(_drag_frames(ours_view, ours_view.mapFromScene(centre))), 1)
    ours_frame = keep.pop()
    undo_stack = getattr(ours_scene.sink, "undo_stack", None)
    if undo_stack is not None and undo_stack.canUndo():
        undo_stack.undo()
    bare_frame = _drag_frames(bare_view, bare_view.mapFromScene(centre))
    results.append(Result("drag frame", cards, float(ours_frame), bare_frame))  # type: ignore[arg-type]
    del ours_keep

    keep.clear()
    results.extend(_save_results(document, cards, folder, raw, geometry, repeat))
    results.extend(_analysis_results(document, cards, repeat))
    results.extend(_export_results(document, cards, geometry, folder, repeat))
    results.extend(_fresh_results(cards, folder))
    return results


def _save_results(
    document: Document, cards: int, folder: Path, raw: dict[str, Any], geometry: Geometry, repeat: int
) -> list[Result]:
    results: list[Result] = []
    save_target = folder / "saved.bpx"
    json_target = folder / "saved.json"
    bare_save = median_time(lambda: bare.write_json(raw, json_target), repeat)
    results.append(
        Result(
            "save (first, from cold)",
            cards,
            _timed("save (first, from cold)", lambda: save_bpx(document, save_target), repeat),
            bare_save,
        )
    )
    results.append(Result("save", cards, _window_save(document, save_target, None, repeat), bare_save))
    results.append(
        Result(
            "save with preview (the window)", cards, _window_save(document, save_target, geometry, repeat), bare_save
        )
    )

    return results


def _analysis_results(document: Document, cards: int, repeat: int) -> list[Result]:
    results: list[Result] = []
    from blueprint_studio.analysis import analyse

    blueprint = document.blueprints[0]
    results.append(
        Result(
            "analysis (target < 50 ms at 2,000)",
            cards,
            _timed("analysis", lambda: analyse(document, blueprint), repeat),
            median_time(lambda: bare.group_cards(blueprint), repeat),
        )
    )

    with profiling.section("analysis: after one edit"):
        followed = _follow_edits(document)
    results.append(
        Result(
            "analysis: after one edit",
            cards,
            statistics.median(followed),
            median_time(lambda: bare.group_cards(blueprint), repeat),
        )
    )

    return results


def _export_results(document: Document, cards: int, geometry: Geometry, folder: Path, repeat: int) -> list[Result]:
    results: list[Result] = []
    # Printing starts from the blueprint as laid out, as the bare version does: the print
    # dialog has made its poster for the preview before Export is pressed.
    from blueprint_studio.printing.pdf import make_poster, pdf_bytes
    from blueprint_studio.printing.plan import plan_tiles
    from blueprint_studio.storage.atomic import write_atomically

    def export(path: Path, options: PrintOptions) -> None:
        write_atomically(path, pdf_bytes([make_poster(document, document.blueprints[0], geometry)], options))

    one = folder / "one.pdf"
    bare_one = median_time(lambda: bare.pdf_one_page(geometry, one), repeat)
    results.append(
        Result(
            "export one page",
            cards,
            _timed("export one page", lambda: export(one, PrintOptions(paper="A0")), repeat),
            bare_one,
        )
    )
    results.append(
        Result(
            "export one page (from the file)",
            cards,
            _timed(
                "export one page (from the file)",
                lambda: write_pdf(document, document.blueprints, one, PrintOptions(paper="A0")),
                repeat,
            ),
            bare_one,
        )
    )
    tiles = folder / "tiles.pdf"
    options = PrintOptions(tile="A4", scale=0.5)
    poster = make_poster(document, document.blueprints[0], geometry)
    plan = plan_tiles(poster.width, poster.height, options)
    results.append(
        Result(
            f"export tiled A4 ({len(plan.grid.tiles)} p)",
            cards,
            _timed("export tiled", lambda: export(tiles, options), repeat),
            median_time(
                lambda: bare.pdf_tiles(geometry, tiles, plan.grid.window_width, plan.grid.window_height, plan.scale),
                repeat,
            ),
        )
    )
    return results


def _fresh_results(cards: int, folder: Path) -> list[Result]:
    """The window's own benchmarks, each run in a fresh process."""
    results: list[Result] = []
    from benchmarks import fresh

    for name, (ours_samples, bare_samples) in fresh.samples("edits", cards, folder).items():
        if name.endswith("(slow path)"):  # a full layout: shown as it is, the worst felt
            results.append(Result(name, cards, max(ours_samples), max(bare_samples)))
        else:
            results.append(Result(name, cards, statistics.median(ours_samples), statistics.median(bare_samples)))
    for name, (ours_samples, bare_samples) in fresh.samples("stall", cards, folder).items():
        results.append(Result(name, cards, max(ours_samples), max(bare_samples)))  # the worst stall is the one felt
    for name, (ours_samples, _) in fresh.samples("panels", cards, folder).items():
        # A dock's own work: nothing bare to set it beside.
        results.append(Result(name, cards, statistics.median(ours_samples), 0.0))
    return results
