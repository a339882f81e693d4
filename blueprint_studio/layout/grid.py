"""Lane × step cells: which cell a point falls in, clamped to the grid. Pure."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from blueprint_studio.layout.geometry import Geometry
from blueprint_studio.model import LaneKind


@dataclass(frozen=True)
class Slot:
    """A place a card can rest: a cell and a position in its stack."""

    lane_id: str
    step_id: str
    index: int


def cell_at(geometry: Geometry, x: float, y: float, for_cards: bool = False) -> tuple[str, str] | None:
    """The cell nearest to (x, y): points on a line or outside the grid snap to the closest
    cell, so a dropped card can never rest on a line or off the grid. `for_cards` passes
    over the Emotions row, which holds curves, not cards."""
    bands = [b for b in geometry.lanes if not (for_cards and b.kind is LaneKind.EMOTIONS)]
    if not geometry.steps or not bands:
        return None
    lefts = [column.x for column in geometry.steps]
    column = geometry.steps[max(0, bisect_right(lefts, x) - 1)]
    band = min(bands, key=lambda b: _distance(y, b.rect.y, b.rect.bottom))
    return band.lane_id, column.step_id


def slot_at(geometry: Geometry, x: float, y: float, moving: frozenset[str] = frozenset()) -> Slot | None:
    """Where a card dropped at (x, y) goes: its cell and its place among the cards already
    there (ignoring the cards being moved)."""
    cell = cell_at(geometry, x, y, for_cards=True)
    if cell is None:
        return None
    staying = [cid for cid in geometry.cards_in_cell(*cell) if cid not in moving]
    index = sum(1 for cid in staying if geometry.cards[cid].rect.center[1] < y)
    return Slot(cell[0], cell[1], index)


def _distance(value: float, low: float, high: float) -> float:
    if value < low:
        return low - value
    if value > high:
        return value - high
    return 0.0
