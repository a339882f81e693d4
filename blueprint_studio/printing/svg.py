"""Write a blueprint's geometry as SVG text: the same parts as the canvas and the PDF. Pure."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from xml.sax.saxutils import escape

from blueprint_studio.layout import style
from blueprint_studio.layout.geometry import Badge, CardBox, Chip, ConnectorPath, EmotionChart, Geometry, NoteBox, Point, Rect
from blueprint_studio.layout.fonts import BOLD, FACES, REGULAR, metrics, runs
from blueprint_studio.layout.scripts import is_rtl
from blueprint_studio.layout.shapes import baseline, block_lines, centred, chip_parts, description_lines, label_box, note_lines, legend_swatch, moment_of_truth_star, polygon, scale_labels
from blueprint_studio.model import ConnectorKind

FONT = "DejaVu Sans, Verdana, sans-serif"


def _n(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _text(x: float, y: float, value: str, size: float, fill: str = style.INK, bold: bool = False, anchor: str = "start") -> str:
    """A line as the layout's runs, one <text> each where the layout measured it to start, so
    every SVG renderer (browsers, Inkscape, Qt) places them alike. Right-to-left runs are
    already in visual order; an explicit left-to-right override keeps viewers from reversing
    them again."""
    weight = ' font-weight="bold"' if bold else ""
    chain = BOLD if bold else REGULAR
    common = f'y="{_n(y)}" font-size="{_n(size)}"{weight} fill="{fill}" xml:space="preserve"'
    if anchor == "middle":  # our own one-character glyphs (badge letters)
        return f'<text x="{_n(x)}" {common} text-anchor="middle">{escape(value)}</text>'
    parts = []
    for face, part in runs(value, chain):
        family = "" if face in (REGULAR, BOLD) else f' font-family="{FACES[face].family}, {FONT}"'
        shown = f"\u202d{part}\u202c" if is_rtl(part) else part
        parts.append(f'<text x="{_n(x)}" {common}{family}>{escape(shown)}</text>')
        x += metrics(chain).width(part, size)
    return "".join(parts)


def _badge(badge: Badge) -> list[str]:
    size = style.BADGE_SIZE
    r = badge.rect
    mark = style.MARK_STYLES[badge.mark]
    parts = []
    if badge.label:
        parts.append(f'<rect x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.width)}" height="{_n(r.height)}" rx="{_n(size / 2)}" fill="#ffffff" stroke="{mark.colour}"/>')
    cx, cy = r.x + size / 2, r.y + size / 2
    if mark.shape == "circle":
        parts.append(f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(size / 2)}" fill="{mark.colour}"/>')
    elif mark.shape == "square":
        parts.append(f'<rect x="{_n(r.x + 0.5)}" y="{_n(r.y + 0.5)}" width="{_n(size - 1)}" height="{_n(size - 1)}" rx="2" fill="{mark.colour}"/>')
    else:
        points = _points(polygon(mark.shape, Rect(r.x, r.y, size, size)))
        parts.append(f'<polygon points="{points}" fill="{mark.colour}"/>')
    parts.append(_text(cx, r.y + size * 0.72, mark.glyph, style.SMALL_FONT_SIZE, "#ffffff", True, "middle"))
    if badge.label:
        parts.append(_text(r.x + size + 3, baseline(r.y + 2, style.SMALL_FONT_SIZE), badge.label, style.SMALL_FONT_SIZE, mark.colour))
    return parts


_MIME = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp"}


def _photo(frame: Rect, name: str, data: bytes | None) -> str:
    """The photo inline (the SVG stands alone), fitted into its frame keeping its proportions."""
    if data is None:
        return f'<rect x="{_n(frame.x)}" y="{_n(frame.y)}" width="{_n(frame.width)}" height="{_n(frame.height)}" fill="none" stroke="{style.GRID}"/>'
    uri = f"data:{_MIME.get(name.rsplit('.', 1)[-1], 'image/png')};base64,{base64.b64encode(data).decode('ascii')}"
    return (f'<image x="{_n(frame.x)}" y="{_n(frame.y)}" width="{_n(frame.width)}" height="{_n(frame.height)}" '
            f'preserveAspectRatio="xMidYMid meet" href="{uri}"/>')


def _chip(chip: Chip) -> list[str]:
    r = chip.rect
    dot, lines = chip_parts(chip)
    parts = [
        f'<rect x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.width)}" height="{_n(r.height)}" rx="4" fill="#ffffff" stroke="{chip.colour}" stroke-width="0.8"/>',
        f'<circle cx="{_n(dot[0])}" cy="{_n(dot[1])}" r="{_n(style.CHIP_DOT / 2)}" fill="{chip.colour}"/>',
    ]
    parts.extend(_text(x, y, line, style.SMALL_FONT_SIZE) for line, x, y in lines)
    return parts


def _note(note: NoteBox) -> list[str]:
    r = note.rect
    parts = [f'<rect x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.width)}" height="{_n(r.height)}" rx="3" fill="{style.NOTE_FILL}" stroke="{style.LINE_COLOUR}" stroke-width="0.8"/>']
    parts.extend(_text(x, y, line, style.SMALL_FONT_SIZE) for line, x, y in note_lines(note))
    return parts


def _card(box: CardBox, images: Mapping[str, bytes]) -> list[str]:
    r = box.rect
    parts = [f'<rect x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.width)}" height="{_n(r.height)}" rx="{_n(style.CARD_RADIUS)}" fill="{box.fill}" stroke="{box.edge}"/>']
    if box.photo is not None and box.image is not None:
        parts.append(_photo(box.photo, box.image, images.get(box.image)))
    for chip in box.chips:
        parts.extend(_chip(chip))
    top = box.text_top
    for line in box.lines:
        parts.append(_text(r.x + style.CARD_PADDING, baseline(top, style.FONT_SIZE), line, style.FONT_SIZE))
        top += style.LINE_HEIGHT
    for badge in box.badges:
        parts.extend(_badge(badge))
    if box.has_notes:
        parts.append(f'<polygon points="{_n(r.right - 10)},{_n(r.y)} {_n(r.right)},{_n(r.y)} {_n(r.right)},{_n(r.y + 10)}" fill="{box.edge}"/>')
    return parts


def _connector(path: ConnectorPath) -> list[str]:
    points = " ".join(f"{_n(x)},{_n(y)}" for x, y in path.points)
    dash = ' stroke-dasharray="4 3"' if path.kind is ConnectorKind.INFORMATION else ""
    start = ' marker-start="url(#arrow-start)"' if path.kind is ConnectorKind.TWO_WAY else ""
    parts = [f'<polyline points="{points}" fill="none" stroke="{style.CONNECTOR_COLOUR}" stroke-width="1.3"{dash} marker-end="url(#arrow)"{start}/>']
    if path.label:
        box = label_box(path)
        if path.anchor is not None:
            (ax, ay), (cx, cy) = path.anchor, box.center
            parts.append(f'<line x1="{_n(ax)}" y1="{_n(ay)}" x2="{_n(cx)}" y2="{_n(cy)}" stroke="{style.CONNECTOR_COLOUR}" stroke-width="0.6" stroke-dasharray="1 2"/>')
        parts.append(f'<rect x="{_n(box.x)}" y="{_n(box.y)}" width="{_n(box.width)}" height="{_n(box.height)}" rx="4" fill="#ffffff" stroke="{style.CONNECTOR_COLOUR}" stroke-width="0.6"/>')
        parts.append(_text(*centred(box, path.label, style.SMALL_FONT_SIZE), path.label, style.SMALL_FONT_SIZE, style.INK))
    return parts


def _points(points: tuple[Point, ...]) -> str:
    return " ".join(f"{_n(x)},{_n(y)}" for x, y in points)


def _chart(chart: EmotionChart) -> list[str]:
    plot = chart.plot
    parts = []
    for score, y in chart.levels:
        ink, width = (style.CHART_ZERO, 1.0) if score == 0 else (style.CHART_LEVEL, 0.6)
        parts.append(f'<line x1="{_n(plot.x)}" y1="{_n(y)}" x2="{_n(plot.right)}" y2="{_n(y)}" stroke="{ink}" stroke-width="{width}"/>')
    for curve in chart.curves:
        dash = ' stroke-dasharray="3 2"' if curve.to_be else ""
        if curve.runs:
            d = " ".join(
                f"M{_n(run[0][0][0])},{_n(run[0][0][1])} " + " ".join(f"C{_n(a[0])},{_n(a[1])} {_n(b[0])},{_n(b[1])} {_n(e[0])},{_n(e[1])}" for _, a, b, e in run)
                for run in curve.runs
            )
            parts.append(f'<path d="{d}" fill="none" stroke="{curve.colour}" stroke-width="{style.CURVE_WIDTH}" stroke-linecap="round"{dash}/>')
        for point in curve.points:
            fill = "#ffffff" if curve.to_be else curve.colour
            stroke = curve.colour if curve.to_be else "#ffffff"
            parts.append(f'<circle cx="{_n(point.x)}" cy="{_n(point.y)}" r="{_n(style.POINT_RADIUS)}" fill="{fill}" stroke="{stroke}" stroke-width="1.4"/>')
    for block in chart.reasons:
        parts.extend(_text(x, y, line, style.SMALL_FONT_SIZE, block.colour) for line, x, y in block_lines(block))
    return parts


def _chart_legend(chart: EmotionChart) -> list[str]:
    parts = [_text(x, y, label, style.SMALL_FONT_SIZE, style.MUTED_INK) for label, x, y in scale_labels(chart)]
    for entry in chart.legend:
        (x0, y0), (x1, y1) = legend_swatch(entry)
        dash = ' stroke-dasharray="3 2"' if entry.to_be else ""
        parts.append(f'<line x1="{_n(x0)}" y1="{_n(y0)}" x2="{_n(x1)}" y2="{_n(y1)}" stroke="{entry.colour}" stroke-width="{style.CURVE_WIDTH}"{dash}/>')
        parts.extend(_text(x, y, line, style.SMALL_FONT_SIZE) for line, x, y in block_lines(entry))
    return parts


def svg_text(geometry: Geometry, title: str) -> str:
    g = geometry
    grid = g.grid
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(g.width)}pt" height="{_n(g.height)}pt" viewBox="0 0 {_n(g.width)} {_n(g.height)}" font-family="{FONT}">',
        f"<title>{escape(title)}</title>",
        "<defs>"
        f'<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="{_n(style.ARROW_SIZE)}" markerHeight="{_n(style.ARROW_SIZE)}" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{style.CONNECTOR_COLOUR}"/></marker>'
        f'<marker id="arrow-start" viewBox="0 0 10 10" refX="0" refY="5" markerWidth="{_n(style.ARROW_SIZE)}" markerHeight="{_n(style.ARROW_SIZE)}" markerUnits="userSpaceOnUse" orient="auto"><path d="M10,0 L0,5 L10,10 z" fill="{style.CONNECTOR_COLOUR}"/></marker>'
        "</defs>",
        f'<rect width="{_n(g.width)}" height="{_n(g.height)}" fill="#ffffff"/>',
    ]
    for band in g.lanes:
        out.append(f'<rect x="{_n(grid.x)}" y="{_n(band.rect.y)}" width="{_n(grid.width)}" height="{_n(band.rect.height)}" fill="{band.band_colour}"/>')
        out.append(f'<line x1="{_n(grid.x)}" y1="{_n(band.rect.bottom)}" x2="{_n(grid.right)}" y2="{_n(band.rect.bottom)}" stroke="{style.GRID}" stroke-width="0.8"/>')
    for column in g.steps:
        out.append(f'<line x1="{_n(column.x)}" y1="{_n(grid.y)}" x2="{_n(column.x)}" y2="{_n(grid.bottom)}" stroke="{style.GRID}" stroke-width="0.8"/>')
    for rule in g.lines:
        dash = ' stroke-dasharray="6 3"' if rule.line.value == "visibility" else ""
        out.append(f'<line x1="0" y1="{_n(rule.y)}" x2="{_n(rule.x1)}" y2="{_n(rule.y)}" stroke="{style.LINE_COLOUR}" stroke-width="2"{dash}/>')
        out.append(_text(8, rule.y - 3, rule.title, style.SMALL_FONT_SIZE, style.LINE_COLOUR, bold=True))
    for note in g.notes:
        out.extend(_note(note))
    if g.chart is not None:
        out.extend(_chart(g.chart))
    for path in g.connectors:
        out.extend(_connector(path))
    for box in g.cards.values():
        out.extend(_card(box, g.images))
    for band in g.lanes:
        out.append(f'<rect x="0" y="{_n(band.rect.y)}" width="{_n(style.LANE_HEADER_WIDTH)}" height="{_n(band.rect.height)}" fill="{band.band_colour}"/>')
        out.append(f'<rect x="0" y="{_n(band.rect.y)}" width="5" height="{_n(band.rect.height)}" fill="{band.edge_colour}"/>')
        top = band.rect.y + 10
        for line in band.name_lines:
            out.append(_text(12, baseline(top, style.HEADER_FONT_SIZE), line, style.HEADER_FONT_SIZE, bold=True))
            top += 14
        out.extend(_text(x, y, line, style.SMALL_FONT_SIZE, style.MUTED_INK) for line, x, y in description_lines(band))
    if g.chart is not None:
        out.extend(_chart_legend(g.chart))
    out.append(f'<rect x="0" y="0" width="{_n(g.width)}" height="{_n(grid.y)}" fill="{style.HEADER_FILL}"/>')
    for span in g.stages:
        out.append(f'<rect x="{_n(span.rect.x + 1)}" y="{_n(span.rect.y + 1)}" width="{_n(span.rect.width - 2)}" height="{_n(span.rect.height - 2)}" fill="{style.STAGE_FILL}"/>')
        out.append(_text(span.rect.x + 8, baseline(span.rect.y + 6, style.HEADER_FONT_SIZE), span.name, style.HEADER_FONT_SIZE, bold=True))
    for column in g.steps:
        top = column.header.y + 7
        for line in column.name_lines:
            out.append(_text(column.x + 6, baseline(top, style.HEADER_FONT_SIZE), line, style.HEADER_FONT_SIZE, bold=True))
            top += 13.5
        out.append(_text(column.x + 6, baseline(top + 2, style.SMALL_FONT_SIZE), column.duration, style.SMALL_FONT_SIZE, style.MUTED_INK))
        if column.moment_of_truth:
            out.append(f'<polygon points="{_points(moment_of_truth_star(column))}" fill="{style.MOMENT_OF_TRUTH}"><title>Moment of truth</title></polygon>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
