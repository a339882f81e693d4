"""Draw layout geometry on a ReportLab canvas, y pointing down as on screen.

The same parts, sizes and colours as `painting.draw` draws with QPainter, so the page shows
what the canvas shows. Everything outside `visible` is skipped: a tile carries only what
touches it.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from functools import lru_cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from blueprint_studio.layout import style
from blueprint_studio.layout.fonts import BOLD, REGULAR, runs
from blueprint_studio.layout.geometry import Badge, CardBox, Chip, ConnectorPath, EmotionChart, Geometry, Rect
from blueprint_studio.layout.shapes import (
    arrow_head,
    baseline,
    block_lines,
    centred,
    chip_parts,
    description_lines,
    fit_image,
    note_lines,
    chart_between,
    label_box,
    legend_swatch,
    line_title_width,
    line_title_xs,
    moment_of_truth_star,
    polygon,
    scale_labels,
)
from blueprint_studio.model import ConnectorKind

WHITE = HexColor("#ffffff")
INK = HexColor(style.INK)


@lru_cache(maxsize=256)
def colour(value: str) -> Color:
    return HexColor(value)


def text(c: Canvas, x: float, y: float, value: str, size: float, fill: str = style.INK, bold: bool = False) -> None:
    """Upright text at baseline y on a y-down canvas."""
    if not value:
        return
    t = c.beginText()
    t.setTextTransform(1, 0, 0, -1, x, y)
    t.setFillColor(colour(fill))
    _line(t, value, size, size * 1.2, bold)
    c.drawText(t)


def _line(t: PDFTextObject, value: str, size: float, leading: float, bold: bool = False) -> None:
    """One line as the layout's runs: each in the face that has its characters."""
    for face, part in runs(value, BOLD if bold else REGULAR):
        t.setFont(face, size, leading)
        t.textOut(part)


def centred_text(c: Canvas, rect: Rect, value: str, size: float, fill: str, bold: bool = False) -> None:
    text(c, *centred(rect, value, size, bold), value, size, fill, bold)


def _overlaps(rect: Rect, visible: Rect) -> bool:
    return rect.intersects(visible)


def draw_lanes(c: Canvas, geometry: Geometry, visible: Rect) -> None:
    grid = geometry.grid
    for band in geometry.lanes:
        rect = Rect(grid.x, band.rect.y, grid.width, band.rect.height)
        if _overlaps(rect, visible):
            c.setFillColor(colour(band.band_colour))
            c.rect(max(rect.x, visible.x), rect.y, min(rect.right, visible.right) - max(rect.x, visible.x), rect.height, stroke=0, fill=1)
    c.setStrokeColor(colour(style.GRID))
    c.setLineWidth(0.8)
    for band in geometry.lanes:
        if visible.y <= band.rect.bottom <= visible.bottom:
            c.line(max(grid.x, visible.x), band.rect.bottom, min(grid.right, visible.right), band.rect.bottom)
    for column in geometry.columns_between(visible.x - 1, visible.right + 1):
        if visible.x - 1 <= column.x:
            c.line(column.x, max(grid.y, visible.y), column.x, min(grid.bottom, visible.bottom))
    c.line(grid.right, grid.y, grid.right, grid.bottom)
    for rule in geometry.lines:
        if not visible.y - 2 <= rule.y <= visible.bottom + 2:
            continue
        c.setStrokeColor(colour(style.LINE_COLOUR))
        c.setLineWidth(2.0)
        c.setDash([6, 3] if rule.line.value == "visibility" else [])
        c.line(max(0.0, visible.x), rule.y, min(rule.x1, visible.right), rule.y)
        c.setDash([])
    _line_titles(c, geometry, visible)


def _line_titles(c: Canvas, geometry: Geometry, visible: Rect) -> None:
    for rule in geometry.lines:
        if not visible.y - 8 <= rule.y <= visible.bottom + 8:
            continue
        text_width = line_title_width(rule)
        for x in line_title_xs(geometry, rule, visible.x, visible.right):
            c.setFillColor(WHITE)
            c.roundRect(x - 4, rule.y - 7, text_width, 14, 7, stroke=0, fill=1)
            text(c, x + 2, rule.y + 3.5, rule.title, style.SMALL_FONT_SIZE, style.LINE_COLOUR, bold=True)
    for note in geometry.notes:
        if not note.rect.intersects(visible):
            continue
        c.setFillColor(colour(style.NOTE_FILL))
        c.setStrokeColor(colour(style.LINE_COLOUR))
        c.setLineWidth(0.8)
        c.roundRect(note.rect.x, note.rect.y, note.rect.width, note.rect.height, 3, stroke=1, fill=1)
        for line, x, y in note_lines(note):
            text(c, x, y, line, style.SMALL_FONT_SIZE)


