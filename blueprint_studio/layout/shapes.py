"""Small shape arithmetic every renderer needs: text baselines, badge polygons, arrowheads,
where the lines' names repeat. Pure; QPainter, ReportLab and SVG only draw the numbers."""

from __future__ import annotations

import math
from dataclasses import replace

from blueprint_studio.layout import style
from blueprint_studio.layout.emotion import score_label
from blueprint_studio.layout.fonts import BOLD, REGULAR, metrics
from blueprint_studio.layout.geometry import (
    Chip,
    ConnectorPath,
    EmotionChart,
    Geometry,
    LaneBand,
    LineRule,
    NoteBox,
    Point,
    Rect,
    StepColumn,
    TextBlock,
)
from blueprint_studio.layout.labels import label_rect

_ARROW_SPREAD = 0.45  # half the head's opening angle, radians


def baseline(top: float, size: float) -> float:
    """The baseline of a line of text whose top is at `top`."""
    return top + metrics(REGULAR).ascent * size + 1.0


def polygon(shape: str, rect: Rect) -> tuple[Point, ...]:
    """Corners of a diamond (4) or hexagon (6) inscribed in `rect`."""
    corners, start = (4, -math.pi / 2) if shape == "diamond" else (6, 0.0)
    cx, cy = rect.center
    radius = rect.width / 2
    return tuple(
        (
            cx + radius * math.cos(start + i * 2 * math.pi / corners),
            cy + radius * math.sin(start + i * 2 * math.pi / corners),
        )
        for i in range(corners)
    )


def arrow_head(tip: Point, before: Point) -> tuple[Point, Point, Point]:
    """The three corners of the head at `tip` of a segment coming from `before`."""
    angle = math.atan2(tip[1] - before[1], tip[0] - before[0])
    size = style.ARROW_SIZE
    return (
        tip,
        (tip[0] - size * math.cos(angle - _ARROW_SPREAD), tip[1] - size * math.sin(angle - _ARROW_SPREAD)),
        (tip[0] - size * math.cos(angle + _ARROW_SPREAD), tip[1] - size * math.sin(angle + _ARROW_SPREAD)),
    )


def line_title_width(rule: LineRule) -> float:
    return metrics(BOLD).width(rule.title, style.SMALL_FONT_SIZE) + 12  # the name is set in bold


def line_title_xs(geometry: Geometry, rule: LineRule, left: float, right: float) -> list[float]:
    """Where a line's name repeats along the grid (so it stays readable on a wide wall),
    keeping those that reach into [left, right]."""
    width = line_title_width(rule)
    taken = [note.rect for note in geometry.notes if note.line is rule.line]
    xs = []
    x = geometry.grid.x + 8 + 2 * style.COLUMN_WIDTH
    while x < geometry.grid.right - width:
        clear = not any(box.x < x + width and box.right > x - 4 for box in taken)
        if clear and x + width >= left and x <= right:
            xs.append(x)
        x += 4 * style.COLUMN_WIDTH
    return xs


def centred(rect: Rect, text: str, size: float, bold: bool = False) -> Point:
    """Where a line of text starts (x, baseline) to sit in the middle of `rect`."""
    width = metrics(BOLD if bold else REGULAR).width(text, size)
    cap = metrics(REGULAR).ascent * size * 0.72
    return rect.x + (rect.width - width) / 2, rect.y + rect.height / 2 + cap / 2


def label_box(connector: ConnectorPath) -> Rect:
    """The white tag an arrow's label sits in."""
    return label_rect(connector.label, connector.label_at)


def star(rect: Rect) -> tuple[Point, ...]:
    """A five-pointed star inscribed in `rect`, point up: the moment-of-truth mark."""
    cx, cy = rect.center
    outer, inner = rect.width / 2, rect.width / 2 * 0.45
    return tuple(
        (cx + radius * math.sin(i * math.pi / 5), cy - radius * math.cos(i * math.pi / 5))
        for i in range(10)
        for radius in ((outer if i % 2 == 0 else inner),)
    )


def moment_of_truth_star(column: StepColumn) -> tuple[Point, ...]:
    """Where a step header shows its moment-of-truth star (top right of the header)."""
    size = 13.0
    return star(Rect(column.header.right - size - 5, column.header.y + 5, size, size))


