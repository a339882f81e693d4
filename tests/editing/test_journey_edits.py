"""Journey-map edits: each does one thing a designer expects, and undoes exactly."""

from __future__ import annotations

import pytest

from blueprint_studio.editing import edits, journey
from blueprint_studio.model import LaneKind, View, problems
from tests.bpx_files import blank_document


def test_a_new_persona_takes_the_next_colour_and_can_be_followed_at_once() -> None:
    document = blank_document()
    blueprint = document.blueprints[0]
    command, ana = journey.add_persona(document, "Ana", blueprint)
    command.apply(document)
    command, bo = journey.add_persona(document, "Bo")
    command.apply(document)
    assert blueprint.personas == [ana]
    assert document.persona(ana).colour != document.persona(bo).colour


def test_scores_snap_to_half_steps_and_clear() -> None:
    document = blank_document()
    blueprint = document.blueprints[0]
    journey.add_persona(document, "Ana", blueprint)[0].apply(document)
    ana = blueprint.personas[0]
    journey.set_score(blueprint, ana, "s1", 1.3).apply(document)  # type: ignore[union-attr]
    assert blueprint.emotion(ana, "s1").score == 1.5  # type: ignore[union-attr]
    change = journey.set_score(blueprint, ana, "s1", 9)
    change.apply(document)  # type: ignore[union-attr]
    assert blueprint.emotion(ana, "s1").score == 2  # type: ignore[union-attr]
    assert journey.set_score(blueprint, ana, "s1", 2) is None
    clear = journey.set_score(blueprint, ana, "s1", None)
    clear.apply(document)  # type: ignore[union-attr]
    assert blueprint.emotions == []
    clear.revert(document)  # type: ignore[union-attr]
    assert blueprint.emotion(ana, "s1").score == 2  # type: ignore[union-attr]


def test_deleting_a_persona_takes_its_scores_and_undo_brings_them_back() -> None:
    document = blank_document()
    blueprint = document.blueprints[0]
    journey.add_persona(document, "Ana", blueprint)[0].apply(document)
    ana = blueprint.personas[0]
    journey.set_score(blueprint, ana, "s2", -1, to_be=True).apply(document)  # type: ignore[union-attr]
    before = document.model_copy(deep=True)
    command = journey.delete_persona(document, ana)
    command.apply(document)
    assert document.personas == [] and blueprint.personas == [] and blueprint.emotions == []
    assert problems(document) == []
    command.revert(document)
    assert document == before


def test_journey_rows_are_added_in_order_and_hidden_not_deleted() -> None:
    document = blank_document()
    blueprint = document.blueprints[0]
    for kind in (LaneKind.OPPORTUNITIES, LaneKind.THOUGHTS, LaneKind.EMOTIONS):
        journey.show_row(blueprint, kind, True)[0].apply(document)  # type: ignore[union-attr]
    assert [lane.kind for lane in blueprint.lanes][:4] == [
        LaneKind.THOUGHTS,
        LaneKind.EMOTIONS,
        LaneKind.OPPORTUNITIES,
        LaneKind.PHYSICAL_EVIDENCE,
    ]
    thoughts = blueprint.lanes[0]
    edits.add_card(blueprint, thoughts.id, "s1", text="“Again?”")[0].apply(document)
    command, lane_id = journey.show_row(blueprint, LaneKind.THOUGHTS, False)
    command.apply(document)  # type: ignore[union-attr]
    assert lane_id == thoughts.id and thoughts.hidden and len(blueprint.cards) == 1
    assert journey.show_row(blueprint, LaneKind.THOUGHTS, False)[0] is None
    with pytest.raises(edits.EditError, match="holds the emotion curves"):
        edits.add_card(blueprint, blueprint.lanes[1].id, "s1", text="happy")


def test_the_view_is_one_undoable_field() -> None:
    document = blank_document()
    blueprint = document.blueprints[0]
    command = journey.set_view(blueprint, View.JOURNEY)
    command.apply(document)  # type: ignore[union-attr]
    assert blueprint.view is View.JOURNEY and command.label == "Show journey map only"  # type: ignore[union-attr]
    command.revert(document)  # type: ignore[union-attr]
    assert blueprint.view is View.BOTH
    assert journey.set_view(blueprint, View.BOTH) is None


def test_photos_must_be_images_of_sensible_size() -> None:
    document = blank_document()
    journey.add_persona(document, "Ana")[0].apply(document)
    ana = document.personas[0].id
    with pytest.raises(edits.EditError, match="PNG or JPEG"):
        journey.set_photo(document, ana, b"GIF89a")
    with pytest.raises(edits.EditError, match="at most 5 MB"):
        journey.set_photo(document, ana, b"\xff\xd8\xff" + bytes(6_000_000))
    journey.set_photo(document, ana, b"\xff\xd8\xff" + b"jpeg").apply(document)
    assert document.personas[0].photo in document.assets and problems(document) == []
