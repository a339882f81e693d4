"""The drawing list itself: every item says truly where it draws (so tiles and strips, which
play only the items reaching into them, miss nothing), and the list is in the one order."""

from __future__ import annotations

import pytest

from blueprint_studio.drawing.ops import Box, Text
from blueprint_studio.drawing.poster import make_poster, poster_drawing
from blueprint_studio.layout import Rect, style
from blueprint_studio.storage import open_bpx
from blueprint_studio.templates import TEMPLATES
from tests.conftest import SAMPLES

CASES = [(path.name, lambda path=path: open_bpx(path)) for path in SAMPLES] + [(t.name, t.make) for t in TEMPLATES]


def _inside(inner: Rect, outer: Rect) -> bool:
    return (
        inner.x >= outer.x - 0.01
        and inner.y >= outer.y - 0.01
        and inner.right <= outer.right + 0.01
        and inner.bottom <= outer.bottom + 0.01
    )


@pytest.mark.parametrize("name, make", CASES, ids=[name for name, _ in CASES])
def test_every_item_holds_what_it_draws(name: str, make) -> None:  # type: ignore[no-untyped-def]
    document = make()
    for blueprint in document.blueprints:
        drawing = poster_drawing(make_poster(document, blueprint, notes=True))
        for layer in drawing.layers:
            for bounds, ops in layer.items:
                for op in ops:
                    assert _inside(op.bounds, bounds), (name, op)


def test_a_window_of_the_wall_plays_exactly_what_reaches_into_it() -> None:
    document = open_bpx(SAMPLES[0])
    drawing = poster_drawing(make_poster(document, document.blueprints[0]))
    window = Rect(600, 300, 400, 250)
    played = list(drawing.ops(window))
    assert played and len(played) < len(list(drawing.ops())) / 2  # a window, not the wall
    missed = [op for op in drawing.ops() if op.bounds.intersects(window) and op not in played]
    assert missed == []


def test_cards_come_after_the_lanes_and_before_the_headers() -> None:
    document = open_bpx(SAMPLES[0])
    drawing = poster_drawing(make_poster(document, document.blueprints[0]))
    ops = list(drawing.ops())
    first_card = next(n for n, op in enumerate(ops) if type(op) is Box and op.radius == style.CARD_RADIUS)
    last_band = max(
        n
        for n, op in enumerate(ops)
        if type(op) is Box and op.rect.x == drawing.layers[0].items[0][0].x and op.radius == 0 and n < first_card
    )
    header = next(
        n for n, op in enumerate(ops) if type(op) is Text and op.size == style.HEADER_FONT_SIZE and n > first_card
    )
    assert last_band < first_card < header
