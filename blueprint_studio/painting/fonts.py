"""The bundled font registered with Qt, sized in points of the layout (not screen points)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QPainter

from blueprint_studio.layout.fonts import FONT_FILES
from blueprint_studio.resources import resource_path


@lru_cache(maxsize=None)
def family() -> str:
    """Load the bundled TTFs into Qt once; return their family name."""
    families: list[str] = []
    for filename in FONT_FILES.values():
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", filename)))
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families[0] if families else "DejaVu Sans"


@lru_cache(maxsize=64)
def _font(size: float, bold: bool, dpi: int) -> QFont:
    font = QFont(family())
    # The layout measures in points where 1 pt = 1 scene unit; Qt scales point sizes by the
    # device's DPI, so undo that to make a 10-unit font 10 units tall on every device.
    font.setPointSizeF(size * 72.0 / dpi)
    font.setBold(bold)
    font.setKerning(False)  # ReportLab does not kern; neither may we, or widths drift
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def font_for(painter: QPainter, size: float, bold: bool = False) -> QFont:
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    return _font(size, bold, dpi or 96)
