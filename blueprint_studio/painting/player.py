"""Play drawing operations on a QPainter: the canvas items, the PNG export, the previews.

Nothing is decided here: sizes, colours, dash lengths (converted from points to Qt's pen
widths) and text runs come from the operations.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen

from blueprint_studio.drawing.ops import Box, Image, Line, Op, Oval, Path, Pen, Text
from blueprint_studio.layout.geometry import Rect
from blueprint_studio.layout.shapes import fit_image
from blueprint_studio.painting import photos
from blueprint_studio.painting.fonts import draw_runs


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


@lru_cache(maxsize=512)
def colour(value: str) -> QColor:
    return QColor(value)


@lru_cache(maxsize=512)
def qpen(pen: Pen) -> QPen:
    made = QPen(colour(pen.colour), pen.width)
    if pen.dash:
        made.setDashPattern([length / pen.width for length in pen.dash])  # Qt counts dashes in pen widths
    if pen.round_cap:
        made.setCapStyle(Qt.PenCapStyle.RoundCap)
    return made


_NO_PEN = QPen(Qt.PenStyle.NoPen)
_NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)


def _style(painter: QPainter, fill: str | None, pen: Pen | None) -> None:
    painter.setPen(qpen(pen) if pen is not None else _NO_PEN)
    painter.setBrush(QBrush(colour(fill)) if fill is not None else _NO_BRUSH)


def qpath(path: Path) -> QPainterPath:
    made = QPainterPath()
    for start, segments in path.pieces:
        made.moveTo(QPointF(*start))
        for segment in segments:
            if len(segment) == 1:
                made.lineTo(QPointF(*segment[0]))
            else:
                made.cubicTo(QPointF(*segment[0]), QPointF(*segment[1]), QPointF(*segment[2]))
        if path.closed:
            made.closeSubpath()
    return made


def play(painter: QPainter, ops: Iterable[Op]) -> None:
    for op in ops:
        kind = type(op)
        if kind is Text:
            painter.setPen(colour(op.colour))  # type: ignore[union-attr]
            y = op.y  # type: ignore[union-attr]
            for line in op.lines:  # type: ignore[union-attr]
                draw_runs(painter, op.x, y, line, op.size)  # type: ignore[union-attr]
                y += op.leading  # type: ignore[union-attr]
        elif kind is Box:
            _style(painter, op.fill, op.pen)  # type: ignore[union-attr]
            if op.radius:  # type: ignore[union-attr]
                painter.drawRoundedRect(qrect(op.rect), op.radius, op.radius)  # type: ignore[union-attr]
            else:
                painter.drawRect(qrect(op.rect))  # type: ignore[union-attr]
        elif kind is Line:
            painter.setPen(qpen(op.pen))  # type: ignore[union-attr]
            painter.drawLine(QPointF(*op.start), QPointF(*op.end))  # type: ignore[union-attr]
        elif kind is Path:
            _style(painter, op.fill, op.pen)  # type: ignore[union-attr]
            painter.drawPath(qpath(op))  # type: ignore[arg-type]
        elif kind is Oval:
            _style(painter, op.fill, op.pen)  # type: ignore[union-attr]
            painter.drawEllipse(QPointF(*op.centre), op.rx, op.ry)  # type: ignore[union-attr]
        elif kind is Image:
            _image(painter, op)  # type: ignore[arg-type]


def _image(painter: QPainter, op: Image) -> None:
    """The photo decoded at the size it is drawn on this device (painting.photos)."""
    shown = max(op.frame.width, op.frame.height) * _device_scale(painter)
    image = photos.photo(op.name, op.data, photos.side_for(shown)) if op.data is not None else QImage()
    if image.isNull():
        placeholder(painter, op)
        return
    painter.drawImage(qrect(fit_image(op.frame, image.width(), image.height())), image)


def _device_scale(painter: QPainter) -> float:
    """Device pixels per layout point where the painter draws now."""
    transform = painter.combinedTransform()
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    return max(math.hypot(transform.m11(), transform.m12()), math.hypot(transform.m21(), transform.m22())) * ratio


def placeholder(painter: QPainter, op: Image) -> None:
    """A picture that cannot be shown: its frame, crossed, so it reads as missing, not as empty."""
    painter.setPen(QPen(colour(op.edge), 1.0))
    painter.setBrush(_NO_BRUSH)
    frame = qrect(op.frame)
    painter.drawRect(frame)
    painter.drawLine(frame.topLeft(), frame.bottomRight())
    painter.drawLine(frame.topRight(), frame.bottomLeft())
