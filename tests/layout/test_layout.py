"""Geometry from the model: lanes fit their cards, lines sit between zones, snapping and
routing never land on a line or a card."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from blueprint_studio.layout import cell_at, compute, slot_at, style
from blueprint_studio.layout.fonts import metrics
from blueprint_studio.layout.geometry import Rect
from blueprint_studio.layout.text import BREAK_HYPHEN, wrap
from blueprint_studio.model import Line
from tests.sample_sources import SAMPLE_BUILDERS
from tests.strategies import documents, texts


def hotel():  # type: ignore[no-untyped-def]
    return SAMPLE_BUILDERS["hotel-stay.bpx"]().blueprints[0]


def test_layout_is_deterministic() -> None:
    assert compute(hotel()) == compute(hotel())


def test_three_lines_between_the_right_zones() -> None:
    geometry = compute(hotel())
    assert [rule.line for rule in geometry.lines] == [Line.INTERACTION, Line.VISIBILITY, Line.INTERNAL_INTERACTION]
    lanes = {band.kind.value: band for band in geometry.lanes}
    interaction, visibility, internal = (rule.y for rule in geometry.lines)
    assert lanes["customer_actions"].rect.bottom < interaction < lanes["frontstage"].rect.y
    assert lanes["frontstage"].rect.bottom < visibility < lanes["backstage"].rect.y
    assert lanes["backstage"].rect.bottom < internal < lanes["support_processes"].rect.y


@given(documents())
def test_every_card_sits_inside_its_cell_without_overlap(document) -> None:  # type: ignore[no-untyped-def]
    for blueprint in document.blueprints:
        geometry = compute(blueprint, document.personas)
        boxes = list(geometry.cards.values())
        shown = {lane.id for lane in blueprint.shown_lanes()}
        assert sorted(geometry.cards) == sorted(card.id for card in blueprint.cards if card.lane in shown)
        for box in boxes:
            cell = geometry.cell(box.lane_id, box.step_id)
            assert cell.x <= box.rect.x and box.rect.right <= cell.right
            assert cell.y <= box.rect.y and box.rect.bottom <= cell.bottom
        for a in boxes:
            for b in boxes:
                assert a is b or not a.rect.intersects(b.rect)


@given(texts, st.floats(min_value=30, max_value=300))
def test_wrapped_lines_fit_and_keep_every_word(text: str, width: float) -> None:
    lines = wrap(text, width, style.FONT_SIZE)
    for line in lines:
        if " " in line:  # a single over-long character may not fit anything
            assert metrics().width(line, style.FONT_SIZE) <= width + 1e-6
    joined = "".join(line.removesuffix(BREAK_HYPHEN) if BREAK_HYPHEN not in text else line for line in lines)
    assert joined.replace(" ", "") == "".join(text.split())


def test_points_on_lines_or_outside_snap_into_a_cell() -> None:
    geometry = compute(hotel())
    for rule in geometry.lines:
        lane_id, step_id = cell_at(geometry, 700, rule.y)  # type: ignore[misc]
        cell = geometry.cell(lane_id, step_id)
        assert cell.y <= cell.bottom and not (cell.y < rule.y < cell.bottom)
    assert cell_at(geometry, -500, -500) == (geometry.lanes[0].lane_id, geometry.steps[0].step_id)
    assert cell_at(geometry, 1e6, 1e6) == (geometry.lanes[-1].lane_id, geometry.steps[-1].step_id)


def test_slot_index_follows_the_drop_height() -> None:
    blueprint = hotel()
    geometry = compute(blueprint)
    queue = next(c for c in blueprint.cards if c.text.startswith("Queue at reception"))
    first, second = geometry.cards_in_cell(queue.lane, queue.step)
    top, bottom = geometry.cards[first].rect, geometry.cards[second].rect
    assert slot_at(geometry, top.x + 5, top.y + 2).index == 0  # type: ignore[union-attr]
    assert slot_at(geometry, top.x + 5, bottom.bottom - 2).index == 2  # type: ignore[union-attr]
    assert slot_at(geometry, top.x + 5, bottom.bottom - 2, frozenset({first})).index == 1  # type: ignore[union-attr]


def test_routes_are_orthogonal_and_never_cross_a_card() -> None:
    for builder in SAMPLE_BUILDERS.values():
        blueprint = builder().blueprints[0]
        geometry = compute(blueprint)
        assert len(geometry.connectors) == len(blueprint.connectors)
        for path in geometry.connectors:
            for (x0, y0), (x1, y1) in pairwise(path.points):
                assert x0 == x1 or y0 == y1
                segment = Rect(min(x0, x1), min(y0, y1), abs(x1 - x0) or 0.01, abs(y1 - y0) or 0.01)
                for box in geometry.cards.values():
                    if box.card_id not in (path.source, path.target):
                        assert not segment.intersects(box.rect.adjusted(-1)), (path.connector_id, box.card_id)
