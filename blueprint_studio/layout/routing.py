"""Orthogonal connector routing through the gutters between columns and lanes. Pure.

Cards sit inside their columns with a gutter between neighbouring columns and an empty
strip at the top of every lane, so a route that runs vertically in gutters and horizontally
in a lane's top strip never crosses a card. Simpler routes (straight, one elbow) are used
whenever they are free.

Routing happens in two parts, so that an edit reroutes only what it can have changed. A
route's *shape* (which of the routes above, through which gutters) depends only on the
cards in the columns it spans. Routes through one gutter then run side by side, each offset
by its rank among the routes using that gutter, in the order of the blueprint's arrows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from blueprint_studio.layout import style
from blueprint_studio.layout.geometry import CardBox, ConnectorPath, LaneBand, Point, Rect, StepColumn, columns_in
from blueprint_studio.model import Connector

_CLEARANCE = 2.0


@dataclass(frozen=True, slots=True)
class _Shape:
    """A route before it is spread: its points, with the gutters whose x it takes at some points."""

    points: tuple[Point, ...]
    gutters: tuple[tuple[float, tuple[int, ...]], ...]  # (gutter x, indices of the points on it)
    span: tuple[int, int]  # the first and last column whose cards it was routed around


def _spread(x: float, rank: int) -> float:
    """The x of the `rank`-th route through the gutter at x: alternately left and right of it."""
    if not rank:
        return x
    offset = min((rank + 1) // 2 * style.CONNECTOR_SPREAD, 9.0)
    return x + (offset if rank % 2 else -offset)


class _Shaper:
    """Chooses a route's shape around the cards in the columns it crosses."""

    def __init__(
        self, by_column: Mapping[int, Sequence[CardBox]], steps: Sequence[StepColumn], lanes: Mapping[str, LaneBand]
    ) -> None:
        self.by_column = by_column
        self.steps = steps
        self.lanes = lanes

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
            box.card_id not in skip
            and box.rect.x <= x <= box.rect.right
            and box.rect.y < high
            and box.rect.bottom > low
            for box in self.by_column.get(column.index, ())
        )

    def shape(self, source: CardBox, target: CardBox, sc: StepColumn, tc: StepColumn) -> _Shape:
        s, t = source.rect, target.rect
        skip = (source.card_id, target.card_id)
        span = (min(sc.index, tc.index), max(sc.index, tc.index))
        sy, ty = s.center[1], t.center[1]
        if sc.index == tc.index:
            return self._same_column(s, t, sc, skip, span)
        forward = tc.index > sc.index
        exit_x, enter_x = (s.right, t.x) if forward else (s.x, t.right)
        near_source = sc.x + sc.width if forward else sc.x
        near_target = tc.x if forward else tc.x + tc.width
        if abs(sy - ty) < 0.5 and self._free(sy, exit_x, enter_x, skip):
            return _Shape(((exit_x, sy), (enter_x, sy)), (), span)  # level within half a point: keep the line straight
        elbow = ((exit_x, sy), (0.0, sy), (0.0, ty), (enter_x, ty))
        if near_source == near_target:
            return _Shape(elbow, ((near_source, (1, 2)),), span)
        if self._free(sy, exit_x, near_target, skip):
            return _Shape(elbow, ((near_target, (1, 2)),), span)
        if self._free(ty, near_source, enter_x, skip):
            return _Shape(elbow, ((near_source, (1, 2)),), span)
        channel = self.lanes[target.lane_id].rect.y + style.LANE_PADDING / 2
        points = ((exit_x, sy), (0.0, sy), (0.0, channel), (0.0, channel), (0.0, ty), (enter_x, ty))
        return _Shape(points, ((near_source, (1, 2)), (near_target, (3, 4))), span)

    def _same_column(
        self, s: Rect, t: Rect, column: StepColumn, skip: tuple[str, str], span: tuple[int, int]
    ) -> _Shape:
        x = s.center[0]
        down = t.y >= s.bottom
        start, end = (s.bottom, t.y) if down else (s.y, t.bottom)
        if self._free_vertical(x, start, end, column, skip):
            return _Shape(((x, start), (x, end)), (), span)
        points = ((s.right, s.center[1]), (0.0, s.center[1]), (0.0, t.center[1]), (t.right, t.center[1]))
        return _Shape(points, ((column.x + column.width, (1, 2)),), span)


def _label_point(points: Sequence[Point]) -> Point:
    longest = max(
        range(len(points) - 1),
        key=lambda i: abs(points[i + 1][0] - points[i][0]) + abs(points[i + 1][1] - points[i][1]),
    )
    (x0, y0), (x1, y1) = points[longest], points[longest + 1]
    return ((x0 + x1) / 2, (y0 + y1) / 2)


