"""Light and dark: the colours of `layout.style` as the screen shows them.

The layout and the printer speak in one set of colours, made for paper. A dark screen shows
the same drawing with each colour's lightness turned over (hue and saturation kept), so a
pale lane becomes a deep one of the same hue and dark ink becomes light ink: every contrast
the light drawing has, the dark one keeps. Paper never changes: printing, PNG, SVG and the
print preview draw inside `light()`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from PySide6.QtGui import QColor

from blueprint_studio.layout import style

_dark = False


def set_dark(dark: bool) -> None:
    """The screen's scheme, set by the window when the theme changes."""
    global _dark
    _dark = dark


def is_dark() -> bool:
    return _dark


@contextmanager
def light() -> Iterator[None]:
    """Draw for paper, whatever the screen shows."""
    global _dark
    before, _dark = _dark, False
    try:
        yield
    finally:
        _dark = before


def shade(value: str) -> QColor:
    """`value` (#rrggbb) in the current scheme."""
    return QColor(night(value)) if _dark else QColor(value)


@lru_cache(maxsize=4096)
def night(value: str) -> str:
    """The dark scheme's version of a colour: its perceived lightness (CIE L*) turned over,
    hue kept. Turning L* rather than HSL lightness keeps yellows from staying bright, so the
    contrast of every pair the light drawing has is kept in the dark one. Black becomes a
    deep grey rather than pure black, which keeps shadows and edges visible."""
    colour = QColor(value)
    hue, saturation, lightness, alpha = colour.getHslF()
    target = 10.0 + 0.84 * (100.0 - _lstar(colour))
    low, high = 0.0, 1.0
    for _ in range(24):  # bisection on HSL lightness, which L* rises with for a fixed hue
        middle = (low + high) / 2
        if _lstar(QColor.fromHslF(max(hue, 0.0), saturation * 0.85, middle, alpha)) < target:
            low = middle
        else:
            high = middle
    return QColor.fromHslF(max(hue, 0.0), saturation * 0.85, (low + high) / 2, alpha).name()


def _lstar(colour: QColor) -> float:
    y = style.luminance(colour.name())
    return 116.0 * y ** (1 / 3) - 16.0 if y > 0.008856 else 903.3 * y


def glyph_on(background: QColor) -> QColor:
    """White or ink for a glyph on `background` as shown, whichever reads better."""
    return QColor(style.ink_on(background.name(), light=night("#ffffff") if _dark else "#ffffff",
                               dark=night(style.INK) if _dark else style.INK))
