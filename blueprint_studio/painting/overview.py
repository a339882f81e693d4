"""Blueprints drawn small: cards as plain shapes once their text would be a few pixels high.

Far out, a 10,000-card wall would cost a painted item per card and a shaped run per line
of text nobody can read. The canvas (zoomed out) and the overview dock draw a `Sketch`
instead, built once per layout: the same card rectangles in the same colours, batched by
colour; each text line as a grey bar while it is still a visible smudge; mark badges as
coloured squares; arrows as one thin path. The shapes, places and colours are the cards'
own, so the change between the two levels is the text appearing, nothing moving.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from blueprint_studio.layout import style
from blueprint_studio.layout.geometry import Geometry

DETAIL_TEXT_PX = 4.5  # card text this high on screen or more: cards are drawn in full
_BAR_TEXT_PX = 1.2  # below this, text lines are not even smudges
_CHUNK = 16  # columns per batch, so a partly exposed wall draws only what is in view


def detailed(zoom: float) -> bool:
    """Whether cards at this zoom are drawn in full (their text is legible)."""
    return style.FONT_SIZE * zoom >= DETAIL_TEXT_PX


class Sketch:
    """One layout's cards and arrows as a few batches of shapes."""

    def __init__(self, geometry: Geometry) -> None:
        self.geometry = geometry
        left = geometry.steps[0].x if geometry.steps else 0.0
        self._chunk_width = _CHUNK * style.COLUMN_WIDTH
        self._left = left
        self.cards: defaultdict[int, defaultdict[tuple[str, str], list[QRectF]]] = defaultdict(lambda: defaultdict(list))
        self.bars: defaultdict[int, list[QRectF]] = defaultdict(list)
        self.badges: defaultdict[int, defaultdict[str, list[QRectF]]] = defaultdict(lambda: defaultdict(list))
        bar_height = style.FONT_SIZE * 0.5
        glyph = style.FONT_SIZE * 0.52  # an average character's advance, enough for a smudge
        for box in geometry.cards.values():
            chunk = self._chunk(box.rect.x)
            r = box.rect
            self.cards[chunk][(box.fill, box.edge)].append(QRectF(r.x, r.y, r.width, r.height))
            y = box.text_top + (style.LINE_HEIGHT - bar_height) / 2
            for line in box.lines:
                if line.strip():
                    self.bars[chunk].append(QRectF(r.x + style.CARD_PADDING, y, min(len(line) * glyph, r.width - 2 * style.CARD_PADDING), bar_height))
                y += style.LINE_HEIGHT
            for badge in box.badges:
                b = badge.rect
                self.badges[chunk][style.MARK_STYLES[badge.mark].colour].append(QRectF(b.x, b.y, style.BADGE_SIZE, style.BADGE_SIZE))
        self.arrows: defaultdict[int, QPainterPath] = defaultdict(QPainterPath)
        for path in geometry.connectors:
            points = path.points
            drawn = self.arrows[self._chunk(points[0][0])]
            drawn.moveTo(QPointF(*points[0]))
            for point in points[1:]:
                drawn.lineTo(QPointF(*point))

    def _chunk(self, x: float) -> int:
        return int((x - self._left) // self._chunk_width)

    def draw(self, painter: QPainter, zoom: float, exposed: QRectF | None = None) -> None:
        """Draw what reaches into `exposed` (everything when None) at this zoom."""
        if exposed is None:
            chunks = range(min(self.cards, default=0) - 1, max(self.cards, default=0) + 2)
        else:
            chunks = range(self._chunk(exposed.left()) - 1, self._chunk(exposed.right()) + 2)
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        arrows = QColor(style.CONNECTOR_COLOUR)
        arrows.setAlpha(70)  # many arrows in little room: a haze, not bars
        painter.setPen(QPen(arrows, 0))  # cosmetic: one pixel at any zoom
        for chunk in chunks:
            if chunk in self.arrows:
                painter.drawPath(self.arrows[chunk])
        for chunk in chunks:
            for (fill, edge), rects in self.cards.get(chunk, {}).items():
                painter.setBrush(QColor(fill))
                painter.setPen(QPen(QColor(edge), 0))
                painter.drawRects(rects)
        painter.setPen(Qt.PenStyle.NoPen)
        if style.FONT_SIZE * zoom >= _BAR_TEXT_PX:
            painter.setBrush(QColor(style.MUTED_INK).lighter(150))
            for chunk in chunks:
                if chunk in self.bars:
                    painter.drawRects(self.bars[chunk])
        for chunk in chunks:
            for colour, rects in self.badges.get(chunk, {}).items():
                painter.setBrush(QColor(colour))
                painter.drawRects(rects)
        painter.restore()