def draw_lane_names(c: Canvas, geometry: Geometry, visible: Rect) -> None:
    width = style.LANE_HEADER_WIDTH
    c.setFillColor(colour(style.HEADER_FILL))
    c.rect(0, geometry.grid.y, width, geometry.grid.height, stroke=0, fill=1)
    for band in geometry.lanes:
        if not _overlaps(band.rect, visible):
            continue
        c.setFillColor(colour(band.band_colour))
        c.rect(0, band.rect.y, width, band.rect.height, stroke=0, fill=1)
        c.setFillColor(colour(band.edge_colour))
        c.rect(0, band.rect.y, 5, band.rect.height, stroke=0, fill=1)
        top = band.rect.y + 10
        for line in band.name_lines:
            text(c, 12, baseline(top, style.HEADER_FONT_SIZE), line, style.HEADER_FONT_SIZE, bold=True)
            top += 14
        for line, x, y in description_lines(band):
            text(c, x, y, line, style.SMALL_FONT_SIZE, style.MUTED_INK)
        c.setStrokeColor(colour(style.GRID))
        c.setLineWidth(0.8)
        c.line(0, band.rect.bottom, width, band.rect.bottom)
    if geometry.chart is not None and _overlaps(geometry.lane(geometry.chart.lane_id).rect, visible):
        _chart_legend(c, geometry.chart)
    for rule in geometry.lines:
        if not visible.y - style.LINE_BAND <= rule.y <= visible.bottom + style.LINE_BAND:
            continue
        c.setFillColor(WHITE)
        c.rect(0, rule.y - style.LINE_BAND / 2, width, style.LINE_BAND, stroke=0, fill=1)
        c.setStrokeColor(colour(style.LINE_COLOUR))
        c.setLineWidth(2.0)
        c.line(0, rule.y, width, rule.y)
        text(c, 8, rule.y - 3, rule.title, style.SMALL_FONT_SIZE, style.LINE_COLOUR, bold=True)
    c.setStrokeColor(colour(style.GRID))
    c.setLineWidth(1.0)
    c.line(width, geometry.grid.y, width, geometry.grid.bottom)


def draw_step_headers(c: Canvas, geometry: Geometry, visible: Rect) -> None:
    c.setFillColor(colour(style.HEADER_FILL))
    c.rect(0, 0, geometry.width, geometry.grid.y, stroke=0, fill=1)
    for span in geometry.stages:
        if not _overlaps(span.rect, visible):
            continue
        c.setFillColor(colour(style.STAGE_FILL))
        c.rect(span.rect.x + 1, span.rect.y + 1, span.rect.width - 2, span.rect.height - 2, stroke=0, fill=1)
        text(c, span.rect.x + 8, baseline(span.rect.y + 6, style.HEADER_FONT_SIZE), span.name, style.HEADER_FONT_SIZE, bold=True)
    for column in geometry.columns_between(visible.x, visible.right):
        c.setStrokeColor(colour(style.GRID))
        c.setLineWidth(0.8)
        c.line(column.x, column.header.y, column.x, column.header.bottom)
        top = column.header.y + 7
        for line in column.name_lines:
            text(c, column.x + 6, baseline(top, style.HEADER_FONT_SIZE), line, style.HEADER_FONT_SIZE, bold=True)
            top += 13.5
        text(c, column.x + 6, baseline(top + 2, style.SMALL_FONT_SIZE), column.duration, style.SMALL_FONT_SIZE, style.MUTED_INK)
        if column.moment_of_truth:
            c.setFillColor(colour(style.MOMENT_OF_TRUTH))
            fill_polygon(c, moment_of_truth_star(column))
    c.setStrokeColor(colour(style.GRID))
    c.setLineWidth(1.0)
    c.line(0, geometry.grid.y, geometry.width, geometry.grid.y)


