"""Draw geometry with QPainter: lanes, lines, headers, cards, badges, connectors.

Every function draws in layout coordinates; callers set the painter's transform. The PDF
printer draws the same parts with the same sizes and colours from `layout.style`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QImage, QPainter, QPainterPath, QPen, QPolygonF

from blueprint_studio.layout import style
from blueprint_studio.layout.fonts import BOLD, metrics
from blueprint_studio.layout.geometry import Badge, CardBox, Chip, ConnectorPath, Curve, EmotionChart, Geometry, Point, Rect
from blueprint_studio.layout.shapes import (
    arrow_head,
    baseline,
    block_lines,
    centred,
    chip_parts,
    description_lines,
    fit_image,
    note_lines,
    label_box,
    legend_swatch,
    line_title_width,
    line_title_xs,
    moment_of_truth_star,
    polygon,
    scale_labels,
)
from blueprint_studio.model import ConnectorKind, Line
from blueprint_studio.painting.fonts import draw_text, font_for
from blueprint_studio.painting.scheme import glyph_on, light, shade


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def draw_lanes(painter: QPainter, geometry: Geometry, exposed: QRectF) -> None:
    """Lane bands, cell separators and the three named lines (the scene background)."""
    grid = geometry.grid
    painter.setPen(Qt.PenStyle.NoPen)
    for band in geometry.lanes:
        rect = QRectF(grid.x, band.rect.y, grid.width, band.rect.height)
        if rect.intersects(exposed):
            painter.fillRect(rect, shade(band.band_colour))
    painter.setPen(QPen(shade(style.GRID), 0.8))
    for band in geometry.lanes:
        painter.drawLine(QPointF(grid.x, band.rect.bottom), QPointF(grid.right, band.rect.bottom))
    for column in geometry.columns_between(exposed.left() - 1, exposed.right() + 1):
        painter.drawLine(QPointF(column.x, grid.y), QPointF(column.x, grid.bottom))
    painter.drawLine(QPointF(grid.right, grid.y), QPointF(grid.right, grid.bottom))
    for rule in geometry.lines:
        painter.setPen(QPen(shade(style.LINE_COLOUR), 2.0, Qt.PenStyle.DashLine if rule.line.value == "visibility" else Qt.PenStyle.SolidLine))
        painter.drawLine(QPointF(grid.x, rule.y), QPointF(rule.x1, rule.y))


def draw_line_titles(painter: QPainter, geometry: Geometry, left: float, right: float) -> None:
    """The lines' names, repeated along the width so they stay readable when scrolled."""
    for rule in geometry.lines:
        text_width = line_title_width(rule)
        for x in line_title_xs(geometry, rule, left, right):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shade("#ffffff"))
            painter.drawRoundedRect(QRectF(x - 4, rule.y - 7, text_width, 14), 7, 7)
            painter.setPen(shade(style.LINE_COLOUR))
            draw_text(painter, x + 2, rule.y + 3.5, rule.title, style.SMALL_FONT_SIZE, bold=True)


def draw_lane_names(painter: QPainter, geometry: Geometry, words: bool = True) -> None:
    """The frozen column on the left: lane names on their lane colour, and line labels
    (colours only, without `words`: zoomed too far out to read them)."""
    width = style.LANE_HEADER_WIDTH
    painter.fillRect(QRectF(0, geometry.grid.y, width, geometry.grid.height), shade(style.HEADER_FILL))
    for band in geometry.lanes:
        rect = QRectF(0, band.rect.y, width, band.rect.height)
        painter.fillRect(rect, shade(band.band_colour))
        painter.fillRect(QRectF(0, band.rect.y, 5, band.rect.height), shade(band.edge_colour))
        painter.setPen(QPen(shade(style.GRID), 0.8))
        painter.drawLine(QPointF(0, band.rect.bottom), QPointF(width, band.rect.bottom))
        if not words:
            continue
        painter.setPen(shade(style.INK))
        top = band.rect.y + 10
        for line in band.name_lines:
            draw_text(painter, 12, baseline(top, style.HEADER_FONT_SIZE), line, style.HEADER_FONT_SIZE, bold=True)
            top += 14
        painter.setPen(shade(style.MUTED_INK))
        for line, x, y in description_lines(band):
            draw_text(painter, x, y, line, style.SMALL_FONT_SIZE)
    if geometry.chart is not None and words:
        draw_chart_legend(painter, geometry.chart)
    for rule in geometry.lines:
        painter.fillRect(QRectF(0, rule.y - style.LINE_BAND / 2, width, style.LINE_BAND), shade("#ffffff"))
        painter.setPen(QPen(shade(style.LINE_COLOUR), 2.0))
        painter.drawLine(QPointF(0, rule.y), QPointF(width, rule.y))
        if words:
            painter.setPen(shade(style.LINE_COLOUR))
            draw_text(painter, 8, rule.y - 3, rule.title, style.SMALL_FONT_SIZE, bold=True)
    painter.setPen(QPen(shade(style.GRID), 1.0))
    painter.drawLine(QPointF(width, geometry.grid.y), QPointF(width, geometry.grid.bottom))


