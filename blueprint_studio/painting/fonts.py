"""The bundled fonts registered with Qt, sized in points of the layout (not screen points),
and text drawn as the layout's runs so the screen shows the print's glyphs and line breaks."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontDatabase, QPainter

from blueprint_studio.layout.fonts import BOLD, FACES, REGULAR, metrics
from blueprint_studio.layout.scripts import is_rtl
from blueprint_studio.resources import resource_path

_LEFT_TO_RIGHT_OVERRIDE, _POP = "\u202d", "\u202c"


@cache
def families() -> dict[str, str]:
    """Load the bundled fonts into Qt once; the Qt family of each layout face.

    Registered application fonts also serve Qt's own fallback, so widgets (lists, the
    properties panel, the in-place editor) show Japanese or emoji on machines without them.
    """
    found: dict[str, str] = {}
    for name, face in FACES.items():
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", face.filename)))
        loaded = QFontDatabase.applicationFontFamilies(font_id)
        found[name] = face.family if face.family in loaded else (loaded[0] if loaded else face.family)
    return found


def family() -> str:
    return families()[REGULAR]


@lru_cache(maxsize=256)
def _font(face: str, size: float, dpi: int) -> QFont:
    font = QFont(families()[face])
    # The layout measures in points where 1 pt = 1 scene unit; Qt scales point sizes by the
    # device's DPI, so undo that to make a 10-unit font 10 units tall on every device.
    font.setPointSizeF(size * 72.0 / dpi)
    font.setBold(face == BOLD)
    font.setKerning(False)  # ReportLab does not kern; neither may we, or widths drift
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def _dpi(painter: QPainter) -> int:
    device = painter.device()
    return (device.logicalDpiY() if device is not None else 96) or 96


def font_for(painter: QPainter, size: float, bold: bool = False) -> QFont:
    return _font(BOLD if bold else REGULAR, size, _dpi(painter))


# Qt lays glyphs out at whole pixel sizes: an 8.5-unit font set as such is measured as 9 and
# runs 6 % wider than the layout measured it. Drawn at a large pixel size and scaled down,
# the advances match the layout's to a thousandth.
_REFERENCE_PIXELS = 512


@lru_cache(maxsize=16)
def _reference_font(face: str) -> QFont:
    font = QFont(families()[face])
    font.setPixelSize(_REFERENCE_PIXELS)
    font.setBold(face == BOLD)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def draw_text(painter: QPainter, x: float, y: float, text: str, size: float, bold: bool = False) -> None:
    """One line at baseline y, as the layout's runs."""
    measure = metrics(BOLD if bold else REGULAR)
    runs, at = [], 0.0
    for face, part in measure.runs(text):
        runs.append((face, part, at))
        at += measure.width(part, size)
    draw_runs(painter, x, y, runs, size)


def draw_runs(painter: QPainter, x: float, y: float, runs: Iterable[tuple[str, str, float]], size: float) -> None:
    """One line at baseline y, run by run, each where the layout measured it to start.

    Runs are already in visual order; a left-to-right override stops Qt from reordering
    right-to-left letters a second time.
    """
    painter.save()
    painter.translate(x, y)
    scale = size / _REFERENCE_PIXELS
    painter.scale(scale, scale)
    for face, part, at in runs:
        painter.setFont(_reference_font(face))
        shown = f"{_LEFT_TO_RIGHT_OVERRIDE}{part}{_POP}" if is_rtl(part) else part
        painter.drawText(QPointF(at / scale, 0.0), shown)
    painter.restore()
