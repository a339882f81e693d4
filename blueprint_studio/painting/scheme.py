"""The screen's scheme (light or dark; `drawing.scheme` says what each does to a colour), as
the canvas and the widgets read it. Paper never changes: printing, PNG and SVG draw in the
light scheme, and so does the print preview (`light()`).

`generation` grows at every switch: parts of the canvas that keep drawing operations made in
the old scheme see it and make them again, so nothing keeps the old colours.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QColor

from blueprint_studio.drawing.scheme import DARK, LIGHT, Scheme, night

_dark = False
generation = 0


def set_dark(dark: bool) -> None:
    """The screen's scheme, set by the window when the theme changes."""
    global _dark, generation
    if dark != _dark:
        generation += 1
    _dark = dark


def current() -> Scheme:
    return DARK if _dark else LIGHT


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
