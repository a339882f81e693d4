"""The drawing operations: what a player must be able to draw, and nothing it may decide.

Every length is in points of the layout (y down); every colour is final (#rrggbb, already in
the drawing's scheme); a dash pattern is in points, not in pen widths; a line of text comes
as the runs the layout measured, each in the face that has its characters, at the place the
layout measured it to start. A player only turns these into its own calls, so the screen,
the PNG, the PDF and the SVG draw the same picture.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from blueprint_studio.layout.fonts import BOLD, REGULAR, metrics
from blueprint_studio.layout.geometry import Point, Rect


@dataclass(frozen=True, slots=True)
class Pen:
    colour: str
    width: float
    dash: tuple[float, ...] = ()  # on, off, … in points
    round_cap: bool = False


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle, with rounded corners when `radius`."""

    rect: Rect
    fill: str | None = None
    pen: Pen | None = None
    radius: float = 0.0

    @property
    def bounds(self) -> Rect:
        return _grown(self.rect, self.pen)


@dataclass(frozen=True, slots=True)
class Oval:
    centre: Point
    rx: float
    ry: float
    fill: str | None = None
    pen: Pen | None = None

    @property
    def bounds(self) -> Rect:
        return _grown(Rect(self.centre[0] - self.rx, self.centre[1] - self.ry, 2 * self.rx, 2 * self.ry), self.pen)


@dataclass(frozen=True, slots=True)
class Line:
    start: Point
    end: Point
    pen: Pen

    @property
    def bounds(self) -> Rect:
        return _grown(_around((self.start, self.end)), self.pen)


Segment = tuple[Point, ...]  # one point: a straight line to it; three: a cubic Bézier (two controls, end)


@dataclass(frozen=True, slots=True)
class Path:
    """Pieces of outline, each starting at its first point: a polyline, a polygon (closed)
    or curves. Arrowheads, badges, stars and emotion curves are paths."""

    pieces: tuple[tuple[Point, tuple[Segment, ...]], ...]
    fill: str | None = None
    pen: Pen | None = None
    closed: bool = False

    @property
    def bounds(self) -> Rect:
        return _grown(
            _around(point for start, segments in self.pieces for point in (start, *(p for s in segments for p in s))),
            self.pen,
        )


Run = tuple[str, str, float]  # (face, text, where it starts: points right of the line's x)


@dataclass(frozen=True, slots=True)
class Text:
    """Lines of text, the first with its baseline at y, each `leading` below the one before."""

    x: float
    y: float
    lines: tuple[tuple[Run, ...], ...]
    size: float
    colour: str
    leading: float = 0.0
    ground: str | None = None  # the colour it is set on: what the contrast checks compare it with
    width: float = 0.0  # of its longest line

    @property
    def bounds(self) -> Rect:
        ascent = metrics(REGULAR).ascent * self.size
        return Rect(
            self.x, self.y - ascent, self.width, ascent + self.size * 0.3 + self.leading * (len(self.lines) - 1)
        )

    def text(self) -> str:
        return "\n".join("".join(part for _, part, _ in line) for line in self.lines)


@dataclass(frozen=True, slots=True)
class Image:
    """A picture fitted into `frame`, keeping its proportions; one that cannot be read is
    drawn as a marked placeholder (a crossed frame) and never stops the drawing."""

    frame: Rect
    name: str
    data: bytes | None
    edge: str

    @property
    def bounds(self) -> Rect:
        return self.frame


Op = Box | Oval | Line | Path | Text | Image


def runs_of(value: str, size: float, bold: bool = False) -> tuple[tuple[Run, ...], float]:
    """A line as the layout's runs with their offsets, and its width."""
    measure = metrics(BOLD if bold else REGULAR)
    found: list[Run] = []
    at = 0.0
    for face, part in measure.runs(value):
        found.append((face, part, at))
        at += measure.width(part, size)
    return tuple(found), at


def text(
    x: float, y: float, value: str, size: float, colour: str, bold: bool = False, ground: str | None = None
) -> Text:
    """One line at baseline y."""
    line, width = runs_of(value, size, bold)
    return Text(x, y, (line,), size, colour, 0.0, ground, width)