def draw_card(c: Canvas, box: CardBox, images: Mapping[str, bytes] | None = None) -> None:
    r = box.rect
    c.setFillColor(colour(box.fill))
    c.setStrokeColor(colour(box.edge))
    c.setLineWidth(1.0)
    c.roundRect(r.x, r.y, r.width, r.height, style.CARD_RADIUS, stroke=1, fill=1)
    if any(box.lines):
        lines = c.beginText()  # one text object per card: far cheaper than one per line
        lines.setTextTransform(1, 0, 0, -1, r.x + style.CARD_PADDING, baseline(box.text_top, style.FONT_SIZE))
        lines.setFont(REGULAR, style.FONT_SIZE, style.LINE_HEIGHT)
        lines.setFillColor(INK)
        for line in box.lines:
            _line(lines, line, style.FONT_SIZE, style.LINE_HEIGHT)
            lines.textLine("")
        c.drawText(lines)
    if box.photo is not None and box.image is not None:
        draw_photo(c, (images or {}).get(box.image), box.photo)
    draw_chips(c, box.chips)
    for badge in box.badges:
        draw_badge(c, badge)
    if box.has_notes:
        c.setFillColor(colour(box.edge))
        path = c.beginPath()
        path.moveTo(r.right - 10, r.y)
        path.lineTo(r.right, r.y)
        path.lineTo(r.right, r.y + 10)
        path.close()
        c.drawPath(path, stroke=0, fill=1)


@lru_cache(maxsize=32)
def _reader(data: bytes) -> tuple[ImageReader | None, tuple[int, int] | None]:
    try:
        image = ImageReader(io.BytesIO(data))
        return image, image.getSize()
    except Exception:  # noqa: BLE001 - any decoder error: the frame is drawn instead
        return None, None


def draw_photo(c: Canvas, data: bytes | None, frame: Rect) -> None:
    """An image fitted into `frame`, upright on the y-down canvas; a missing or damaged one
    prints as its empty frame and never stops the print."""
    image, size = _reader(data) if data is not None else (None, None)
    if image is None or size is None:
        c.setStrokeColor(colour(style.GRID))
        c.setLineWidth(1.0)
        c.rect(frame.x, frame.y, frame.width, frame.height, stroke=1, fill=0)
        return
    fitted = fit_image(frame, *size)
    c.saveState()
    c.translate(fitted.x, fitted.bottom)
    c.scale(1, -1)
    c.drawImage(image, 0, 0, fitted.width, fitted.height, mask="auto")
    c.restoreState()


def draw_chips(c: Canvas, chips: Sequence[Chip]) -> None:
    for chip in chips:
        c.setFillColor(WHITE)
        c.setStrokeColor(colour(chip.colour))
        c.setLineWidth(0.8)
        c.roundRect(chip.rect.x, chip.rect.y, chip.rect.width, chip.rect.height, 4, stroke=1, fill=1)
        dot, lines = chip_parts(chip)
        c.setFillColor(colour(chip.colour))
        c.circle(*dot, style.CHIP_DOT / 2, stroke=0, fill=1)
        for line, x, y in lines:
            text(c, x, y, line, style.SMALL_FONT_SIZE)


def _badge_shape(c: Canvas, badge: Badge, shape: str) -> None:
    size = style.BADGE_SIZE
    x, y = badge.rect.x, badge.rect.y
    if shape == "circle":
        c.circle(x + size / 2, y + size / 2, size / 2, stroke=0, fill=1)
    elif shape == "square":
        c.roundRect(x + 0.5, y + 0.5, size - 1, size - 1, 2, stroke=0, fill=1)
    else:
        fill_polygon(c, polygon(shape, Rect(x, y, size, size)))


def fill_polygon(c: Canvas, points: Sequence[tuple[float, float]]) -> None:
    path = c.beginPath()
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.close()
    c.drawPath(path, stroke=0, fill=1)


def draw_badge(c: Canvas, badge: Badge) -> None:
    size = style.BADGE_SIZE
    mark = style.MARK_STYLES[badge.mark]
    if badge.label:
        c.setFillColor(WHITE)
        c.setStrokeColor(colour(mark.colour))
        c.setLineWidth(1.0)
        c.roundRect(badge.rect.x, badge.rect.y, badge.rect.width, badge.rect.height, size / 2, stroke=1, fill=1)
    c.setFillColor(colour(mark.colour))
    _badge_shape(c, badge, mark.shape)
    centred_text(c, Rect(badge.rect.x, badge.rect.y, size, size), mark.glyph, style.SMALL_FONT_SIZE, style.ink_on(mark.colour), bold=True)
    if badge.label:
        text(c, badge.rect.x + size + 3, baseline(badge.rect.y + 2, style.SMALL_FONT_SIZE), badge.label, style.SMALL_FONT_SIZE, style.INK)


