"""Light and dark: the colours of `layout.style` as a drawing is made with them.

The layout and the printer speak in one set of colours, made for paper. A dark screen shows
the same drawing with each colour's perceived lightness (CIE L*) turned over, hue kept, so a
pale lane becomes a deep one of the same hue and dark ink becomes light ink: every contrast
the light drawing has, the dark one keeps. A drawing is made with one scheme, read once, so
a theme switch makes every part again and none keeps the old colours. Paper is always light.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass
from functools import lru_cache

from blueprint_studio.layout import style


@dataclass(frozen=True)
class Scheme:
    dark: bool

    def __call__(self, value: str) -> str:
        """`value` (#rrggbb) as this scheme shows it."""
        return night(value) if self.dark else value

    def ink_on(self, background: str) -> str:
        """White or ink for a glyph on `background` (as shown), whichever reads better."""
        return style.ink_on(background, light=self("#ffffff"), dark=self(style.INK))


LIGHT = Scheme(dark=False)
DARK = Scheme(dark=True)


@lru_cache(maxsize=4096)
def night(value: str) -> str:
    """The dark scheme's version of a colour: its perceived lightness turned over, hue kept.
    Turning L* rather than HSL lightness keeps yellows from staying bright. Black becomes a
    deep grey rather than pure black, which keeps shadows and edges visible."""
    red, green, blue = (int(value[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, _, saturation = colorsys.rgb_to_hls(red, green, blue)
    saturation *= 0.85
    target = 10.0 + 0.84 * (100.0 - lstar(value))
    low, high = 0.0, 1.0
    for _ in range(24):  # bisection on HSL lightness, which L* rises with for a fixed hue
        middle = (low + high) / 2
        if lstar(_hex(colorsys.hls_to_rgb(hue, middle, saturation))) < target:
            low = middle
        else:
            high = middle
    return _hex(colorsys.hls_to_rgb(hue, (low + high) / 2, saturation))


def lstar(value: str) -> float:
    y = style.luminance(value)
    return 116.0 * y ** (1 / 3) - 16.0 if y > 0.008856 else 903.3 * y


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


@lru_cache(maxsize=1024)
def readable(colour: str, ground: str, least: float = 4.5) -> str:
    """`colour` as text on `ground`: its hue kept, made darker (on a light ground) or lighter
    (on a dark one) just enough to read at `least`:1. A persona's reason under the curve stays
    in the persona's colour and still reads."""
    if style.contrast(colour, ground) >= least:
        return colour
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    towards = 0.0 if style.luminance(ground) > 0.18 else 1.0
    for step in range(1, 41):
        shade = _hex(colorsys.hls_to_rgb(hue, lightness + (towards - lightness) * step / 40, saturation))
        if style.contrast(shade, ground) >= least:
            return shade
    return style.INK if towards == 0.0 else "#ffffff"
