"""Lengths typed by people ("2m", "10 mm", "36in") to points. Pure."""

from __future__ import annotations

import re

from blueprint_studio.errors import UsageError

POINTS_PER = {"pt": 1.0, "in": 72.0, "mm": 72.0 / 25.4, "cm": 72.0 / 2.54, "m": 72.0 / 0.0254}
_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(pt|in|mm|cm|m)?\s*$")


def parse_length(text: str, default_unit: str = "mm") -> float:
    """Points in a length such as "2m" or "10 mm".

    >>> parse_length("1in")
    72.0
    >>> round(parse_length("25.4"), 6)
    72.0
    """
    match = _LENGTH.match(text)
    if match is None:
        raise UsageError(f"'{text}' is not a length (write e.g. 2m, 150cm, 600mm or 80in)")
    value, unit = float(match.group(1)), match.group(2) or default_unit
    return value * POINTS_PER[unit]


def format_length(points: float) -> str:
    """A length for messages, in the unit people would say."""
    millimetres = points / POINTS_PER["mm"]
    if millimetres >= 1000:
        return f"{millimetres / 1000:.2f} m"
    return f"{millimetres:.0f} mm"
