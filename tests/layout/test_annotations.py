"""Facets, photos, notes on lines, lane descriptions and arrow labels in the layout. No Qt."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest

from blueprint_studio.layout import compute, compute_for
from blueprint_studio.layout.geometry import Geometry, Rect
from blueprint_studio.layout.shapes import label_box, line_title_width, line_title_xs
from blueprint_studio.model import Blueprint, Card, Connector, Document, Facet, FacetKind, Line, LineNote
from tests.sample_sources import SAMPLE_BUILDERS


def _labels_are_clear(geometry: Geometry) -> None:
    tags = [(path.connector_id, label_box(path)) for path in geometry.connectors if path.label]
    for connector_id, tag in tags:
        for box in geometry.cards.values():
            assert not tag.intersects(box.rect), (connector_id, box.card_id)
        for rule in geometry.lines:
            assert not tag.y <= rule.y <= tag.bottom, (connector_id, rule.line)
        for note in geometry.notes:
            assert not tag.intersects(note.rect), (connector_id, note.note_id)
    for n, (first, a) in enumerate(tags):
        for second, b in tags[n + 1 :]:
            assert not a.intersects(b), (first, second)


@pytest.mark.parametrize("name", sorted(SAMPLE_BUILDERS))
def test_labels_on_every_arrow_of_the_samples_stay_clear(name: str) -> None:
    document = SAMPLE_BUILDERS[name]()
    for blueprint in document.blueprints:
        for n, connector in enumerate(blueprint.connectors):
            connector.label = ["hands over", "booking ref", "API call", "confirms by e-mail"][n % 4]
        _labels_are_clear(compute_for(document, blueprint))


def test_labels_stay_clear_in_a_crowded_blueprint() -> None:
    rng = random.Random(7)
    blueprint = Blueprint.blank("bp", "Crowded", [f"s{n}" for n in range(8)])
    lanes = [lane.id for lane in blueprint.lanes]
    for n in range(60):
        blueprint.cards.append(
            Card(
                id=f"c{n}",
                lane=rng.choice(lanes),
                step=f"s{rng.randrange(8)}",
                order=n,
                text="Card " * rng.randint(1, 6),
            )
        )
    for n in range(40):
        source, target = rng.sample(range(60), 2)
        blueprint.connectors.append(Connector(id=f"a{n}", source=f"c{source}", target=f"c{target}", label=f"label {n}"))
    geometry = compute(blueprint)
    _labels_are_clear(geometry)
    moved = [path for path in geometry.connectors if path.anchor is not None]
    assert all(path.anchor in path.points or _on_route(path.anchor, path.points) for path in moved)


def _on_route(point: tuple[float, float], points: tuple[tuple[float, float], ...]) -> bool:
    return any(
        min(a[0], b[0]) - 0.01 <= point[0] <= max(a[0], b[0]) + 0.01
        and min(a[1], b[1]) - 0.01 <= point[1] <= max(a[1], b[1]) + 0.01
        for a, b in pairwise(points)
    )


def _tagged_document() -> Document:
    blueprint = Blueprint.blank("bp", "Licensing", ["s1", "s2", "s3"])
    team = Facet(id="f-team", kind=FacetKind.TEAM, name="Licensing team", colour="#d55e00")
    system = Facet(
        id="f-sys", kind=FacetKind.SYSTEM, name="A system with a name long enough to need two lines", colour="#0072b2"
    )
    blueprint.cards = [
        Card(id="plain", lane="frontstage", step="s1", text="Checks the form"),
        Card(id="tagged", lane="frontstage", step="s2", text="Checks the form", facets=["f-team", "f-sys"]),
        Card(id="photo", lane="physical_evidence", step="s1", text="Licence", image="a" * 64 + ".png"),
    ]
    blueprint.line_notes = [
        LineNote(id="n1", line=Line.VISIBILITY, step="s2", text="handoff IVR → agent"),
        LineNote(id="n2", line=Line.VISIBILITY, step="s2", text="API auth"),
    ]
    blueprint.lanes[0].description = "What the customer sees and touches"
    return Document(blueprints=[blueprint], facets=[team, system], assets={"a" * 64 + ".png": b"\x89PNG\r\n\x1a\n"})


def test_facets_become_chips_that_make_the_card_taller() -> None:
    document = _tagged_document()
    geometry = compute_for(document, document.blueprints[0])
    plain, tagged = geometry.cards["plain"], geometry.cards["tagged"]
    assert [chip.colour for chip in tagged.chips] == ["#d55e00", "#0072b2"]
    assert len(tagged.chips[1].lines) == 2  # a long name wraps, it is never cut
    assert tagged.rect.height > plain.rect.height
    for chip in tagged.chips:
        assert tagged.rect.x < chip.rect.x and chip.rect.right <= tagged.rect.right
        assert tagged.text_top + len(tagged.lines) * 12.5 <= chip.rect.y <= tagged.rect.bottom


def test_a_photo_takes_the_top_of_its_card_only_when_the_file_holds_it() -> None:
    document = _tagged_document()
    geometry = compute_for(document, document.blueprints[0])
    box = geometry.cards["photo"]
    assert box.photo is not None and box.image in geometry.images
    assert box.text_top >= box.photo.bottom
    assert compute(document.blueprints[0]).cards["photo"].photo is None  # no assets given: no photo area


def test_notes_sit_on_their_line_in_their_step_and_push_line_titles_aside() -> None:
    document = _tagged_document()
    blueprint = document.blueprints[0]
    geometry = compute_for(document, blueprint)
    rule = next(r for r in geometry.lines if r.line is Line.VISIBILITY)
    column = geometry.step("s2")
    first, second = geometry.notes
    for note in geometry.notes:
        assert note.rect.y < rule.y < note.rect.bottom
        assert column.x <= note.rect.x and note.rect.right <= column.x + column.width
    assert not first.rect.intersects(second.rect)
    width = line_title_width(rule)
    for x in line_title_xs(geometry, rule, 0, geometry.width):
        assert not any(Rect(x - 4, rule.y - 7, width, 14).intersects(note.rect) for note in geometry.notes)


def test_lane_descriptions_show_only_when_the_blueprint_asks() -> None:
    document = _tagged_document()
    blueprint = document.blueprints[0]
    assert compute_for(document, blueprint).lanes[0].description_lines == ()
    blueprint.describe_lanes = True
    band = compute_for(document, blueprint).lanes[0]
    assert " ".join(band.description_lines) == "What the customer sees and touches"
