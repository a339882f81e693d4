"""What the model allows, the writer writes and the reader reads back: every limit at its edge.

Each case takes one limit of the model to its maximum (the longest name, notes and texts, the
most personas, facets, lanes, goals, facets on a card, recovery links, blueprints, and cards as
many as the 24 MiB of document.json hold) and saves and reopens it. One past a limit, the
editor's own checks and the reader refuse alike.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from blueprint_studio.errors import BpxError
from blueprint_studio.model import Blueprint, Card, Document, Facet, FacetKind, Failure, Lane, LaneKind, Persona, Zone
from blueprint_studio.model.document import MAX_CARD_FACETS, MAX_FACETS, MAX_LIST_ENTRIES, MAX_PERSONAS
from blueprint_studio.model.fields import MAX_NAME, MAX_NOTES, MAX_TEXT
from blueprint_studio.storage import open_bpx, save_bpx

WIDE = "Ünïcödé 日本語 ✓ "  # several scripts: the limits count characters, not bytes


def _filled(length: int) -> str:
    return (WIDE * (length // len(WIDE) + 1))[:length]


def _blank() -> Document:
    return Document(blueprints=[Blueprint.blank("bp", "Limits", ["s1", "s2"])])


def _longest_texts() -> Document:
    document = _blank()
    blueprint = document.blueprints[0]
    blueprint.title = _filled(MAX_NAME)
    blueprint.cards.append(
        Card(
            id="c1",
            lane=blueprint.lanes[1].id,
            step="s1",
            text=_filled(MAX_TEXT),
            notes=_filled(MAX_NOTES),
            owner=_filled(MAX_NAME),
        )
    )
    return document


def _most_personas() -> Document:
    document = _blank()
    document.personas = [Persona(id=f"p{n}", name=f"Persona {n}") for n in range(MAX_PERSONAS)]
    document.personas[0].goals = [_filled(MAX_TEXT)] * MAX_LIST_ENTRIES
    return document


def _most_facets() -> Document:
    document = _blank()
    document.facets = [Facet(id=f"f{n}", kind=FacetKind.SYSTEM, name=f"System {n}") for n in range(MAX_FACETS)]
    blueprint = document.blueprints[0]
    blueprint.cards.append(
        Card(id="c1", lane=blueprint.lanes[1].id, step="s1", facets=[f"f{n}" for n in range(MAX_CARD_FACETS)])
    )
    return document


def _most_lanes() -> Document:
    document = _blank()
    blueprint = document.blueprints[0]
    support = blueprint.lanes.pop()
    blueprint.lanes.extend(
        Lane(id=f"extra{n}", kind=LaneKind.CUSTOM, name=f"Team {n}", zone=Zone.BACKSTAGE)
        for n in range(200 - len(blueprint.lanes) - 1)
    )
    blueprint.lanes.append(support)
    return document


def _most_recovery_links() -> Document:
    document = _blank()
    blueprint = document.blueprints[0]
    lane = blueprint.lanes[3].id
    blueprint.cards = [Card(id=f"c{n}", lane=lane, step="s1") for n in range(101)]
    blueprint.cards[0].marks.fail_point = True
    blueprint.cards[0].failure = Failure(recovery=[f"c{n}" for n in range(1, 101)])
    return document


def _most_blueprints() -> Document:
    blueprints = [Blueprint.blank(f"bp{n}", f"Journey {n}", [f"bp{n}-s1"]) for n in range(1_000)]
    for n, blueprint in enumerate(blueprints):
        for lane in blueprint.lanes:
            lane.id = f"bp{n}-{lane.id}"  # ids are unique across the whole document
    return Document(blueprints=blueprints)


def _cards_filling_the_file() -> Document:
    """As many plain cards as 24 MiB of document.json hold, with room to spare for the rest."""
    document = _blank()
    blueprint = document.blueprints[0]
    lane = blueprint.lanes[1].id
    blueprint.cards = [
        Card(id=f"c{n}", lane=lane, step="s1" if n % 2 else "s2", order=n // 2, text=f"Card {n}") for n in range(50_000)
    ]
    return document


CASES: dict[str, Callable[[], Document]] = {
    "longest texts": _longest_texts,
    "most personas and goals": _most_personas,
    "most facets": _most_facets,
    "most lanes": _most_lanes,
    "most recovery links": _most_recovery_links,
    "most blueprints": _most_blueprints,
    "cards filling the file": _cards_filling_the_file,
}


@pytest.mark.parametrize("case", CASES)
def test_a_document_at_a_limit_saves_and_opens_as_itself(tmp_path: Path, case: str) -> None:
    document = CASES[case]()
    path = tmp_path / "limit.bpx"
    save_bpx(document, path)
    assert open_bpx(path) == document


def test_one_past_a_limit_is_refused_by_the_reader_by_name(tmp_path: Path) -> None:
    document = _most_facets()
    document.facets.append(Facet(id="one-more", kind=FacetKind.TEAM, name="One more"))
    with pytest.raises(BpxError, match="not saved"):  # the writer's proof refuses it…
        save_bpx(document, tmp_path / "over.bpx")
    assert not (tmp_path / "over.bpx").exists()


def compact_file(path: Path, cards: int) -> None:
    """Another tool's file: the same document, every default left out, no spaces."""
    import json
    import zipfile

    blank = _blank().model_dump(mode="json")
    blueprint = blank["blueprints"][0]
    blueprint["cards"] = [
        {"id": f"c{n}", "lane": blueprint["lanes"][1]["id"], "step": "s1", "order": n} for n in range(cards)
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("document.json", json.dumps({"format_version": 6, "document": blank}, separators=(",", ":")))


def test_a_compact_file_too_large_once_written_is_found_before_editing(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from blueprint_studio.storage import limits
    from blueprint_studio.storage.bpx import open_for_editing

    path = tmp_path / "compact.bpx"
    compact_file(path, 300)
    # The compact file fits; written with every field, it would not.
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 60_000)
    document, too_large = open_for_editing(path)
    assert len(document.blueprints[0].cards) == 300 and too_large is not None and too_large > 60_000


def test_a_file_that_fits_opens_for_editing_without_writing_it_first(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from blueprint_studio.storage import bpx

    path = tmp_path / "fits.bpx"
    save_bpx(_most_facets(), path)
    monkeypatch.setattr(
        bpx.encoding, "document_text", lambda *a, **k: pytest.fail("measured a file that certainly fits")
    )
    assert bpx.open_for_editing(path)[1] is None
