"""Find across cards and facets; replace one match or all of them in one undoable step."""

from __future__ import annotations

import pytest

from blueprint_studio.editing.edits import EditError
from blueprint_studio.editing.replace import replace_all, replace_hits
from blueprint_studio.find import Query, find, replaced
from blueprint_studio.storage import open_bpx
from tests.conftest import ROOT


def hotel():  # type: ignore[no-untyped-def]
    return open_bpx(ROOT / "resources" / "samples" / "hotel-stay.bpx")


def test_find_looks_in_texts_notes_owners_and_facets_of_every_blueprint() -> None:
    document = hotel()
    everywhere = find(document, Query("room"))
    fields = {hit.field for hit in everywhere}
    assert {"text", "facets"} <= fields
    assert all("room" in hit.match.lower() for hit in everywhere)
    texts_only = find(document, Query("room", fields=frozenset({"text"})))
    assert texts_only and all(hit.field == "text" for hit in texts_only) and len(texts_only) < len(everywhere)
    assert len(find(document, Query("Room", match_case=True))) < len(everywhere)
    whole = find(document, Query("check", whole_words=True))
    assert all(not (hit.before[-1:].isalnum() or hit.after[:1].isalnum()) for hit in whole)
    assert 0 < len(whole) < len(find(document, Query("check")))  # not "checked"
    assert find(document, Query("")) == []
    hit = everywhere[0]
    card = document.blueprint(hit.blueprint_id).card(hit.card_id)  # type: ignore[arg-type]
    assert getattr(card, hit.field)[hit.start : hit.end] == hit.match and hit.where.startswith(
        document.blueprints[0].title
    )


def test_replace_all_is_one_undo_step_and_undoes_exactly() -> None:
    document = hotel()
    before = document.model_dump()
    query = Query("room", whole_words=True)
    count = len(find(document, query))
    command = replace_all(document, query, "suite")
    assert command is not None and command.label == "Replace matches"
    command.apply(document)
    assert find(document, query) == [] and len(find(document, Query("suite", whole_words=True))) >= count
    command.revert(document)
    assert document.model_dump() == before


def test_replace_one_match_leaves_the_others() -> None:
    document = hotel()
    query = Query("e")
    hits = [h for h in find(document, query) if h.field == "text"]
    first = hits[0]
    command = replace_hits(document, query, "E", [first])
    assert command is not None and command.label == "Replace match"
    command.apply(document)
    card = document.blueprint(first.blueprint_id).card(first.card_id)  # type: ignore[arg-type]
    assert card.text[first.start] == "E"
    assert (
        len([h for h in find(document, Query("e", match_case=True)) if h.field == "text"])
        == len([h for h in find(hotel(), Query("e", match_case=True)) if h.field == "text"]) - 1
    )


def test_a_replacement_the_field_cannot_hold_is_refused_before_anything_changes() -> None:
    document = hotel()
    before = document.model_dump()
    with pytest.raises(EditError):
        replace_all(document, Query("a"), "x" * 5000)
    assert document.model_dump() == before
    assert replaced("a.b.a", Query("a"), r"\1") == r"\1.b.\1"  # taken literally
