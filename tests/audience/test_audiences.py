"""Prints for an audience leave out what it may not see: absent from the file, not covered."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from blueprint_studio.audience import BUILT_IN, CUSTOMER_FACING, EXECUTIVE, FULL, audience_named, for_audience
from blueprint_studio.errors import UsageError
from blueprint_studio.export import export
from blueprint_studio.layout import compute_for
from blueprint_studio.model import Audience, Document, Zone, problems
from blueprint_studio.printing.plan import PrintOptions
from blueprint_studio.storage import open_bpx
from tests.conftest import ROOT

HOTEL = ROOT / "resources" / "samples" / "hotel-stay.bpx"


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return squeezed("".join(page.extract_text() for page in PdfReader(path).pages))


def card_lines(document: Document, zones: set[Zone], keep: bool) -> set[str]:
    """The wrapped lines of the cards in (keep) or outside (not keep) these zones, as printed."""
    blueprint = document.blueprints[0]
    geometry = compute_for(document, blueprint)
    zone_of = {lane.id: lane.zone for lane in blueprint.lanes}
    return {
        squeezed(line)
        for box in geometry.cards.values()
        if (zone_of[box.lane_id] in zones) == keep
        for line in box.lines
    }


def test_a_customer_facing_print_has_no_backstage_or_support_text(tmp_path: Path) -> None:
    document = open_bpx(HOTEL)
    out = tmp_path / "guest.pdf"
    export(document, document.blueprints, out, PrintOptions(paper="A1"), audience=CUSTOMER_FACING)
    printed = pdf_text(out)
    shown = card_lines(document, {Zone.CUSTOMER, Zone.FRONTSTAGE}, keep=True)
    hidden = {
        line
        for line in card_lines(document, {Zone.CUSTOMER, Zone.FRONTSTAGE}, keep=False)
        if len(line) > 6 and not any(line in other for other in shown)
    }
    assert hidden and shown
    assert [line for line in shown if line not in printed] == []  # everything the guest sees is there
    assert [line for line in hidden if line in printed] == []  # nothing below the line of visibility
    blueprint = document.blueprints[0]
    for lane in blueprint.lanes:
        if lane.zone in (Zone.BACKSTAGE, Zone.SUPPORT):
            assert squeezed(lane.name) not in printed
    everything = tmp_path / "all.pdf"
    export(document, document.blueprints, everything, PrintOptions(paper="A1"))
    assert all(line in pdf_text(everything) for line in hidden)  # the full print has them: the test can fail


def test_a_customer_facing_svg_leaves_out_the_same(tmp_path: Path) -> None:
    document = open_bpx(HOTEL)
    out = tmp_path / "guest.svg"
    export(document, document.blueprints, out, PrintOptions(), audience=CUSTOMER_FACING)
    svg = squeezed(out.read_text(encoding="utf-8"))
    backstage = [c for c in document.blueprints[0].cards if document.blueprints[0].lane(c.lane).zone is Zone.BACKSTAGE]
    assert backstage and not any(squeezed(card.text)[:12] in svg for card in backstage)


def test_notes_owners_and_the_register_are_not_in_the_redacted_document() -> None:
    document = open_bpx(HOTEL)
    before = document.model_dump()
    seen = for_audience(document, CUSTOMER_FACING)
    assert document.model_dump() == before  # the open document is untouched
    cards = seen.blueprints[0].cards
    assert all(not card.notes and not card.owner and card.failure is None and not card.facets for card in cards)
    assert not seen.facets and problems(seen) == []


def test_an_audience_of_one_stage_and_a_step_range() -> None:
    document = open_bpx(HOTEL)
    blueprint = document.blueprints[0]
    stage = blueprint.stages[1]
    one = for_audience(document, Audience(id="x", name="Arrival team", stages=[stage.id])).blueprints[0]
    assert {step.stage for step in one.steps} == {stage.id} and [s.id for s in one.stages] == [stage.id]
    assert {card.step for card in one.cards} <= {step.id for step in one.steps}
    ids = [step.id for step in blueprint.steps]
    ranged = for_audience(document, Audience(id="y", name="Middle", first_step=ids[2], last_step=ids[4])).blueprints[0]
    assert [step.id for step in ranged.steps] == ids[2:5]
    cards = {card.id for card in ranged.cards}
    assert all(c.source in cards and c.target in cards for c in ranged.connectors)


def test_the_executive_summary_is_one_page_with_stages_and_the_riskiest_fail_point(tmp_path: Path) -> None:
    document = open_bpx(HOTEL)
    out = tmp_path / "board.pdf"
    export(document, document.blueprints, out, PrintOptions(paper="A4"), audience=EXECUTIVE)
    assert len(PdfReader(out).pages) == len(document.blueprints)
    printed = pdf_text(out)
    blueprint = document.blueprints[0]
    assert all(squeezed(stage.name) in printed for stage in blueprint.stages)
    riskiest = max((c for c in blueprint.cards if c.failure and c.failure.rpn), key=lambda c: c.failure.rpn)  # type: ignore[union-attr]
    assert str(riskiest.failure.rpn) in printed  # type: ignore[union-attr]
    owners = {c.owner for c in blueprint.cards if c.owner} | {
        c.failure.owner for c in blueprint.cards if c.failure and c.failure.owner
    }
    assert owners and not any(squeezed(owner) in printed for owner in owners)
    with pytest.raises(UsageError, match="one-page PDF"):
        export(document, document.blueprints, tmp_path / "board.svg", PrintOptions(), audience=EXECUTIVE)


def test_audiences_are_found_by_name_or_id_and_unknown_names_are_explained() -> None:
    document = open_bpx(HOTEL)
    assert audience_named(document, "customer-facing") is CUSTOMER_FACING
    assert audience_named(document, "Executive Summary") is EXECUTIVE
    document.audiences.append(
        Audience(id="partners", name="Partners", zones=[Zone.CUSTOMER, Zone.FRONTSTAGE, Zone.BACKSTAGE])
    )
    assert audience_named(document, "partners").name == "Partners"
    with pytest.raises(UsageError, match="'Full'"):
        audience_named(document, "board")
    assert [a.name for a in BUILT_IN][0] == FULL.name
