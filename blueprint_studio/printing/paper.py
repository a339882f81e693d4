"""Paper sizes in points, including the ARCH and ANSI C–E sizes ReportLab lacks, and rolls.

A roll has a fixed width and a length that follows the content.
"""

from __future__ import annotations

from dataclasses import dataclass

from blueprint_studio.errors import UsageError
from blueprint_studio.printing.units import POINTS_PER

MM = POINTS_PER["mm"]
INCH = POINTS_PER["in"]
PDF_MAX = 200 * INCH  # most PDF tools crop pages beyond 200 in (5.08 m)


@dataclass(frozen=True)
class Paper:
    name: str
    width: float  # portrait width, points
    height: float | None  # None for a roll: the length follows the content

    @property
    def is_roll(self) -> bool:
        return self.height is None


def _mm(name: str, w: float, h: float) -> Paper:
    return Paper(name, w * MM, h * MM)


def _in(name: str, w: float, h: float) -> Paper:
    return Paper(name, w * INCH, h * INCH)


PAPERS: dict[str, Paper] = {
    p.name.lower(): p
    for p in (
        _mm("A0", 841, 1189),
        _mm("A1", 594, 841),
        _mm("A2", 420, 594),
        _mm("A3", 297, 420),
        _mm("A4", 210, 297),
        _in("Letter", 8.5, 11),
        _in("Legal", 8.5, 14),
        _in("Tabloid", 11, 17),
        _in("ANSI-C", 17, 22),
        _in("ANSI-D", 22, 34),
        _in("ANSI-E", 34, 44),
        _in("ARCH-C", 18, 24),
        _in("ARCH-D", 24, 36),
        _in("ARCH-E", 36, 48),
        Paper("roll-24in", 24 * INCH, None),
        Paper("roll-36in", 36 * INCH, None),
        Paper("roll-44in", 44 * INCH, None),
    )
}
TILE_PAPERS = ("A4", "A3", "Letter", "Tabloid")


def paper_named(name: str) -> Paper:
    paper = PAPERS.get(name.strip().lower())
    if paper is None:
        raise UsageError(f"unknown paper '{name}' (choose one of {', '.join(p.name for p in PAPERS.values())})")
    return paper


def page_size(paper: Paper, landscape: bool) -> tuple[float, float]:
    """Width and height of a sheet (not a roll) in the chosen orientation."""
    assert paper.height is not None
    short, long = sorted((paper.width, paper.height))
    return (long, short) if landscape else (short, long)
