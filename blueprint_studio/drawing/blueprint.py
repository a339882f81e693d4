"""A blueprint's layout turned into drawing operations: the only place that decides how a
lane, a line, a card, a badge, an arrow, a curve or a header looks.

Each part has its own maker, because the canvas draws parts separately (the background per
exposed strip, each card and arrow as an item, the frozen headers on top); `blueprint()`
puts them together in the one order every print uses. Colours go through the scheme the
drawing is made with. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from blueprint_studio.drawing.ops import Box, Drawing, Image, Line, Op, Oval, Path, Pen, lines, polygon, polyline, text
from blueprint_studio.drawing.scheme import LIGHT, Scheme, readable
from blueprint_studio.layout import style
from blueprint_studio.layout.fonts import BOLD, metrics
from blueprint_studio.layout.geometry import Badge, CardBox, Chip, ConnectorPath, EmotionChart, Geometry, Rect
from blueprint_studio.layout.shapes import (
    arrow_head,
    baseline,
    block_lines,
    centred,
    chip_parts,
    description_lines,
    label_box,
    legend_swatch,
    line_title_width,
    line_title_xs,
    moment_of_truth_star,
    note_lines,
    scale_labels,
)
from blueprint_studio.layout.shapes import (
    polygon as badge_polygon,
)
from blueprint_studio.model import ConnectorKind
from blueprint_studio.model import Line as Rule

# Dash patterns, in points (not pen widths): what the screen, the PNG, the PDF and the SVG all draw.
VISIBILITY_DASH = (8.0, 4.0)
INFORMATION_DASH = (5.0, 4.0)
TO_BE_DASH = (6.0, 4.0)
LEADER_DASH = (1.0, 2.0)
WHITE = "#ffffff"
ARROW_WIDTH = 1.3
CURVE_STRETCH = 8  # curve pieces (steps) per path
CARD_REACH = 8.0  # how far past its box a card's drawing can reach


def lanes(g: Geometry, s: Scheme, left: float, right: float) -> list[Op]:
    """Lane bands, cell separators and the three named lines between `left` and `right`."""
    grid = g.grid
    x0, x1 = max(grid.x, left), min(grid.right, right)
    ops: list[Op] = []
    if x1 > x0:
        ops.extend(Box(Rect(x0, band.rect.y, x1 - x0, band.rect.height), s(band.band_colour)) for band in g.lanes)
        separator = Pen(s(style.GRID), 0.8)
        ops.extend(Line((x0, band.rect.bottom), (x1, band.rect.bottom), separator) for band in g.lanes)
        ops.extend(
            Line((column.x, grid.y), (column.x, grid.bottom), separator)
            for column in g.columns_between(left - 1, right + 1)
            if column.x >= x0 - 1
        )
        if left <= grid.right <= right:
            ops.append(Line((grid.right, grid.y), (grid.right, grid.bottom), separator))
    for rule in g.lines:
        end = min(rule.x1, right)
        if end > x0:
            ops.append(
                Line(
                    (x0, rule.y),
                    (end, rule.y),
                    Pen(s(style.LINE_COLOUR), 2.0, VISIBILITY_DASH if rule.line is Rule.VISIBILITY else ()),
                )
            )
    return ops


def line_titles(g: Geometry, s: Scheme, left: float, right: float) -> list[Op]:
    """The lines' names, repeated along the width so they stay readable on a long wall."""
    ops: list[Op] = []
    for rule in g.lines:
        width = line_title_width(rule)
        for x in line_title_xs(g, rule, left, right):
            ops.append(Box(Rect(x - 4, rule.y - 7, width, 14), s(WHITE), radius=7))
            ops.append(
                text(
                    x + 2,
                    rule.y + 3.5,
                    rule.title,
                    style.SMALL_FONT_SIZE,
                    s(style.LINE_COLOUR),
                    bold=True,
                    ground=s(WHITE),
                )
            )
    return ops


def line_notes(g: Geometry, s: Scheme, left: float, right: float) -> list[Op]:
    """Words written on the lines, on a tag over the line."""
    ops: list[Op] = []
    for note in g.notes:
        if note.rect.right < left or note.rect.x > right:
            continue
        ops.append(Box(note.rect, s(style.NOTE_FILL), Pen(s(style.LINE_COLOUR), 0.8), 3))
        ops.extend(
            text(x, y, line, style.SMALL_FONT_SIZE, s(style.INK), ground=s(style.NOTE_FILL))
            for line, x, y in note_lines(note)
        )
    return ops


