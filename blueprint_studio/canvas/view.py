"""The view: zoom, pan, frozen lane names and step headers, and keyboard work.

Lane names stay at the left while scrolling sideways and the stage and step headers stay
at the top while scrolling down, like frozen panes: they are painted in the foreground at
fixed viewport positions, and clicks on them are header gestures, not clicks on cards.
The view hands the pointer to the gesture under way (`scene.interaction`) until it ends.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QGuiApplication,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPixmapCache,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QToolTip, QWidget

from blueprint_studio.canvas.interactions import StepDrag
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.drawing import blueprint as parts
from blueprint_studio.drawing.ops import Op
from blueprint_studio.editing import edits
from blueprint_studio.layout import Geometry, style
from blueprint_studio.painting import scheme
from blueprint_studio.painting.fonts import font_for
from blueprint_studio.painting.overview import detailed
from blueprint_studio.painting.player import play
from blueprint_studio.painting.scheme import shade

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
ZOOM_STEP = 1.2


def _make_room_for_pixmaps() -> None:
    """Cards (always) and arrows (while cards are dragged) are kept as pixmaps in Qt's pixmap
    cache. With its own 10 MB, a full-HD screenful evicted itself every frame (a drag frame
    took 28 ms instead of 7, measured): room for several screens, 64 MB at least."""
    screen = QGuiApplication.primaryScreen()
    pixels = 0 if screen is None else screen.size().width() * screen.size().height() * screen.devicePixelRatio() ** 2
    wanted = max(64 * 1024, int(4 * pixels * 4 / 1024))  # KB: four screens of 4-byte pixels
    if QPixmapCache.cacheLimit() < wanted:
        QPixmapCache.setCacheLimit(wanted)


# The arrow keys as (lanes, steps) to move.
_ARROWS: dict[int, tuple[int, int]] = {
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
}


class BlueprintView(QGraphicsView):
    zoom_changed = Signal(float)
    step_header_clicked = Signal(str)  # step id
    step_header_double_clicked = Signal(str)
    step_header_menu = Signal(str, QPoint)
    stage_header_double_clicked = Signal(str)  # stage id
    lane_header_clicked = Signal(str)  # lane id
    lane_header_double_clicked = Signal(str)
    lane_header_menu = Signal(str, QPoint)

    def __init__(self, scene: BlueprintScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.blueprint_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)  # the scene's own rubber band (interactions.RubberBand)
        # Frozen headers move relative to the content on every scroll: repaint whole frames.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        _make_room_for_pixmaps()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPoint | None = None
        self._space_down = False
        self.step_target: str | None = None  # while a step header is dragged: the column it would take
        self._shown = False
        self._headers: dict[
            str, tuple[tuple[object, ...], tuple[object, ...], list[Op]]
        ] = {}  # the frozen headers' operations, by part
        self._frozen: tuple[tuple[object, ...], list[Op], list[Op], QPixmap, int, int] | None = (
            None  # (key, ops, ops, picture, band, column)
        )

    def showEvent(self, event: QEvent) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._shown:
            self._shown = True
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    # ------------------------------------------------------------ zoom

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.setTransform(self.transform().fromScale(factor, factor))
        self.zoom_changed.emit(factor)
        self.viewport().update()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_actual(self) -> None:
        self.set_zoom(1.0)

    def zoom_fit(self) -> None:
        geometry = self.blueprint_scene.geometry
        self.fitInView(QRectF(0, 0, geometry.width, geometry.height), Qt.AspectRatioMode.KeepAspectRatio)
        self.set_zoom(self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP**steps)
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and not event.angleDelta().x():
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y())
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------ frozen headers

    def _visible(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def _frozen_origin(self) -> QPointF:
        """Scene point where the frozen column and rows start: the visible top-left, or the
        blueprint's own origin while that is on screen."""
        visible = self._visible()
        return QPointF(max(0.0, visible.left()), max(0.0, visible.top()))

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # type: ignore[override]  # noqa: N802 (Qt passes a QRectF)
        # After the scene invalidates its background, Qt asks for all of it (at 10,000
        # cards, the line titles along the whole wall: 20 ms a frame), though the cache
        # it fills holds only what the viewport shows.
        super().drawBackground(painter, rect.intersected(self._visible().adjusted(-2, -2, 2, 2)))

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # type: ignore[override]  # noqa: N802 (Qt passes a QRectF)
        geometry = self.blueprint_scene.geometry
        visible = self._visible()
        origin = self._frozen_origin()
        words = detailed(self.zoom())
        s = scheme.current()
        left = max(visible.left(), origin.x() + style.LANE_HEADER_WIDTH)
        steps = self._header_ops(
            "steps",
            (geometry.grid, geometry.stages, geometry.steps),
            (scheme.generation, words, left, visible.right()),
            lambda: parts.step_headers(geometry, s, left, visible.right(), words),
        )
        lanes = self._header_ops(
            "lanes",
            (geometry.grid, geometry.lanes, geometry.chart, geometry.lines),
            (scheme.generation, words),
            lambda: parts.lane_names(geometry, s, words),
        )
        title = self.blueprint_scene.blueprint.title
        transform = painter.transform()
        key = (
            id(steps),
            id(lanes),
            title,
            scheme.generation,
            transform.m11(),
            transform.m12(),
            transform.m21(),
            transform.m22(),
            transform.dx(),
            transform.dy(),
            self.viewport().width(),
            self.viewport().height(),
            self.devicePixelRatioF(),
        )
        kept = self._frozen
        if kept is None or kept[0] != key or kept[1] is not steps or kept[2] is not lanes:
            pixmap = QPixmap(self.viewport().size() * self.devicePixelRatioF())
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            pixmap.fill(Qt.GlobalColor.transparent)
            frozen = QPainter(pixmap)
            frozen.setRenderHints(painter.renderHints())
            frozen.setTransform(transform)
            self._draw_frozen(frozen, geometry, origin, visible, steps, lanes, title)
            frozen.end()
            band = math.ceil(geometry.grid.y * transform.m22()) + 2
            column = math.ceil(style.LANE_HEADER_WIDTH * transform.m11()) + 2
            kept = self._frozen = (key, steps, lanes, pixmap, band, column)
        pixmap, band, column = kept[3], kept[4], kept[5]
        width, height = self.viewport().width(), self.viewport().height()
        painter.save()
        painter.resetTransform()  # the frozen margins, as drawn for this scroll and zoom: two strips blitted
        for area in (
            QRectF(0, 0, width, min(band, height)),
            QRectF(0, band, min(column, width), max(0, height - band)),
        ):
            painter.drawPixmap(area, pixmap, area)
        painter.restore()
        if self.step_target is not None and any(c.step_id == self.step_target for c in geometry.steps):
            header = geometry.step(self.step_target).header
            painter.save()
            painter.translate(0, origin.y())
            painter.setPen(QPen(shade(style.SELECTION), 2.0))
            painter.setBrush(QColor(0, 114, 178, 40))
            painter.drawRect(QRectF(header.x, header.y, header.width, header.height).adjusted(2, 2, -2, -2))
            painter.restore()
        if self.hasFocus():  # where the keys go is always visible: a ring in the palette's highlight
            ring = QPen(self.palette().color(QPalette.ColorRole.Highlight), 3)
            ring.setCosmetic(True)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.mapToScene(self.viewport().rect().adjusted(1, 1, -2, -2)).boundingRect())

    def _draw_frozen(
        self,
        painter: QPainter,
        geometry: Geometry,
        origin: QPointF,
        visible: QRectF,
        steps: list[Op],
        lanes: list[Op],
        title: str,
    ) -> None:
        """The frozen margins: step headers along the top, lane names down the left, the corner.
        Drawn into a picture kept while the scroll, zoom and layout stay (every frame of a drag
        drew their text again: a fifth of a frame)."""
        painter.save()
        painter.translate(0, origin.y())
        play(painter, steps)
        painter.restore()
        painter.save()
        painter.translate(origin.x(), 0)
        painter.setClipRect(QRectF(0, origin.y() + geometry.grid.y, style.LANE_HEADER_WIDTH, visible.height()))
        play(painter, lanes)
        painter.restore()
        corner = QRectF(origin.x(), origin.y(), style.LANE_HEADER_WIDTH, geometry.grid.y)
        painter.fillRect(corner, shade(style.HEADER_FILL))
        painter.setPen(shade(style.MUTED_INK))
        painter.setFont(font_for(painter, style.SMALL_FONT_SIZE, bold=True))
        painter.drawText(corner.adjusted(8, 6, -6, -6), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, title)

    def _header_ops(
        self, part: str, made_from: tuple[object, ...], settings: tuple[object, ...], make: Callable[[], list[Op]]
    ) -> list[Op]:
        """The operations of a frozen header, made again only when what they are made from
        changed (by identity: an edit that moves a card keeps the layout's lanes and steps)
        or the scroll, zoom or scheme did; every frame of a drag asked for them anew."""
        kept = self._headers.get(part)
        if kept is not None and all(a is b for a, b in zip(kept[0], made_from, strict=True)) and kept[1] == settings:
            return kept[2]
        ops = make()
        self._headers[part] = (made_from, settings, ops)
        return ops

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.viewport().update()

    def reveal(self, rect: QRectF, margin: float = 16.0) -> None:
        """Scroll so the whole of `rect` (scene) is clear of the frozen step headers and lane
        names; a rect larger than what is left shows its top-left corner."""
        zoom = self.zoom()
        geometry = self.blueprint_scene.geometry
        port = self.viewport().rect()
        left, top = style.LANE_HEADER_WIDTH * zoom + margin, geometry.grid.y * zoom + margin
        right, bottom = port.width() - margin, port.height() - margin
        shown = self.mapFromScene(rect).boundingRect()
        dx = _shift(shown.left(), shown.right(), left, right)
        dy = _shift(shown.top(), shown.bottom(), top, bottom)
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + round(dx))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + round(dy))

    def header_hit(self, pos: QPoint) -> tuple[str, str] | None:
        """('stage', id), ('step', id) or ('lane', id) when `pos` (viewport) is on a frozen header."""
        geometry = self.blueprint_scene.geometry
        origin = self._frozen_origin()
        scene_pos = self.mapToScene(pos)
        on_header_row = scene_pos.y() - origin.y() < geometry.grid.y
        on_lane_column = scene_pos.x() - origin.x() < style.LANE_HEADER_WIDTH
        if on_header_row and not on_lane_column:
            if scene_pos.y() - origin.y() < style.STAGE_ROW_HEIGHT:
                span = next((s for s in geometry.stages if s.rect.x <= scene_pos.x() < s.rect.right), None)
                return ("stage", span.stage_id) if span is not None and span.stage_id is not None else None
            for column in geometry.steps:
                if column.x <= scene_pos.x() < column.x + column.width:
                    return ("step", column.step_id)
            return None
        if on_lane_column and not on_header_row:
            for band in geometry.lanes:
                if band.rect.y <= scene_pos.y() < band.rect.bottom:
                    return ("lane", band.lane_id)
        return None

    # ------------------------------------------------------------ mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self.isInteractive():  # a presentation's view only shows
            return
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        hit = self.header_hit(event.position().toPoint())
        if hit is not None:
            kind, object_id = hit
            scene = self.blueprint_scene
            scene.finish_interaction(None)  # text being typed is taken first
            if kind == "stage":
                pass  # a stage is renamed by double-clicking it
            elif event.button() == Qt.MouseButton.RightButton:
                (self.step_header_menu if kind == "step" else self.lane_header_menu).emit(
                    object_id, event.globalPosition().toPoint()
                )
            elif event.button() == Qt.MouseButton.LeftButton:
                (self.step_header_clicked if kind == "step" else self.lane_header_clicked).emit(object_id)
                if kind == "step":
                    scene.begin(
                        StepDrag(scene, object_id, self.mapToScene(event.position().toPoint()), self._light_step)
                    )
            event.accept()
            return
        super().mousePressEvent(event)

    def _light_step(self, step_id: str | None) -> None:
        self.step_target = step_id
        self.viewport().setCursor(
            Qt.CursorShape.SizeHorCursor
        ) if step_id is not None else self.viewport().unsetCursor()
        self.viewport().update()

    def _gesture(self) -> bool:
        """Is a pointer gesture under way (the text editor is not one)?"""
        interaction = self.blueprint_scene.interaction
        return interaction is not None and interaction.follows_pointer

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if self._gesture() and event.buttons() & Qt.MouseButton.LeftButton:
            self.blueprint_scene.interaction.move(self.mapToScene(event.position().toPoint()))  # type: ignore[union-attr]
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space_down else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        if self._gesture() and event.button() == Qt.MouseButton.LeftButton:
            self.blueprint_scene.finish_interaction(self.mapToScene(event.position().toPoint()))
        super().mouseReleaseEvent(event)  # Qt ends its own click on the item pressed (selection)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self.isInteractive():
            return
        hit = self.header_hit(event.position().toPoint())
        if hit is not None:
            kind, object_id = hit
            signals = {
                "stage": self.stage_header_double_clicked,
                "step": self.step_header_double_clicked,
                "lane": self.lane_header_double_clicked,
            }
            signals[kind].emit(object_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # ------------------------------------------------------------ keyboard

    def event(self, event: QEvent) -> bool:
        return self._tab_to_keypress(event) or super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            scene = self.blueprint_scene
            scene.set_overview(not detailed(self.zoom()))
            if not scene.overview:  # far out, the sketch draws the cards: no items needed
                scene.realize(self._visible())
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return self._tab_to_keypress(event) or super().viewportEvent(event)

    def tooltip_at(self, pos: QPoint) -> str:
        """A step's or lane's description on its header; on the canvas, what the scene says."""
        scene = self.blueprint_scene
        hit = self.header_hit(pos)
        if hit is not None:
            kind, object_id = hit
            blueprint = scene.blueprint
            if kind == "stage":
                return next((stage.name for stage in blueprint.stages if stage.id == object_id), "")
            if kind == "step":
                step = blueprint.step(object_id)
                return "\n\n".join(t for t in (step.name, step.description) if t)
            lane = blueprint.lane(object_id)
            return "\n\n".join(t for t in (lane.name, lane.description) if t)
        return scene.tooltip_at(self.mapToScene(pos))

    def _tab_to_keypress(self, event: QEvent) -> bool:
        """Tab must reach the editor and the cell cursor, not move focus to the next widget
        (Ctrl+Tab is the window's: the next blueprint)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.keyPressEvent(event)
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        scene = self.blueprint_scene
        if scene.editor is not None:
            super().keyPressEvent(event)
            return
        key, modifiers = event.key(), event.modifiers()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if self._emotion_key(key, modifiers):
            event.accept()
            return
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif key in _ARROWS:
            self._arrow(*_ARROWS[key], nudge=ctrl and bool(scene.selected_card_ids()))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self._enter()
        elif key == Qt.Key.Key_Tab:
            cell = self._current_cell()
            if cell is not None:
                scene.start_next_in_lane(*cell)
        elif key == Qt.Key.Key_Escape:
            if not scene.cancel_interaction():
                scene.clearSelection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _arrow(self, d_lane: int, d_step: int, nudge: bool) -> None:
        """An arrow key moves the cell cursor; with Ctrl, the selected cards."""
        if nudge:
            self._nudge_cards(d_lane, d_step)
        else:
            self._move_cursor(d_lane, d_step)

    def _enter(self) -> None:
        """Return: type into the selected card, score the step in the emotions row, or start a
        card in the cell under the cursor."""
        scene = self.blueprint_scene
        selected = scene.selected_card_ids()
        if selected:
            scene.edit_card(selected[-1])
        elif scene.cursor is not None and scene.in_emotions_row(scene.cursor[0]):
            scene.score_step(scene.cursor[1])
        elif scene.cursor is not None:
            scene.start_new_card(*scene.cursor)

    def _emotion_key(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        """Keys for the Emotions row: with a point selected, Up/Down move it by half a step
        (Shift: a whole step) and Esc lets it go; on the row, + and − score the cursor's step."""
        scene = self.blueprint_scene
        step = 1.0 if modifiers & Qt.KeyboardModifier.ShiftModifier else 0.5
        if scene.selected_point is not None:
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                scene.nudge_point(step)
            elif key in (Qt.Key.Key_Down, Qt.Key.Key_Minus):
                scene.nudge_point(-step)
            elif key == Qt.Key.Key_Escape:
                scene.select_point(None)
            else:
                return False
            return True
        if (
            scene.cursor is not None
            and scene.in_emotions_row(scene.cursor[0])
            and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus)
        ):
            current = scene.active_score(scene.cursor[1]) or 0.0
            scene.score_step(scene.cursor[1], current + (-step if key == Qt.Key.Key_Minus else step))
            return True
        return False

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().unsetCursor()
        super().keyReleaseEvent(event)

    def _current_cell(self) -> tuple[str, str] | None:
        scene = self.blueprint_scene
        selected = scene.selected_card_ids()
        if selected:
            box = scene.geometry.cards[selected[-1]]
            return (box.lane_id, box.step_id)
        if scene.cursor is None and scene.geometry.lanes and scene.geometry.steps:
            return (scene.geometry.lanes[0].lane_id, scene.geometry.steps[0].step_id)
        return scene.cursor

    def _move_cursor(self, d_lane: int, d_step: int) -> None:
        scene = self.blueprint_scene
        lanes = [band.lane_id for band in scene.geometry.lanes]
        steps = [column.step_id for column in scene.geometry.steps]
        if not lanes or not steps:
            return
        lane_id, step_id = self._current_cell() or (lanes[0], steps[0])
        lane = max(0, min(len(lanes) - 1, lanes.index(lane_id) + d_lane))
        step = max(0, min(len(steps) - 1, steps.index(step_id) + d_step))
        scene.clearSelection()
        scene.set_cursor((lanes[lane], steps[step]))
        cell = scene.geometry.cell(lanes[lane], steps[step])
        self.reveal(QRectF(cell.x, cell.y, cell.width, min(cell.height, 60.0)))

    def _nudge_cards(self, d_lane: int, d_step: int) -> None:
        """Ctrl+arrow: the selected cards one cell over (up/down within a cell first)."""
        scene = self.blueprint_scene
        geometry = scene.geometry
        lanes = [band.lane_id for band in geometry.lanes]
        steps = [column.step_id for column in geometry.steps]
        moves = []
        for card_id in scene.selected_card_ids():
            box = geometry.cards[card_id]
            lane = lanes.index(box.lane_id) + d_lane
            step = steps.index(box.step_id) + d_step
            if not (0 <= lane < len(lanes) and 0 <= step < len(steps)):
                return
            index = 0 if d_lane > 0 else (10_000 if d_lane < 0 else box.index)
            moves.append((card_id, (lanes[lane], steps[step], index)))
        if scene.sink.edit(lambda: edits.move_cards(scene.blueprint, moves)):
            scene.select_cards([card_id for card_id, _ in moves])


def _shift(low: float, high: float, first: float, last: float) -> float:
    """How far to scroll so [low, high] lies within [first, last] (its start, when it cannot fit)."""
    if low < first or high - low > last - first:
        return low - first
    if high > last:
        return high - last
    return 0.0
