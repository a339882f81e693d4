"""The canvas draws every script with the layout's faces: distinct glyphs, never boxes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from blueprint_studio.painting.fonts import draw_text


def _ink(text: str) -> bytes:
    image = QImage(80, 40, QImage.Format.Format_Grayscale8)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setPen(Qt.GlobalColor.black)
    draw_text(painter, 4, 28, text, 24)
    painter.end()
    return bytes(image.constBits())


@pytest.mark.parametrize(
    "first, second", [("顧", "客"), ("あ", "ア"), ("한", "국"), ("🏠", "👤"), ("ש", "ל"), ("ب", "ت")]
)
def test_different_characters_paint_different_glyphs(qapp, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    blank = _ink("")
    one, other = _ink(first), _ink(second)
    assert one != blank and other != blank
    assert one != other  # two missing-glyph boxes would be the same picture
