"""Gestures as objects: one gesture at a time, from its start to its finish or its cancel.

The scene keeps at most one `Interaction` (`BlueprintScene.interaction`). A press decides
which one starts (a card, its connect handle, an emotion point, empty canvas, a step header,
a double-click that opens the text editor); while it lasts the view hands it every pointer
move and its release, and Esc cancels it. Nothing else keeps gesture state, so a gesture
cannot leave a flag behind, and what a gesture shows while it runs is computed by the same
code that decides where it lands (`layout.grid.drop_slots` for cards, `column_at` for steps).

Every interaction ends in at most one command, handed to the edit gate; a read-only
document refuses it there, and the gestures that would only show a move that cannot land do
not start (the gate says why, once).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QApplication, QGraphicsPathItem, QGraphicsRectItem

from blueprint_studio.canvas.inplace import InplaceEditor
from blueprint_studio.canvas.items import CardItem
from blueprint_studio.drawing.ops import polyline
from blueprint_studio.editing import edits, journey
from blueprint_studio.layout import Rect, style
from blueprint_studio.layout.grid import Slot, column_at, drop_slots
from blueprint_studio.layout.routing import preview_route
from blueprint_studio.painting.player import qpath
from blueprint_studio.painting.scheme import shade

if TYPE_CHECKING:
    from blueprint_studio.canvas.emotions import EmotionChartItem
    from blueprint_studio.canvas.scene import BlueprintScene


class Interaction:
    """A gesture in progress. `move` follows the pointer (scene coordinates); `finish` ends it
    and lands it (at most one command); `cancel` ends it and puts back what it showed."""

    follows_pointer = True  # False for the text editor, which takes keys, not pointer moves

    def __init__(self, scene: BlueprintScene) -> None:
        self.scene = scene

    def move(self, pos: QPointF) -> None:
        """The pointer moved with the button held."""

    def finish(self, pos: QPointF | None) -> None:
        """The button was released at `pos` (None: ended by something else, e.g. a key)."""

    def cancel(self) -> None:
        """Esc, or the canvas went away: nothing lands and nothing shown is left behind."""


class Drag(Interaction):
    """A press that becomes a drag once the pointer has moved the platform's drag distance,
    and only where edits are allowed (when not, the gate says why once and nothing moves)."""

    def __init__(self, scene: BlueprintScene, press: QPointF) -> None:
        super().__init__(scene)
        self.press = press
        self.started = False
        self._refused = False

    def distance(self, pos: QPointF) -> float:
        return (pos - self.press).manhattanLength()

    def dragging(self, pos: QPointF) -> bool:
        """Is the drag under way at `pos` (starting it now if it is far enough and allowed)?"""
        if not self.started and not self._refused and self.distance(pos) >= QApplication.startDragDistance():
            self._refused = not self.scene.sink.may_edit()
            self.started = not self._refused and self.start()
        return self.started

    def start(self) -> bool:
        """Take what is dragged; False if there turns out to be nothing to drag."""
        return True


class CardDrag(Drag):
    """Cards dragged to other cells. The grabbed card lands in the slot under the pointer and
    the other selected cards keep their distance from it in lanes and steps, exactly where
    the lit cells show while dragging."""

    def __init__(self, scene: BlueprintScene, grabbed: CardItem, press: QPointF) -> None:
        super().__init__(scene, press)
        self.grabbed = grabbed
        self.items: list[CardItem] = []
        self._origins: dict[str, QPointF] = {}

    def start(self) -> bool:
        self.items = [item for item in self.scene.selected_card_items() if item.card_id in self.scene.geometry.cards]
        if self.grabbed not in self.items:
            self.items.append(self.grabbed)
        self._origins = {item.card_id: item.pos() for item in self.items}
        self.scene.hold_arrows(True)
        return True

    def move(self, pos: QPointF) -> None:
        if not self.dragging(pos):
            return
        delta = pos - self.press
        for item in self.items:
            item.setPos(self._origins[item.card_id] + delta)
        self.scene.follow(self.items)
        self.scene.show_drop(frozenset((slot.lane_id, slot.step_id) for slot in self.slots(pos).values()))

    def slots(self, pos: QPointF) -> dict[str, Slot]:
        """Where each dragged card would land if released at `pos`."""
        heights = {item.card_id: item.scene_rect().center().y() for item in self.items}
        return drop_slots(self.scene.geometry, self.grabbed.card_id, (pos.x(), pos.y()), heights)

    def finish(self, pos: QPointF | None) -> None:
        if not self.started:
            return
        self.scene.hold_arrows(False)
        self.scene.show_drop(frozenset())
        slots = self.slots(pos) if pos is not None else {}
        moves = [(card_id, (slot.lane_id, slot.step_id, slot.index)) for card_id, slot in slots.items()]
        landed = bool(moves) and self.scene.sink.edit(lambda: edits.move_cards(self.scene.blueprint, moves))
        if not landed:
            self.scene.restore(self.items)
        target = slots.get(self.grabbed.card_id)
        if target is not None:
            self.scene.set_cursor((target.lane_id, target.step_id))

    def cancel(self) -> None:
        if self.started:
            self.scene.hold_arrows(False)
            self.scene.show_drop(frozenset())
            self.scene.restore(self.items)


class Connect(Interaction):
    """An arrow drawn from a card's handle to another card."""

    def __init__(self, scene: BlueprintScene, source: CardItem) -> None:
        super().__init__(scene)
        self.source = source
        self.preview = QGraphicsPathItem()
        self.preview.setPen(QPen(shade(style.SELECTION), 1.5, Qt.PenStyle.DashLine))
        self.preview.setZValue(50)
        scene.addItem(self.preview)

    def move(self, pos: QPointF) -> None:
        start = self.source.mapToScene(self.source.handle_center())
        target = self.scene.card_at(pos)
        if target is not None and target is not self.source:
            points = preview_route(_rect(self.source.scene_rect()), _rect(target.scene_rect()))
        else:
            middle = (start.x() + pos.x()) / 2
            points = ((start.x(), start.y()), (middle, start.y()), (middle, pos.y()), (pos.x(), pos.y()))
        self.preview.setPath(qpath(polyline(points)))

    def finish(self, pos: QPointF | None) -> None:
        self.cancel()
        target = self.scene.card_at(pos) if pos is not None else None
        if target is not None and target is not self.source:
            source_id, target_id, kind = self.source.card_id, target.card_id, self.scene.connector_kind
            self.scene.sink.edit(lambda: edits.connect(self.scene.blueprint, source_id, target_id, kind)[0])

    def cancel(self) -> None:
        if self.preview.scene() is not None:
            self.scene.removeItem(self.preview)


