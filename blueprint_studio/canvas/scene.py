"""The scene of one blueprint: builds items from the layout and turns gestures into commands.

It never edits the document: gestures (`canvas.interactions`) hand commands to the edit
gate, and the scene hears of every change from the gate's `changed` signal, lays the
blueprint out again and moves only the items whose boxes changed. Items are made a run of
columns at a time, when the run first comes into view (or a card in it is selected by
name): a wall of 10,000 cards opens without making 20,000 items nobody has looked at yet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QMimeData, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QWidget,
)

from blueprint_studio import heap
from blueprint_studio.canvas.emotions import EmotionChartItem
from blueprint_studio.canvas.inplace import InplaceEditor
from blueprint_studio.canvas.interactions import CardDrag, Connect, InplaceEdit, Interaction, PointDrag, RubberBand
from blueprint_studio.canvas.items import CardItem, ConnectorItem
from blueprint_studio.canvas.overlays import draw_crossing_counts, draw_ghost
from blueprint_studio.canvas.pictures import PictureError, has_picture, photo_from_mime
from blueprint_studio.canvas.translate import tr
from blueprint_studio.drawing import blueprint as parts
from blueprint_studio.editing import Change, Command, Composite, EditGate, edits, journey
from blueprint_studio.editing import annotations as annotating
from blueprint_studio.layout import Geometry, Rect, cell_at, emotion, style
from blueprint_studio.layout.compute import Delta, Layout, Touched
from blueprint_studio.layout.geometry import CardBox, ConnectorPath, EmotionChart
from blueprint_studio.layout.grid import arrows_touching, cards_touching
from blueprint_studio.layout.routing import preview_route
from blueprint_studio.model import Blueprint, ConnectorKind, Line
from blueprint_studio.painting import scheme
from blueprint_studio.painting.overview import Sketch
from blueprint_studio.painting.player import play, qrect
from blueprint_studio.painting.scheme import shade

SCENE_MARGIN = 60.0


class BlueprintScene(QGraphicsScene):
    """Cards and arrows of one blueprint; lanes, lines and grid are its background."""

    status_message = Signal(str)
    laid_out = Signal()  # the geometry was brought up to date after an edit
    cursor_moved = Signal()
    point_selected = Signal()  # the selected emotion point changed (or was cleared)
    open_blueprint = Signal(str)  # an exit badge was double-clicked: go to that journey
    line_note_requested = Signal(object, str, object)  # (Line, step id, note id or None): write on a line

    def __init__(self, sink: EditGate, blueprint_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sink = sink
        self.blueprint_id = blueprint_id
        self.connector_kind = ConnectorKind.FLOW
        self.cursor: tuple[str, str] | None = None  # the cell last clicked or reached by keys (lane id, step id)
        self.drop_cells: frozenset[tuple[str, str]] = frozenset()  # lit while cards are dragged: where they land
        self.interaction: Interaction | None = None  # the gesture under way, if any
        self.card_items: dict[str, CardItem] = {}  # of the cards in the runs of columns seen so far
        self.connector_items: dict[str, ConnectorItem] = {}
        self._seen: set[int] = set()  # runs of columns (Geometry.run_at) whose items are made
        self.chart_item: EmotionChartItem | None = None
        self.emphasis: frozenset[str] = frozenset()  # card and arrow ids drawn in the accent colour
        self.crossing_counts: dict[tuple[str, Line], int] = {}  # (step id, line) -> arrows crossing
        self.highlight_facets: frozenset[str] = frozenset()
        self.lit: frozenset[str] | None = None  # while facets are highlighted: their cards (the rest is dimmed)
        self.comparison: dict[str, str] = {}  # card id -> added | changed | moved, against another blueprint
        self._ghosts: list[
            tuple[float, tuple[str, ...], str | None, str | None]
        ] = []  # removed cards: (height, lines, lane, step)
        self.selected_point: str | None = None
        self.active_curve: tuple[str | None, bool] = (None, False)  # persona whose curve new scores join; to-be?
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.selectionChanged.connect(self._cards_selected)
        self.geometry: Geometry
        self._layout: Layout | None = None
        self.overview = False  # zoomed far out: cards drawn as a sketch in the background
        self._sketch: Sketch | None = None
        # Laid out in place since the sketch; None: in full.
        self._sketch_changes: tuple[set[str], set[str]] | None = (
            set(),
            set(),
        )
        self.refresh()
        self.realize(QRectF(0, 0, 1, 1))  # where a view opens
        sink.changed.connect(self._document_changed)

    # ------------------------------------------------------------ model → items

    @property
    def blueprint(self) -> Blueprint:
        return self.sink.document.blueprint(self.blueprint_id)

    def exists(self) -> bool:
        """False once its blueprint has left the document (the tab is about to close)."""
        return any(b.id == self.blueprint_id for b in self.sink.document.blueprints)

    def editable(self) -> bool:
        return not self.sink.read_only

    def _document_changed(self, change: Change) -> None:
        """The gate says the document changed: lay out again what the change touched."""
        if change.blueprint_id in (None, self.blueprint_id) and self.exists():
            self.refresh(change.touched if change.blueprint_id is not None else None)

    @heap.paused()
    def refresh(self, touched: Touched | None = None) -> None:
        """Lay out again what an edit `touched` (None: everything) and bring the items in
        line, touching only those whose boxes or paths changed. Selected items that go
        announce one selection change once the scene is whole again, not one each while it
        is half brought up to date (a panel reading the selection then would find cards the
        document no longer has)."""
        selected = self.selection_ids() if self._layout is not None else None
        self._bring_up_to_date(touched)
        if selected is not None and self.selection_ids() != selected:
            self.selectionChanged.emit()
        self.laid_out.emit()

    def _remove(self, items: Iterable[QGraphicsItem]) -> None:
        self.blockSignals(True)  # removing a selected item would announce a selection change each
        try:
            for item in items:
                self.removeItem(item)
        finally:
            self.blockSignals(False)

    def _bring_up_to_date(self, touched: Touched | None) -> None:
        if self._layout is None:
            self._layout = Layout.of(self.sink.document, self.blueprint)
            delta = Delta(everything=True)
        else:
            delta = self._layout.update(self.sink.document, self.blueprint, touched)
        self.geometry = geometry = self._layout.geometry
        if delta.everything:
            self._sketch_changes = None
        elif self._sketch_changes is not None:
            self._sketch_changes[0].update(delta.cards)
            self._sketch_changes[1].update(delta.connectors)
        if delta.everything:
            self._remove([self.card_items.pop(c) for c in [c for c in self.card_items if c not in geometry.cards]])
            self._place_cards(geometry.cards)
            paths = {path.connector_id: path for path in geometry.connectors}
            self._remove([self.connector_items.pop(c) for c in [c for c in self.connector_items if c not in paths]])
            self._place_connectors(paths.values())
        else:
            self._remove(
                [
                    item
                    for item in (self.card_items.pop(c, None) for c in delta.cards if c not in geometry.cards)
                    if item is not None
                ]
            )
            self._place_cards({card_id: geometry.cards[card_id] for card_id in delta.cards & geometry.cards.keys()})
            paths = {path.connector_id: path for path in self._layout.paths_of(delta.connectors)}
            self._remove(
                [
                    item
                    for item in (self.connector_items.pop(c, None) for c in delta.connectors - paths.keys())
                    if item is not None
                ]
            )
            self._place_connectors(paths.values())
        if delta.everything or delta.chart:
            self._refresh_chart(geometry.chart)
        self._light_cards()
        if self.cursor is not None and not self._cell_exists(self.cursor):
            self.cursor = None
        if delta.everything:
            self.setSceneRect(QRectF(0, 0, geometry.width + SCENE_MARGIN, geometry.height + SCENE_MARGIN))
        if delta.everything or delta.background or self.overview:
            self.background_changed()

    def sketch(self) -> Sketch:
        """The layout as a few batches of shapes (built when first asked for after a change)."""
        if self._sketch is None or self._sketch.geometry is not self.geometry:
            self._sketch = Sketch(self.geometry, self._sketch, self._sketch_changes)
            self._sketch_changes = (set(), set())
        return self._sketch

    def set_overview(self, on: bool) -> None:
        """Far out, cards and arrows are drawn from the sketch and their items step aside
        (transparent, which Qt does not paint, yet still selectable and draggable); the
        selected ones stay drawn so a drag shows what moves."""
        if on == self.overview:
            return
        self.overview = on
        for item in (*self.card_items.values(), *self.connector_items.values()):
            item.setOpacity(1.0 if not on or item.isSelected() else 0.0)
        self.background_changed()

    def _show_selected(self) -> None:
        if self.overview:
            for item in (*self.card_items.values(), *self.connector_items.values()):
                item.setOpacity(1.0 if item.isSelected() else 0.0)

    def realize(self, visible: QRectF) -> None:
        """Make the items of the runs of columns reaching into `visible`."""
        runs = self.geometry.runs()
        wanted = range(
            max(runs.start, self.geometry.run_at(visible.left())),
            min(runs.stop, self.geometry.run_at(visible.right()) + 1),
        )
        self._make_items(set(wanted) - self._seen)

    def realize_all(self) -> None:
        self._make_items(set(self.geometry.runs()) - self._seen)

    def card_item(self, card_id: str) -> CardItem | None:
        """The item of a card, made now if its run of columns has not been seen yet."""
        box = self.geometry.cards.get(card_id)
        if box is not None and card_id not in self.card_items:
            self._make_items({self.geometry.run_at(box.rect.x)} - self._seen)
        return self.card_items.get(card_id)

    @heap.paused()
    def _make_items(self, runs: set[int]) -> None:
        if not runs:
            return
        self._seen |= runs
        run_at = self.geometry.run_at
        self._place_cards({card_id: box for card_id, box in self.geometry.cards.items() if run_at(box.rect.x) in runs})
        self._place_connectors(path for path in self.geometry.connectors if not runs.isdisjoint(_runs_of(path, run_at)))

    def _place_cards(self, boxes: Mapping[str, CardBox]) -> None:
        """Bring the items of these boxes up to date; a box in a run not seen yet gets none."""
        run_at = self.geometry.run_at
        for card_id, box in boxes.items():
            item = self.card_items.get(card_id)
            if item is not None:
                item.set_box(box)
            elif run_at(box.rect.x) in self._seen:
                item = self.card_items[card_id] = CardItem(box)
                if self.overview:
                    item.setOpacity(0.0)
                self.addItem(item)

    def _place_connectors(self, paths: Iterable[ConnectorPath]) -> None:
        run_at = self.geometry.run_at
        for path in paths:
            connector = self.connector_items.get(path.connector_id)
            if connector is not None:
                connector.set_path(path)
            elif self._seen and not self._seen.isdisjoint(_runs_of(path, run_at)):
                connector = self.connector_items[path.connector_id] = ConnectorItem(path)
                if self.overview:
                    connector.setOpacity(0.0)
                self.addItem(connector)

    def restore(self, items: Iterable[CardItem]) -> None:
        """Put dragged cards back where the layout has them, with their arrows (a drop that
        changed nothing)."""
        arrows: set[str] = set()
        for item in items:
            item.setPos(item.box.rect.x, item.box.rect.y)
            arrows.update(self._layout.arrows_of(item.card_id) if self._layout else ())
        if self._layout is not None:
            self._place_connectors(self._layout.paths_of(arrows))

    def _refresh_chart(self, chart: EmotionChart | None) -> None:
        if chart is None:
            if self.chart_item is not None:
                self.removeItem(self.chart_item)
                self.chart_item = None
        elif self.chart_item is None:
            self.chart_item = EmotionChartItem(chart, self.geometry.lane(chart.lane_id).band_colour)
            self.addItem(self.chart_item)
        else:
            self.chart_item.ground = self.geometry.lane(chart.lane_id).band_colour
            self.chart_item.set_chart(chart)
        if self.selected_point is not None and not any(p.id == self.selected_point for p in self.blueprint.emotions):
            self.select_point(None)
        elif self.chart_item is not None:
            self.chart_item.selected_point = self.selected_point
        followed = self.blueprint.personas
        if self.active_curve[0] not in followed:
            self.active_curve = (followed[0] if followed else None, self.active_curve[1])

    def _cell_exists(self, cell: tuple[str, str]) -> bool:
        lanes = {band.lane_id for band in self.geometry.lanes}
        steps = {column.step_id for column in self.geometry.steps}
        return cell[0] in lanes and cell[1] in steps

    def selected_card_ids(self) -> list[str]:
        """Selected cards in document order (so copy, delete and labels are stable)."""
        chosen = [item.card_id for item in self.selectedItems() if isinstance(item, CardItem)]
        if len(chosen) < 2:
            return chosen
        wanted = set(chosen)
        return [card.id for card in self.blueprint.cards if card.id in wanted]

    def selected_connector_ids(self) -> list[str]:
        return [item.connector_id for item in self.selectedItems() if isinstance(item, ConnectorItem)]

    def selected_card_items(self) -> list[CardItem]:
        return [item for item in self.selectedItems() if isinstance(item, CardItem)]

    def selection_ids(self) -> tuple[frozenset[str], frozenset[str]]:
        """The selected (cards, arrows)."""
        return frozenset(self.selected_card_ids()), frozenset(self.selected_connector_ids())

    def set_selection(self, cards: frozenset[str], arrows: frozenset[str]) -> None:
        """Select exactly these cards and arrows, announcing one selection change, not one per item."""
        wanted: set[QGraphicsItem] = {item for item in (self.card_item(c) for c in cards) if item is not None}
        wanted |= {self.connector_items[a] for a in arrows if a in self.connector_items}
        current = set(self.selectedItems())
        if wanted == current:
            return
        self.blockSignals(True)
        try:
            for item in current - wanted:
                item.setSelected(False)
            for item in wanted - current:
                item.setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()

    def ids_touching(self, area: QRectF) -> tuple[frozenset[str], frozenset[str]]:
        """The (cards, arrows) a rubber band over `area` takes in, from the layout."""
        rect = _rect(area)
        return cards_touching(self.geometry, rect), arrows_touching(self.geometry, rect)

    def select_cards(self, card_ids: list[str]) -> None:
        self.clearSelection()
        for card_id in card_ids:
            item = self.card_item(card_id)
            if item is not None:
                item.setSelected(True)
        if card_ids and card_ids[-1] in self.geometry.cards:
            box = self.geometry.cards[card_ids[-1]]
            self.set_cursor((box.lane_id, box.step_id))

    def select_all_cards(self) -> None:
        self.realize_all()
        for item in self.card_items.values():
            item.setSelected(True)

    def set_cursor(self, cell: tuple[str, str] | None) -> None:
        self.cursor = cell
        self.cursor_moved.emit()
        self.background_changed()

    def target_cell(self) -> tuple[str, str] | None:
        """Where a paste or a new card goes: the cell last clicked or reached by the keys,
        else the first cell."""
        if self.cursor is not None and self._cell_exists(self.cursor):
            return self.cursor
        if self.geometry.lanes and self.geometry.steps:
            return (self.geometry.lanes[0].lane_id, self.geometry.steps[0].step_id)
        return None

    # ------------------------------------------------------------ analysis overlays

    def set_overlays(self, emphasis: frozenset[str], counts: dict[tuple[str, Line], int]) -> None:
        """Show the critical path and the crossings as the Analysis panel asks; repaint what changed."""
        changed = emphasis ^ self.emphasis
        self.emphasis = emphasis
        for item_id in changed:
            item = self.card_items.get(item_id) or self.connector_items.get(item_id)
            if item is not None:
                item.update()
        if counts != self.crossing_counts:
            self.crossing_counts = counts
            self.background_changed()

    def set_comparison(
        self, marks: dict[str, str], ghosts: list[tuple[float, tuple[str, ...], str | None, str | None]]
    ) -> None:
        """Outline what changed against another blueprint and show what it had that this lacks."""
        if marks == self.comparison and list(ghosts) == self._ghosts:
            return  # (the Compare panel says so after every edit; nothing to draw again)
        changed = marks.keys() | self.comparison.keys()
        self.comparison, self._ghosts = dict(marks), list(ghosts)
        for card_id in changed:
            item = self.card_items.get(card_id)
            if item is not None:
                item.update()
        self.background_changed()

    def ghost_boxes(self) -> list[tuple[Rect, tuple[str, ...]]]:
        """Where removed cards are drawn: at the foot of the cell with their lane and step names."""
        boxes: list[tuple[Rect, tuple[str, ...]]] = []
        used: dict[tuple[str, str], float] = {}
        for height, lines, lane_id, step_id in self._ghosts:
            if lane_id is None or step_id is None or not self._cell_exists((lane_id, step_id)):
                continue
            cell = self.geometry.cell(lane_id, step_id)
            bottom = used.get((lane_id, step_id), cell.bottom - style.LANE_PADDING / 2)
            rect = Rect(cell.x + (cell.width - style.CARD_WIDTH) / 2, bottom - height, style.CARD_WIDTH, height)
            used[(lane_id, step_id)] = rect.y - style.CARD_GAP
            boxes.append((rect, lines))
        return boxes

    def set_highlight(self, facet_ids: frozenset[str]) -> None:
        """Light the cards tagged with any of these facets and dim the others (none: all lit)."""
        self.highlight_facets = facet_ids
        self._light_cards()

    def _light_cards(self) -> None:
        facets = self.highlight_facets
        lit = (
            frozenset(card.id for card in self.blueprint.cards if facets.intersection(card.facets)) if facets else None
        )
        if lit != self.lit:
            self.lit = lit
            for item in self.card_items.values():
                item.update()
            if lit is not None:
                self.status_message.emit(tr("Cards with the ticked facets: {count}").format(count=len(lit)))

    # ------------------------------------------------------------ emotion curves

    def select_point(self, point_id: str | None) -> None:
        """Select one emotion point (cards and arrows are deselected), or none."""
        if point_id is not None:
            self.clearSelection()
        self.selected_point = point_id
        if self.chart_item is not None:
            self.chart_item.selected_point = point_id
            self.chart_item.update()
        if point_id is not None:
            point = next(p for p in self.blueprint.emotions if p.id == point_id)
            if self.chart_item is not None:
                self.set_cursor((self.chart_item.chart.lane_id, point.step))
        self.point_selected.emit()

    def _cards_selected(self) -> None:
        if self.selectedItems() and self.selected_point is not None:
            self.select_point(None)
        self._show_selected()

    def chart_with(self, scores: dict[str, float]) -> EmotionChart | None:
        """The chart as it would be with some scores changed: what a drag shows before it lands."""
        if self.geometry.chart is None:
            return None
        band = self.geometry.lane(self.geometry.chart.lane_id)
        chart_plan = emotion.plan(self.blueprint, self.sink.document.personas, self.geometry.steps, scores)
        return emotion.place(
            chart_plan, band.lane_id, band.rect, len(band.name_lines), self.geometry.steps, self.geometry.width
        )

    def describe_point(self, point_id: str) -> str:
        """A point in words: "Leila Haddad (to-be), Installation day: −1 — Technician late"."""
        point = next(p for p in self.blueprint.emotions if p.id == point_id)
        persona = self.sink.document.persona(point.persona)
        reason = f" — {point.reason}" if point.reason else ""
        curve = tr(" (to-be)") if point.to_be else ""
        return (
            f"{persona.name or tr('Unnamed persona')}{curve}, {self.blueprint.step(point.step).name}: "
            f"{emotion.score_label(point.score)}{reason}"
        )

    def set_point_score(self, point_id: str, score: float | None) -> None:
        """Change (or with None clear) a point's score: one undo step."""
        point = next((p for p in self.blueprint.emotions if p.id == point_id), None)
        if point is not None:
            self.sink.edit(lambda: journey.set_score(self.blueprint, point.persona, point.step, score, point.to_be))

    def nudge_point(self, delta: float) -> None:
        point = next((p for p in self.blueprint.emotions if p.id == self.selected_point), None)
        if point is not None:
            self.set_point_score(point.id, journey.snap(point.score + delta))

    def score_step(self, step_id: str, score: float | None = None) -> None:
        """Give the active curve a score at a step (0 unless told) and select it; a blueprint
        that follows nobody yet starts following a new persona, in the same undo step."""
        persona_id, to_be = self.active_curve
        existing = self.blueprint.emotion(persona_id, step_id, to_be) if persona_id is not None else None
        if existing is not None and score is None:
            self.select_point(existing.id)
            return
        if not self.sink.may_edit():
            return
        parts: list[Command] = []
        new_persona = persona_id is None
        if persona_id is None:
            command, persona_id = journey.add_persona(self.sink.document, tr("Customer"), self.blueprint)
            parts.append(command)
        command = journey.set_score(
            self.blueprint, persona_id, step_id, 0.0 if score is None else journey.snap(score), to_be
        )
        if command is not None:
            parts.append(command)
        if (
            parts
            and self.sink.edit(parts[0] if len(parts) == 1 else Composite("Set emotion score", parts))
            and new_persona
        ):
            self.active_curve = (persona_id, to_be)
        point = self.blueprint.emotion(persona_id, step_id, to_be)
        if point is not None:
            self.select_point(point.id)

    def active_score(self, step_id: str) -> float | None:
        persona_id, to_be = self.active_curve
        point = self.blueprint.emotion(persona_id, step_id, to_be) if persona_id else None
        return point.score if point else None

    def in_emotions_row(self, lane_id: str) -> bool:
        return self.geometry.chart is not None and self.geometry.chart.lane_id == lane_id

    # ------------------------------------------------------------ background

    def background_changed(self) -> None:
        """Views cache the background (lanes, lines, highlights): redraw it only when it changed."""
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # type: ignore[override]  # noqa: N802 (Qt passes a QRectF)
        painter.fillRect(rect, shade("#ffffff"))
        s, g, left, right = scheme.current(), self.geometry, rect.left(), rect.right()
        play(painter, parts.lanes(g, s, left, right))
        if self.overview:
            self.sketch().draw(painter, painter.worldTransform().m11(), rect)
        else:
            play(painter, parts.line_titles(g, s, left, right))
        play(painter, parts.line_notes(g, s, left, right))
        for box, lines in self.ghost_boxes():
            draw_ghost(painter, box, lines)
        if self.crossing_counts:
            draw_crossing_counts(painter, self.geometry, self.crossing_counts, rect.left(), rect.right())
        for cell, colour, dashed in (
            (self.cursor, style.SELECTION, True),
            *((cell, style.SELECTION, False) for cell in self.drop_cells),
        ):
            if cell is not None and self._cell_exists(cell):
                pen = QPen(shade(colour), 2.0, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush if dashed else QColor(0, 114, 178, 28))
                painter.drawRect(qrect(self.geometry.cell(*cell)).adjusted(2, 2, -2, -2))

    # ------------------------------------------------------------ editing helpers

    def new_card_slot(self, lane_id: str, step_id: str) -> QRectF:
        """Where a new card at the bottom of a cell will appear: the in-place editor's frame."""
        cell = self.geometry.cell(lane_id, step_id)
        stack = self.geometry.cards_in_cell(lane_id, step_id)
        top = self.geometry.cards[stack[-1]].rect.bottom + style.CARD_GAP if stack else cell.y + style.LANE_PADDING
        x = cell.x + (cell.width - style.CARD_WIDTH) / 2
        return QRectF(x, top, style.CARD_WIDTH, style.CARD_MIN_HEIGHT)

    def start_new_card(self, lane_id: str, step_id: str) -> None:
        """Open the editor on an empty slot; the card exists only once the text is committed."""
        if not self.sink.may_edit():
            return

        def commit(text: str, tab: bool) -> None:
            if text.strip():
                card_id = self.sink.edit_new(lambda: edits.add_card(self.blueprint, lane_id, step_id, text=text))
                if card_id is None:
                    # Refused: nothing typed is lost.
                    self._open_editor(self.new_card_slot(lane_id, step_id), text, commit)
                    return
                self.select_cards([card_id])
            if tab:
                self.start_next_in_lane(lane_id, step_id)

        self.set_cursor((lane_id, step_id))
        self._open_editor(self.new_card_slot(lane_id, step_id), "", commit)

    def edit_card(self, card_id: str) -> None:
        if not self.sink.may_edit():
            return
        box = self.geometry.cards[card_id]
        card = self.blueprint.card(card_id)

        def commit(text: str, tab: bool) -> None:
            if text != self.blueprint.card(card_id).text and not self.sink.edit(
                lambda: edits.edit_card(self.blueprint, card_id, "text", text)
            ):
                self._open_editor(qrect(box.rect), text, commit)  # refused: the text stays in the editor
                return
            if tab:
                self.start_next_in_lane(box.lane_id, box.step_id)

        self._open_editor(qrect(box.rect), card.text, commit)

    def start_next_in_lane(self, lane_id: str, step_id: str) -> None:
        """Tab: a new card in the same lane, one step to the right (a new step at the end)."""
        if not self.sink.may_edit():
            return
        steps = [s.id for s in self.blueprint.steps]
        index = steps.index(step_id) + 1
        if index >= len(steps):
            new_step = self.sink.edit_new(lambda: edits.insert_step(self.blueprint, index))
            if new_step is None:
                return
            steps.append(new_step)
        self.start_new_card(lane_id, steps[index])

    def _open_editor(self, rect: QRectF, text: str, commit: Callable[[str, bool], None]) -> None:
        self.begin(InplaceEdit(self, rect, text, commit))

    @property
    def editor(self) -> InplaceEditor | None:
        """The text being typed over a card, if any."""
        return self.interaction.editor if isinstance(self.interaction, InplaceEdit) else None

    def close_editor(self) -> None:
        """Take the text being typed (a save, a print or closing the window wants it kept)."""
        if isinstance(self.interaction, InplaceEdit):
            self.finish_interaction(None)

    # ------------------------------------------------------------ gestures

    def begin(self, interaction: Interaction) -> None:
        """Start a gesture; one still under way is finished first."""
        self.finish_interaction(None)
        self.interaction = interaction

    def finish_interaction(self, pos: QPointF | None) -> None:
        interaction, self.interaction = self.interaction, None
        if interaction is not None:
            interaction.finish(pos)

    def cancel_interaction(self) -> bool:
        """Esc: the gesture under way ends and lands nothing. False when there was none."""
        interaction, self.interaction = self.interaction, None
        if interaction is None:
            return False
        interaction.cancel()
        return True

    def interaction_ended(self, interaction: Interaction) -> None:
        """A gesture ended by itself (the text editor took Enter or Esc, or lost focus)."""
        if self.interaction is interaction:
            self.interaction = None

    def show_drop(self, cells: frozenset[tuple[str, str]]) -> None:
        if cells != self.drop_cells:
            self.drop_cells = cells
            self.background_changed()

    def hold_arrows(self, held: bool) -> None:
        """While cards are dragged, every arrow but theirs stands still: it is painted once into
        a pixmap and blitted on each frame (repainting every visible arrow's curves was the
        larger part of a drag frame). Afterwards arrows paint directly again: a pixmap per
        arrow would be drawn anew at every step of a zoom."""
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if held else QGraphicsItem.CacheMode.NoCache
        for item in self.connector_items.values():
            item.setCacheMode(mode)

    def follow(self, moved: Iterable[CardItem]) -> None:
        """Arrows follow cards while they are dragged (a quick elbow until they are dropped)."""
        arrows: set[str] = set()
        for item in moved:
            arrows.update(self._layout.arrows_of(item.card_id) if self._layout is not None else ())
        for connector_id in arrows:
            connector = self.connector_items.get(connector_id)
            if connector is None:
                continue
            path = connector.path
            source, target = self._where(path.source), self._where(path.target)
            if source is not None and target is not None:
                points = preview_route(source, target)
                connector.set_path(
                    type(path)(
                        path.connector_id,
                        path.source,
                        path.target,
                        path.kind,
                        points,
                        path.label,
                        points[len(points) // 2],
                    )
                )

    def _where(self, card_id: str) -> Rect | None:
        """Where a card is now: its item's place during a drag, else the layout's."""
        item = self.card_items.get(card_id)
        if item is not None:
            return _rect(item.scene_rect())
        box = self.geometry.cards.get(card_id)
        return box.rect if box is not None else None

    def _reveal_at(self, pos: QPointF) -> None:
        """Far out, cards are transparent, which Qt does not hit-test: make the card under
        the pointer solid first, so the press selects or drags it as it would up close."""
        cell = cell_at(self.geometry, pos.x(), pos.y(), for_cards=True)
        for card_id in self.geometry.cards_in_cell(*cell) if cell else ():
            item = self.card_item(card_id)
            if item is not None and self.geometry.cards[card_id].rect.contains(pos.x(), pos.y()):
                item.setOpacity(1.0)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        """A press starts one gesture: on a card's handle an arrow, on an emotion point a
        score drag, on a card a move, on empty canvas a rubber band (and the cell cursor)."""
        pos = event.scenePos()
        self.realize(QRectF(pos, pos))  # scrolled there but not painted yet: its cards must take the press
        if self.overview:
            self._reveal_at(pos)
        editor = self.editor
        if editor is not None and editor.sceneBoundingRect().contains(pos):
            super().mousePressEvent(event)  # a click inside the text being typed places its cursor
            return
        self.finish_interaction(None)  # a press elsewhere takes the text typed so far
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        item = self.card_at(pos)
        if self._grab(item, pos):
            event.accept()
            return
        if self.selected_point is not None:
            self.select_point(None)
        adding = bool(event.modifiers() & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier))
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.setModifiers(event.modifiers() | Qt.KeyboardModifier.ControlModifier)  # Shift adds, as Ctrl does
        super().mousePressEvent(event)  # Qt selects the card or arrow pressed (or clears the selection)
        if item is not None:
            box = self.geometry.cards.get(item.card_id)
            if box is not None:
                self.set_cursor((box.lane_id, box.step_id))  # a paste or a new card goes where the user clicked
            self.begin(CardDrag(self, item, pos))
        elif not self._items_taking_clicks(pos):
            self._press_on_canvas(pos, adding)

    def _press_on_canvas(self, pos: QPointF, adding: bool) -> None:
        """A press on empty canvas puts the cell cursor there and starts a rubber band."""
        cell = cell_at(self.geometry, pos.x(), pos.y())
        if cell is not None and self.geometry.grid.contains(pos.x(), pos.y()):
            self.set_cursor(cell)
        self.begin(RubberBand(self, pos, adding))

    def _grab(self, item: CardItem | None, pos: QPointF) -> bool:
        """Begin what a press on a card's handle (an arrow) or an emotion point (a score
        drag) starts; False when the press is on neither."""
        if item is not None and self.editable() and item.on_handle(pos) and self.sink.may_edit():
            self.begin(Connect(self, item))
            return True
        point = self.chart_item.point_at(pos) if self.chart_item is not None else None
        if point is not None and self.chart_item is not None:
            self.select_point(point.point_id)
            self.begin(PointDrag(self, self.chart_item, point.point_id, pos))
            return True
        return False

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        item = self.card_at(event.scenePos())
        x, y = event.scenePos().x(), event.scenePos().y()
        if item is not None:
            card = self.blueprint.card(item.card_id)
            on_exit = any(b.mark == "exit" and b.rect.contains(x, y) for b in self.geometry.cards[item.card_id].badges)
            if on_exit and card.exit_to is not None:
                self.open_blueprint.emit(card.exit_to)
            else:
                self.edit_card(item.card_id)
            return
        on_line = self.line_at(x, y)
        if on_line is not None:
            if self.sink.may_edit():
                self.line_note_requested.emit(*on_line)
            return
        if self.geometry.grid.contains(x, y) and not any(
            isinstance(i, ConnectorItem) for i in self.items(event.scenePos())
        ):
            cell = cell_at(self.geometry, x, y)
            if cell is not None and self.in_emotions_row(cell[0]) and self.geometry.chart is not None:
                self.score_step(cell[1], journey.snap(self.geometry.chart.score_at(y)))
                return
            if cell is not None:
                self.start_new_card(*cell)
                return
        super().mouseDoubleClickEvent(event)

    def line_at(self, x: float, y: float) -> tuple[Line, str, str | None] | None:
        """(line, step id, note id or None) when (x, y) is on a line note or on one of the lines."""
        for note in self.geometry.notes:
            if note.rect.contains(x, y):
                return note.line, note.step_id, note.note_id
        if not self.geometry.grid.x <= x <= self.geometry.grid.right:
            return None
        for rule in self.geometry.lines:
            if abs(y - rule.y) <= style.LINE_BAND / 2:
                column = next((c for c in self.geometry.columns_between(x, x) if c.x <= x <= c.x + c.width), None)
                return (rule.line, column.step_id, None) if column is not None else None
        return None

    def tooltip_at(self, pos: QPointF) -> str:
        """What hovering shows: a line note in full, an arrow's notes, a card's notes, an exit's target."""
        x, y = pos.x(), pos.y()
        on_line = self.line_at(x, y)
        if on_line is not None and on_line[2] is not None:
            return next(n.text for n in self.blueprint.line_notes if n.id == on_line[2])
        for item in self.items(pos):
            if isinstance(item, CardItem):
                card = self.blueprint.card(item.card_id)
                parts = [card.notes] if card.notes else []
                if card.exit_to is not None and any(
                    b.mark == "exit" and b.rect.contains(x, y) for b in item.box.badges
                ):
                    target = next((b.title for b in self.sink.document.blueprints if b.id == card.exit_to), "")
                    parts.insert(0, tr("Exit to “{journey}” (double-click to open)").format(journey=target))
                return "\n\n".join(parts)
            if isinstance(item, ConnectorItem):
                arrow = next((a for a in self.blueprint.connectors if a.id == item.connector_id), None)
                return "\n\n".join(t for t in (arrow.label, arrow.notes) if t) if arrow is not None else ""
        return ""

    # ------------------------------------------------------------ pictures dropped on cards

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        event.setAccepted(has_picture(event.mimeData()) and self.editable())

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        event.setAccepted(
            has_picture(event.mimeData()) and self.editable() and self.card_at(event.scenePos()) is not None
        )

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:  # noqa: N802
        item = self.card_at(event.scenePos())
        if item is None or not has_picture(event.mimeData()):
            event.ignore()
            return
        event.acceptProposedAction()
        self.set_photo(item.card_id, event.mimeData())

    def set_photo(self, card_id: str, mime: QMimeData) -> None:
        """The picture in a drop or on the clipboard becomes the card's photo (one undo step)."""
        if not self.sink.may_edit():
            return
        try:
            photo = photo_from_mime(mime)
        except PictureError as error:
            self.status_message.emit(tr("No photo added: {problem}").format(problem=error))
            return
        if self.sink.edit(lambda: annotating.set_card_photo(self.blueprint, card_id, photo)):
            self.select_cards([card_id])

    def _items_taking_clicks(self, pos: QPointF) -> bool:
        return any(not isinstance(item, EmotionChartItem) for item in self.items(pos))

    def card_at(self, pos: QPointF) -> CardItem | None:
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item
        return None


def _rect(rect: QRectF) -> Rect:
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())


def _runs_of(path: ConnectorPath, run_at: Callable[[float], int]) -> range:
    """The runs of columns an arrow reaches into."""
    xs = [x for x, _ in path.points]
    return range(run_at(min(xs)), run_at(max(xs)) + 1)