class Routes:
    """Every arrow of a blueprint routed, and rerouted edit by edit.

    `update` reshapes the arrows that touch a changed card or cross a column whose cards
    changed, then respreads the routes through every gutter whose users changed: the result
    equals routing everything afresh (a property test holds it to that).
    """

    def __init__(
        self,
        connectors: Sequence[Connector],
        cards: Mapping[str, CardBox],
        by_column: Mapping[int, Sequence[CardBox]],
        steps: Sequence[StepColumn],
        lanes: Sequence[LaneBand],
    ) -> None:
        self._shaper = _Shaper(by_column, steps, {band.lane_id: band for band in lanes})
        self._columns = {column.step_id: column for column in steps}
        self._connectors: dict[str, Connector] = {}
        self._key: dict[str, float] = {}  # sorts like the blueprint's list of arrows
        self._shapes: dict[str, _Shape] = {}
        self._crossing: defaultdict[int, set[str]] = defaultdict(set)  # column index -> arrows whose span covers it
        self._touching: defaultdict[str, set[str]] = defaultdict(set)  # card id -> arrows from or to it
        # Gutter x -> (key, use, arrow)
        self._users: defaultdict[float, list[tuple[float, int, str]]] = defaultdict(list)
        self._paths: dict[str, ConnectorPath] = {}
        self.labelled: set[str] = set()  # routed arrows with a label
        self._ranks: dict[str, tuple[int, ...]] = {}  # each routed arrow's rank in each gutter it uses
        self._ids: list[str] | None = None
        self._ends: dict[str, tuple[str, str]] = {}
        self._index(connectors)
        for connector in connectors:
            self._reshape(connector.id, cards)
        self._respread(set(self._users), list(self._shapes))
        self.paths = self._ordered()

    # ------------------------------------------------------------ bookkeeping

    def _index(self, connectors: Sequence[Connector], touched: Collection[str] = ()) -> bool:
        """Take the new list of arrows; False when the kept ones changed their order (every
        gutter must be respread then)."""
        ids = [connector.id for connector in connectors]
        if ids == self._ids:  # the same arrows in the same order: only the touched ones changed
            for connector in (c for c in connectors if c.id in touched):
                self._connectors[connector.id] = connector
                self._join(connector)
            return True
        kept = [i for i in ids if i in self._key]
        in_order = bool(kept) and all(self._key[a] < self._key[b] for a, b in pairwise(kept))
        if in_order:
            self._key = {i: self._key[i] for i in kept}
            in_order = self._key_new(ids)
        if not in_order:
            self._key = {i: float(index) for index, i in enumerate(ids)}
        self._ids = ids
        self._connectors = {connector.id: connector for connector in connectors}
        self._ends = {}
        self._touching.clear()
        for connector in connectors:
            self._join(connector)
        if in_order:
            for users in self._users.values():
                users[:] = [(self._key[arrow], use, arrow) for _, use, arrow in users if arrow in self._key]
        return in_order

    def _key_new(self, ids: Sequence[str]) -> bool:
        """Keys for arrows new to the list, between their neighbours' (False: no room left)."""
        following: list[float | None] = []
        after: float | None = None
        for i in reversed(ids):
            following.append(after)
            after = self._key.get(i, after)
        before = -1.0
        for i, nxt in zip(ids, reversed(following), strict=True):
            key = self._key.get(i)
            if key is None:
                key = before + 1.0 if nxt is None else (before + nxt) / 2
                if not before < key < (key + 1.0 if nxt is None else nxt):
                    return False
                self._key[i] = key
            before = key
        return True

    def _join(self, connector: Connector) -> None:
        """Index an arrow by the cards it joins (forgetting the ones it joined before)."""
        for card_id in self._ends.get(connector.id, ()):
            self._touching[card_id].discard(connector.id)
        self._ends[connector.id] = (connector.source, connector.target)
        self._touching[connector.source].add(connector.id)
        self._touching[connector.target].add(connector.id)

    def arrows_of(self, card_id: str) -> Collection[str]:
        """The arrows that start or end at a card (routed or not)."""
        return self._touching.get(card_id, ())

    def _ordered(self) -> tuple[ConnectorPath, ...]:
        paths = sorted(self._paths.values(), key=lambda path: self._key[path.connector_id])
        self.slots = {path.connector_id: index for index, path in enumerate(paths)}
        return tuple(paths)

    def _unshape(self, connector_id: str) -> set[float]:
        shape = self._shapes.pop(connector_id, None)
        if shape is None:
            return set()
        for index in range(shape.span[0], shape.span[1] + 1):
            self._crossing[index].discard(connector_id)
        gutters = {x for x, _ in shape.gutters}
        for x in gutters:
            self._users[x] = [user for user in self._users[x] if user[2] != connector_id]
        return gutters

    def _reshape(self, connector_id: str, cards: Mapping[str, CardBox]) -> set[float]:
        """Choose one arrow's shape again; the gutters it used before and uses now."""
        gutters = self._unshape(connector_id)
        connector = self._connectors.get(connector_id)
        source = cards.get(connector.source) if connector else None
        target = cards.get(connector.target) if connector else None
        if connector is None or source is None or target is None:
            return gutters
        shape = self._shaper.shape(source, target, self._columns[source.step_id], self._columns[target.step_id])
        self._shapes[connector_id] = shape
        for index in range(shape.span[0], shape.span[1] + 1):
            self._crossing[index].add(connector_id)
        key = self._key[connector_id]
        for use, (x, _) in enumerate(shape.gutters):
            self._users[x].append((key, use, connector_id))
            gutters.add(x)
        return gutters

    def _respread(self, gutters: Iterable[float], reshaped: Iterable[str]) -> set[str]:
        """Rank the routes through these gutters and finish every arrow that got a new shape
        or rank; the arrows whose path changed, appeared or went."""
        ranks: defaultdict[str, dict[int, int]] = defaultdict(dict)
        for x in gutters:
            users = self._users.get(x)
            if not users:
                self._users.pop(x, None)
                continue
            users.sort()
            for rank, (_, use, connector_id) in enumerate(users):
                ranks[connector_id][use] = rank
        reshaped = set(reshaped)
        return {
            connector_id
            for connector_id in set(ranks) | reshaped
            if self._finish(connector_id, ranks.get(connector_id, {}), connector_id in reshaped)
        }

    def _finish(self, connector_id: str, known: dict[int, int], reshaped: bool) -> bool:
        """Give an arrow its path from its shape and its ranks in the gutters (`known`: the
        new ones); True when the path changed, appeared or went."""
        shape = self._shapes.get(connector_id)
        if shape is None:
            self.labelled.discard(connector_id)
            self._ranks.pop(connector_id, None)
            return self._paths.pop(connector_id, None) is not None
        if not reshaped and all(self._ranks[connector_id][use] == rank for use, rank in known.items()):
            return False  # same shape, same ranks: same path
        path = _path(self._connectors[connector_id], self._spread_points(connector_id, shape, known))
        changed = self._paths.get(connector_id) != path
        if changed:
            self._paths[connector_id] = path
        if path.label:
            self.labelled.add(connector_id)
        else:
            self.labelled.discard(connector_id)
        return changed

    def _spread_points(self, connector_id: str, shape: _Shape, known: dict[int, int]) -> tuple[Point, ...]:
        """The shape's points with each gutter's x moved to the arrow's rank there."""
        points = list(shape.points)
        used = []
        for use, (x, indices) in enumerate(shape.gutters):
            rank = known.get(use)
            if rank is None:  # a gutter nobody joined or left: the arrow keeps its rank there
                rank = next(r for r, user in enumerate(self._users[x]) if user[2] == connector_id and user[1] == use)
            used.append(rank)
            g = _spread(x, rank)
            for i in indices:
                points[i] = (g, points[i][1])
        self._ranks[connector_id] = tuple(used)
        return tuple(points)

    # ------------------------------------------------------------ edits

    def update(
        self,
        connectors: Sequence[Connector] | None,
        cards: Mapping[str, CardBox],
        changed_cards: Iterable[str],
        columns: Iterable[int],
        touched: Iterable[str],
    ) -> set[str]:
        """Reroute after cards changed (their ids, and the indices of the columns they were
        and are in) and arrows were edited (`touched`; `connectors` is the new list whenever
        any were). The ids of arrows whose paths changed, appeared or went."""
        dirty = set(touched)
        gutters: set[float] = set()
        if connectors is not None:
            before = set(self._connectors)
            if not self._index(connectors, dirty):
                gutters |= set(self._users)
            dirty |= before ^ set(self._connectors)
        for card_id in changed_cards:
            dirty |= self._touching.get(card_id, set())
        for index in columns:
            dirty |= self._crossing.get(index, set())
        for connector_id in dirty:
            gutters |= self._reshape(connector_id, cards)
        changed = self._respread(gutters, dirty)
        if changed:
            if all(c in self.slots for c in changed) and all(c in self._paths for c in changed):
                paths = list(self.paths)
                for connector_id in changed:
                    paths[self.slots[connector_id]] = self._paths[connector_id]
                self.paths = tuple(paths)
            else:
                self.paths = self._ordered()
        return changed


def _path(connector: Connector, points: tuple[Point, ...]) -> ConnectorPath:
    return ConnectorPath(
        connector_id=connector.id,
        source=connector.source,
        target=connector.target,
        kind=connector.kind,
        points=points,
        label=connector.label,
        label_at=_label_point(points) if connector.label else points[len(points) // 2],
    )


def route_all(
    connectors: Sequence[Connector],
    cards: Mapping[str, CardBox],
    steps: Sequence[StepColumn],
    lanes: Sequence[LaneBand],
) -> tuple[ConnectorPath, ...]:
    """Every arrow routed at once (the printer's and the tests' way in)."""
    by_column: defaultdict[int, list[CardBox]] = defaultdict(list)
    index = {column.step_id: column.index for column in steps}
    for box in cards.values():
        by_column[index[box.step_id]].append(box)
    return Routes(connectors, cards, by_column, steps, lanes).paths


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