class RubberBand(Interaction):
    """A rectangle dragged over empty canvas selects the cards and arrows it touches (with
    Shift or Ctrl, adds them to what was selected). Cards are found in the layout, so cards
    drawn as a sketch far out, or never yet on screen, are selected too."""

    def __init__(self, scene: BlueprintScene, press: QPointF, adding: bool) -> None:
        super().__init__(scene)
        self.press = press
        self.before = scene.selection_ids() if adding else (frozenset(), frozenset())
        self.band: QGraphicsRectItem | None = None

    def move(self, pos: QPointF) -> None:
        if self.band is None:
            if (pos - self.press).manhattanLength() < QApplication.startDragDistance():
                return
            self.band = QGraphicsRectItem()
            colour = shade(style.SELECTION)
            self.band.setPen(QPen(colour, 1.0))
            fill = QColor(colour)
            fill.setAlpha(40)
            self.band.setBrush(fill)
            self.band.setZValue(60)
            self.scene.addItem(self.band)
        area = QRectF(self.press, pos).normalized()
        self.band.setRect(area)
        cards, arrows = self.scene.ids_touching(area)
        self.scene.set_selection(cards | self.before[0], arrows | self.before[1])

    def finish(self, pos: QPointF | None) -> None:
        if self.band is not None and self.band.scene() is not None:
            self.scene.removeItem(self.band)

    def cancel(self) -> None:
        self.finish(None)
        self.scene.set_selection(*self.before)


class PointDrag(Drag):
    """An emotion point dragged up or down: the curve previews the score it would get (drawn
    by the layout, so the preview is the print) and the release sets it, one undo step."""

    def __init__(self, scene: BlueprintScene, chart: EmotionChartItem, point_id: str, press: QPointF) -> None:
        super().__init__(scene, press)
        self.chart, self.point_id = chart, point_id

    def _score(self, pos: QPointF) -> float:
        return journey.snap(self.chart.chart.score_at(pos.y()))

    def move(self, pos: QPointF) -> None:
        if self.dragging(pos):
            self.chart.show_preview(self.scene.chart_with({self.point_id: self._score(pos)}), self._score(pos))

    def finish(self, pos: QPointF | None) -> None:
        self.chart.show_preview(None)
        if self.started and pos is not None:
            self.scene.set_point_score(self.point_id, self._score(pos))

    def cancel(self) -> None:
        self.chart.show_preview(None)


class StepDrag(Drag):
    """A step header dragged sideways: the column it would move to is lit in the header row
    (drawn by the view) and the release moves the step there."""

    def __init__(self, scene: BlueprintScene, step_id: str, press: QPointF, show: Callable[[str | None], None]) -> None:
        super().__init__(scene, press)
        self.step_id, self._show = step_id, show

    def distance(self, pos: QPointF) -> float:
        return abs(pos.x() - self.press.x())  # only sideways counts

    def target(self, pos: QPointF) -> str | None:
        """The step whose place the dragged one takes if released at `pos`."""
        return column_at(self.scene.geometry, pos.x())

    def move(self, pos: QPointF) -> None:
        if self.dragging(pos):
            self._show(self.target(pos))

    def finish(self, pos: QPointF | None) -> None:
        self._show(None)
        target = self.target(pos) if self.started and pos is not None else None
        if target is None or target == self.step_id:
            return
        steps = [step.id for step in self.scene.blueprint.steps]
        self.scene.sink.edit(lambda: edits.move_step(self.scene.blueprint, self.step_id, steps.index(target)))

    def cancel(self) -> None:
        self._show(None)


class InplaceEdit(Interaction):
    """Typing a card's text over the card (or over the empty slot a new card will take).
    Enter, Tab or a press elsewhere finish it (`commit` gets the text, and whether Tab ended
    it); Esc cancels it."""

    follows_pointer = False

    def __init__(self, scene: BlueprintScene, rect: QRectF, text: str, commit: Callable[[str, bool], None]) -> None:
        super().__init__(scene)
        self._commit = commit
        self.editor = InplaceEditor(rect, text, self._committed, self._cancelled)
        scene.addItem(self.editor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _committed(self, text: str, tab: bool) -> None:
        self.scene.interaction_ended(self)
        self._commit(text, tab)

    def _cancelled(self) -> None:
        self.scene.interaction_ended(self)

    def finish(self, pos: QPointF | None) -> None:
        self.editor.finish(commit=True)

    def cancel(self) -> None:
        self.editor.finish(commit=False)


def _rect(rect: QRectF) -> Rect:
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())
