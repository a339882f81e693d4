"""The bundled samples are what tests/sample_sources.py builds, and realistic enough."""

from __future__ import annotations

from blueprint_studio.model import STANDARD_KINDS
from blueprint_studio.storage import open_bpx, to_bytes
from tests.conftest import SAMPLES
from tests.sample_sources import SAMPLE_BUILDERS


def test_committed_samples_match_their_source() -> None:
    assert sorted(p.name for p in SAMPLES) == sorted(SAMPLE_BUILDERS)
    for path in SAMPLES:
        assert path.read_bytes() == to_bytes(SAMPLE_BUILDERS[path.name]()), (
            f"run python -m tests.sample_sources ({path.name})"
        )


def test_samples_are_realistic() -> None:
    for path in SAMPLES:
        for blueprint in open_bpx(path).blueprints:
            assert len(blueprint.steps) >= 8 and all(step.duration for step in blueprint.steps)
            kinds = {lane.kind for lane in blueprint.lanes}
            assert set(STANDARD_KINDS) <= kinds
            assert {c.lane for c in blueprint.cards} >= {
                lane.id for lane in blueprint.lanes if lane.kind in STANDARD_KINDS
            }
            assert any(c.marks.fail_point for c in blueprint.cards)
            assert any(c.marks.wait_point for c in blueprint.cards)
            zones = {lane.id: lane.zone for lane in blueprint.lanes}
            crossing = [
                a
                for a in blueprint.connectors
                if zones[blueprint.card(a.source).lane] != zones[blueprint.card(a.target).lane]
            ]
            assert crossing
    all_text = " ".join(c.text for p in SAMPLES for b in open_bpx(p).blueprints for c in b.cards)
    assert "Café" in all_text and "€" in all_text and "naïve" in all_text