def lines(
    x: float,
    y: float,
    values: Sequence[str],
    size: float,
    leading: float,
    colour: str,
    bold: bool = False,
    ground: str | None = None,
) -> Text:
    """Several lines, the first at baseline y (a card's text: one operation, not one per line)."""
    measured = [runs_of(value, size, bold) for value in values]
    return Text(
        x,
        y,
        tuple(line for line, _ in measured),
        size,
        colour,
        leading,
        ground,
        max((w for _, w in measured), default=0.0),
    )


def polyline(points: Sequence[Point], pen: Pen | None = None, fill: str | None = None, closed: bool = False) -> Path:
    return Path(((points[0], tuple((point,) for point in points[1:])),), fill, pen, closed)


def polygon(points: Sequence[Point], fill: str) -> Path:
    return polyline(points, fill=fill, closed=True)


def _around(points: Iterable[Point]) -> Rect:
    xs, ys = [], []
    for x, y in points:
        xs.append(x)
        ys.append(y)
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _grown(rect: Rect, pen: Pen | None) -> Rect:
    return rect.adjusted(pen.width / 2) if pen is not None else rect


@dataclass
class Layer:
    """A run of operations in drawing order, kept in items (a card, an arrow, a lane) with
    their bounds, so a tile or a window of a wall plays only the items that reach into it.
    Items are filed under the x-buckets they span, so finding them is a few lookups even on a
    10,000-card wall."""

    entries: list[tuple[Rect | None, tuple[Op, ...]]] = field(default_factory=list)  # bounds made when first needed
    bucket: float = 0.0  # bucket width for the index (0: no index, fine for few items)
    _index: dict[int, list[int]] | None = field(default=None, repr=False)

    def add(self, ops: Sequence[Op], bounds: Rect | None = None) -> None:
        """An item of these operations; `bounds` when the caller knows them (a card's box and
        what sticks out of it). Otherwise they are found when a window first asks: a page
        showing the whole wall never needs them (a pass over 10,000 arrows' points)."""
        if ops:
            self.entries.append((bounds, tuple(ops)))
            self._index = None

    @property
    def items(self) -> list[tuple[Rect, tuple[Op, ...]]]:
        """Every item with its bounds."""
        return [(self._bounds(number), ops) for number, (_, ops) in enumerate(self.entries)]

    def _bounds(self, number: int) -> Rect:
        bounds, ops = self.entries[number]
        if bounds is None:
            bounds = ops[0].bounds if len(ops) == 1 else _union(op.bounds for op in ops)
            self.entries[number] = (bounds, ops)
        return bounds

    def visible(self, area: Rect | None) -> Iterator[Op]:
        if area is None:
            for _, ops in self.entries:
                yield from ops
            return
        for number in self._candidates(area):
            if self._bounds(number).intersects(area):
                yield from self.entries[number][1]

    def _candidates(self, area: Rect) -> Iterable[int]:
        if not self.bucket or len(self.entries) < 64:
            return range(len(self.entries))
        if self._index is None:
            self._index = {}
            for number in range(len(self.entries)):
                bounds = self._bounds(number)
                for key in range(int(bounds.x // self.bucket), int(bounds.right // self.bucket) + 1):
                    self._index.setdefault(key, []).append(number)
        found: set[int] = set()
        for key in range(int(area.x // self.bucket), int(area.right // self.bucket) + 1):
            found.update(self._index.get(key, ()))
        return sorted(found)


def _union(rects: Iterable[Rect]) -> Rect:
    x0 = y0 = float("inf")
    x1 = y1 = float("-inf")
    for r in rects:
        x0, y0, x1, y1 = min(x0, r.x), min(y0, r.y), max(x1, r.right), max(y1, r.bottom)
    return Rect(x0, y0, x1 - x0, y1 - y0)


@dataclass
class Drawing:
    """A whole picture: its size and its layers in drawing order."""

    width: float
    height: float
    layers: list[Layer] = field(default_factory=list)

    def ops(self, area: Rect | None = None) -> Iterator[Op]:
        """Every operation reaching into `area` (all of them when None), in drawing order."""
        if area is not None and area.x <= 0 and area.y <= 0 and area.right >= self.width and area.bottom >= self.height:
            area = None  # the whole picture: no item's bounds are needed
        for layer in self.layers:
            yield from layer.visible(area)

    def layer(self, bucket: float = 0.0) -> Layer:
        made = Layer(bucket=bucket)
        self.layers.append(made)
        return made