def _arrow(c: Canvas, tip: tuple[float, float], before: tuple[float, float]) -> None:
    fill_polygon(c, arrow_head(tip, before))


def _segment_rect(a: tuple[float, float], b: tuple[float, float]) -> Rect:
    return Rect(min(a[0], b[0]), min(a[1], b[1]), abs(b[0] - a[0]), abs(b[1] - a[1]))


def draw_connector(c: Canvas, connector: ConnectorPath, visible: Rect | None = None) -> None:
    """An arrow; with `visible`, only its segments, heads and label that reach into it."""
    reach = visible.adjusted(style.ARROW_SIZE + 1) if visible is not None else None
    points = connector.points
    segments = list(zip(points, points[1:]))
    shown = [reach is None or _segment_rect(a, b).adjusted(0.01).intersects(reach) for a, b in segments]
    tag = label_box(connector) if connector.label else None
    if tag is not None and visible is not None and not tag.intersects(visible):
        tag = None
    if not any(shown) and tag is None:
        return
    ink = colour(style.CONNECTOR_COLOUR)
    c.setStrokeColor(ink)
    c.setFillColor(ink)
    c.setLineWidth(1.3)
    c.setDash([4, 3] if connector.kind is ConnectorKind.INFORMATION else [])
    path = c.beginPath()
    pen_at = None
    for (a, b), show in zip(segments, shown):
        if not show:
            continue
        if pen_at != a:
            path.moveTo(*a)
        path.lineTo(*b)
        pen_at = b
    if pen_at is not None:
        c.drawPath(path, stroke=1, fill=0)
    c.setDash([])
    if shown[-1]:
        _arrow(c, points[-1], points[-2])
    if connector.kind is ConnectorKind.TWO_WAY and shown[0]:
        _arrow(c, points[0], points[1])
    if tag is not None:
        if connector.anchor is not None:
            c.setLineWidth(0.6)
            c.setDash([1, 2])
            c.line(*connector.anchor, *tag.center)
            c.setDash([])
        c.setFillColor(WHITE)
        c.setStrokeColor(ink)
        c.setLineWidth(0.6)
        c.roundRect(tag.x, tag.y, tag.width, tag.height, 4, stroke=1, fill=1)
        centred_text(c, tag, connector.label, style.SMALL_FONT_SIZE, style.INK)


def draw_chart(c: Canvas, chart: EmotionChart) -> None:
    """Scale rules, curves, points and reasons of the Emotions row, as the canvas draws them."""
    plot = chart.plot
    for score, y in chart.levels:
        c.setStrokeColor(colour(style.CHART_ZERO if score == 0 else style.CHART_LEVEL))
        c.setLineWidth(1.0 if score == 0 else 0.6)
        c.line(plot.x, y, plot.right, y)
    c.setLineCap(1)
    for curve in chart.curves:
        ink = colour(curve.colour)
        c.setStrokeColor(ink)
        c.setLineWidth(style.CURVE_WIDTH)
        c.setDash([3, 2] if curve.to_be else [])
        if curve.runs:
            path = c.beginPath()
            for run in curve.runs:
                path.moveTo(*run[0][0])
                for _, c1, c2, end in run:
                    path.curveTo(*c1, *c2, *end)
            c.drawPath(path, stroke=1, fill=0)
        c.setDash([])
        for point in curve.points:
            c.setStrokeColor(WHITE)
            c.setLineWidth(1.2)
            c.setFillColor(WHITE if curve.to_be else ink)
            c.circle(point.x, point.y, style.POINT_RADIUS, stroke=1, fill=1)
            if curve.to_be:
                c.setStrokeColor(ink)
                c.setLineWidth(1.6)
                c.circle(point.x, point.y, style.POINT_RADIUS - 0.8, stroke=1, fill=0)
    c.setLineCap(0)
    for block in chart.reasons:
        for line, x, y in block_lines(block):
            text(c, x, y, line, style.SMALL_FONT_SIZE, block.colour)


