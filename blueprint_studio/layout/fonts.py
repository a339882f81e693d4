"""The bundled font's metrics, read with ReportLab so the printer measures text the same way.

The canvas draws every line exactly as wrapped here, so screen and paper break lines
identically whatever each renderer's own text engine would have chosen.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from blueprint_studio.resources import resource_path

REGULAR = "BlueprintSans"
BOLD = "BlueprintSans-Bold"
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@lru_cache(maxsize=None)
def register() -> None:
    """Register the bundled fonts with ReportLab once (embedded and subset when printing)."""
    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))


class Metrics:
    """Advance widths per character, cached; the same numbers ReportLab's stringWidth sums."""

    def __init__(self, font_name: str) -> None:
        register()
        face = pdfmetrics.getFont(font_name).face  # type: ignore[attr-defined]
        self._widths: dict[int, float] = face.charWidths
        self._default: float = face.defaultWidth
        self.ascent: float = face.ascent / 1000.0
        self.descent: float = face.descent / 1000.0
        self._cache: dict[str, float] = {}

    def width(self, text: str, size: float) -> float:
        units = self._cache.get(text)
        if units is None:
            widths, default = self._widths, self._default
            units = sum(widths.get(ord(ch), default) for ch in text)
            if len(self._cache) < 200_000:
                self._cache[text] = units
        return units * size / 1000.0


@lru_cache(maxsize=None)
def metrics(font_name: str = REGULAR) -> Metrics:
    return Metrics(font_name)
