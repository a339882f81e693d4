"""The document's own audiences are edited by undoable commands, with names kept apart."""

from __future__ import annotations

import pytest

from blueprint_studio.editing.audiences import add_audience, delete_audience, edit_audience
from blueprint_studio.editing.edits import EditError
from blueprint_studio.model import Zone
from blueprint_studio.storage import from_bytes, open_bpx, to_bytes
from tests.conftest import ROOT


def test_add_edit_delete_and_undo_every_step() -> None:
    document = open_bpx(ROOT / "resources" / "samples" / "hotel-stay.bpx")
    original = document.model_copy(deep=True)
    command, audience_id = add_audience(document, "Partners")
    command.apply(document)
    hide = edit_audience(document, audience_id, "zones", [Zone.CUSTOMER, Zone.FRONTSTAGE, Zone.BACKSTAGE])
    hide.apply(document)
    quiet = edit_audience(document, audience_id, "notes", False)
    quiet.apply(document)
    (saved,) = from_bytes(to_bytes(document)).audiences  # it is kept in the file
    assert saved.name == "Partners" and Zone.SUPPORT not in saved.zones and not saved.notes
    gone = delete_audience(document, audience_id)
    gone.apply(document)
    assert document.audiences == []
    for step in (gone, quiet, hide, command):
        step.revert(document)
    assert document == original


def test_names_are_unique_and_checked_before_any_command() -> None:
    document = open_bpx(ROOT / "resources" / "samples" / "hotel-stay.bpx")
    command, audience_id = add_audience(document, "Partners")
    command.apply(document)
    for taken in ("partners", "Customer-facing", "  ", "x" * 500):
        with pytest.raises(EditError):
            add_audience(document, taken)
    with pytest.raises(EditError):
        edit_audience(document, audience_id, "zones", ["basement"])
    with pytest.raises(EditError):
        edit_audience(document, audience_id, "id", "other")
