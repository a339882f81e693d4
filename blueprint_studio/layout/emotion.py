"""The Emotions row: a −2 … +2 scale, one smooth curve per persona and variant, reasons. Pure.

Curves are monotone cubic pieces (Fritsch–Carlson): between two scores a curve never rises
above the higher or dips below the lower, so it cannot overshoot a point or leave the row.
A step without a score breaks the curve; a lone score shows as a point.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from blueprint_studio.layout import style
from blueprint_studio.layout.geometry import Bezier, Curve, CurvePoint, EmotionChart, Point, Rect, StepColumn, TextBlock
from blueprint_studio.layout.text import wrap
from blueprint_studio.model import Blueprint, Persona

LEVELS = (2.0, 1.0, 0.0, -1.0, -2.0)
PLOT_HEIGHT = (LEVELS[0] - LEVELS[-1]) * style.CHART_UNIT
LEGEND_TEXT_X = 36.0
_LEGEND_WIDTH = style.LANE_HEADER_WIDTH - LEGEND_TEXT_X - 24  # room for the scale on the right
_REASON_INSET = 8.0


@dataclass(frozen=True)
class _CurveSpec:
    persona: Persona
    to_be: bool
    scores: dict[str, tuple[str, float, str]]  # step id -> (point id, score, reason)


@dataclass(frozen=True)
class ChartPlan:
    """What the row holds, measured before the row's place is known (its height sizes the lane)."""

    curves: tuple[_CurveSpec, ...]
    reasons: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # step id -> (lines, colour) top to bottom
    legend: tuple[tuple[tuple[str, ...], str, bool], ...]
    reasons_height: float

    def height(self, name_lines: int) -> float:
        chart = 2 * style.CHART_PADDING + PLOT_HEIGHT + (self.reasons_height + 6 if self.reasons_height else 0)
        legend = (
            10 + name_lines * 14 + 6 + sum(len(lines) * style.SMALL_LINE_HEIGHT + 3 for lines, _, _ in self.legend) + 8
        )
        return max(style.LANE_MIN_HEIGHT, chart, legend)


def plan(
    blueprint: Blueprint,
    personas: Sequence[Persona],
    steps: Sequence[StepColumn],
    overrides: Mapping[str, float] | None = None,
) -> ChartPlan:
    """Curves of the followed personas (as-is, then to-be), in the blueprint's order."""
    followed = [persona for persona in personas if persona.id in blueprint.personas]
    followed.sort(key=lambda persona: blueprint.personas.index(persona.id))
    overrides = overrides or {}
    specs: list[_CurveSpec] = []
    for persona in followed:
        for to_be in (False, True):
            scores = {
                p.step: (p.id, overrides.get(p.id, p.score), p.reason)
                for p in blueprint.emotions
                if p.persona == persona.id and p.to_be == to_be
            }
            if scores or not to_be:  # an empty as-is curve still earns its legend entry
                specs.append(_CurveSpec(persona, to_be, scores))
    reason_width = (steps[0].width if steps else style.COLUMN_WIDTH) - 2 * _REASON_INSET
    reasons: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {}
    tallest = 0.0
    for column in steps:
        blocks = tuple(
            (wrap(spec.scores[column.step_id][2], reason_width, style.SMALL_FONT_SIZE), spec.persona.colour)
            for spec in specs
            if column.step_id in spec.scores and spec.scores[column.step_id][2]
        )
        if blocks:
            reasons[column.step_id] = blocks
            tallest = max(tallest, sum(len(lines) * style.SMALL_LINE_HEIGHT + 3 for lines, _ in blocks))
    legend = tuple(
        (wrap(_legend_name(spec), _LEGEND_WIDTH, style.SMALL_FONT_SIZE), spec.persona.colour, spec.to_be)
        for spec in specs
    )
    return ChartPlan(tuple(specs), reasons, legend, tallest)


def _legend_name(spec: _CurveSpec) -> str:
    name = spec.persona.name or "Unnamed persona"
    return f"{name} (to-be)" if spec.to_be else name


def place(
    chart_plan: ChartPlan, lane_id: str, band: Rect, name_lines: int, steps: Sequence[StepColumn], grid_right: float
) -> EmotionChart:
    """The row's geometry once its band is known."""
    top = band.y + style.CHART_PADDING
    levels = tuple((score, top + (LEVELS[0] - score) * style.CHART_UNIT) for score in LEVELS)
    left = steps[0].x if steps else style.LANE_HEADER_WIDTH
    plot = Rect(left, top, max(0.0, grid_right - left), PLOT_HEIGHT)
    chart = EmotionChart(lane_id, plot, levels, (), (), ())
    index = {column.step_id: column for column in steps}
    curves = []
    for spec in chart_plan.curves:
        points = tuple(
            CurvePoint(point_id, column.step_id, column.centre, chart.y_of(score), score, reason)
            for column in steps
            if column.step_id in spec.scores
            for point_id, score, reason in (spec.scores[column.step_id],)
        )
        pieces = (smooth([(p.x, p.y) for p in run]) for run in _runs(points, index))
        runs = tuple(run for run in pieces if run)  # a lone score is a point, not a line
        curves.append(Curve(spec.persona.id, spec.persona.name, spec.persona.colour, spec.to_be, points, runs))
    reasons = []
    reason_top = top + PLOT_HEIGHT + style.CHART_PADDING
    for step_id, blocks in chart_plan.reasons.items():
        y = reason_top
        for lines, colour in blocks:
            reasons.append(TextBlock(index[step_id].x + _REASON_INSET, y, lines, colour))
            y += len(lines) * style.SMALL_LINE_HEIGHT + 3
    legend = []
    y = band.y + 10 + name_lines * 14 + 6
    for lines, colour, to_be in chart_plan.legend:
        legend.append(TextBlock(LEGEND_TEXT_X, y, lines, colour, to_be))
        y += len(lines) * style.SMALL_LINE_HEIGHT + 3
    return EmotionChart(lane_id, plot, levels, tuple(curves), tuple(reasons), tuple(legend))


def _runs(points: tuple[CurvePoint, ...], index: Mapping[str, StepColumn]) -> list[list[CurvePoint]]:
    """Points of neighbouring steps, grouped: a step without a score leaves a gap."""
    runs: list[list[CurvePoint]] = []
    previous = -2
    for point in points:
        position = index[point.step_id].index
        if position != previous + 1 or not runs:
            runs.append([])
        runs[-1].append(point)
        previous = position
    return runs


def smooth(points: Sequence[Point]) -> tuple[Bezier, ...]:
    """Monotone cubic pieces through `points` (x increasing): no piece overshoots its ends."""
    count = len(points)
    if count < 2:
        return ()
    slopes = [(b[1] - a[1]) / (b[0] - a[0]) for a, b in pairwise(points)]
    tangents = [slopes[0]]
    for before, after in pairwise(slopes):
        # Harmonic mean where the data keeps its direction, flat at a peak or a valley.
        tangents.append(0.0 if before * after <= 0 else 2 * before * after / (before + after))
    tangents.append(slopes[-1])
    pieces = []
    for k in range(count - 1):
        (x0, y0), (x1, y1) = points[k], points[k + 1]
        third = (x1 - x0) / 3
        pieces.append(
            ((x0, y0), (x0 + third, y0 + tangents[k] * third), (x1 - third, y1 - tangents[k + 1] * third), (x1, y1))
        )
    return tuple(pieces)


def score_label(score: float) -> str:
    """A score as people write it: +1.5, 0, −2 (a real minus sign)."""
    return "0" if score == 0 else f"{score:+g}".replace("-", "\u2212")
