"""How large a print's text comes out, and what to offer when it is too small to read."""

from __future__ import annotations

from dataclasses import replace

from blueprint_studio.errors import UsageError
from blueprint_studio.printing.paper import paper_named
from blueprint_studio.printing.pdf import Poster, strips_for, strips_size
from blueprint_studio.printing.plan import SMALLEST_LEGIBLE, PrintOptions, plan_page, plan_tiles, text_size
from blueprint_studio.printing.strips import stage_windows


def printed_text_size(poster: Poster, options: PrintOptions) -> float:
    """Card text height on paper, in points, for this poster printed with these options."""
    if options.tile:
        return text_size(plan_tiles(poster.width, poster.height, options).scale)
    if options.per_stage:
        windows = [window for _, window in stage_windows(poster.geometry)]
        return min(
            text_size(plan_page(*strips_size(poster, [w]), replace(options, per_stage=False)).scale) for w in windows
        )
    if options.strips is not None:
        return text_size(
            plan_page(*strips_size(poster, strips_for(poster, options)), replace(options, strips=None)).scale
        )
    return text_size(plan_page(poster.width, poster.height, options).scale)


def advice(poster: Poster, options: PrintOptions, flags: bool = True) -> str | None:
    """None when the text prints large enough; else what it comes to and what would fit (with
    the command line's options for each when `flags`)."""
    size = printed_text_size(poster, options)
    if size >= SMALLEST_LEGIBLE:
        return None
    offers = []
    if (
        options.paper is not None
        and options.strips is None
        and not options.tile
        and not options.per_stage
        and not paper_named(options.paper).is_roll
    ):
        strips = strips_for(poster, replace(options, strips=0))
        if len(strips) > 1:
            bigger = printed_text_size(poster, replace(options, strips=len(strips)))
            offers.append(
                f"{len(strips)} strips on the same {options.paper} ({bigger:.1f} pt"
                + (f"; --strips {len(strips)})" if flags else ")")
            )
    if (options.paper or "").lower() != "roll-36in":
        try:
            on_roll = printed_text_size(
                poster, replace(options, paper="roll-36in", strips=None, tile=None, scale=None, width=None)
            )
            offers.append(f"a 36 in roll ({on_roll:.1f} pt" + ("; --paper roll-36in)" if flags else ")"))
        except UsageError:
            pass
    readable = 9 / text_size(1.0)  # the scale at which card text prints 9 pt
    tiles = plan_tiles(
        poster.width, poster.height, replace(options, paper=None, strips=None, tile="A4", scale=readable, width=None)
    )
    offers.append(
        f"tiles at 9 pt ({len(tiles.grid.tiles)} A4 pages" + (f"; --tile A4 --scale {readable:.2g})" if flags else ")")
    )
    return (
        f"'{poster.blueprint.title}': card text prints {size:.1f} pt high, under the {SMALLEST_LEGIBLE:g} pt most "
        "people "
        f"can read on a wall; larger: " + ", or ".join(offers)
    )
