"""The Emotions row on the canvas: curves whose points are dragged up and down.

A drag (`interactions.PointDrag`) previews the curve from the layout with the dragged score,
so the preview is exactly what will be drawn and printed, and becomes one command on release.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QStyleOptionGraphicsItem, QWidget

from blueprint_studio.drawing import blueprint as parts
from blueprint_studio.drawing.ops import Op
from blueprint_studio.layout import style
from blueprint_studio.layout.emotion import score_label
from blueprint_studio.layout.geometry import CurvePoint, EmotionChart
from blueprint_studio.layout.shapes import chart_between
from blueprint_studio.painting import scheme
from blueprint_studio.painting.overview import detailed
from blueprint_studio.painting.player import play
from blueprint_studio.painting.scheme import shade

GRAB_RADIUS = 8.0


class EmotionChartItem(QGraphicsItem):
    """Paints the chart; only its points take the mouse, so the rest of the row stays the scene's."""

    def __init__(self, chart: EmotionChart, ground: str) -> None:
        super().__init__()
        self.chart = chart
        self.ground = ground  # the Emotions lane's colour (light), which the reasons are set on
        self.selected_point: str | None = None
        self._preview: EmotionChart | None = None
        self._bounds: tuple[EmotionChart, QRectF] | None = None  # (for which chart, its bounds)
        self._exposed: tuple[EmotionChart, float, float, bool, int, list[Op]] | None = (
            None  # (chart, left, right, detail, scheme generation, ops)
        )
        self.setZValue(0.4)  # under the arrows and cards, as every print draws it (drawing.blueprint)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect: draw only what shows
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.SizeVerCursor)

    def set_chart(self, chart: EmotionChart) -> None:
        if chart != self.chart:
            self.prepareGeometryChange()
            self.chart = chart
            self.update()

    # ------------------------------------------------------------ shape and paint

    def boundingRect(self) -> QRectF:  # noqa: N802
        kept = self._bounds
        if kept is None or kept[0] is not self.chart:  # asked several times a frame; the chart changes rarely
            plot = self.chart.plot
            bottom = max([plot.bottom + 10] + [b.y + len(b.lines) * 12 for b in self.chart.reasons])
            kept = self._bounds = (
                self.chart,
                QRectF(
                    plot.x - GRAB_RADIUS,
                    plot.y - GRAB_RADIUS,
                    plot.width + 2 * GRAB_RADIUS,
                    bottom - plot.y + 2 * GRAB_RADIUS,
                ),
            )
        return QRectF(kept[1])

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        for point in self.points():
            path.addEllipse(QPointF(point.x, point.y), GRAB_RADIUS, GRAB_RADIUS)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        exposed = option.exposedRect
        whole, left, right = self._preview or self.chart, exposed.left(), exposed.right()
        detail = detailed(painter.worldTransform().m11())
        key = (whole, left, right, detail, scheme.generation)
        kept = self._exposed
        if kept is None or kept[0] is not whole or kept[1:5] != key[1:]:
            # Cutting the chart to what shows scans every point (1 ms at 1,250 steps): done
            # again only when the chart, the exposed part or the scheme changed, not every frame.
            s = scheme.current()
            kept = self._exposed = (*key, parts.chart(chart_between(whole, left, right), s, s(self.ground), detail))
        play(painter, kept[5])
        chosen = next((p for p in self.points() if p.point_id == self.selected_point), None) if detail else None
        if chosen is not None:  # the selected score: a ring in the selection colour, over the point
            painter.setPen(QPen(shade(style.SELECTION), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(chosen.x, chosen.y), style.POINT_RADIUS + 1.5, style.POINT_RADIUS + 1.5)

    def points(self) -> list[CurvePoint]:
        return [point for curve in self.chart.curves for point in curve.points]

    def point_at(self, pos: QPointF) -> CurvePoint | None:
        """The point under `pos`; where curves meet, the one drawn last (on top) wins."""
        near = [p for p in self.points() if (p.x - pos.x()) ** 2 + (p.y - pos.y()) ** 2 <= GRAB_RADIUS**2]
        return near[-1] if near else None

    # ------------------------------------------------------------ a drag's preview and hovering

    def show_preview(self, chart: EmotionChart | None, score: float | None = None) -> None:
        """Draw `chart` (the curve with a dragged score, from the layout) until told None;
        the tooltip says the score it would land on."""
        self._preview = chart
        self.setToolTip(score_label(score) if score is not None else "")
        self.update()

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        if self._preview is not None:
            return
        point = self.point_at(event.pos())
        self.setToolTip(self.scene().describe_point(point.point_id) if point is not None else "")  # type: ignore[attr-defined]
        super().hoverMoveEvent(event)
