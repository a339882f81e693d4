"""Write blueprints as PDF: one page each, strips, a page per stage, or tiles with crop marks
and an assembly map.

Every page plays the poster's one drawing (`drawing.poster`) with the ReportLab player; a
tile or a strip plays only the items that reach into it, down to single arrows and cards,
so a tiled wall is as small as one page and a printer renders only each tile's share. The
crop and registration marks, identical on every tile, are one form. Fonts are the bundled
ones, embedded and subset, so every text prints anywhere and stays searchable.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

from reportlab.pdfgen.canvas import Canvas

from blueprint_studio import __version__, heap
from blueprint_studio.drawing import blueprint as parts
from blueprint_studio.drawing.ops import Box, Drawing, Line, Op, Oval, Pen, lines, text
from blueprint_studio.drawing.poster import Poster, footer, make_poster, poster_drawing
from blueprint_studio.errors import UsageError
from blueprint_studio.layout import Rect, style
from blueprint_studio.layout.fonts import BOLD, REGULAR, metrics, register
from blueprint_studio.layout.shapes import baseline
from blueprint_studio.layout.text import wrap
from blueprint_studio.printing.paper import MM
from blueprint_studio.printing.pdfplayer import play
from blueprint_studio.printing.plan import PagePlan, PrintOptions, plan_page, plan_tiles
from blueprint_studio.printing.strips import STRIP_GAP, Strip, sheet_size, stage_windows, strips_of
from blueprint_studio.printing.units import format_length
from blueprint_studio.words import QT_TR_NOOP

__all__ = ["ExportCancelled", "Poster", "make_poster", "pdf_bytes", "strips_for", "strips_size", "STRIPS_TITLE_BAND"]

Progress = Callable[[int, int], bool]  # (pages done, pages in all) -> keep going?
TITLE_SIZE = 18.0


class ExportCancelled(Exception):
    """The user cancelled a long export; nothing was written."""


def _flip(c: Canvas, page_height: float) -> None:
    """Make y point down, as in the layout."""
    c.translate(0, page_height)
    c.scale(1, -1)


def _draw_poster(c: Canvas, poster: Poster, drawing: Drawing, visible: Rect, page_label: str) -> None:
    play(c, drawing.ops(visible))
    play(c, (op for op in footer(poster, page_label) if op.bounds.intersects(visible)))


def _new_canvas(buffer: io.BytesIO, title: str) -> Canvas:
    register()
    c = Canvas(buffer, initialFontName=REGULAR, initialFontSize=style.FONT_SIZE, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("Blueprint Studio")
    c.setCreator(f"Blueprint Studio {__version__}")
    return c


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise ExportCancelled()


# The drawing lists are made and dropped whole: the collector's passes over them took a third of the time.
@heap.paused()
def pdf_bytes(posters: list[Poster], options: PrintOptions, progress: Progress | None = None) -> bytes:
    buffer = io.BytesIO()
    c = _new_canvas(buffer, " / ".join(p.blueprint.title for p in posters))
    drawings = {id(poster): poster_drawing(poster) for poster in posters}
    if options.tile:
        plans = [plan_tiles(p.width, p.height, options) for p in posters]
        total = sum(len(plan.grid.tiles) + 1 for plan in plans)
        done = 0
        for number, (poster, plan) in enumerate(zip(posters, plans, strict=True)):
            _assembly_page(c, poster, plan, options)
            done += 1
            _tick(progress, done, total)
            marks = f"marks{number}"  # identical on every tile: stored once
            c.beginForm(
                marks,
                -plan.margin,
                -plan.margin,
                plan.grid.window_width + plan.margin,
                plan.grid.window_height + plan.margin,
            )
            play(c, _marks(0, 0, plan.grid.window_width, plan.grid.window_height, plan.grid.overlap))
            c.endForm()
            for tile in plan.grid.tiles:
                _tile_page(c, poster, drawings[id(poster)], plan, tile, marks)
                done += 1
                _tick(progress, done, total)
    elif options.per_stage:
        pages = [(poster, name, window) for poster in posters for name, window in stage_windows(poster.geometry)]
        for number, (poster, name, window) in enumerate(pages, 1):
            _start_page(c, plan_page(*strips_size(poster, [window]), replace(options, per_stage=False)))
            say = poster.say
            stage = say(QT_TR_NOOP("stage {name}")).format(name=name) if name else say(QT_TR_NOOP("all steps"))
            page = say(QT_TR_NOOP("page {number} of {count}")).format(number=number, count=len(pages))
            _draw_strips(c, poster, [window], f"{poster.blueprint.title} · {stage} · {page}")
            c.restoreState()
            c.showPage()
            _tick(progress, number, len(pages))
    else:
        for number, poster in enumerate(posters, 1):
            label = poster.say(QT_TR_NOOP("page {number} of {count}")).format(number=number, count=len(posters))
            strips = strips_for(poster, options) if options.strips is not None else None
            width, height = strips_size(poster, strips) if strips is not None else (poster.width, poster.height)
            _start_page(c, plan_page(width, height, replace(options, strips=None)))
            if strips is not None:
                counted = poster.say(QT_TR_NOOP("strips: {count}")).format(count=len(strips))
                _draw_strips(c, poster, strips, f"{poster.blueprint.title} · {counted} · {label}")
            else:
                _draw_poster(c, poster, drawings[id(poster)], Rect(0, 0, poster.width, poster.height), label)
            c.restoreState()
            c.showPage()
            _tick(progress, number, len(posters))
    c.save()
    return buffer.getvalue()


def _start_page(c: Canvas, page: PagePlan) -> None:
    """A new page of the plan's size, drawing in layout units at the plan's place and scale
    (the caller restores the state and shows the page)."""
    c.setPageSize((page.width, page.height))
    c.saveState()
    _flip(c, page.height)
    c.translate(page.offset_x, page.offset_y)
    c.scale(page.scale, page.scale)


STRIPS_TITLE_BAND = 36.0  # the title line above stacked strips, in layout units
MOST_STRIPS = 12


def strips_for(poster: Poster, options: PrintOptions) -> list[Strip]:
    """The strips asked for, or (0) the count that prints the text largest on the paper."""
    if options.strips:
        return strips_of(poster.geometry, options.strips)
    best: tuple[float, list[Strip]] | None = None
    for count in range(1, min(MOST_STRIPS, max(1, len(poster.geometry.steps))) + 1):
        strips = strips_of(poster.geometry, count)
        try:
            scale = plan_page(*strips_size(poster, strips), replace(options, strips=None)).scale
        except UsageError:
            continue
        if best is None or scale > best[0] * 1.001:
            best = (scale, strips)
    return best[1] if best is not None else strips_of(poster.geometry, 1)


def strips_size(poster: Poster, strips: list[Strip]) -> tuple[float, float]:
    width, height = sheet_size(poster.geometry, strips)
    return width, height + STRIPS_TITLE_BAND


def _draw_strips(c: Canvas, poster: Poster, strips: list[Strip], title: str) -> None:
    """The strips one under the other, each with the lane names at its left and the stage and
    step headers on top; a title line above them all."""
    geometry = poster.geometry
    play(c, [text(0, TITLE_SIZE, title, TITLE_SIZE, style.INK, bold=True)])
    drawing = parts.blueprint(geometry)
    y = STRIPS_TITLE_BAND
    for strip in strips:
        for left, x0, width in (
            (0.0, 0.0, style.LANE_HEADER_WIDTH),
            (style.LANE_HEADER_WIDTH, strip.left, strip.width),
        ):
            c.saveState()
            c.translate(left - x0, y)
            clip = c.beginPath()
            clip.rect(x0, 0, width, geometry.height)
            c.clipPath(clip, stroke=0, fill=0)
            play(c, drawing.ops(Rect(x0 + 0.5, 0, width - 1, geometry.height)))  # not the neighbours it touches
            c.restoreState()
        y += geometry.height + STRIP_GAP


def _assembly_page(c: Canvas, poster: Poster, plan, options: PrintOptions) -> None:  # type: ignore[no-untyped-def]
    """Page one of a tiled print: a thumbnail with the tile grid, labels and instructions."""
    width, height, margin = plan.page_width, plan.page_height, plan.margin
    c.setPageSize((width, height))
    c.saveState()
    _flip(c, height)
    say = poster.say
    ops: list[Op] = [
        text(
            margin,
            margin + 16,
            say(QT_TR_NOOP("Assembly map — {title}")).format(title=poster.blueprint.title),
            14,
            style.INK,
            bold=True,
        )
    ]
    grid = plan.grid
    final_w, final_h = poster.width * plan.scale, poster.height * plan.scale
    instructions = [
        say(QT_TR_NOOP("{rows} × {columns} = {count} pages; finished size {width} × {height} (scale {scale}).")).format(
            rows=grid.rows,
            columns=grid.columns,
            count=len(grid.tiles),
            width=format_length(final_w),
            height=format_length(final_h),
            scale=f"{plan.scale:.3g}",
        ),
        say(
            QT_TR_NOOP(
                "Print at 100 % (no “fit to page”). Neighbouring pages overlap by {overlap}: trim each page along its "
                "crop marks on the right and bottom, lay it over the next one matching the registration marks, and "
                "tape."
            )
        ).format(overlap=format_length(grid.overlap)),
    ]
    y = margin + 34
    for paragraph in instructions:
        wrapped = list(wrap(paragraph, width - 2 * margin, 9))
        ops.append(lines(margin, baseline(y, 9), wrapped, 9, 12, style.MUTED_INK))
        y += 12 * len(wrapped)
    play(c, ops)
    area = Rect(margin, y + 8, width - 2 * margin, height - margin - y - 8)
    total_w = grid.columns * grid.window_width - (grid.columns - 1) * grid.overlap
    total_h = grid.rows * grid.window_height - (grid.rows - 1) * grid.overlap
    k = min(area.width / total_w, area.height / total_h)
    c.translate(area.x, area.y)
    c.scale(k, k)
    c.saveState()
    c.scale(plan.scale, plan.scale)
    play(c, silhouette(poster))
    c.restoreState()
    tiles: list[Op] = []
    for tile in grid.tiles:
        tiles.append(Box(Rect(tile.x, tile.y, tile.width, tile.height), pen=Pen(style.SELECTION, 1.2 / k)))
        size = min(tile.width, tile.height) / 5
        label_width = metrics(BOLD).width(tile.label, size)
        tiles.append(
            text(
                tile.x + (tile.width - label_width) / 2,
                tile.y + tile.height / 2 + size / 3,
                tile.label,
                size,
                style.SELECTION,
                bold=True,
            )
        )
    play(c, tiles)
    c.restoreState()
    c.showPage()


def silhouette(poster: Poster) -> list[Op]:
    """Lanes, lines and card outlines without text: enough to find a page, cheap to embed."""
    geometry = poster.geometry
    ops: list[Op] = [
        Box(Rect(0, band.rect.y, geometry.width, band.rect.height), band.band_colour) for band in geometry.lanes
    ]
    ops.append(Box(Rect(0, 0, geometry.width, geometry.grid.y), style.HEADER_FILL))
    ops.append(
        Box(Rect(0, poster.geometry.height, poster.width, poster.height - poster.geometry.height), style.HEADER_FILL)
    )
    ops.extend(Line((0, rule.y), (geometry.width, rule.y), Pen(style.LINE_COLOUR, 3)) for rule in geometry.lines)
    ops.extend(Box(box.rect, box.edge) for box in geometry.cards.values())
    ops.append(Box(Rect(0, 0, poster.width, poster.height), pen=Pen(style.LINE_COLOUR, 2)))
    return ops


def _tile_page(c: Canvas, poster: Poster, drawing: Drawing, plan, tile, marks: str) -> None:  # type: ignore[no-untyped-def]
    width, height, margin, scale = plan.page_width, plan.page_height, plan.margin, plan.scale
    c.setPageSize((width, height))
    c.saveState()
    _flip(c, height)
    c.saveState()
    clip = c.beginPath()
    clip.rect(margin, margin, tile.width, tile.height)
    c.clipPath(clip, stroke=0, fill=0)
    c.translate(margin - tile.x, margin - tile.y)
    c.scale(scale, scale)
    visible = Rect(tile.x / scale, tile.y / scale, tile.width / scale, tile.height / scale)
    _draw_poster(c, poster, drawing, visible, poster.say(QT_TR_NOOP("tile {label}")).format(label=tile.label))
    c.restoreState()
    c.saveState()
    c.translate(margin, margin)
    c.doForm(marks)
    c.restoreState()
    grid = plan.grid
    where = poster.say(QT_TR_NOOP("row {row} of {rows}, column {column} of {columns}")).format(
        row=tile.label.rstrip("0123456789"), rows=grid.rows, column=tile.column + 1, columns=grid.columns
    )
    label = f"{tile.label}   ·   {poster.blueprint.title}   ·   {where}"
    play(
        c,
        [
            text(margin + 9 * MM, margin - 2.5 * MM, label, 8, style.INK, bold=True),
            text(
                width - margin - 9 * MM - metrics(BOLD).width(tile.label, 14),
                height - margin + 6 * MM,
                tile.label,
                14,
                style.SELECTION,
                bold=True,
            ),
        ],
    )
    c.restoreState()
    c.showPage()


def _marks(x: float, y: float, w: float, h: float, overlap: float) -> list[Op]:
    """Crop marks at the window's corners, overlap ticks, and registration targets."""
    pen, dashed = Pen(style.INK, 0.4), Pen(style.INK, 0.4, (2.0, 2.0))
    length, gap = 6 * MM, 1.5 * MM
    ops: list[Op] = []
    for cx, dx in ((x, -1), (x + w, 1)):
        for cy, dy in ((y, -1), (y + h, 1)):
            ops.append(Line((cx + dx * gap, cy), (cx + dx * (gap + length), cy), pen))
            ops.append(Line((cx, cy + dy * gap), (cx, cy + dy * (gap + length)), pen))
    for ox in (x + overlap, x + w - overlap):
        ops.append(Line((ox, y - gap - length / 2), (ox, y - gap), dashed))
        ops.append(Line((ox, y + h + gap), (ox, y + h + gap + length / 2), dashed))
    for oy in (y + overlap, y + h - overlap):
        ops.append(Line((x - gap - length / 2, oy), (x - gap, oy), dashed))
        ops.append(Line((x + w + gap, oy), (x + w + gap + length / 2, oy), dashed))
    radius = 2 * MM
    for tx, ty in (
        (x + w / 2, y - 4 * MM),
        (x + w / 2, y + h + 4 * MM),
        (x - 4 * MM, y + h / 2),
        (x + w + 4 * MM, y + h / 2),
    ):
        ops.append(Oval((tx, ty), radius, radius, pen=pen))
        ops.append(Line((tx - radius * 1.6, ty), (tx + radius * 1.6, ty), pen))
        ops.append(Line((tx, ty - radius * 1.6), (tx, ty + radius * 1.6), pen))
    return ops