def chips(boxes: Sequence[Chip], s: Scheme) -> list[Op]:
    ops: list[Op] = []
    for chip in boxes:
        ops.append(Box(chip.rect, s(WHITE), Pen(s(chip.colour), 0.8), 4))
        dot, rows = chip_parts(chip)
        ops.append(Oval(dot, style.CHIP_DOT / 2, style.CHIP_DOT / 2, s(chip.colour)))
        ops.extend(text(x, y, line, style.SMALL_FONT_SIZE, s(style.INK), ground=s(WHITE)) for line, x, y in rows)
    return ops


def badge(mark_badge: Badge, s: Scheme, ground: str) -> list[Op]:
    mark = style.MARK_STYLES[mark_badge.mark]
    colour = s(mark.colour)
    size = style.BADGE_SIZE
    r = mark_badge.rect
    square = Rect(r.x, r.y, size, size)
    ops: list[Op] = []
    if mark_badge.label:
        ops.append(Box(r, s(WHITE), Pen(colour, 1.0), size / 2))
    if mark.shape == "circle":
        ops.append(Oval(square.center, size / 2, size / 2, colour))
    elif mark.shape == "square":
        ops.append(Box(Rect(r.x + 0.5, r.y + 0.5, size - 1, size - 1), colour, radius=2))
    else:
        ops.append(polygon(badge_polygon(mark.shape, square), colour))
    ops.append(
        text(
            *centred(square, mark.glyph, style.SMALL_FONT_SIZE, bold=True),
            mark.glyph,
            style.SMALL_FONT_SIZE,
            s.ink_on(colour),
            bold=True,
            ground=colour,
        )
    )
    if mark_badge.label:
        ops.append(
            text(
                r.x + size + 3,
                baseline(r.y + 2, style.SMALL_FONT_SIZE),
                mark_badge.label,
                style.SMALL_FONT_SIZE,
                s(style.INK),
                ground=s(WHITE),
            )
        )
    return ops


def card(box: CardBox, s: Scheme, images: Mapping[str, bytes] | None = None, footnote: int | None = None) -> list[Op]:
    """A card at its layout rectangle; `footnote`: the number of its notes in the printed list."""
    r = box.rect
    fill = s(box.fill)
    ops: list[Op] = [Box(r, fill, Pen(s(box.edge), 1.0), style.CARD_RADIUS)]
    if box.photo is not None and box.image is not None:
        ops.append(Image(box.photo, box.image, (images or {}).get(box.image), s(style.GRID)))
    if any(box.lines):
        ops.append(
            lines(
                r.x + style.CARD_PADDING,
                baseline(box.text_top, style.FONT_SIZE),
                box.lines,
                style.FONT_SIZE,
                style.LINE_HEIGHT,
                s(style.INK),
                ground=fill,
            )
        )
    ops.extend(chips(box.chips, s))
    for mark_badge in box.badges:
        ops.extend(badge(mark_badge, s, fill))
    if footnote is not None:
        ops.extend(footnote_marker(r, footnote, s))
    elif box.has_notes:
        ops.append(polygon(((r.right - 10, r.y), (r.right, r.y), (r.right, r.y + 10)), s(box.edge)))
    return ops


def footnote_marker(r: Rect, number: int, s: Scheme) -> list[Op]:
    """A card's note number, in a tag over its top-right corner: the notes are listed under the blueprint."""
    label = str(number)
    width = metrics(BOLD).width(label, style.SMALL_FONT_SIZE) + 6
    tag = Rect(r.right - width + 2, r.y - 5, width, 11)
    ink = s(style.INK)
    return [
        Box(tag, ink, radius=3),
        text(
            *centred(tag, label, style.SMALL_FONT_SIZE, bold=True),
            label,
            style.SMALL_FONT_SIZE,
            s.ink_on(ink),
            bold=True,
            ground=ink,
        ),
    ]


def route(path: ConnectorPath, s: Scheme, colour: str | None = None, width: float = ARROW_WIDTH) -> list[Op]:
    """An arrow's line and heads (in `colour` when given: the canvas's selection and emphasis)."""
    ink = colour or s(style.CONNECTOR_COLOUR)
    points = path.points
    ops: list[Op] = [
        polyline(points, Pen(ink, width, INFORMATION_DASH if path.kind is ConnectorKind.INFORMATION else ()))
    ]
    ops.append(polygon(arrow_head(points[-1], points[-2]), ink))
    if path.kind is ConnectorKind.TWO_WAY:
        ops.append(polygon(arrow_head(points[0], points[1]), ink))
    return ops


