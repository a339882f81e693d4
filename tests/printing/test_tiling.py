"""Tile-grid arithmetic, and tiles that line up when put back together."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from blueprint_studio.printing.tiling import tile_grid


@given(
    st.floats(100, 10_000),
    st.floats(100, 3_000),
    st.floats(300, 1_200),
    st.floats(300, 1_200),
    st.floats(0, 60),
)
def test_tiles_cover_the_poster_and_overlap_exactly(
    width: float, height: float, window_w: float, window_h: float, overlap: float
) -> None:
    grid = tile_grid(width, height, window_w, window_h, overlap)
    assert len(grid.tiles) == grid.rows * grid.columns
    last = grid.tiles[-1]
    assert last.x + last.width >= width - 1e-6 and last.y + last.height >= height - 1e-6
    # One column fewer would not have covered it: no blank pages.
    assert (grid.columns - 1) * (window_w - overlap) < width - overlap + 1e-6 or grid.columns == 1
    for tile in grid.tiles:
        if tile.column + 1 < grid.columns:
            right = grid.tiles[tile.row * grid.columns + tile.column + 1]
            assert abs((tile.x + tile.width) - right.x - overlap) < 1e-6
