"""Write blueprints as PDF: one page each, or tiles with crop marks and an assembly map.

Tiles draw only what touches them (measured: same file size as one form XObject placed
per tile, and ten times faster to print per page). Fonts are the bundled ones, embedded
and subset, including the canvas's initial font, so every text prints anywhere.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from blueprint_studio import __version__
from blueprint_studio.errors import UsageError
from blueprint_studio.layout import Geometry, Rect, compute_for, style
from blueprint_studio.layout.fonts import BOLD, REGULAR, metrics, register
from blueprint_studio.layout.text import wrap
from blueprint_studio.model import Blueprint, Document
from blueprint_studio.printing.paper import MM
from blueprint_studio.layout.shapes import baseline
from blueprint_studio.printing.pdfdraw import WHITE, ColumnIndex, colour, draw_geometry, text
from blueprint_studio.printing.plan import PagePlan, PrintOptions, plan_page, plan_tiles
from blueprint_studio.printing.strips import STRIP_GAP, Strip, sheet_size, stage_windows, strips_of
from blueprint_studio.printing.legend import WIDTH as LEGEND_WIDTH
from blueprint_studio.printing.legend import Legend, draw_legend, legend_for
from blueprint_studio.printing.personas import PersonaCard, draw_cards, layout_cards
from blueprint_studio.storage.atomic import write_atomically
from blueprint_studio.printing.units import format_length
from blueprint_studio.words import QT_TR_NOOP, Say, english

Progress = Callable[[int, int], bool]  # (pages done, pages in all) -> keep going?
TITLE_SIZE = 18.0
BLOCK_PADDING = 14.0


class ExportCancelled(Exception):
    """The user cancelled a long export; nothing was written."""


@dataclass(frozen=True)
class Poster:
    """A blueprint laid out, with its title block below: what one print shows."""

    blueprint: Blueprint
    geometry: Geometry
    block_lines: tuple[tuple[str, float, bool], ...]  # text, size, bold
    block_height: float
    persona_cards: tuple[PersonaCard, ...] = ()
    assets: dict[str, bytes] | None = None
    legend: Legend | None = None
    stickies: tuple[Rect, ...] = ()  # a workshop sheet's places for sticky notes (dashed)
    say: Say = english  # the printed words' language (legend, footer, page labels)

    @property
    def width(self) -> float:
        return self.geometry.width

    @property
    def height(self) -> float:
        return self.geometry.height + self.block_height


def make_poster(document: Document, blueprint: Blueprint, geometry: Geometry | None = None, say: Say = english) -> Poster:
    """The blueprint as its view shows it, with the title, scenario and the personas it follows."""
    geometry = geometry or compute_for(document, blueprint)
    text_width = max(200.0, geometry.width - LEGEND_WIDTH - 3 * BLOCK_PADDING)
    lines: list[tuple[str, float, bool]] = [(line, TITLE_SIZE, True) for line in wrap(blueprint.title or say(QT_TR_NOOP("Untitled blueprint")), text_width, TITLE_SIZE, BOLD)]
    scenario = blueprint.scenario
    details = []
    if scenario.start or scenario.end:
        details.append(say(QT_TR_NOOP("Scenario: {start} → {end}")).format(start=scenario.start or "…", end=scenario.end or "…"))
    if scenario.goal:
        details.append(say(QT_TR_NOOP("Customer's goal: {goal}")).format(goal=scenario.goal))
    for detail in details:
        lines.extend((line, style.FONT_SIZE, False) for line in wrap(detail, text_width, style.FONT_SIZE))
    cards, cards_height = layout_cards(document.followed_personas(blueprint), text_width, say)
    height = BLOCK_PADDING * 2 + _lines_height(lines) + (cards_height + 10 if cards else 0) + 18
    legend = legend_for(document, blueprint, geometry, say)
    return Poster(blueprint, geometry, tuple(lines), max(height, legend.height + 2 * BLOCK_PADDING), cards, document.assets, legend, say=say)


def _lines_height(lines: list[tuple[str, float, bool]] | tuple[tuple[str, float, bool], ...]) -> float:
    return sum(size * 1.3 for _, size, _ in lines)


def _draw_title_block(c: Canvas, poster: Poster, page_label: str, visible: Rect) -> None:
    top = poster.geometry.height
    c.setFillColor(colour(style.HEADER_FILL))
    c.setStrokeColor(colour(style.GRID))
    c.rect(0, top, poster.width, poster.block_height, stroke=1, fill=1)
    text_width = poster.width - LEGEND_WIDTH - 3 * BLOCK_PADDING
    if Rect(0, top, BLOCK_PADDING + text_width, poster.block_height).intersects(visible):
        y = top + BLOCK_PADDING
        for line, size, bold in poster.block_lines:
            text(c, BLOCK_PADDING, baseline(y, size), line, size, bold=bold)
            y += size * 1.3
        draw_cards(c, poster.persona_cards, BLOCK_PADDING, y + 6, poster.assets or {})
        footer = poster.say(QT_TR_NOOP("Printed {date} with Blueprint Studio {version} · {page}")).format(
            date=time.strftime("%Y-%m-%d"), version=__version__, page=page_label)
        text(c, BLOCK_PADDING, top + poster.block_height - BLOCK_PADDING, footer, style.SMALL_FONT_SIZE, style.MUTED_INK)
    legend_x = poster.width - LEGEND_WIDTH - BLOCK_PADDING
    if poster.legend is not None and Rect(legend_x, top, LEGEND_WIDTH, poster.block_height).intersects(visible):
        draw_legend(c, poster.legend, legend_x, top + BLOCK_PADDING, poster.say)


def _flip(c: Canvas, page_height: float) -> None:
    """Make y point down, as in the layout."""
    c.translate(0, page_height)
    c.scale(1, -1)


def _draw_poster(c: Canvas, poster: Poster, visible: Rect, page_label: str, index: ColumnIndex | None = None) -> None:
    draw_geometry(c, poster.geometry, visible, index)
    if poster.stickies:
        c.setStrokeColor(colour(style.MUTED_INK))
        c.setLineWidth(0.8)
        c.setDash([6, 4])
        for note in poster.stickies:
            if note.intersects(visible):
                c.rect(note.x, note.y, note.width, note.height, stroke=1, fill=0)
        c.setDash([])
    block = Rect(0, poster.geometry.height, poster.width, poster.block_height)
    if block.intersects(visible):
        _draw_title_block(c, poster, page_label, visible)


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


def pdf_bytes(posters: list[Poster], options: PrintOptions, progress: Progress | None = None) -> bytes:
    buffer = io.BytesIO()
    c = _new_canvas(buffer, " / ".join(p.blueprint.title for p in posters))
    if options.tile:
        plans = [plan_tiles(p.width, p.height, options) for p in posters]
        total = sum(len(plan.grid.tiles) + 1 for plan in plans)
        done = 0
        for number, (poster, plan) in enumerate(zip(posters, plans)):
            _assembly_page(c, poster, plan, options)
            done += 1
            _tick(progress, done, total)
            marks = f"marks{number}"  # identical on every tile: stored once
            c.beginForm(marks, -plan.margin, -plan.margin, plan.grid.window_width + plan.margin, plan.grid.window_height + plan.margin)
            _marks(c, 0, 0, plan.grid.window_width, plan.grid.window_height, plan.grid.overlap)
            c.endForm()
            index = ColumnIndex(poster.geometry)
            for tile in plan.grid.tiles:
                _tile_page(c, poster, plan, tile, marks, index)
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
                _draw_poster(c, poster, Rect(0, 0, poster.width, poster.height), label)
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
    text(c, 0, TITLE_SIZE, title, TITLE_SIZE, bold=True)
    index = ColumnIndex(geometry)
    y = STRIPS_TITLE_BAND
    for strip in strips:
        for left, x0, width in ((0.0, 0.0, style.LANE_HEADER_WIDTH), (style.LANE_HEADER_WIDTH, strip.left, strip.width)):
            c.saveState()
            c.translate(left - x0, y)
            clip = c.beginPath()
            clip.rect(x0, 0, width, geometry.height)
            c.clipPath(clip, stroke=0, fill=0)
            draw_geometry(c, geometry, Rect(x0 + 0.5, 0, width - 1, geometry.height), index)  # not the neighbours it touches
            c.restoreState()
        y += geometry.height + STRIP_GAP


def _assembly_page(c: Canvas, poster: Poster, plan, options: PrintOptions) -> None:  # type: ignore[no-untyped-def]
    """Page one of a tiled print: a thumbnail with the tile grid, labels and instructions."""
    width, height, margin = plan.page_width, plan.page_height, plan.margin
    c.setPageSize((width, height))
    c.saveState()
    _flip(c, height)
    say = poster.say
    text(c, margin, margin + 16, say(QT_TR_NOOP("Assembly map — {title}")).format(title=poster.blueprint.title), 14, bold=True)
    grid = plan.grid
    final_w, final_h = poster.width * plan.scale, poster.height * plan.scale
    instructions = [
        say(QT_TR_NOOP("{rows} × {columns} = {count} pages; finished size {width} × {height} (scale {scale}).")).format(
            rows=grid.rows, columns=grid.columns, count=len(grid.tiles), width=format_length(final_w), height=format_length(final_h),
            scale=f"{plan.scale:.3g}"),
        say(QT_TR_NOOP("Print at 100 % (no “fit to page”). Neighbouring pages overlap by {overlap}: trim each page along its "
                       "crop marks on the right and bottom, lay it over the next one matching the registration marks, and tape.")).format(
            overlap=format_length(grid.overlap)),
    ]
    y = margin + 34
    for paragraph in instructions:
        for line in wrap(paragraph, width - 2 * margin, 9):
            text(c, margin, baseline(y, 9), line, 9, style.MUTED_INK)
            y += 12
    area = Rect(margin, y + 8, width - 2 * margin, height - margin - y - 8)
    total_w = grid.columns * grid.window_width - (grid.columns - 1) * grid.overlap
    total_h = grid.rows * grid.window_height - (grid.rows - 1) * grid.overlap
    k = min(area.width / total_w, area.height / total_h)
    c.translate(area.x, area.y)
    c.scale(k, k)
    c.saveState()
    c.scale(plan.scale, plan.scale)
    _thumbnail(c, poster)
    c.restoreState()
    c.setStrokeColor(colour(style.SELECTION))
    c.setLineWidth(1.2 / k)
    for tile in grid.tiles:
        c.rect(tile.x, tile.y, tile.width, tile.height, stroke=1, fill=0)
        size = min(tile.width, tile.height) / 5
        label_width = metrics(BOLD).width(tile.label, size)
        text(c, tile.x + (tile.width - label_width) / 2, tile.y + tile.height / 2 + size / 3, tile.label, size, style.SELECTION, bold=True)
    c.restoreState()
    c.showPage()


def _thumbnail(c: Canvas, poster: Poster) -> None:
    """Lanes, lines and card outlines without text: enough to find a page, cheap to embed."""
    geometry = poster.geometry
    for band in geometry.lanes:
        c.setFillColor(colour(band.band_colour))
        c.rect(0, band.rect.y, geometry.width, band.rect.height, stroke=0, fill=1)
    c.setFillColor(colour(style.HEADER_FILL))
    c.rect(0, 0, geometry.width, geometry.grid.y, stroke=0, fill=1)
    c.rect(0, geometry.height, poster.width, poster.block_height, stroke=0, fill=1)
    c.setStrokeColor(colour(style.LINE_COLOUR))
    c.setLineWidth(3)
    for rule in geometry.lines:
        c.line(0, rule.y, geometry.width, rule.y)
    for box in geometry.cards.values():
        c.setFillColor(colour(box.edge))
        c.rect(box.rect.x, box.rect.y, box.rect.width, box.rect.height, stroke=0, fill=1)
    c.setLineWidth(2)
    c.rect(0, 0, poster.width, poster.height, stroke=1, fill=0)


def _tile_page(c: Canvas, poster: Poster, plan, tile, marks: str, index: ColumnIndex) -> None:  # type: ignore[no-untyped-def]
    width, height, margin, scale = plan.page_width, plan.page_height, plan.margin, plan.scale
    c.setPageSize((width, height))
    c.saveState()
    _flip(c, height)
    c.saveState()
    clip = c.beginPath()
    clip.rect(margin, margin, tile.width, tile.height)
    c.clipPath(clip, stroke=0, fill=0)
    c.setFillColor(WHITE)
    c.translate(margin - tile.x, margin - tile.y)
    c.scale(scale, scale)
    visible = Rect(tile.x / scale, tile.y / scale, tile.width / scale, tile.height / scale)
    _draw_poster(c, poster, visible, poster.say(QT_TR_NOOP("tile {label}")).format(label=tile.label), index)
    c.restoreState()
    c.saveState()
    c.translate(margin, margin)
    c.doForm(marks)
    c.restoreState()
    grid = plan.grid
    where = poster.say(QT_TR_NOOP("row {row} of {rows}, column {column} of {columns}")).format(
        row=tile.label.rstrip("0123456789"), rows=grid.rows, column=tile.column + 1, columns=grid.columns)
    label = f"{tile.label}   ·   {poster.blueprint.title}   ·   {where}"
    text(c, margin + 9 * MM, margin - 2.5 * MM, label, 8, style.INK, bold=True)
    text(c, width - margin - 9 * MM - metrics(BOLD).width(tile.label, 14), height - margin + 6 * MM, tile.label, 14, style.SELECTION, bold=True)
    c.restoreState()
    c.showPage()


def _marks(c: Canvas, x: float, y: float, w: float, h: float, overlap: float) -> None:
    """Crop marks at the window's corners, overlap ticks, and registration targets."""
    c.setStrokeColor(colour(style.INK))
    c.setLineWidth(0.4)
    length, gap = 6 * MM, 1.5 * MM
    for cx, dx in ((x, -1), (x + w, 1)):
        for cy, dy in ((y, -1), (y + h, 1)):
            c.line(cx + dx * gap, cy, cx + dx * (gap + length), cy)
            c.line(cx, cy + dy * gap, cx, cy + dy * (gap + length))
    c.setDash([2, 2])
    for ox in (x + overlap, x + w - overlap):
        c.line(ox, y - gap - length / 2, ox, y - gap)
        c.line(ox, y + h + gap, ox, y + h + gap + length / 2)
    for oy in (y + overlap, y + h - overlap):
        c.line(x - gap - length / 2, oy, x - gap, oy)
        c.line(x + w + gap, oy, x + w + gap + length / 2, oy)
    c.setDash([])
    radius = 2 * MM
    for tx, ty in ((x + w / 2, y - 4 * MM), (x + w / 2, y + h + 4 * MM), (x - 4 * MM, y + h / 2), (x + w + 4 * MM, y + h / 2)):
        c.circle(tx, ty, radius, stroke=1, fill=0)
        c.line(tx - radius * 1.6, ty, tx + radius * 1.6, ty)
        c.line(tx, ty - radius * 1.6, tx, ty + radius * 1.6)


def write_pdf(document: Document, blueprints: list[Blueprint], path: Path, options: PrintOptions, progress: Progress | None = None,
              say: Say = english) -> None:
    """Write the PDF atomically: a failed or cancelled export leaves no half-written file."""
    data = pdf_bytes([make_poster(document, b, say=say) for b in blueprints], options, progress)
    write_atomically(path, data)
