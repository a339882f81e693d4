"""Checks a designer can trust: each fires on a fixture made to have its problem and stays
quiet on real-looking maps that do not — a journey map drafted in a spreadsheet, one with
touchpoints tagged on cards, the samples' journey rows. No Qt."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from blueprint_studio.analysis import check
from blueprint_studio.analysis.checks import CHECKS
from blueprint_studio.model import Card, Connector, Document, Facet, FacetKind, Lane, LaneKind, Zone
from blueprint_studio.sheets import read_sheets
from blueprint_studio.storage import open_bpx
from tests.analysis.test_analysis import document_with
from tests.material import JOURNEY_MAP_CSV, SAMPLES

_FLOW_CHECKS = {"orphan", "frontstage-unlinked", "hidden-unreachable", "crosses-two-lines"}


def _journey_map(tmp_path: Path) -> Document:
    path = tmp_path / "passaporte.csv"
    path.write_text(JOURNEY_MAP_CSV, encoding="utf-8")
    return read_sheets(path)


def test_a_drafted_journey_map_gets_no_false_warnings(tmp_path: Path) -> None:
    document = _journey_map(tmp_path)
    blueprint = document.blueprints[0]
    assert [s.name for s in blueprint.steps][:2] == ["Ler no site", "Marcar horário"] and len(
        blueprint.stages
    ) == 3  # "Etapa" over "Passo"
    kinds = {lane.name: lane.kind for lane in blueprint.lanes}
    assert (
        "Passo →" not in kinds
        and kinds["Pontos de contacto"] is LaneKind.TOUCHPOINTS
        and kinds["Ações do cliente"] is LaneKind.CUSTOMER_ACTIONS
    )
    found = {f.check for f in check(blueprint, facets=document.facets)}
    assert "no-evidence" not in found and not (found & _FLOW_CHECKS)
    assert "no-arrows" in found  # one note that the flow is not drawn yet, not a warning per card


def test_journey_rows_are_never_orphans_once_arrows_are_drawn(tmp_path: Path) -> None:
    document = _journey_map(tmp_path)
    blueprint = document.blueprints[0]
    actions = [c for c in blueprint.cards if blueprint.lane(c.lane).kind is LaneKind.CUSTOMER_ACTIONS]
    blueprint.connectors = [
        Connector(id=f"a{n}", source=a.id, target=b.id) for n, (a, b) in enumerate(pairwise(actions))
    ]
    # A journey row of its own.
    blueprint.lanes.insert(0, Lane(id="quotes", kind=LaneKind.CUSTOM, name="Citações", zone=Zone.CUSTOMER))
    blueprint.cards.append(Card(id="q", lane="quotes", step=blueprint.steps[0].id, text="“Why so many forms?”"))
    found = check(blueprint, facets=document.facets)
    assert [f for f in found if f.check in _FLOW_CHECKS] == []
    assert "no-arrows" not in {f.check for f in found}


def test_touchpoint_tags_name_what_the_customer_meets() -> None:
    document = document_with(
        [("a", "customer_actions", "1", "Scan the QR code"), ("b", "customer_actions", "2", "Pay")]
    )
    blueprint = document.blueprints[0]
    document.facets = [
        Facet(id="tp", kind=FacetKind.TOUCHPOINT, name="Table QR code"),
        Facet(id="team", kind=FacetKind.TEAM, name="Floor"),
    ]
    blueprint.card("a").facets = ["tp"]
    blueprint.card("b").facets = ["team"]  # a team is not something the customer sees
    fired = [f for f in check(blueprint, facets=document.facets) if f.check == "no-evidence"]
    assert [f.card_ids for f in fired] == [("b",)]


def test_the_samples_journey_rows_raise_nothing() -> None:
    for path in SAMPLES:
        document = open_bpx(path)
        for blueprint in document.blueprints:
            journey = {
                lane.id
                for lane in blueprint.lanes[
                    : next(n for n, lane in enumerate(blueprint.lanes) if lane.kind is LaneKind.PHYSICAL_EVIDENCE)
                ]
            }
            for finding in check(blueprint, facets=document.facets):
                assert not (set(finding.card_ids) & {c.id for c in blueprint.cards if c.lane in journey}), (
                    path.name,
                    finding.message,
                )


def test_every_check_fires_on_its_fixture() -> None:
    """Each check id, the fixture that must raise it; the rest of the file shows where they stay quiet."""
    from blueprint_studio.model import Duration, Marks, Step

    fired: set[str] = set()
    document = document_with(
        [
            ("a", "customer_actions", "1", "Ask"),
            ("f", "frontstage", "1", "Smile"),
            ("b", "backstage", "2", "Check the ID"),
            ("b2", "backstage", "2", "Lonely task"),
            ("s", "support_processes", "2", "ID check"),
            ("w", "customer_actions", "2", "Wait"),
        ],
        [("a", "b"), ("b", "s")],
    )
    blueprint = document.blueprints[0]
    blueprint.card("s").marks = Marks(fail_point=True)
    blueprint.card("w").marks = Marks(wait_point=True)
    blueprint.acceptable = Duration(value=1, unit="min")
    blueprint.steps[0] = Step(
        id=blueprint.steps[0].id,
        name="Slow",
        duration=Duration(value=2, unit="h"),
        acceptable=Duration(value=5, unit="min"),
    )
    fired |= {f.check for f in check(blueprint)}
    # The backstage chain no longer reaches the customer.
    blueprint.connectors = [c for c in blueprint.connectors if c.source != "a"]
    fired |= {f.check for f in check(blueprint)}
    # No arrows at all.
    fired |= {f.check for f in check(document_with([("a", "customer_actions", "1", "Ask")]).blueprints[0])}
    assert fired == set(CHECKS), set(CHECKS) - fired
