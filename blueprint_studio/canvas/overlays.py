"""What only the canvas shows over the drawing: cards the compared blueprint has and this one
lacks, and the counts of arrows crossing each line. Never printed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from blueprint_studio.layout import Rect, style
from blueprint_studio.layout.geometry import Geometry
from blueprint_studio.layout.shapes import baseline
from blueprint_studio.model import Line
from blueprint_studio.painting.fonts import draw_text, font_for
from blueprint_studio.painting.player import qrect
from blueprint_studio.painting.scheme import shade


def draw_ghost(painter: QPainter, rect: Rect, lines: Sequence[str]) -> None:
    """A card the compared blueprint has and this one lacks: dashed and faint, never mistaken
    for a real card."""
    painter.save()
    painter.setOpacity(0.55)
    painter.setPen(QPen(shade(style.MUTED_INK), 1.2, Qt.PenStyle.DashLine))
    painter.setBrush(shade("#ffffff"))
    painter.drawRoundedRect(qrect(rect), style.CARD_RADIUS, style.CARD_RADIUS)
    painter.setPen(shade(style.MUTED_INK))
    top = rect.y + style.CARD_PADDING
    for line in lines:
        draw_text(painter, rect.x + style.CARD_PADDING, baseline(top, style.FONT_SIZE), line, style.FONT_SIZE)
        top += style.LINE_HEIGHT
    painter.restore()


def draw_crossing_counts(
    painter: QPainter, geometry: Geometry, counts: Mapping[tuple[str, Line], int], left: float, right: float
) -> None:
    """Small counts on the lines: how many arrows cross each line in each step (encounters on
    the line of interaction, handoffs on the two below)."""
    painter.setFont(font_for(painter, style.SMALL_FONT_SIZE, bold=True))
    for rule in geometry.lines:
        colour = shade(style.ENCOUNTER if rule.line is Line.INTERACTION else style.HANDOFF)
        for column in geometry.columns_between(left, right):
            count = counts.get((column.step_id, rule.line), 0)
            if count:
                pill = QRectF(column.x + column.width - 30, rule.y - 8, 24, 16)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(pill, 8, 8)
                painter.setPen(shade("#ffffff"))
                painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, str(count))
