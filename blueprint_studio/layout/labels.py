"""Words placed on the drawing after everything else: notes on the lines, arrow labels. Pure.

Notes sit on their line at the right of their step's column. An arrow's label takes the first
free place along its route (longest segment first); where the route runs through a crowded
stretch, the nearest free place around it (up to three columns away), joined to the route
by a leader. Free means clear
of every card, line, note and label placed before it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from blueprint_studio.layout import style
from blueprint_studio.layout.fonts import REGULAR, metrics
from blueprint_studio.layout.geometry import (
    CardBox,
    ConnectorPath,
    LineRule,
    NoteBox,
    Point,
    Rect,
    StepColumn,
    columns_in,
)
from blueprint_studio.layout.text import wrap
from blueprint_studio.model import LineNote

LABEL_HEIGHT = 16.0
_FRACTIONS = (0.5, 0.3, 0.7, 0.15, 0.85)


def label_width(text: str) -> float:
    return metrics(REGULAR).width(text, style.SMALL_FONT_SIZE) + 8


def label_rect(text: str, centre: Point) -> Rect:
    width = label_width(text)
    return Rect(centre[0] - width / 2, centre[1] - LABEL_HEIGHT / 2, width, LABEL_HEIGHT)


def place_notes(
    notes: Iterable[LineNote], lines: Sequence[LineRule], steps: Sequence[StepColumn]
) -> tuple[NoteBox, ...]:
    """Each note on its line, right-aligned in its step's column; several at one place line up
    leftwards. A note on a line the view does not draw is not drawn either."""
    rules = {rule.line: rule for rule in lines}
    columns = {column.step_id: column for column in steps}
    pad = style.NOTE_PADDING
    boxes: list[NoteBox] = []
    right_edge: dict[tuple[object, str], float] = {}
    for note in notes:
        rule, column = rules.get(note.line), columns.get(note.step)
        if rule is None or column is None or not note.text.strip():
            continue
        text = wrap(note.text, column.width - 16 - 2 * pad, style.SMALL_FONT_SIZE)
        width = max(metrics(REGULAR).width(line, style.SMALL_FONT_SIZE) for line in text) + 2 * pad
        height = len(text) * style.SMALL_LINE_HEIGHT + 2 * pad - 1
        right = right_edge.get((note.line, note.step), column.x + column.width - 8)
        rect = Rect(right - width, rule.y - height / 2, width, height)
        right_edge[(note.line, note.step)] = rect.x - 4
        boxes.append(NoteBox(note.id, note.line, note.step, rect, text))
    return tuple(boxes)


class _Obstacles:
    """What a label must keep clear of: cards (by column), the lines, notes and earlier labels."""

    def __init__(
        self,
        by_column: Mapping[int, Sequence[CardBox]],
        steps: Sequence[StepColumn],
        lines: Sequence[LineRule],
        grid: Rect,
    ) -> None:
        self.steps = steps
        self.by_column = by_column
        self.line_ys = [rule.y for rule in lines]
        self.placed: list[Rect] = []
        self.grid = grid

    def free(self, rect: Rect) -> bool:
        g = self.grid
        if rect.x < g.x or rect.right > g.right or rect.y < g.y or rect.bottom > g.bottom:
            return False
        margin = style.LABEL_CLEARANCE
        if any(rect.y - margin <= y <= rect.bottom + margin for y in self.line_ys):
            return False
        for column in columns_in(self.steps, rect.x, rect.right):
            if any(rect.intersects(card.rect.adjusted(margin)) for card in self.by_column.get(column.index, ())):
                return False
        return not any(rect.intersects(other) for other in self.placed)


def _along(points: Sequence[Point]) -> Iterator[Point]:
    """Places on the route, the middle of its longest segment first."""
    segments = sorted(
        range(len(points) - 1),
        key=lambda i: -(abs(points[i + 1][0] - points[i][0]) + abs(points[i + 1][1] - points[i][1])),
    )
    for i in segments:
        (x0, y0), (x1, y1) = points[i], points[i + 1]
        for f in _FRACTIONS:
            yield (x0 + (x1 - x0) * f, y0 + (y1 - y0) * f)


def _offsets(reach_x: float, reach_y: float, step_x: int, step_y: int) -> tuple[Point, ...]:
    """Offsets within reach, nearest first (sideways before up or down: along a lane)."""
    pairs = sorted(
        ((dx, dy) for dx in range(0, int(reach_x) + 1, step_x) for dy in range(0, int(reach_y) + 1, step_y)),
        key=lambda d: d[0] * d[0] + 4 * d[1] * d[1],
    )
    return tuple(
        (sx * dx, sy * dy) for dx, dy in pairs for sx in ((1, -1) if dx else (1,)) for sy in ((1, -1) if dy else (1,))
    )


# Within a column's reach first; then, in a crowded stretch, up to three columns and a few lanes away.
_NEAR = _offsets(style.COLUMN_WIDTH, 120, 8, 4)
_FAR = _offsets(3 * style.COLUMN_WIDTH, 480, 12, 8)
_REACH = 3 * style.COLUMN_WIDTH + 400.0  # how far sideways a label can land from its route (with its width)


def _around(centre: Point) -> Iterator[Point]:
    for offsets in (_NEAR, _FAR):
        for dx, dy in offsets:
            yield (centre[0] + dx, centre[1] + dy)


class Labels:
    """Every arrow's label placed, and placed again edit by edit.

    Labels are placed in the arrows' order, each clear of those before it, so an edit keeps
    the labels before the first one it can have moved and places the rest again: the result
    equals placing all afresh.
    """

    def __init__(
        self,
        by_column: Mapping[int, Sequence[CardBox]],
        steps: Sequence[StepColumn],
        lines: Sequence[LineRule],
        grid: Rect,
    ) -> None:
        self._obstacles = _Obstacles(by_column, steps, lines, grid)
        self._notes: list[Rect] = []
        self._placed: list[
            tuple[ConnectorPath, ConnectorPath, Rect, tuple[float, float]]
        ] = []  # routed, placed, tag, reach
        self.paths: tuple[ConnectorPath, ...] = ()

    def place(
        self,
        paths: Sequence[ConnectorPath],
        slots: Mapping[str, int],
        labelled_ids: Collection[str],
        notes: Sequence[NoteBox],
        columns: Collection[int] = (),
        notes_changed: bool = True,
    ) -> set[str]:
        """Place the labels of `paths` (as routed; `slots` gives each one's index, and
        `labelled_ids` are those with a label), after the cards of `columns` changed. The ids
        of the arrows whose label moved."""
        labelled = [paths[i] for i in sorted(slots[c] for c in labelled_ids)]
        keep = 0
        if notes_changed:
            self._notes = [note.rect.adjusted(style.LABEL_CLEARANCE) for note in notes]
        else:
            width = self._obstacles.steps[0].width if self._obstacles.steps else 1.0
            for (routed, _, _, (left, right)), path in zip(self._placed, labelled, strict=False):
                if routed is not path and routed != path:
                    break
                if any(index * width <= right and (index + 1) * width >= left for index in columns):
                    break
                keep += 1
        before = {routed.connector_id: placed for routed, placed, _, _ in self._placed}
        self._placed = self._placed[:keep]
        self._obstacles.placed = self._notes + [tag for _, _, tag, _ in self._placed]
        left = self._obstacles.steps[0].x if self._obstacles.steps else 0.0
        for path in labelled[keep:]:
            placed, tag = self._place(path)
            reach = 3 * style.COLUMN_WIDTH + label_width(path.label) / 2 + 2 * style.LABEL_CLEARANCE + 1
            xs = [x for x, _ in path.points]
            self._placed.append((path, placed, tag, (min(xs) - reach - left, max(xs) + reach - left)))
            self._obstacles.placed.append(tag)
        final = list(paths)
        for _, placed, _, _ in self._placed:
            final[slots[placed.connector_id]] = placed
        self.paths = tuple(final)
        return {placed.connector_id for _, placed, _, _ in self._placed if before.get(placed.connector_id) != placed}

    def _place(self, path: ConnectorPath) -> tuple[ConnectorPath, Rect]:
        obstacles = self._obstacles
        spot = next((p for p in _along(path.points) if obstacles.free(label_rect(path.label, p))), None)
        anchor = None
        if spot is None:
            anchor = path.label_at
            spot = next((p for p in _around(anchor) if obstacles.free(label_rect(path.label, p))), None)
            if spot is None:  # nowhere free within reach: stay on the route
                spot, anchor = path.label_at, None
        return replace(path, label_at=spot, anchor=anchor), label_rect(path.label, spot).adjusted(style.LABEL_CLEARANCE)


def place_labels(
    paths: Sequence[ConnectorPath],
    cards: Mapping[str, CardBox],
    lines: Sequence[LineRule],
    notes: Sequence[NoteBox],
    grid: Rect,
    steps: Sequence[StepColumn],
) -> tuple[ConnectorPath, ...]:
    """The paths with each label moved to a free place (see the module's docstring)."""
    index = {column.step_id: column.index for column in steps}
    by_column: dict[int, list[CardBox]] = {}
    for box in cards.values():
        by_column.setdefault(index[box.step_id], []).append(box)
    labels = Labels(by_column, steps, lines, grid)
    labels.place(
        paths,
        {path.connector_id: index for index, path in enumerate(paths)},
        [p.connector_id for p in paths if p.label],
        notes,
    )
    return labels.paths