def connector(path: ConnectorPath, s: Scheme) -> list[Op]:
    ops = route(path, s)
    if path.label:
        ink = s(style.CONNECTOR_COLOUR)
        tag = label_box(path)
        if path.anchor is not None:
            ops.append(Line(path.anchor, tag.center, Pen(ink, 0.6, LEADER_DASH)))
        ops.append(Box(tag, s(WHITE), Pen(ink, 0.6), 4))
        ops.append(
            text(
                *centred(tag, path.label, style.SMALL_FONT_SIZE),
                path.label,
                style.SMALL_FONT_SIZE,
                s(style.INK),
                ground=s(WHITE),
            )
        )
    return ops


def curve_pen(colour: str, to_be: bool) -> Pen:
    return Pen(colour, style.CURVE_WIDTH, TO_BE_DASH if to_be else (), round_cap=True)


def chart(c: EmotionChart, s: Scheme, ground: str, detail: bool = True) -> list[Op]:
    """The Emotions row's scale rules, curves, points and reasons (the legend is drawn with
    the lane names); rules and curves only without `detail` (zoomed far out)."""
    plot = c.plot
    ops: list[Op] = [
        Line(
            (plot.x, y),
            (plot.right, y),
            Pen(s(style.CHART_ZERO), 1.0) if score == 0 else Pen(s(style.CHART_LEVEL), 0.6),
        )
        for score, y in c.levels
    ]
    for curve in c.curves:
        colour = s(curve.colour)
        for run in curve.runs:  # in stretches of a few steps, so a tile of a long wall draws only its own
            for first in range(0, len(run), CURVE_STRETCH):
                stretch = run[first : first + CURVE_STRETCH]
                ops.append(
                    Path(
                        ((stretch[0][0], tuple((c1, c2, end) for _, c1, c2, end in stretch)),),
                        pen=curve_pen(colour, curve.to_be),
                    )
                )
        for point in curve.points if detail else ():
            if curve.to_be:
                ops.append(
                    Oval((point.x, point.y), style.POINT_RADIUS, style.POINT_RADIUS, s(WHITE), Pen(s(WHITE), 1.2))
                )
                ops.append(
                    Oval((point.x, point.y), style.POINT_RADIUS - 0.8, style.POINT_RADIUS - 0.8, None, Pen(colour, 1.6))
                )
            else:
                ops.append(Oval((point.x, point.y), style.POINT_RADIUS, style.POINT_RADIUS, colour, Pen(s(WHITE), 1.2)))
    for block in c.reasons if detail else ():
        ink = readable(s(block.colour), ground)  # the persona's colour, deep enough to read
        ops.extend(text(x, y, line, style.SMALL_FONT_SIZE, ink, ground=ground) for line, x, y in block_lines(block))
    return ops


def chart_legend(c: EmotionChart, s: Scheme, ground: str) -> list[Op]:
    """Scale labels and one swatch per curve, in the lane-name column."""
    ops: list[Op] = [
        text(x, y, label, style.SMALL_FONT_SIZE, s(style.MUTED_INK), ground=ground) for label, x, y in scale_labels(c)
    ]
    for entry in c.legend:
        ops.append(Line(*legend_swatch(entry), curve_pen(s(entry.colour), entry.to_be)))
        ops.extend(
            text(x, y, line, style.SMALL_FONT_SIZE, s(style.INK), ground=ground) for line, x, y in block_lines(entry)
        )
    return ops


def lane_names(g: Geometry, s: Scheme, words: bool = True) -> list[Op]:
    """The column on the left: lane names on their lane colour, the lines' labels (colours
    only, without `words`: zoomed too far out to read them)."""
    width = style.LANE_HEADER_WIDTH
    ops: list[Op] = [Box(Rect(0, g.grid.y, width, g.grid.height), s(style.HEADER_FILL))]
    separator = Pen(s(style.GRID), 0.8)
    for band in g.lanes:
        ground = s(band.band_colour)
        ops.append(Box(Rect(0, band.rect.y, width, band.rect.height), ground))
        ops.append(Box(Rect(0, band.rect.y, 5, band.rect.height), s(band.edge_colour)))
        ops.append(Line((0, band.rect.bottom), (width, band.rect.bottom), separator))
        if words:
            top = band.rect.y + 10
            ops.extend(
                text(
                    12,
                    baseline(top + n * 14, style.HEADER_FONT_SIZE),
                    line,
                    style.HEADER_FONT_SIZE,
                    s(style.INK),
                    bold=True,
                    ground=ground,
                )
                for n, line in enumerate(band.name_lines)
            )
            ops.extend(
                text(x, y, line, style.SMALL_FONT_SIZE, s(style.MUTED_INK), ground=ground)
                for line, x, y in description_lines(band)
            )
    if g.chart is not None and words:
        ops.extend(chart_legend(g.chart, s, s(g.lane(g.chart.lane_id).band_colour)))
    for rule in g.lines:
        ops.append(Box(Rect(0, rule.y - style.LINE_BAND / 2, width, style.LINE_BAND), s(WHITE)))
        ops.append(Line((0, rule.y), (width, rule.y), Pen(s(style.LINE_COLOUR), 2.0)))
        if words:
            ops.append(
                text(8, rule.y - 3, rule.title, style.SMALL_FONT_SIZE, s(style.LINE_COLOUR), bold=True, ground=s(WHITE))
            )
    ops.append(Line((width, g.grid.y), (width, g.grid.bottom), Pen(s(style.GRID), 1.0)))
    return ops


