"""Decide page sizes and scale for a print request. Pure numbers and clear refusals.

A poster is the blueprint plus its title block, in layout points. One-page prints either
fit it to a named paper, fill a roll's width, or make a page of exactly the asked size;
tiled prints cut the scaled poster into windows of office paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from blueprint_studio.errors import UsageError
from blueprint_studio.layout import style
from blueprint_studio.printing.paper import MM, PDF_MAX, Paper, page_size, paper_named
from blueprint_studio.printing.tiling import TileGrid, tile_grid
from blueprint_studio.printing.units import format_length


@dataclass(frozen=True)
class PrintOptions:
    paper: str | None = None  # one page on this paper (None: page of the poster's size)
    landscape: bool | None = None  # None: whichever suits the poster
    scale: float | None = None
    width: float | None = None  # overall width of the print in points ("2m")
    tile: str | None = None  # tile onto this office paper
    overlap: float = 10 * MM
    margin: float = 10 * MM
    strips: int | None = None  # wrap the wall into this many strips on the one page (0: as many as print largest)
    per_stage: bool = False  # each stage on its own page of `paper`, lane names and headers repeated
    notes: bool = False  # card notes and owners: numbered on the cards, listed by stage under the blueprint


@dataclass(frozen=True)
class PagePlan:
    """One page: its size, and where the scaled poster sits on it."""

    width: float
    height: float
    scale: float
    offset_x: float
    offset_y: float


@dataclass(frozen=True)
class TilePlan:
    page_width: float
    page_height: float
    scale: float
    grid: TileGrid
    margin: float


class OversizeError(UsageError):
    """A one-page print beyond what PDF tools accept; `max_scale` would fit."""

    def __init__(self, message: str, max_scale: float) -> None:
        super().__init__(message)
        self.max_scale = max_scale


def _scale(options: PrintOptions, poster_width: float) -> float | None:
    if options.scale is not None and options.width is not None:
        raise UsageError("give either a scale or a width, not both")
    if options.scale is not None:
        if not 0 < options.scale <= 100:
            raise UsageError("the scale must be more than 0 and at most 100")
        return options.scale
    if options.width is not None:
        if options.width <= 0:
            raise UsageError("the width must be more than 0")
        return options.width / poster_width
    return None


def _check_margin(margin: float, width: float, height: float) -> None:
    if margin < 0 or 2 * margin >= min(width, height):
        raise UsageError(
            f"a margin of {format_length(margin)} leaves no room on a {format_length(width)} × "
            f"{format_length(height)} page"
        )


SMALLEST_LEGIBLE = 6.0  # points: card text smaller than this is hard to read on a wall


def text_size(scale: float) -> float:
    """How high card text prints, in points, at this print scale."""
    return style.FONT_SIZE * scale


def plan_page(poster_width: float, poster_height: float, options: PrintOptions) -> PagePlan:
    scale = _scale(options, poster_width)
    margin = options.margin
    if options.paper is None:
        scale = scale or 1.0
        width, height = poster_width * scale + 2 * margin, poster_height * scale + 2 * margin
    else:
        paper = paper_named(options.paper)
        if paper.is_roll:
            width, height, scale = _roll_page(paper, poster_width, poster_height, options, scale)
        else:
            landscape = options.landscape if options.landscape is not None else poster_width >= poster_height
            width, height = page_size(paper, landscape)
            _check_margin(margin, width, height)
            fit = min((width - 2 * margin) / poster_width, (height - 2 * margin) / poster_height)
            if scale is None:
                scale = fit
            elif scale > fit * 1.0001:
                raise UsageError(
                    f"at scale {scale:g} the print is {format_length(poster_width * scale)} × "
                    f"{format_length(poster_height * scale)}, "
                    f"larger than {paper.name}; choose a larger paper, a scale up to {fit:.3g}, or tile it (--tile A4)"
                )
    _check_margin(margin, width, height)
    if max(width, height) > PDF_MAX:
        largest = (PDF_MAX - 2 * margin) / (poster_width if width >= height else poster_height)
        raise OversizeError(
            f"a one-page print would be {format_length(width)} × {format_length(height)}, beyond the 200 in (5.08 m) "
            f"most PDF tools accept; scale it down (--scale {largest:.3g} or less) or tile it (--tile A4)",
            largest,
        )
    offset_x = (width - poster_width * scale) / 2
    offset_y = (height - poster_height * scale) / 2
    return PagePlan(width, height, scale, offset_x, offset_y)


def _roll_page(
    paper: Paper, poster_width: float, poster_height: float, options: PrintOptions, scale: float | None
) -> tuple[float, float, float]:
    """The roll's width is fixed; along the roll the page is as long as the content."""
    margin = options.margin
    across = paper.width - 2 * margin
    if across <= 0:
        raise UsageError("the margins are wider than the roll")
    along_roll = options.landscape is not False  # a wide blueprint runs along the roll
    fit = across / (poster_height if along_roll else poster_width)
    if scale is None:
        scale = fit
    elif scale > fit * 1.0001:
        raise UsageError(
            f"at scale {scale:g} the print is wider than the {paper.name} roll; use a scale up to {fit:.3g}"
        )
    if along_roll:
        return poster_width * scale + 2 * margin, paper.width, scale
    return paper.width, poster_height * scale + 2 * margin, scale


def plan_tiles(poster_width: float, poster_height: float, options: PrintOptions) -> TilePlan:
    assert options.tile is not None
    paper = paper_named(options.tile)
    if paper.is_roll:
        raise UsageError("tiles are printed on sheets, not on a roll")
    scale = _scale(options, poster_width) or 1.0
    orientations = [options.landscape] if options.landscape is not None else [True, False]
    best: TilePlan | None = None
    for landscape in orientations:
        width, height = page_size(paper, landscape)
        _check_margin(options.margin, width, height)
        window_w, window_h = width - 2 * options.margin, height - 2 * options.margin
        grid = tile_grid(poster_width * scale, poster_height * scale, window_w, window_h, options.overlap)
        candidate = TilePlan(width, height, scale, grid, options.margin)
        if best is None or len(grid.tiles) < len(best.grid.tiles):
            best = candidate
    assert best is not None
    return best


__all__ = [
    "SMALLEST_LEGIBLE",
    "OversizeError",
    "PagePlan",
    "PrintOptions",
    "TilePlan",
    "plan_page",
    "plan_tiles",
    "text_size",
]
