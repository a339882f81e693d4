"""Orthogonal connector routing through the gutters between columns and lanes. Pure.

Cards sit inside their columns with a gutter between neighbouring columns and an empty
strip at the top of every lane, so a route that runs vertically in gutters and horizontally
in a lane's top strip never crosses a card. Simpler routes (straight, one elbow) are used
whenever they are free.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from blueprint_studio.layout import style
from blueprint_studio.layout.geometry import CardBox, ConnectorPath, LaneBand, Point, Rect, StepColumn, columns_in
from blueprint_studio.model import Connector

_CLEARANCE = 2.0


class _Router:
    def __init__(self, cards: dict[str, CardBox], steps: Sequence[StepColumn], lanes: Sequence[LaneBand]) -> None:
        self.cards = cards
        self.column = {column.step_id: column for column in steps}
        self.steps = steps
        self.lane = {band.lane_id: band for band in lanes}
        self.by_column: dict[int, list[CardBox]] = {}
        for box in cards.values():
            self.by_column.setdefault(self.column[box.step_id].index, []).append(box)
        self.gutter_use: Counter[float] = Counter()

    def _spread(self, x: float) -> float:
        """Successive routes through one gutter run side by side instead of on top of each other."""
        used = self.gutter_use[x]
        self.gutter_use[x] += 1
        step = (used + 1) // 2 * style.CONNECTOR_SPREAD
        offset = min(step, 9.0)
        return x + (offset if used % 2 else -offset) if used else x

    def _free(self, y: float, x0: float, x1: float, skip: tuple[str, str]) -> bool:
        low, high = min(x0, x1), max(x0, x1)
        for column in columns_in(self.steps, low, high):
            for box in self.by_column.get(column.index, ()):
                if box.card_id in skip:
                    continue
                r = box.rect
                if r.y - _CLEARANCE <= y <= r.bottom + _CLEARANCE and r.x < high and r.right > low:
                    return False
        return True

    def _free_vertical(self, x: float, y0: float, y1: float, column: StepColumn, skip: tuple[str, str]) -> bool:
        low, high = min(y0, y1), max(y0, y1)
        return not any(
            box.card_id not in skip and box.rect.x <= x <= box.rect.right and box.rect.y < high and box.rect.bottom > low
            for box in self.by_column.get(column.index, ())
        )

    def route(self, source: CardBox, target: CardBox) -> list[Point]:
        s, t = source.rect, target.rect
        sc, tc = self.column[source.step_id], self.column[target.step_id]
        skip = (source.card_id, target.card_id)
        sy, ty = s.center[1], t.center[1]
        if sc.index == tc.index:
            return self._same_column(s, t, sc, skip)
        forward = tc.index > sc.index
        exit_x, enter_x = (s.right, t.x) if forward else (s.x, t.right)
        near_source = sc.x + sc.width if forward else sc.x
        near_target = tc.x if forward else tc.x + tc.width
        if abs(sy - ty) < 0.5 and self._free(sy, exit_x, enter_x, skip):
            return [(exit_x, sy), (enter_x, sy)]  # level within half a point: keep the line straight
        if near_source == near_target:
            g = self._spread(near_source)
            return [(exit_x, sy), (g, sy), (g, ty), (enter_x, ty)]
        if self._free(sy, exit_x, near_target, skip):
            g = self._spread(near_target)
            return [(exit_x, sy), (g, sy), (g, ty), (enter_x, ty)]
        if self._free(ty, near_source, enter_x, skip):
            g = self._spread(near_source)
            return [(exit_x, sy), (g, sy), (g, ty), (enter_x, ty)]
        channel = self.lane[target.lane_id].rect.y + style.LANE_PADDING / 2
        g1, g2 = self._spread(near_source), self._spread(near_target)
        return [(exit_x, sy), (g1, sy), (g1, channel), (g2, channel), (g2, ty), (enter_x, ty)]

    def _same_column(self, s: Rect, t: Rect, column: StepColumn, skip: tuple[str, str]) -> list[Point]:
        x = s.center[0]
        down = t.y >= s.bottom
        start, end = (s.bottom, t.y) if down else (s.y, t.bottom)
        if self._free_vertical(x, start, end, column, skip):
            return [(x, start), (x, end)]
        g = self._spread(column.x + column.width)
        return [(s.right, s.center[1]), (g, s.center[1]), (g, t.center[1]), (t.right, t.center[1])]


def _label_point(points: Sequence[Point]) -> Point:
    longest = max(range(len(points) - 1), key=lambda i: abs(points[i + 1][0] - points[i][0]) + abs(points[i + 1][1] - points[i][1]))
    (x0, y0), (x1, y1) = points[longest], points[longest + 1]
    return ((x0 + x1) / 2, (y0 + y1) / 2)


def route_all(
    connectors: Iterable[Connector],
    cards: dict[str, CardBox],
    steps: Sequence[StepColumn],
    lanes: Sequence[LaneBand],
) -> tuple[ConnectorPath, ...]:
    router = _Router(cards, steps, lanes)
    paths = []
    for connector in connectors:
        source, target = cards.get(connector.source), cards.get(connector.target)
        if source is None or target is None:
            continue
        points = tuple(router.route(source, target))
        paths.append(
            ConnectorPath(
                connector_id=connector.id,
                source=connector.source,
                target=connector.target,
                kind=connector.kind,
                points=points,
                label=connector.label,
                label_at=_label_point(points) if connector.label else points[len(points) // 2],
            )
        )
    return tuple(paths)


def preview_route(source: Rect, target: Rect) -> tuple[Point, ...]:
    """A quick elbow between two rectangles, for arrows following cards during a drag."""
    (sx, sy), (tx, ty) = source.center, target.center
    if target.x > source.right:
        mid = (source.right + target.x) / 2
        return ((source.right, sy), (mid, sy), (mid, ty), (target.x, ty))
    if target.right < source.x:
        mid = (source.x + target.right) / 2
        return ((source.x, sy), (mid, sy), (mid, ty), (target.right, ty))
    if ty >= sy:
        mid = (source.bottom + target.y) / 2
        return ((sx, source.bottom), (sx, mid), (tx, mid), (tx, target.y))
    mid = (source.y + target.bottom) / 2
    return ((sx, source.y), (sx, mid), (tx, mid), (tx, target.bottom))
