"""The Overview dock: the whole blueprint small, the visible part framed; click or drag to go.

A 10,000-card blueprint is some two hundred metres wide and a few wide: even at the
smallest zoom the canvas shows a sliver of it. The overview wraps the blueprint into as
many rows as make it largest in the dock (row after row, left to right, like lines of
text) and draws it from the canvas's own sketch, so it costs a handful of draw calls; after an
edit, only the runs of columns whose sketch changed are drawn again.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, SignalInstance
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QDockWidget, QSizePolicy, QWidget

from blueprint_studio.canvas.view import BlueprintView
from blueprint_studio.layout import style
from blueprint_studio.painting.overview import Sketch
from blueprint_studio.painting.scheme import shade
from blueprint_studio.ui.i18n import tr

_GAP = 6.0  # pixels between wrapped rows
_REDRAW_MS = 200  # after the last edit


class OverviewMap(QWidget):
    """The drawing: rows of the blueprint, and the frame of what the canvas shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(160, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tr("The whole blueprint: click or drag to show that part"))
        self.view: BlueprintView | None = None
        self._image: QImage | None = None
        self._drawn: Sketch | None = None  # the sketch the picture shows
        self._edited = False  # the blueprint changed since: draw again what changed
        self._rows, self._scale = 1, 1.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_REDRAW_MS)
        self._timer.timeout.connect(self._changed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 130)

    def attach(self, view: BlueprintView | None) -> None:
        if self.view is not None:
            for signal, slot in self._links(self.view):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
        self.view = view
        if view is not None:
            for signal, slot in self._links(view):
                signal.connect(slot)
        self.stale()

    def _links(self, view: BlueprintView) -> list[tuple[SignalInstance, Callable[..., object]]]:
        return [
            (view.horizontalScrollBar().valueChanged, self.update),
            (view.verticalScrollBar().valueChanged, self.update),
            (view.zoom_changed, self.update),
            (view.blueprint_scene.laid_out, self._timer.start),
        ]

    def stale(self) -> None:
        """The picture no longer shows the blueprint at all (another one, or the theme changed)."""
        self._image = None
        self.update()

    def _changed(self) -> None:
        """The blueprint was edited: the runs of columns that changed are drawn again."""
        self._edited = True
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self._image = None
        super().resizeEvent(event)

    # ------------------------------------------------------------ wrapping

    def _fit(self) -> None:
        """The number of rows that draws the blueprint largest in this widget."""
        geometry = self.view.blueprint_scene.geometry if self.view else None
        if geometry is None or geometry.width <= 0 or geometry.height <= 0:
            self._rows, self._scale = 1, 1.0
            return
        best = (0.0, 1)
        for rows in range(1, 64):
            scale = min(
                self.width() * rows / geometry.width, (self.height() - _GAP * (rows - 1)) / (rows * geometry.height)
            )
            best = max(best, (scale, -rows))
        self._scale, self._rows = best[0], -best[1]

    def _row_width(self) -> float:
        assert self.view is not None
        return self.view.blueprint_scene.geometry.width / self._rows

    def _row_top(self, row: int) -> float:
        assert self.view is not None
        return row * (self.view.blueprint_scene.geometry.height * self._scale + _GAP)

    def _render(self) -> QImage:
        assert self.view is not None
        image = QImage(self.size() * self.devicePixelRatioF(), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(self.devicePixelRatioF())
        image.fill(shade(style.HEADER_FILL))
        self._drawn = self.view.blueprint_scene.sketch()
        self._paint(image, [(0.0, self._drawn.geometry.width)])
        return image

    def _redraw_changes(self) -> None:
        """Draw again only the runs of columns whose sketch changed (and the arrows leaving
        them); anything that moves the rows (a lane grew, a step came) draws it all."""
        assert self.view is not None and self._image is not None
        old, new = self._drawn, self.view.blueprint_scene.sketch()
        fitted = (self._rows, self._scale)
        self._fit()
        if (
            old is None
            or fitted != (self._rows, self._scale)
            or (old.geometry.width, old.geometry.height) != (new.geometry.width, new.geometry.height)
            or old.geometry.lanes != new.geometry.lanes
            or old.geometry.lines != new.geometry.lines
        ):
            self._image = self._render()
            return
        spans = []
        for index in old.chunks.keys() | new.chunks.keys():
            before, after = old.chunks.get(index), new.chunks.get(index)
            if before is after:
                continue
            left, right = new.run_span(index)
            for chunk in (before, after):
                if chunk is not None and not chunk.arrows.isEmpty():
                    bounds = chunk.arrows.boundingRect()
                    left, right = min(left, bounds.left() - 1), max(right, bounds.right() + 1)
            spans.append((left, right))
        self._drawn = new
        self._paint(self._image, spans)

    def _paint(self, image: QImage, spans: list[tuple[float, float]]) -> None:
        """Draw these stretches of the blueprint (scene x from, to) into the picture's rows."""
        assert self._drawn is not None
        geometry, sketch = self._drawn.geometry, self._drawn
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self._row_width()
        for left, right in spans:
            for row in range(self._rows):
                shown = QRectF(row * width, 0, width, geometry.height).intersected(
                    QRectF(left, 0, right - left, geometry.height)
                )
                if shown.isEmpty():
                    continue
                # To whole pixels: a stretch drawn again blends its edge pixels as the first drawing did.
                ratio = self._scale * image.devicePixelRatio()
                first, last = (
                    math.floor((shown.left() - row * width) * ratio),
                    math.ceil((shown.right() - row * width) * ratio),
                )
                shown = QRectF(row * width + first / ratio, 0, (last - first) / ratio, geometry.height).intersected(
                    QRectF(row * width, 0, width, geometry.height)
                )
                top, bottom = self._row_top(row), self._row_top(row) + geometry.height * self._scale
                dpr = image.devicePixelRatio()
                # As the picture began.
                painter.fillRect(
                    QRectF(
                        first / dpr,
                        math.floor(top * dpr) / dpr,
                        (last - first) / dpr,
                        (math.ceil(bottom * dpr) - math.floor(top * dpr)) / dpr,
                    ),
                    shade(style.HEADER_FILL),
                )
                painter.save()
                painter.translate(0, self._row_top(row))
                painter.scale(self._scale, self._scale)
                painter.translate(-row * width, 0)
                painter.setClipRect(shown)
                painter.fillRect(shown, shade("#ffffff"))
                for band in geometry.lanes:
                    painter.fillRect(
                        QRectF(shown.x(), band.rect.y, shown.width(), band.rect.height), shade(band.band_colour)
                    )
                for rule in geometry.lines:
                    painter.setPen(QPen(shade(style.LINE_COLOUR), 0))
                    painter.drawLine(QPointF(shown.left(), rule.y), QPointF(shown.right(), rule.y))
                sketch.draw(painter, self._scale, shown)
                painter.restore()
        painter.end()

    # ------------------------------------------------------------ painting and going

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        if self.view is None:
            painter.fillRect(self.rect(), shade(style.HEADER_FILL))
            return
        if self._image is None:
            self._fit()
            self._image = self._render()
        elif self._edited:
            self._redraw_changes()
        self._edited = False
        painter.drawImage(0, 0, self._image)
        shown = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        shown = shown.intersected(
            QRectF(0, 0, self.view.blueprint_scene.geometry.width, self.view.blueprint_scene.geometry.height)
        )
        width = self._row_width()
        painter.setPen(QPen(shade(style.SELECTION), 2.0))
        painter.setBrush(QColor(0, 114, 178, 40))
        for row in range(self._rows):
            left, right = max(shown.left(), row * width), min(shown.right(), (row + 1) * width)
            if left < right:
                painter.drawRect(
                    QRectF(
                        (left - row * width) * self._scale,
                        self._row_top(row) + shown.top() * self._scale,
                        max(2.0, (right - left) * self._scale),
                        max(2.0, shown.height() * self._scale),
                    )
                )

    def scene_point(self, x: float, y: float) -> QPointF | None:
        """The blueprint point under a widget point (None between or below the rows)."""
        if self.view is None or self._scale <= 0:
            return None
        height = self.view.blueprint_scene.geometry.height * self._scale
        row = int(y // (height + _GAP))
        if not 0 <= row < self._rows or y - self._row_top(row) > height:
            return None
        return QPointF(row * self._row_width() + x / self._scale, (y - self._row_top(row)) / self._scale)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._go(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._go(event)

    def _go(self, event: QMouseEvent) -> None:
        point = self.scene_point(event.position().x(), event.position().y())
        if point is not None and self.view is not None:
            self.view.centerOn(point)
            self.update()
        event.accept()


class OverviewDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Overview"), parent)
        self.setObjectName("overview")
        self.map = OverviewMap()
        self.setWidget(self.map)

    def attach(self, view: BlueprintView | None) -> None:
        self.map.attach(view)
