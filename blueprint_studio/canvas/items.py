"""Graphics items for cards and arrows. Each plays its part of the one drawing
(`drawing.blueprint.card`, `.connector`), as the PNG, PDF and SVG do, then draws what only the
canvas has on top: selection, emphasis, comparison outlines, the connect handle."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QStyleOptionGraphicsItem, QWidget

from blueprint_studio.drawing import blueprint as parts
from blueprint_studio.drawing.ops import Op, polyline
from blueprint_studio.layout import style
from blueprint_studio.layout.geometry import CardBox, ConnectorPath
from blueprint_studio.layout.shapes import label_box
from blueprint_studio.painting import scheme
from blueprint_studio.painting.player import play, qpath, qrect
from blueprint_studio.painting.scheme import shade

COMPARE_COLOURS = {"added": "#1a7f37", "changed": "#bf8700", "moved": "#0969da"}


HANDLE_RADIUS = 6.0
OUTLINE_WIDTH = 8.0  # how far from an arrow's line a click still selects it


def _card_bounds(box: CardBox) -> QRectF:
    return QRectF(-5, -5, box.rect.width + HANDLE_RADIUS + 7, box.rect.height + 10)  # rings drawn outside the card


class CardItem(QGraphicsItem):
    """A card; selectable (a drag moves it through `interactions.CardDrag`, not Qt's own
    moving). Its connect handle shows on hover at the right edge, where edits are allowed."""

    def __init__(self, box: CardBox) -> None:
        super().__init__()
        self.box = box
        self.card_id = box.card_id
        self._hovered = False
        self._bounds = _card_bounds(box)
        self._ops: tuple[tuple[CardBox, int], list[Op]] | None = None  # made for (box, scheme generation)
        self.setPos(box.rect.x, box.rect.y)
        self.setZValue(1)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

    def set_box(self, box: CardBox) -> None:
        if (box.rect.width, box.rect.height) != (self.box.rect.width, self.box.rect.height):
            self.prepareGeometryChange()
            self._bounds = _card_bounds(box)
        changed = box != self.box
        self.box = box
        if self.pos() != QPointF(box.rect.x, box.rect.y):
            self.setPos(box.rect.x, box.rect.y)
        if changed:
            self.update()

    def at_rest(self) -> bool:
        return self.pos() == QPointF(self.box.rect.x, self.box.rect.y)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(
            QRectF(0, 0, self.box.rect.width, self.box.rect.height), style.CARD_RADIUS, style.CARD_RADIUS
        )
        path.addEllipse(self.handle_center(), HANDLE_RADIUS, HANDLE_RADIUS)
        return path

    def handle_center(self) -> QPointF:
        return QPointF(self.box.rect.width, self.box.rect.height / 2)

    def on_handle(self, scene_pos: QPointF) -> bool:
        local = self.mapFromScene(scene_pos)
        delta = local - self.handle_center()
        return (delta.x() ** 2 + delta.y() ** 2) <= (HANDLE_RADIUS + 2) ** 2

    def scene_rect(self) -> QRectF:
        """Where the card is now (during a drag, not where the layout put it)."""
        return QRectF(self.pos().x(), self.pos().y(), self.box.rect.width, self.box.rect.height)

    def ops(self) -> list[Op]:
        """The card's part of the drawing, in the screen's scheme (made again after a switch)."""
        if self._ops is None or self._ops[0][0] is not self.box or self._ops[0][1] != scheme.generation:
            scene = self.scene()
            images = scene.geometry.images if scene is not None else None  # type: ignore[attr-defined]
            self._ops = ((self.box, scheme.generation), parts.card(self.box, scheme.current(), images))
        return self._ops[1]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        scene = self.scene()
        emphasised = scene is not None and self.card_id in scene.emphasis  # type: ignore[attr-defined]
        lit = scene.lit if scene is not None else None  # type: ignore[attr-defined]
        if lit is not None and self.card_id not in lit:
            painter.setOpacity(0.22)  # highlighting facets: everything else steps back
        outline = QRectF(0, 0, self.box.rect.width, self.box.rect.height)
        if emphasised:
            painter.setPen(QPen(shade(style.EMPHASIS), 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(outline.adjusted(-3, -3, 3, 3), style.CARD_RADIUS + 2, style.CARD_RADIUS + 2)
        painter.save()
        painter.translate(-self.box.rect.x, -self.box.rect.y)
        play(painter, self.ops())
        painter.restore()
        if self.isSelected():
            painter.setPen(QPen(shade(style.SELECTION), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(outline, style.CARD_RADIUS, style.CARD_RADIUS)
        compared = scene.comparison.get(self.card_id) if scene is not None else None  # type: ignore[attr-defined]
        if compared is not None:  # added, changed or moved against the compared blueprint
            painter.setOpacity(1.0)
            painter.setPen(QPen(shade(COMPARE_COLOURS[compared]), 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(
                QRectF(-3, -3, self.box.rect.width + 6, self.box.rect.height + 6),
                style.CARD_RADIUS + 2,
                style.CARD_RADIUS + 2,
            )
        if self._hovered:
            painter.setPen(QPen(shade(style.SELECTION), 1.5))
            painter.setBrush(shade("#ffffff"))
            painter.drawEllipse(self.handle_center(), HANDLE_RADIUS - 1, HANDLE_RADIUS - 1)
            painter.setPen(QPen(shade(style.SELECTION), 1.5))
            c = self.handle_center()
            painter.drawLine(QPointF(c.x() - 3, c.y()), QPointF(c.x() + 3, c.y()))
            painter.drawLine(QPointF(c.x(), c.y() - 3), QPointF(c.x(), c.y() + 3))

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        scene = self.scene()
        self._hovered = scene is None or scene.editable()  # type: ignore[attr-defined]  # no arrows to draw when read-only
        self.update()
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        on_handle = self._hovered and self.on_handle(event.scenePos())
        self.setCursor(Qt.CursorShape.CrossCursor if on_handle else Qt.CursorShape.ArrowCursor)
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)


def _route_bounds(path: ConnectorPath) -> QRectF:
    xs = [x for x, _ in path.points]
    ys = [y for _, y in path.points]
    reach = OUTLINE_WIDTH / 2 + style.ARROW_SIZE
    rect = QRectF(min(xs) - reach, min(ys) - reach, max(xs) - min(xs) + 2 * reach, max(ys) - min(ys) + 2 * reach)
    if path.label:
        rect = rect.united(qrect(label_box(path)).adjusted(-2, -2, 2, 2))
    return rect


class ConnectorItem(QGraphicsItem):
    """An arrow between two cards; selectable (to delete or change its kind)."""

    def __init__(self, path: ConnectorPath) -> None:
        super().__init__()
        self.connector_id = path.connector_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0.5)
        self.path = path
        # Both made when first needed: most arrows are never painted or hit-tested.
        self._ops: tuple[tuple[ConnectorPath, int], list[Op]] | None = None
        self._outline: QPainterPath | None = None
        self._bounds = _route_bounds(path)

    def set_path(self, path: ConnectorPath) -> None:
        if path == self.path:
            return
        self.prepareGeometryChange()
        self.path = path
        self._ops = None
        self._outline = None
        self._bounds = _route_bounds(path)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._outline is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(OUTLINE_WIDTH)
            self._outline = stroker.createStroke(qpath(polyline(self.path.points)))
        return self._outline

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._ops is None or self._ops[0][0] is not self.path or self._ops[0][1] != scheme.generation:
            self._ops = ((self.path, scheme.generation), parts.connector(self.path, scheme.current()))
        play(painter, self._ops[1])
        scene = self.scene()
        emphasised = scene is not None and self.connector_id in scene.emphasis  # type: ignore[attr-defined]
        if self.isSelected() or emphasised:
            play(
                painter,
                parts.route(
                    self.path,
                    scheme.current(),
                    shade(style.SELECTION if self.isSelected() else style.EMPHASIS).name(),
                    2.2,
                ),
            )
