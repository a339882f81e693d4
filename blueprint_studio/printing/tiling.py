"""Split a poster into overlapping tiles on office paper. Pure numbers.

Each tile prints the same-sized window of the poster inside its margins; neighbouring
windows share `overlap` so the sheets can be trimmed or overlapped and taped.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from blueprint_studio.errors import UsageError
from blueprint_studio.printing.units import format_length


@dataclass(frozen=True)
class Tile:
    row: int
    column: int
    label: str  # "B3": row letter, column number
    x: float  # the window on the scaled poster, points
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class TileGrid:
    rows: int
    columns: int
    window_width: float
    window_height: float
    overlap: float
    tiles: tuple[Tile, ...]


def row_letters(index: int) -> str:
    """A, B, …, Z, AA, AB, …

    >>> [row_letters(i) for i in (0, 25, 26, 27)]
    ['A', 'Z', 'AA', 'AB']
    """
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = string.ascii_uppercase[remainder] + letters
    return letters


def tile_grid(
    poster_width: float, poster_height: float, window_width: float, window_height: float, overlap: float
) -> TileGrid:
    """Tiles covering a poster; each window is the printable area of one sheet.

    >>> grid = tile_grid(1000, 500, 400, 300, 20)
    >>> (grid.rows, grid.columns, grid.tiles[-1].label)
    (2, 3, 'B3')
    """
    if overlap < 0:
        raise UsageError("the overlap cannot be negative")
    if overlap >= min(window_width, window_height) / 2:
        raise UsageError(
            f"an overlap of {format_length(overlap)} is too large for these pages: keep it under "
            f"{format_length(min(window_width, window_height) / 2)}, half the printable area"
        )
    step_x, step_y = window_width - overlap, window_height - overlap
    columns = max(1, math.ceil((poster_width - overlap) / step_x - 1e-9))
    rows = max(1, math.ceil((poster_height - overlap) / step_y - 1e-9))
    if rows * columns > 2_000:
        raise UsageError(f"that would print {rows * columns:,} pages; choose a smaller size or larger paper")
    tiles = tuple(
        Tile(r, c, f"{row_letters(r)}{c + 1}", c * step_x, r * step_y, window_width, window_height)
        for r in range(rows)
        for c in range(columns)
    )
    return TileGrid(rows, columns, window_width, window_height, overlap, tiles)
