"""The analysis package on small blueprints whose answers can be counted by hand."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from blueprint_studio.analysis import (
    analyse,
    analyse_time,
    check,
    crossings,
    format_seconds,
    register,
    register_csv,
    span_text,
    synergies,
)
from blueprint_studio.analysis.checks import CHECKS, Severity
from blueprint_studio.analysis.timing import critical_path
from blueprint_studio.editing import edits
from blueprint_studio.model import (
    Card,
    Connector,
    ConnectorKind,
    Document,
    Failure,
    Lane,
    LaneKind,
    Line,
    Marks,
    Stage,
    Zone,
)
from blueprint_studio.model.durations import parse_duration
from tests.bpx_files import blank_document
from tests.sample_sources import SAMPLE_BUILDERS


def document_with(
    cards: list[tuple[str, str, str, str]], arrows: list[tuple[str, str]] = (), steps: int = 3
) -> Document:  # type: ignore[assignment]
    """(id, lane kind, step number, text) cards and (source, target) flow arrows on a blank blueprint."""
    document = blank_document()
    blueprint = document.blueprints[0]
    for n in range(3, steps + 1):
        blueprint.steps.append(blueprint.steps[0].model_copy(update={"id": f"s{n}", "name": f"Step {n}"}))
    blueprint.cards = [Card(id=i, lane=kind, step=f"s{step}", text=text) for i, kind, step, text in cards]
    blueprint.connectors = [Connector(id=f"a-{a}-{b}", source=a, target=b) for a, b in arrows]
    return document


# ------------------------------------------------------------------ durations and time


@pytest.mark.parametrize(
    ("typed", "text", "seconds"),
    [
        ("5 min", "5 min", (300, 300)),
        ("1-25 d", "1–25 d", (86_400, 25 * 86_400)),
        ("2 to 3 weeks", "2–3 wk", (2 * 604_800, 3 * 604_800)),
        ("3 bis 5 Tage", "3–5 d", (3 * 86_400, 5 * 86_400)),
        ("30分", "30 min", (1_800, 1_800)),
        ("1,5 h", "1.5 h", (5_400, 5_400)),
        ("same day", "same day", None),
        ("10-2 d", "10-2 d", None),
    ],
)
def test_durations_are_read_as_designers_write_them(typed: str, text: str, seconds: tuple[int, int] | None) -> None:
    from blueprint_studio.analysis.timing import span_of

    duration = parse_duration(typed)
    assert duration is not None and duration.text() == text
    span = span_of(duration)
    assert (span.best, span.worst) == seconds if seconds else not span.known


def test_time_rolls_up_by_stage_and_flags_what_is_too_slow() -> None:
    document = document_with([])
    blueprint = document.blueprints[0]
    blueprint.stages = [Stage(id="g1", name="Arrive"), Stage(id="g2", name="Stay")]
    for step, stage, typed, limit in zip(
        blueprint.steps, ("g1", "g1", "g2"), ("5 min", "10-20 min", "same day"), ("5 min", "12 min", None), strict=True
    ):
        step.stage, step.duration = stage, parse_duration(typed)
        step.acceptable = parse_duration(limit) if limit else None
    blueprint.acceptable = parse_duration("20 min")
    timing = analyse_time(blueprint)
    assert [s.over for s in timing.steps] == [False, True, False]  # 15 min typical > 12 min
    assert [(s.name, span_text(s.span)) for s in timing.stages] == [
        ("Arrive", "15 min – 25 min"),
        ("Stay", "not estimated"),
    ]
    assert span_text(timing.journey) == "15 min – 25 min (+1 not in numbers)"
    assert not timing.over  # typically 20 min: not more than 20
    blueprint.acceptable = parse_duration("19 min")
    assert analyse_time(blueprint).over
    assert [f.check for f in check(blueprint) if f.severity is Severity.ERROR] == ["over-time"]


def test_the_customers_time_against_the_organisations() -> None:
    document = document_with([("c1", "customer_actions", "1", "Queue"), ("b1", "backstage", "1", "Prepare")])
    blueprint = document.blueprints[0]
    blueprint.cards[0].marks = Marks(wait_point=True, wait_duration=parse_duration("8 min"))
    blueprint.cards[1].duration = parse_duration("20-30 min")
    timing = analyse_time(blueprint)
    assert span_text(timing.customer) == "8 min" and span_text(timing.organisation) == "20 min – 30 min"


def test_the_critical_path_follows_flow_arrows_and_skips_loops_and_information() -> None:
    document = document_with(
        [
            ("a", "customer_actions", "1", "Order"),
            ("b", "frontstage", "1", "Take order"),
            ("c", "backstage", "2", "Cook"),
            ("d", "frontstage", "3", "Serve"),
            ("e", "backstage", "2", "Log"),
        ],
        [("a", "b"), ("b", "c"), ("c", "d"), ("d", "b"), ("b", "e")],  # d → b closes a loop
    )
    blueprint = document.blueprints[0]
    blueprint.card("c").duration = parse_duration("20 min")
    blueprint.connectors.append(Connector(id="info", source="e", target="a", kind=ConnectorKind.INFORMATION))
    path = critical_path(blueprint)
    assert path.card_ids == ("a", "b", "c", "d")
    assert path.connector_ids == ("a-a-b", "a-b-c", "a-c-d")
    assert span_text(path.span) == "20 min"
    assert critical_path(blueprint) == path  # the same answer every time


def test_a_long_chain_does_not_exhaust_the_stack() -> None:
    count = 5_000
    document = document_with(
        [(f"c{n}", "backstage", "1", f"Task {n}") for n in range(count)],
        [(f"c{n}", f"c{n + 1}") for n in range(count - 1)],
    )
    assert len(critical_path(document.blueprints[0]).card_ids) == count


def test_format_seconds() -> None:
    assert [format_seconds(s) for s in (0, 40, 3_660, 90_000, 1_300_000)] == [
        "0",
        "40 s",
        "1 h 1 min",
        "1 d 1 h",
        "2 wk 1 d",
    ]


# ------------------------------------------------------------------ register, crossings, synergies


def test_the_register_puts_the_riskiest_first_and_exports_csv() -> None:
    blueprint = SAMPLE_BUILDERS["hotel-stay.bpx"]().blueprints[0]
    rows = register(blueprint)
    assert [r.rpn for r in rows] == [192, 175, 140, 36, None]
    assert rows[0].recovery == ("Room status checked: is it cleaned?",) and rows[0].owner == "Housekeeping lead"
    table = list(csv.reader(io.StringIO(register_csv(blueprint))))
    assert table[0][:3] == ["Card", "Lane", "Step"] and table[1][9] == "192" and len(table) == 6


def test_encounters_and_handoffs_counted_per_line_and_step() -> None:
    document = document_with(
        [
            ("a", "customer_actions", "1", "Ask"),
            ("f", "frontstage", "1", "Answer"),
            ("b", "backstage", "1", "Look up"),
            ("s", "support_processes", "2", "CRM"),
            ("p", "physical_evidence", "2", "Leaflet"),
        ],
        [("a", "f"), ("f", "b"), ("b", "s"), ("a", "s"), ("p", "a")],
    )
    found = crossings(document.blueprints[0])
    assert found.encounters == 2 and found.handoffs == 4  # a→s crosses all three lines
    assert found.in_step("s1", (Line.INTERACTION,)) == 2 and found.in_step("s2", (Line.INTERACTION,)) == 0
    assert found.arrows["a-a-s"] == (Line.INTERACTION, Line.VISIBILITY, Line.INTERNAL_INTERACTION)


def test_synergies_find_shared_systems_owners_and_duplicated_work() -> None:
    document = SAMPLE_BUILDERS["hotel-stay.bpx"]().blueprints and SAMPLE_BUILDERS["hotel-stay.bpx"]()
    found = synergies(document)
    gateway = next(s for s in found if s.name == "Payment gateway")
    assert (gateway.kind, gateway.steps) == ("support process", 2)
    document = document_with(
        [
            ("f", "frontstage", "1", "Check the ID"),
            ("b", "backstage", "2", "ID check."),
            ("c", "backstage", "3", "Cook"),
        ]
    )
    (same,) = [s for s in synergies(document) if s.kind == "same activity"]
    assert same.lanes == ("Frontstage", "Backstage") and same.steps == 2


# ------------------------------------------------------------------ checks


def test_each_check_finds_its_problem() -> None:
    document = document_with(
        [
            ("a", "customer_actions", "1", "Ask for help"),
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
    blueprint.lanes.append(Lane(id="x", kind=LaneKind.CUSTOM, name="IT", zone=Zone.SUPPORT))
    blueprint.cards.append(Card(id="x1", lane="x", step="s2", text="Server"))
    blueprint.connectors.append(Connector(id="x-to-x", source="x1", target="s"))
    found: dict[str, Any] = {}
    for finding in check(blueprint):
        found.setdefault(finding.check, finding)  # the first of each, in step order
    assert set(found) == set(CHECKS) - {"over-time", "step-over-time", "hidden-unreachable", "no-arrows"}
    assert found["no-evidence"].card_ids == ("a",) and found["frontstage-unlinked"].card_ids == ("f",)
    assert {f.card_ids for f in check(blueprint) if f.check == "orphan"} == {("w",), ("b2",)}
    assert found["empty-step"].step_ids == ("s3",)
    assert found["crosses-two-lines"].card_ids == ("a", "b")
    assert set(found["same-activity"].card_ids) == {"b", "s"}
    blueprint.connectors = [c for c in blueprint.connectors if c.id != "a-a-b"]  # cut the chain to the customer
    assert "hidden-unreachable" in {f.check for f in check(blueprint)}


def test_a_good_blueprint_is_quiet_and_dismissals_are_kept() -> None:
    document = document_with(
        [
            ("p", "physical_evidence", "1", "Menu"),
            ("a", "customer_actions", "1", "Order"),
            ("f", "frontstage", "1", "Take order"),
            ("b", "backstage", "1", "Cook"),
        ],
        [("a", "f"), ("f", "b")],
        steps=1,
    )
    blueprint = document.blueprints[0]
    blueprint.steps = blueprint.steps[:1]
    blueprint.steps[0].duration = parse_duration("10 min")
    assert check(blueprint) == []
    blueprint.cards[3].marks = Marks(fail_point=True)
    (first, second) = check(blueprint)
    edits.dismiss(blueprint, first.key).apply(document)  # type: ignore[union-attr]
    assert [f.dismissed for f in check(blueprint)] == [True, False]


def test_analysis_of_every_sample_is_quick_and_consistent() -> None:
    for builder in SAMPLE_BUILDERS.values():
        document = builder()
        result = analyse(document, document.blueprints[0])
        assert result.crossings.encounters > 0 and result.register
        assert all(f.message and f.check in CHECKS for f in result.findings)


def test_recovery_must_be_another_card_and_follows_deletion() -> None:
    document = document_with([("f", "frontstage", "1", "Fails"), ("r", "backstage", "1", "Fix it")])
    blueprint = document.blueprints[0]
    with pytest.raises(edits.EditError, match="another card"):
        edits.edit_card(blueprint, "f", "failure", Failure(recovery=["f"]))
    edits.edit_card(blueprint, "f", "failure", Failure(recovery=["r"], severity=3)).apply(document)
    command = edits.delete_cards(blueprint, ["r"])
    command.apply(document)
    assert blueprint.card("f").failure.recovery == []  # type: ignore[union-attr]
    command.revert(document)
    assert blueprint.card("f").failure.recovery == ["r"]  # type: ignore[union-attr]


def test_teams_and_systems_serving_several_steps_are_synergies() -> None:
    from blueprint_studio.analysis.synergies import synergies
    from tests.sample_sources import SAMPLE_BUILDERS

    found = {(s.kind, s.name): s for s in synergies(SAMPLE_BUILDERS["hotel-stay.bpx"]())}
    assert found[("system", "PMS")].steps == 4
    assert found[("team", "Front office")].steps == 3  # two of its four cards share the check-in step
    assert ("actor", "Doorman") not in found  # one step only: nothing to share
