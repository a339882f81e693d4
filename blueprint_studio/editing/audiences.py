"""Commands for the document's own print audiences (the built-in ones are not stored)."""

from __future__ import annotations

from typing import Any

from blueprint_studio.audience import BUILT_IN
from blueprint_studio.editing.command import Command, Composite
from blueprint_studio.editing.edits import EditError, checked
from blueprint_studio.editing.primitives import InsertItems, RemoveItems, SetField
from blueprint_studio.model import Audience, Document
from blueprint_studio.model.ids import new_id
from blueprint_studio.words import QT_TR_NOOP

EDITABLE = (
    "name",
    "zones",
    "hidden_lanes",
    "stages",
    "first_step",
    "last_step",
    "notes",
    "owners",
    "facets",
    "failure_register",
    "summary",
)


def _free_name(document: Document, name: str, audience_id: str | None = None) -> str:
    name = checked(Audience, "name", name.strip())
    if not name:
        raise EditError("an audience needs a name")
    taken = [
        a for a in (*BUILT_IN, *document.audiences) if a.id != audience_id and a.name.casefold() == name.casefold()
    ]
    if taken:
        raise EditError(f"there is already an audience called '{taken[0].name}'")
    return name  # type: ignore[no-any-return]


def add_audience(document: Document, name: str, like: Audience | None = None) -> tuple[Command, str]:
    """A new audience, showing everything unless it starts `like` another."""
    base = like.model_dump(exclude={"id", "name"}) if like is not None else {}
    audience = Audience(id=new_id("audience"), name=_free_name(document, name), **base)
    return InsertItems(None, "audiences", [audience], label=QT_TR_NOOP("New audience")), audience.id


def edit_audience(document: Document, audience_id: str, field_name: str, value: Any) -> Command:
    if field_name not in EDITABLE:
        raise EditError(f"audiences have no field '{field_name}'")
    next(a for a in document.audiences if a.id == audience_id)  # StopIteration: the caller's bug
    value = _free_name(document, value, audience_id) if field_name == "name" else checked(Audience, field_name, value)
    return SetField(None, "audiences", audience_id, field_name, value, label=QT_TR_NOOP("Edit audience"))


def delete_audience(document: Document, audience_id: str) -> Command:
    next(a for a in document.audiences if a.id == audience_id)  # StopIteration: the caller's bug
    return Composite(QT_TR_NOOP("Delete audience"), [RemoveItems(None, "audiences", [audience_id])])
