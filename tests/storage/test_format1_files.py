"""Files written by 0.1.0 (format 1) open with the same content in format 2.

`tests/fixtures/format1/` holds files saved by 0.1.0 itself: its two samples and a file
with an emotion in every place format 1 allowed one. They are never rewritten.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from blueprint_studio.model import LaneKind
from blueprint_studio.storage import from_bytes, open_bpx, to_bytes
from blueprint_studio.summary import curve_text

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "format1").glob("*.bpx"))


def raw(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("document.json"))  # type: ignore[no-any-return]


def kept(old: Any, new: Any) -> bool:
    """Everything format 1 said is still said (format 2 only adds fields beside it)."""
    if isinstance(old, dict):
        return isinstance(new, dict) and all(key in new and kept(value, new[key]) for key, value in old.items())
    if isinstance(old, list):
        return isinstance(new, list) and len(old) == len(new) and all(kept(a, b) for a, b in zip(old, new, strict=True))
    return bool(old == new)


def test_the_fixtures_are_format_1() -> None:
    assert len(FIXTURES) == 3
    assert all(raw(path)["format_version"] == 1 for path in FIXTURES)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_every_card_arrow_step_and_lane_survives(path: Path) -> None:
    old = raw(path)["document"]
    document = open_bpx(path)
    for before, after in zip(old["blueprints"], document.blueprints, strict=True):
        assert after.title == before["title"] and after.scenario.model_dump() == before["scenario"]
        assert kept(before["steps"], [s.model_dump(mode="json") for s in after.steps])
        assert kept(before["connectors"], [a.model_dump(mode="json") for a in after.connectors])
        lanes = {lane.id: lane for lane in after.lanes}
        for card, was in zip(after.cards, before["cards"], strict=True):
            was = dict(was)
            was.pop("emotion")
            moved = lanes[card.lane].kind is LaneKind.FEELINGS and card.lane not in {
                lane["id"] for lane in before["lanes"]
            }
            assert kept({k: v for k, v in was.items() if k != "lane"}, card.model_dump(mode="json", exclude={"lane"}))
            assert moved or card.lane == was["lane"]
        old_lanes = [
            lane.model_dump(mode="json") for lane in after.lanes if lane.id in {lane["id"] for lane in before["lanes"]}
        ]
        assert kept(before["lanes"], old_lanes)
    assert from_bytes(to_bytes(document)) == document


def test_card_emotions_become_the_persona_curve() -> None:
    document = open_bpx(next(p for p in FIXTURES if p.name == "hotel-stay.bpx"))
    (persona,) = document.personas
    assert (persona.name, persona.description) == (
        "Ana Müller",
        "Consultant, travels 6 nights a month, claims every expense",
    )
    blueprint = document.blueprints[0]
    assert blueprint.personas == [persona.id]
    # Two cards scored 0 and −1 at "Order room service": their mean, to the nearest half.
    assert curve_text(blueprint, persona.id) == "0 +1 -1 -2 0 -0.5 -1 +2 -1 +1"
    assert blueprint.lanes[0].kind is LaneKind.EMOTIONS  # the curve has a row to be drawn in


def test_the_emotions_row_keeps_its_words_in_a_feelings_row() -> None:
    document = open_bpx(next(p for p in FIXTURES if p.name == "emotions-everywhere.bpx"))
    first, same_persona, unnamed, empty = document.blueprints
    kinds = [lane.kind for lane in first.lanes][:4]
    assert kinds == [LaneKind.THOUGHTS, LaneKind.EMOTIONS, LaneKind.FEELINGS, LaneKind.PAIN_POINTS]
    feelings = first.lanes[2].id
    assert [c.text for c in first.cards if c.lane == feelings] == ["hoffnungsvoll", "genervt"]
    ana = first.personas[0]
    assert curve_text(first, ana) == "+1.5 -2 -0.5"  # (1 + 2) / 2, −2, (0 − 1) / 2
    assert same_persona.personas == [ana] and same_persona.emotions == []  # one persona, followed twice
    customer = document.persona(unnamed.personas[0])
    assert customer.name == "Customer" and curve_text(unnamed, customer.id) == "· -1 ·"
    assert empty.personas == [] and [lane.kind for lane in empty.lanes][0] is LaneKind.PHYSICAL_EVIDENCE
    ids = [p.id for p in document.personas] + [e.id for b in document.blueprints for e in b.emotions]
    assert len(ids) == len(set(ids))