def step_headers(g: Geometry, s: Scheme, left: float, right: float, words: bool = True) -> list[Op]:
    """The rows at the top: stages, then step names with their times (the stages' colour
    only, without `words`). A stage's name stays in view while its span is partly scrolled away."""
    header = s(style.HEADER_FILL)
    stage_fill = s(style.STAGE_FILL)
    ops: list[Op] = [Box(Rect(left, 0, right - left, g.grid.y), header)]
    for span in g.stages:
        r = span.rect
        if r.right < left or r.x > right:
            continue
        ops.append(Box(Rect(r.x + 1, r.y + 1, r.width - 2, r.height - 2), stage_fill))
        if span.name and words:
            x = max(r.x + 8, min(left + 8, r.right - 8 - metrics(BOLD).width(span.name, style.HEADER_FONT_SIZE)))
            ops.append(
                text(
                    x,
                    baseline(r.y + 6, style.HEADER_FONT_SIZE),
                    span.name,
                    style.HEADER_FONT_SIZE,
                    s(style.INK),
                    bold=True,
                    ground=stage_fill,
                )
            )
    separator = Pen(s(style.GRID), 0.8)
    for column in g.columns_between(left, right) if words else ():
        h = column.header
        ops.append(Line((h.x, h.y), (h.x, h.bottom), separator))
        ops.extend(
            text(
                column.x + 6,
                baseline(h.y + 7 + n * 13.5, style.HEADER_FONT_SIZE),
                line,
                style.HEADER_FONT_SIZE,
                s(style.INK),
                bold=True,
                ground=header,
            )
            for n, line in enumerate(column.name_lines)
        )
        if column.duration:
            top = h.y + 7 + len(column.name_lines) * 13.5
            ops.append(
                text(
                    column.x + 6,
                    baseline(top + 2, style.SMALL_FONT_SIZE),
                    column.duration,
                    style.SMALL_FONT_SIZE,
                    s(style.MUTED_INK),
                    ground=header,
                )
            )
        if column.moment_of_truth:
            ops.append(polygon(moment_of_truth_star(column), s(style.MOMENT_OF_TRUTH)))
    ops.append(Line((left, g.grid.y), (right, g.grid.y), Pen(s(style.GRID), 1.0)))
    return ops


def corner(g: Geometry, s: Scheme) -> list[Op]:
    return [Box(Rect(0, 0, style.LANE_HEADER_WIDTH, g.grid.y), s(style.HEADER_FILL))]


def blueprint(g: Geometry, s: Scheme = LIGHT, footnotes: Mapping[str, int] | None = None) -> Drawing:
    """The whole blueprint as paper shows it, in the one order: lanes and lines, the lines'
    names and notes, the emotion curves, arrows, cards, lane names, step headers, the corner.
    Each shape, card or arrow is an item of its own, so a tile plays only what reaches it."""
    drawing = Drawing(g.width, g.height)
    background = drawing.layer(bucket=style.COLUMN_WIDTH)
    for op in [*lanes(g, s, 0, g.width), *line_titles(g, s, 0, g.width)]:
        background.add([op])
    notes = drawing.layer(bucket=style.COLUMN_WIDTH)
    for note in line_notes(g, s, 0, g.width):
        notes.add([note])
    if g.chart is not None:
        emotions = drawing.layer(bucket=style.COLUMN_WIDTH)
        for op in chart(g.chart, s, s(g.lane(g.chart.lane_id).band_colour)):
            emotions.add([op])
    arrows = drawing.layer(bucket=style.COLUMN_WIDTH)
    for path in g.connectors:
        arrows.add(connector(path, s))
    cards = drawing.layer(bucket=style.COLUMN_WIDTH)
    for box in g.cards.values():  # a card stays within its box, but for its badges' labels and note number
        cards.add(card(box, s, g.images, (footnotes or {}).get(box.card_id)), box.rect.adjusted(CARD_REACH))
    names = drawing.layer()
    for op in lane_names(g, s):
        names.add([op])
    headers = drawing.layer(bucket=style.COLUMN_WIDTH)
    for op in [*step_headers(g, s, style.LANE_HEADER_WIDTH, g.width), *corner(g, s)]:
        headers.add([op])
    return drawing