def scale_labels(chart: EmotionChart) -> list[tuple[str, float, float]]:
    """(text, x, baseline) of the score scale, right-aligned against the grid."""
    right = style.LANE_HEADER_WIDTH - 5
    labels = []
    for score, y in chart.levels:
        label = score_label(score)
        labels.append(
            (
                label,
                right - metrics(REGULAR).width(label, style.SMALL_FONT_SIZE),
                y + metrics(REGULAR).ascent * style.SMALL_FONT_SIZE * 0.36,
            )
        )
    return labels


def chip_parts(chip: Chip) -> tuple[Point, list[tuple[str, float, float]]]:
    """A facet chip's dot centre and its (text, x, baseline) lines."""
    r = chip.rect
    dot = (r.x + 4 + style.CHIP_DOT / 2, r.y + r.height / 2)
    x = r.x + style.CHIP_DOT + 7
    top = r.y + (r.height - len(chip.lines) * style.SMALL_LINE_HEIGHT) / 2 - 0.5
    return dot, [
        (line, x, baseline(top + n * style.SMALL_LINE_HEIGHT, style.SMALL_FONT_SIZE) - 1)
        for n, line in enumerate(chip.lines)
    ]


def note_lines(note: NoteBox) -> list[tuple[str, float, float]]:
    """(text, x, baseline) of the words written on a line."""
    top = note.rect.y + style.NOTE_PADDING - 0.5
    return [
        (line, note.rect.x + style.NOTE_PADDING, baseline(top + n * style.SMALL_LINE_HEIGHT, style.SMALL_FONT_SIZE) - 1)
        for n, line in enumerate(note.lines)
    ]


def description_lines(band: LaneBand) -> list[tuple[str, float, float]]:
    """(text, x, baseline) of a lane's description under its name."""
    top = band.rect.y + 10 + len(band.name_lines) * 14 + 2
    return [
        (line, 12.0, baseline(top + n * style.SMALL_LINE_HEIGHT, style.SMALL_FONT_SIZE))
        for n, line in enumerate(band.description_lines)
    ]


def fit_image(frame: Rect, width: float, height: float) -> Rect:
    """An image of this size scaled into `frame`, centred, keeping its proportions."""
    if width <= 0 or height <= 0:
        return frame
    scale = min(frame.width / width, frame.height / height)
    w, h = width * scale, height * scale
    return Rect(frame.x + (frame.width - w) / 2, frame.y + (frame.height - h) / 2, w, h)


def block_lines(block: TextBlock) -> list[tuple[str, float, float]]:
    """(text, x, baseline) of each line of a small text block."""
    return [
        (line, block.x, baseline(block.y + n * style.SMALL_LINE_HEIGHT, style.SMALL_FONT_SIZE))
        for n, line in enumerate(block.lines)
    ]


def legend_swatch(entry: TextBlock) -> tuple[Point, Point]:
    """The short line drawn before a legend entry, in the curve's colour."""
    y = entry.y + style.SMALL_LINE_HEIGHT / 2
    return (12.0, y), (entry.x - 6, y)


def chart_between(chart: EmotionChart, left: float, right: float) -> EmotionChart:
    """The part of the Emotions row that reaches into [left, right]: what one screen or one
    tile draws, so a 1,000-step curve is not drawn whole for every tile it touches."""
    if chart.plot.x >= left and chart.plot.right <= right:
        return chart
    margin = style.POINT_RADIUS + 2

    def reaches(x0: float, x1: float) -> bool:
        return x1 >= left - margin and x0 <= right + margin

    curves = tuple(
        replace(
            curve,
            points=tuple(p for p in curve.points if reaches(p.x, p.x)),
            runs=tuple(
                kept
                for run in curve.runs
                if (kept := tuple(piece for piece in run if reaches(piece[0][0], piece[3][0])))
            ),
        )
        for curve in chart.curves
    )
    reasons = tuple(block for block in chart.reasons if reaches(block.x, block.x + style.COLUMN_WIDTH))
    x0, x1 = max(chart.plot.x, left), min(chart.plot.right, right)
    return replace(
        chart, plot=Rect(x0, chart.plot.y, max(0.0, x1 - x0), chart.plot.height), curves=curves, reasons=reasons
    )