def _chart_legend(c: Canvas, chart: EmotionChart) -> None:
    for label, x, y in scale_labels(chart):
        text(c, x, y, label, style.SMALL_FONT_SIZE, style.MUTED_INK)
    for entry in chart.legend:
        start, end = legend_swatch(entry)
        c.setStrokeColor(colour(entry.colour))
        c.setLineWidth(style.CURVE_WIDTH)
        c.setDash([3, 2] if entry.to_be else [])
        c.line(*start, *end)
        c.setDash([])
        for line, x, y in block_lines(entry):
            text(c, x, y, line, style.SMALL_FONT_SIZE)


def connector_bounds(connector: ConnectorPath) -> Rect:
    """The arrow with its heads and, wherever it was placed, its label."""
    margin = style.ARROW_SIZE + 1
    xs = [p[0] for p in connector.points]
    ys = [p[1] for p in connector.points]
    x0, y0, x1, y1 = min(xs) - margin, min(ys) - margin, max(xs) + margin, max(ys) + margin
    if connector.label:
        tag = label_box(connector)
        x0, y0, x1, y1 = min(x0, tag.x - 1), min(y0, tag.y - 1), max(x1, tag.right + 1), max(y1, tag.bottom + 1)
    return Rect(x0, y0, x1 - x0, y1 - y0)


class ColumnIndex:
    """Cards and arrows filed under the step columns they reach, so a tile looks only at
    its own columns instead of the whole blueprint (452 tiles × 20,000 items otherwise)."""

    def __init__(self, geometry: Geometry) -> None:
        self.geometry = geometry
        count = len(geometry.steps)
        self.cards: list[list[CardBox]] = [[] for _ in range(count)]
        self.arrows: list[list[tuple[int, ConnectorPath, Rect]]] = [[] for _ in range(count)]
        index_of = {column.step_id: column.index for column in geometry.steps}
        for box in geometry.cards.values():
            self.cards[index_of[box.step_id]].append(box)
        for order, connector in enumerate(geometry.connectors):
            bounds = connector_bounds(connector)
            for column in geometry.columns_between(bounds.x, bounds.right):
                self.arrows[column.index].append((order, connector, bounds))

    def visible(self, visible: Rect) -> tuple[list[ConnectorPath], list[CardBox]]:
        columns = self.geometry.columns_between(visible.x, visible.right)
        arrows: dict[int, ConnectorPath] = {}
        boxes: list[CardBox] = []
        for column in columns:
            for order, connector, bounds in self.arrows[column.index]:
                if order not in arrows and bounds.intersects(visible):
                    arrows[order] = connector
            boxes.extend(box for box in self.cards[column.index] if _overlaps(box.rect, visible))
        return [arrows[order] for order in sorted(arrows)], boxes


def draw_geometry(c: Canvas, geometry: Geometry, visible: Rect | None = None, index: ColumnIndex | None = None) -> None:
    """The blueprint at its natural coordinates; only what touches `visible` is drawn."""
    visible = visible or Rect(0, 0, geometry.width, geometry.height)
    draw_lanes(c, geometry, visible)
    if geometry.chart is not None and geometry.lane(geometry.chart.lane_id).rect.intersects(visible):
        draw_chart(c, chart_between(geometry.chart, visible.x, visible.right))
    whole = visible.x <= 0 and visible.y <= 0 and visible.right >= geometry.width and visible.bottom >= geometry.height
    if whole:
        arrows, boxes = list(geometry.connectors), list(geometry.cards.values())
    else:
        arrows, boxes = (index or ColumnIndex(geometry)).visible(visible)
    for connector in arrows:
        draw_connector(c, connector, None if whole else visible)
    for box in boxes:
        draw_card(c, box, geometry.images)
    if visible.x < style.LANE_HEADER_WIDTH:
        draw_lane_names(c, geometry, visible)
    if visible.y < geometry.grid.y:
        draw_step_headers(c, geometry, visible)
    if visible.x < style.LANE_HEADER_WIDTH and visible.y < geometry.grid.y:
        c.setFillColor(colour(style.HEADER_FILL))
        c.rect(0, 0, style.LANE_HEADER_WIDTH, geometry.grid.y, stroke=0, fill=1)
