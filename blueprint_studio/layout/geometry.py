"""Frozen geometry of one blueprint, in points: what both the canvas and the printer draw."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from blueprint_studio.model import ConnectorKind, LaneKind, Line, Zone

COLUMNS_PER_RUN = 16


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def intersects(self, other: Rect) -> bool:
        return not (other.x >= self.right or other.right <= self.x or other.y >= self.bottom or other.bottom <= self.y)

    def adjusted(self, margin: float) -> Rect:
        return Rect(self.x - margin, self.y - margin, self.width + 2 * margin, self.height + 2 * margin)


Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class LaneBand:
    lane_id: str
    name: str
    kind: LaneKind
    zone: Zone
    rect: Rect  # the whole row, from the lane-name column to the right edge
    band_colour: str
    card_colour: str
    edge_colour: str
    name_lines: tuple[str, ...]
    description_lines: tuple[str, ...] = ()  # the lane's purpose, under its name, when asked for


@dataclass(frozen=True, slots=True)
class StepColumn:
    step_id: str
    index: int
    name_lines: tuple[str, ...]
    duration: str
    header: Rect  # the step header cell
    x: float
    width: float
    moment_of_truth: bool = False

    @property
    def centre(self) -> float:
        return self.x + self.width / 2


def columns_in(steps: Sequence[StepColumn], left: float, right: float) -> Sequence[StepColumn]:
    """The columns reaching into [left, right]; they are equally wide, so found by division."""
    if not steps:
        return ()
    width = steps[0].width
    first = max(0, int((left - steps[0].x) // width))
    return steps[first : max(first, int((right - steps[0].x) // width) + 1)]


@dataclass(frozen=True, slots=True)
class StageSpan:
    stage_id: str | None
    name: str
    rect: Rect


@dataclass(frozen=True, slots=True)
class LineRule:
    line: Line
    title: str
    y: float
    x0: float
    x1: float


@dataclass(frozen=True, slots=True)
class Badge:
    mark: str  # a MARK_NAMES entry
    rect: Rect
    label: str  # e.g. the wait duration, or "+2"


@dataclass(frozen=True, slots=True)
class Chip:
    """A facet on a card: a dot in the facet's colour and its name."""

    rect: Rect
    lines: tuple[str, ...]
    colour: str


@dataclass(frozen=True, slots=True)
class CardBox:
    card_id: str
    lane_id: str
    step_id: str
    index: int  # position in its cell, top to bottom
    rect: Rect
    lines: tuple[str, ...]
    text_top: float  # baseline of the first line is text_top + ascent
    fill: str
    edge: str
    badges: tuple[Badge, ...]
    has_notes: bool
    chips: tuple[Chip, ...] = ()
    photo: Rect | None = None  # where the image is fitted, keeping its proportions
    image: str | None = None  # the asset drawn there (its bytes are in Geometry.images)


@dataclass(frozen=True, slots=True)
class ConnectorPath:
    connector_id: str
    source: str
    target: str
    kind: ConnectorKind
    points: tuple[Point, ...]
    label: str
    label_at: Point  # the centre of the label's tag
    anchor: Point | None = None  # where a leader meets the route, when the tag had to move off it


Bezier = tuple[Point, Point, Point, Point]  # start, two control points, end


@dataclass(frozen=True, slots=True)
class CurvePoint:
    point_id: str
    step_id: str
    x: float
    y: float
    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class Curve:
    """One persona's as-is or to-be curve: runs of cubic pieces, broken where a step has no score."""

    persona_id: str
    name: str
    colour: str
    to_be: bool
    points: tuple[CurvePoint, ...]
    runs: tuple[tuple[Bezier, ...], ...]  # each with at least one piece


@dataclass(frozen=True, slots=True)
class TextBlock:
    """Wrapped small text at a position (a reason under the curve, a legend entry)."""

    x: float
    y: float  # top of the first line
    lines: tuple[str, ...]
    colour: str
    to_be: bool = False  # legend entries: draw the swatch dashed


@dataclass(frozen=True, slots=True)
class EmotionChart:
    """The Emotions row: a scale from −2 to +2, one curve per persona and variant, reasons below."""

    lane_id: str
    plot: Rect  # the band the scores span, across the grid
    levels: tuple[tuple[float, float], ...]  # (score, y) of each whole score, +2 first
    curves: tuple[Curve, ...]
    reasons: tuple[TextBlock, ...]
    legend: tuple[TextBlock, ...]  # in the lane-name column

    def y_of(self, score: float) -> float:
        top, bottom = self.levels[0], self.levels[-1]
        return top[1] + (top[0] - score) * (bottom[1] - top[1]) / (top[0] - bottom[0])

    def score_at(self, y: float) -> float:
        top, bottom = self.levels[0], self.levels[-1]
        return top[0] - (y - top[1]) * (top[0] - bottom[0]) / (bottom[1] - top[1])


@dataclass(frozen=True, slots=True)
class NoteBox:
    """Words written on one of the three lines at a step."""

    note_id: str
    line: Line
    step_id: str
    rect: Rect
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Geometry:
    blueprint_id: str
    width: float
    height: float
    grid: Rect  # the cell area: right of the lane names, below the headers
    lanes: tuple[LaneBand, ...]
    steps: tuple[StepColumn, ...]
    stages: tuple[StageSpan, ...]
    lines: tuple[LineRule, ...]
    cards: dict[str, CardBox]
    connectors: tuple[ConnectorPath, ...]
    chart: EmotionChart | None = None
    notes: tuple[NoteBox, ...] = ()
    images: Mapping[str, bytes] = field(default_factory=dict, repr=False)  # the photos cards show
    _cell_cards: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict, repr=False)

    def lane(self, lane_id: str) -> LaneBand:
        return next(band for band in self.lanes if band.lane_id == lane_id)

    def step(self, step_id: str) -> StepColumn:
        return next(column for column in self.steps if column.step_id == step_id)

    def cell(self, lane_id: str, step_id: str) -> Rect:
        band, column = self.lane(lane_id), self.step(step_id)
        return Rect(column.x, band.rect.y, column.width, band.rect.height)

    def columns_between(self, left: float, right: float) -> Sequence[StepColumn]:
        return columns_in(self.steps, left, right)

    def run_at(self, x: float) -> int:
        """The run of columns x falls in. Canvases draw a wall, and make its items, a run at a
        time, so that only what is in view costs anything."""
        width = self.steps[0].width if self.steps else 1.0
        return int((x - self.grid.x) // (COLUMNS_PER_RUN * width))

    def runs(self) -> range:
        return range(-(-len(self.steps) // COLUMNS_PER_RUN))

    def cards_in_cell(self, lane_id: str, step_id: str) -> tuple[str, ...]:
        return self._cell_cards.get((lane_id, step_id), ())
