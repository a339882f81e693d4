"""A page of boxes and words (the executive summary) on a QPainter, as the PDF draws it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from blueprint_studio.painting.fonts import draw_text
from blueprint_studio.printing.executive import Sheet


def draw_sheet(painter: QPainter, sheet: Sheet) -> None:
    for box in sheet.boxes:
        painter.setPen(QPen(QColor(box.edge), 0.8) if box.rect.height > 1 else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(box.fill))
        painter.drawRect(QRectF(box.rect.x, box.rect.y, box.rect.width, box.rect.height))
    for words in sheet.words:
        painter.setPen(QColor(words.colour))
        draw_text(painter, words.x, words.y, words.text, words.size, bold=words.bold)
