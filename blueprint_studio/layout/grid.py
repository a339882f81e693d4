"""Lane × step cells: which cell a point falls in, clamped to the grid. Pure."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise

from blueprint_studio.layout.geometry import Geometry, LaneBand, Point, Rect
from blueprint_studio.model import LaneKind


@dataclass(frozen=True)
class Slot:
    """A place a card can rest: a cell and a position in its stack."""

    lane_id: str
    step_id: str
    index: int


def _bands(geometry: Geometry, for_cards: bool) -> list[LaneBand]:
    return [b for b in geometry.lanes if not (for_cards and b.kind is LaneKind.EMOTIONS)]


def column_at(geometry: Geometry, x: float) -> str | None:
    """The step whose column is nearest to x (left of the first: the first; past the last: the last)."""
    if not geometry.steps:
        return None
    lefts = [column.x for column in geometry.steps]
    return geometry.steps[max(0, bisect_right(lefts, x) - 1)].step_id


def cell_at(geometry: Geometry, x: float, y: float, for_cards: bool = False) -> tuple[str, str] | None:
    """The cell nearest to (x, y): points on a line or outside the grid snap to the closest
    cell, so a dropped card can never rest on a line or off the grid. `for_cards` passes
    over the Emotions row, which holds curves, not cards."""
    bands = _bands(geometry, for_cards)
    step_id = column_at(geometry, x)
    if step_id is None or not bands:
        return None
    band = min(bands, key=lambda b: _distance(y, b.rect.y, b.rect.bottom))
    return band.lane_id, step_id


def slot_at(geometry: Geometry, x: float, y: float, moving: frozenset[str] = frozenset()) -> Slot | None:
    """Where a card dropped at (x, y) goes: its cell and its place among the cards already
    there (ignoring the cards being moved)."""
    cell = cell_at(geometry, x, y, for_cards=True)
    if cell is None:
        return None
    staying = [cid for cid in geometry.cards_in_cell(*cell) if cid not in moving]
    index = sum(1 for cid in staying if geometry.cards[cid].rect.center[1] < y)
    return Slot(cell[0], cell[1], index)


def drop_slots(geometry: Geometry, grabbed: str, pointer: Point, heights: Mapping[str, float]) -> dict[str, Slot]:
    """Where dragged cards land. The grabbed card takes the slot under the pointer; every
    other dragged card moves as many lanes and steps as the grabbed one did, and takes its
    place in its new cell by the height of its centre (`heights`: card id → that height,
    for every dragged card). A card that would leave the grid stays where it is (it is not
    in the result). What a drag lights and what its drop does both come from here.
    """
    target = slot_at(geometry, pointer[0], pointer[1], frozenset(heights))
    if target is None or grabbed not in geometry.cards:
        return {}
    lanes = {band.lane_id: n for n, band in enumerate(_bands(geometry, for_cards=True))}
    lane_ids = list(lanes)
    steps = {column.step_id: n for n, column in enumerate(geometry.steps)}
    step_ids = list(steps)
    origin = geometry.cards[grabbed]
    if origin.lane_id not in lanes:
        return {}
    lane_shift = lanes[target.lane_id] - lanes[origin.lane_id]
    step_shift = steps[target.step_id] - steps[origin.step_id]
    by_cell: dict[tuple[str, str], list[tuple[float, str]]] = {}
    for card_id, height in heights.items():
        box = geometry.cards.get(card_id)
        if box is None or box.lane_id not in lanes:
            continue
        if card_id == grabbed:
            cell, height = (target.lane_id, target.step_id), pointer[1]
        else:
            lane, step = lanes[box.lane_id] + lane_shift, steps[box.step_id] + step_shift
            if not (0 <= lane < len(lane_ids) and 0 <= step < len(step_ids)):
                continue
            cell = (lane_ids[lane], step_ids[step])
        by_cell.setdefault(cell, []).append((height, card_id))
    moving = frozenset(heights)
    slots: dict[str, Slot] = {}
    for (lane_id, step_id), arriving in by_cell.items():
        staying = [
            geometry.cards[c].rect.center[1] for c in geometry.cards_in_cell(lane_id, step_id) if c not in moving
        ]
        for extra, (height, card_id) in enumerate(sorted(arriving)):
            slots[card_id] = Slot(lane_id, step_id, sum(1 for y in staying if y < height) + extra)
    return slots


def cards_touching(geometry: Geometry, area: Rect) -> frozenset[str]:
    """The cards whose boxes reach into `area` (a rubber band), found column by column."""
    found: set[str] = set()
    bands = [band for band in geometry.lanes if band.rect.y < area.bottom and band.rect.bottom > area.y]
    for column in geometry.columns_between(area.x, area.right):
        for band in bands:
            found.update(
                c
                for c in geometry.cards_in_cell(band.lane_id, column.step_id)
                if geometry.cards[c].rect.intersects(area)
            )
    return frozenset(found)


def arrows_touching(geometry: Geometry, area: Rect) -> frozenset[str]:
    """The arrows whose drawn line runs through `area`."""
    return frozenset(
        path.connector_id
        for path in geometry.connectors
        if any(_segment_meets(a, b, area) for a, b in pairwise(path.points))
    )


def _segment_meets(a: Point, b: Point, area: Rect) -> bool:
    """Does the segment a–b pass through the rectangle? (Liang–Barsky clipping.)"""
    low, high = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in ((-dx, a[0] - area.x), (dx, area.right - a[0]), (-dy, a[1] - area.y), (dy, area.bottom - a[1])):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def _distance(value: float, low: float, high: float) -> float:
    if value < low:
        return low - value
    if value > high:
        return value - high
    return 0.0
