"""Edits refuse values the file format would refuse, so every document stays saveable."""

from __future__ import annotations

import pytest

from blueprint_studio.editing import edits
from blueprint_studio.model import Scenario
from tests.bpx_files import blank_document


def test_too_long_text_is_refused_before_any_command_runs() -> None:
    blueprint = blank_document().blueprints[0]
    with pytest.raises(edits.EditError, match=r"^Card text: at most 2,000 characters \(this has 2,001\)$"):
        edits.add_card(blueprint, "frontstage", "s1", text="x" * 2001)
    command, card_id = edits.add_card(blueprint, "frontstage", "s1", text="Greet")
    document = blank_document()
    command.apply(document)
    with pytest.raises(edits.EditError, match="Card text"):
        edits.edit_card(document.blueprints[0], card_id, "text", "y" * 2500)
    with pytest.raises(edits.EditError, match="Step name"):
        edits.edit_step(document.blueprints[0], "s1", "name", "z" * 201)


def test_grouped_fields_are_checked_too() -> None:
    blueprint = blank_document().blueprints[0]
    too_long = blueprint.scenario.model_copy(update={"goal": "g" * 2001})
    with pytest.raises(edits.EditError, match="Blueprint scenario"):
        edits.edit_blueprint(blueprint, "scenario", too_long)
    fine = edits.edit_blueprint(blueprint, "scenario", Scenario(goal="Sleep well"))
    assert fine.value == Scenario(goal="Sleep well")  # type: ignore[attr-defined]


def test_control_characters_are_refused() -> None:
    blueprint = blank_document().blueprints[0]
    with pytest.raises(edits.EditError, match="U\\+0007"):
        edits.rename_lane(blueprint, "frontstage", "Front\x07stage")


def test_standard_lanes_stay_and_lanes_stay_inside_their_zone() -> None:
    document = blank_document()
    blueprint = document.blueprints[0]
    with pytest.raises(edits.EditError, match="standard lanes"):
        edits.delete_lane(blueprint, "frontstage")
    from blueprint_studio.model import Zone, problems

    command, lane_id = edits.add_lane(blueprint, Zone.SUPPORT, "Partners", index=0)  # index outside the zone
    command.apply(document)
    assert [lane.id for lane in document.blueprints[0].lanes][-1] == lane_id
    assert problems(document) == []


def test_pasted_fail_points_keep_recovery_only_where_it_exists() -> None:
    from blueprint_studio.model import Failure, problems

    document = blank_document()
    first = document.blueprints[0]
    edits.add_blueprint(None)[0].apply(document)
    second = document.blueprints[1]
    front = next(lane.id for lane in second.lanes if lane.kind.value == "frontstage")
    fix_command, fix = edits.add_card(first, "backstage", "s1", None, "Re-send the key")
    fix_command.apply(document)
    fail_command, fail = edits.add_card(first, "frontstage", "s1", None, "Key card fails")
    fail_command.apply(document)
    edits.edit_card(first, fail, "failure", Failure(severity=7, recovery=[fix])).apply(document)
    first = document.blueprints[0]

    alone = [first.card(fail)]
    command, (copy,) = edits.paste_cards(second, alone, [], front, second.steps[0].id)
    command.apply(document)
    assert document.blueprints[1].card(copy).failure.recovery == []  # the fix is not in this blueprint
    command, (copy,) = edits.paste_cards(first, alone, [], "frontstage", "s2")
    command.apply(document)
    assert document.blueprints[0].card(copy).failure.recovery == [fix]  # same blueprint: same fix
    both = [first.card(fail), first.card(fix)]
    command, (fail_copy, fix_copy) = edits.paste_cards(second, both, [], front, second.steps[0].id)
    command.apply(document)
    assert document.blueprints[1].card(fail_copy).failure.recovery == [fix_copy]
    assert problems(document) == []
    with pytest.raises(edits.EditError, match="cell of this blueprint"):
        edits.paste_cards(second, alone, [], "frontstage", second.steps[0].id)
