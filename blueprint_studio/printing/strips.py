"""A wide blueprint wrapped into strips stacked on one sheet, lane names repeated on each.

A 41-step blueprint fitted to A0 prints its text about 4 pt high, because the sheet is far
less wide than the wall. Cut at stage boundaries into strips laid one under the other, the
same wall fills the sheet and its text grows with it. Pure: windows onto the geometry, drawn
by the PDF writer with the same clipping the tiles use.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from blueprint_studio.layout import Geometry, style

STRIP_GAP = 24.0  # points between strips, in layout units


@dataclass(frozen=True)
class Strip:
    """The columns from x `left` to `right` (layout units); drawn after the lane names."""

    left: float
    right: float

    @property
    def width(self) -> float:
        return self.right - self.left


def strips_of(geometry: Geometry, count: int) -> list[Strip]:
    """`count` strips of about equal width, cut between stages where the stages allow it,
    else between steps (never through a column)."""
    steps = geometry.steps
    if not steps or count <= 1:
        return [Strip(geometry.grid.x, geometry.grid.right)]
    stage_cuts = sorted({span.rect.x for span in geometry.stages if span.rect.x > geometry.grid.x})
    step_cuts = [column.x for column in steps[1:]]
    cuts = stage_cuts if len(stage_cuts) >= count - 1 else step_cuts
    total = geometry.grid.width
    chosen: list[float] = []
    for n in range(1, min(count, len(steps))):
        target = geometry.grid.x + total * n / count
        best = min((x for x in cuts if not chosen or x > chosen[-1]), key=lambda x: abs(x - target), default=None)
        if best is not None:
            chosen.append(best)
    edges = [geometry.grid.x, *chosen, geometry.grid.right]
    return [Strip(a, b) for a, b in pairwise(edges) if b > a]


def stage_windows(geometry: Geometry) -> list[tuple[str, Strip]]:
    """Each stage's columns (a stage whose steps are not neighbours appears once per run), or
    the whole grid when the blueprint has no stages."""
    spans = [(span.name, Strip(span.rect.x, span.rect.right)) for span in geometry.stages if span.rect.width > 0]
    return spans or [("", Strip(geometry.grid.x, geometry.grid.right))]


def sheet_size(geometry: Geometry, strips: list[Strip]) -> tuple[float, float]:
    """The stacked strips' size in layout units: lane names plus the widest strip, by every
    strip's full height."""
    width = style.LANE_HEADER_WIDTH + max(strip.width for strip in strips)
    return width, len(strips) * geometry.height + (len(strips) - 1) * STRIP_GAP