def draw_step_headers(painter: QPainter, geometry: Geometry, left: float, right: float, words: bool = True) -> None:
    """The frozen rows at the top: stages, then step names with their durations (the
    stages' colour only, without `words`: zoomed too far out to read them)."""
    header_bottom = geometry.grid.y
    painter.fillRect(QRectF(left, 0, right - left, header_bottom), shade(style.HEADER_FILL))
    for span in geometry.stages:
        rect = qrect(span.rect)
        if rect.right() < left or rect.left() > right:
            continue
        painter.fillRect(rect.adjusted(1, 1, -1, -1), shade(style.STAGE_FILL))
        if span.name and words:
            painter.setPen(shade(style.INK))
            # Keep the stage name on screen while its span is partly scrolled away.
            x = max(rect.left() + 8, min(left + 8, rect.right() - 8 - metrics(BOLD).width(span.name, style.HEADER_FONT_SIZE)))
            draw_text(painter, x, baseline(span.rect.y + 6, style.HEADER_FONT_SIZE), span.name, style.HEADER_FONT_SIZE, bold=True)
    for column in geometry.columns_between(left, right) if words else ():
        rect = qrect(column.header)
        painter.setPen(QPen(shade(style.GRID), 0.8))
        painter.drawLine(rect.topLeft(), rect.bottomLeft())
        painter.setPen(shade(style.INK))
        top = column.header.y + 7
        for line in column.name_lines:
            draw_text(painter, column.x + 6, baseline(top, style.HEADER_FONT_SIZE), line, style.HEADER_FONT_SIZE, bold=True)
            top += 13.5
        if column.duration:
            painter.setPen(shade(style.MUTED_INK))
            draw_text(painter, column.x + 6, baseline(top + 2, style.SMALL_FONT_SIZE), column.duration, style.SMALL_FONT_SIZE)
        if column.moment_of_truth:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shade(style.MOMENT_OF_TRUTH))
            painter.drawPolygon(_polygon(moment_of_truth_star(column)))
    painter.setPen(QPen(shade(style.GRID), 1.0))
    painter.drawLine(QPointF(left, header_bottom), QPointF(right, header_bottom))


@lru_cache(maxsize=64)
def _photo(name: str, data: bytes) -> QImage:
    image = QImage()
    image.loadFromData(data)  # a damaged image stays null and draws as its frame
    return image


def draw_photo(painter: QPainter, frame: Rect, name: str, data: bytes | None) -> None:
    """An asset fitted into `frame`; a missing or unreadable one shows as an empty frame."""
    image = _photo(name, data) if data is not None else QImage()
    if image.isNull():
        painter.setPen(QPen(shade(style.GRID), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(qrect(frame))
        return
    painter.drawImage(qrect(fit_image(frame, image.width(), image.height())), image)


def draw_chips(painter: QPainter, chips: Sequence[Chip]) -> None:
    for chip in chips:
        painter.setPen(QPen(shade(chip.colour), 0.8))
        painter.setBrush(shade("#ffffff"))
        painter.drawRoundedRect(qrect(chip.rect), 4, 4)
        dot, lines = chip_parts(chip)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(shade(chip.colour))
        painter.drawEllipse(QPointF(*dot), style.CHIP_DOT / 2, style.CHIP_DOT / 2)
        painter.setPen(shade(style.INK))
        for line, x, y in lines:
            draw_text(painter, x, y, line, style.SMALL_FONT_SIZE)


def draw_notes(painter: QPainter, geometry: Geometry, left: float, right: float) -> None:
    """Words written on the lines, on a white tag over the line."""
    for note in geometry.notes:
        if note.rect.right < left or note.rect.x > right:
            continue
        painter.setPen(QPen(shade(style.LINE_COLOUR), 0.8))
        painter.setBrush(shade(style.NOTE_FILL))
        painter.drawRoundedRect(qrect(note.rect), 3, 3)
        painter.setPen(shade(style.INK))
        for line, x, y in note_lines(note):
            draw_text(painter, x, y, line, style.SMALL_FONT_SIZE)


def draw_ghost(painter: QPainter, rect: Rect, lines: Sequence[str]) -> None:
    """A card the compared blueprint has and this one lacks: dashed and faint, never mistaken
    for a real card."""
    painter.save()
    painter.setOpacity(0.55)
    painter.setPen(QPen(shade(style.MUTED_INK), 1.2, Qt.PenStyle.DashLine))
    painter.setBrush(shade("#ffffff"))
    painter.drawRoundedRect(qrect(rect), style.CARD_RADIUS, style.CARD_RADIUS)
    painter.setPen(shade(style.MUTED_INK))
    top = rect.y + style.CARD_PADDING
    for line in lines:
        draw_text(painter, rect.x + style.CARD_PADDING, baseline(top, style.FONT_SIZE), line, style.FONT_SIZE)
        top += style.LINE_HEIGHT
    painter.restore()


def draw_card(
    painter: QPainter,
    box: CardBox,
    selected: bool = False,
    origin: QPointF | None = None,
    emphasised: bool = False,
    images: Mapping[str, bytes] | None = None,
) -> None:
    """A card at its layout rectangle, or with its top-left at `origin` (items draw locally)."""
    dx, dy = (origin.x() - box.rect.x, origin.y() - box.rect.y) if origin is not None else (0.0, 0.0)
    painter.save()
    painter.translate(dx, dy)
    rect = qrect(box.rect)
    if emphasised:
        painter.setPen(QPen(shade(style.EMPHASIS), 3.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), style.CARD_RADIUS + 2, style.CARD_RADIUS + 2)
    painter.setPen(QPen(shade(style.SELECTION if selected else box.edge), 2.5 if selected else 1.0))
    painter.setBrush(shade(box.fill))
    painter.drawRoundedRect(rect, style.CARD_RADIUS, style.CARD_RADIUS)
    painter.setPen(shade(style.INK))
    if box.photo is not None and box.image is not None:
        draw_photo(painter, box.photo, box.image, (images or {}).get(box.image))
    painter.setPen(shade(style.INK))
    x = box.rect.x + style.CARD_PADDING
    top = box.text_top
    for line in box.lines:
        draw_text(painter, x, baseline(top, style.FONT_SIZE), line, style.FONT_SIZE)
        top += style.LINE_HEIGHT
    draw_chips(painter, box.chips)
    for badge in box.badges:
        draw_badge(painter, badge)
    if box.has_notes:
        corner = QPolygonF([QPointF(rect.right() - 10, rect.top()), QPointF(rect.right(), rect.top()), QPointF(rect.right(), rect.top() + 10)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(shade(box.edge))
        painter.drawPolygon(corner)
    painter.restore()


def badge_shape(badge: Badge) -> QPainterPath:
    rect = qrect(Rect(badge.rect.x, badge.rect.y, style.BADGE_SIZE, style.BADGE_SIZE))
    path = QPainterPath()
    shape = style.MARK_STYLES[badge.mark].shape if badge.mark in style.MARK_STYLES else "pill"
    if shape == "circle":
        path.addEllipse(rect)
    elif shape == "square":
        path.addRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
    else:
        points = [QPointF(*point) for point in polygon(shape, Rect(badge.rect.x, badge.rect.y, style.BADGE_SIZE, style.BADGE_SIZE))]
        path.addPolygon(QPolygonF(points + points[:1]))
    return path


def draw_badge(painter: QPainter, badge: Badge) -> None:
    mark = style.MARK_STYLES[badge.mark]
    colour = shade(mark.colour)
    if badge.label:
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(shade("#ffffff"))
        painter.drawRoundedRect(qrect(badge.rect), style.BADGE_SIZE / 2, style.BADGE_SIZE / 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(badge_shape(badge))
    painter.setPen(glyph_on(colour))
    painter.setFont(font_for(painter, style.SMALL_FONT_SIZE, bold=True))
    painter.drawText(QRectF(badge.rect.x, badge.rect.y, style.BADGE_SIZE, style.BADGE_SIZE), Qt.AlignmentFlag.AlignCenter, mark.glyph)
    if badge.label:
        painter.setPen(shade(style.INK))
        draw_text(painter, badge.rect.x + style.BADGE_SIZE + 3, baseline(badge.rect.y + 2, style.SMALL_FONT_SIZE), badge.label, style.SMALL_FONT_SIZE)


def connector_path(points: tuple[tuple[float, float], ...]) -> QPainterPath:
    path = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        path.lineTo(QPointF(*point))
    return path


def _head(tip: tuple[float, float], before: tuple[float, float]) -> QPolygonF:
    return _polygon(arrow_head(tip, before))


@dataclass(frozen=True)
class RouteShape:
    """An arrow's line and heads as Qt objects, built once per route (not once per paint)."""

    line: QPainterPath
    heads: tuple[QPolygonF, ...]


def route_shape(points: tuple[tuple[float, float], ...], kind: ConnectorKind) -> RouteShape:
    heads = [_head(points[-1], points[-2])]
    if kind is ConnectorKind.TWO_WAY:
        heads.append(_head(points[0], points[1]))
    return RouteShape(connector_path(points), tuple(heads))


@lru_cache(maxsize=16)
def _route_pens(kind: ConnectorKind, selected: bool, emphasised: bool = False) -> tuple[QPen, QBrush]:
    colour = shade(style.SELECTION if selected else style.EMPHASIS if emphasised else style.CONNECTOR_COLOUR)
    pen = QPen(colour, 2.2 if selected or emphasised else 1.3)
    if kind is ConnectorKind.INFORMATION:
        pen.setDashPattern([4.0, 3.0])
    return pen, QBrush(colour)


def draw_connector(painter: QPainter, connector: ConnectorPath, selected: bool = False, shape: RouteShape | None = None, emphasised: bool = False) -> None:
    draw_route(painter, shape or route_shape(connector.points, connector.kind), connector.kind, selected, emphasised)
    if connector.label:
        tag = label_box(connector)
        if connector.anchor is not None:
            painter.setPen(QPen(shade(style.CONNECTOR_COLOUR), 0.6, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(*connector.anchor), QPointF(*tag.center))
        painter.setPen(QPen(shade(style.CONNECTOR_COLOUR), 0.6))
        painter.setBrush(shade("#ffffff"))
        painter.drawRoundedRect(qrect(tag), 4, 4)
        painter.setPen(shade(style.INK))
        draw_text(painter, *centred(tag, connector.label, style.SMALL_FONT_SIZE), connector.label, style.SMALL_FONT_SIZE)


def draw_route(painter: QPainter, shape: RouteShape, kind: ConnectorKind, selected: bool = False, emphasised: bool = False) -> None:
    pen, brush = _route_pens(kind, selected, emphasised)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(shape.line)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    for head in shape.heads:
        painter.drawPolygon(head)


def _polygon(points: tuple[Point, ...]) -> QPolygonF:
    return QPolygonF([QPointF(*point) for point in points])


def curve_path(curve: Curve) -> QPainterPath:
    path = QPainterPath()
    for run in curve.runs:
        path.moveTo(QPointF(*run[0][0]))
        for _, c1, c2, end in run:
            path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
    return path


def draw_chart(painter: QPainter, chart: EmotionChart, selected_point: str | None = None, detail: bool = True) -> None:
    """The Emotions row's scale rules, curves, points and reasons (the legend is drawn with
    the lane names); the rules and curves only, without `detail` (zoomed far out)."""
    plot = chart.plot
    for score, y in chart.levels:
        painter.setPen(QPen(shade(style.CHART_ZERO if score == 0 else style.CHART_LEVEL), 1.0 if score == 0 else 0.6))
        painter.drawLine(QPointF(plot.x, y), QPointF(plot.right, y))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for curve in chart.curves:
        painter.setPen(_curve_pen(curve.colour, curve.to_be))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(curve_path(curve))
        for point in curve.points if detail else ():
            chosen = point.point_id == selected_point
            painter.setPen(QPen(shade(style.SELECTION if chosen else "#ffffff"), 2.0 if chosen else 1.2))
            painter.setBrush(shade("#ffffff") if curve.to_be else shade(curve.colour))
            radius = style.POINT_RADIUS + (1.5 if chosen else 0)
            painter.drawEllipse(QPointF(point.x, point.y), radius, radius)
            if curve.to_be:
                painter.setPen(QPen(shade(curve.colour), 1.6))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(point.x, point.y), style.POINT_RADIUS - 0.8, style.POINT_RADIUS - 0.8)
    for block in chart.reasons if detail else ():
        painter.setPen(shade(block.colour))
        for line, x, y in block_lines(block):
            draw_text(painter, x, y, line, style.SMALL_FONT_SIZE)


def _curve_pen(colour: str, to_be: bool) -> QPen:
    pen = QPen(shade(colour), style.CURVE_WIDTH)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if to_be:
        pen.setDashPattern([3.0, 2.0])
    return pen


def draw_chart_legend(painter: QPainter, chart: EmotionChart) -> None:
    """Scale labels and one swatch per curve, in the frozen lane-name column."""
    painter.setPen(shade(style.MUTED_INK))
    for label, x, y in scale_labels(chart):
        draw_text(painter, x, y, label, style.SMALL_FONT_SIZE)
    for entry in chart.legend:
        painter.setPen(_curve_pen(entry.colour, entry.to_be))
        start, end = legend_swatch(entry)
        painter.drawLine(QPointF(*start), QPointF(*end))
        painter.setPen(shade(style.INK))
        for line, x, y in block_lines(entry):
            draw_text(painter, x, y, line, style.SMALL_FONT_SIZE)


def draw_crossing_counts(painter: QPainter, geometry: Geometry, counts: Mapping[tuple[str, Line], int], left: float, right: float) -> None:
    """Small counts on the lines: how many arrows cross each line in each step (encounters on
    the line of interaction, handoffs on the two below)."""
    painter.setFont(font_for(painter, style.SMALL_FONT_SIZE, bold=True))
    for rule in geometry.lines:
        colour = shade(style.ENCOUNTER if rule.line is Line.INTERACTION else style.HANDOFF)
        for column in geometry.columns_between(left, right):
            count = counts.get((column.step_id, rule.line), 0)
            if count:
                pill = QRectF(column.x + column.width - 30, rule.y - 8, 24, 16)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(pill, 8, 8)
                painter.setPen(shade("#ffffff"))
                painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, str(count))


def draw_geometry(painter: QPainter, geometry: Geometry) -> None:
    """The whole blueprint at its natural position, as paper shows it: PNG and SVG export, previews."""
    with light():
        everything = QRectF(0, 0, geometry.width, geometry.height)
        painter.fillRect(everything, shade("#ffffff"))
        draw_lanes(painter, geometry, everything)
        draw_line_titles(painter, geometry, 0, geometry.width)
        draw_notes(painter, geometry, 0, geometry.width)
        if geometry.chart is not None:
            draw_chart(painter, geometry.chart)
        for connector in geometry.connectors:
            draw_connector(painter, connector)
        for box in geometry.cards.values():
            draw_card(painter, box, images=geometry.images)
        draw_lane_names(painter, geometry)
        draw_step_headers(painter, geometry, style.LANE_HEADER_WIDTH, geometry.width)
        painter.fillRect(QRectF(0, 0, style.LANE_HEADER_WIDTH, geometry.grid.y), shade(style.HEADER_FILL))
