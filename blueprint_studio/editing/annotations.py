"""What real blueprints write beside the cards: facets, photos, notes on the lines, lane
descriptions, exits to other journeys. Pure.
"""

from __future__ import annotations

from blueprint_studio.editing.command import Command, Composite
from blueprint_studio.editing.edits import EditError, checked
from blueprint_studio.editing.journey import stored_photo
from blueprint_studio.editing.primitives import InsertItems, RemoveItems, SetField
from blueprint_studio.model import Blueprint, Card, Document, Facet, FacetKind, Lane, Line, LineNote
from blueprint_studio.model.document import PERSONA_COLOURS
from blueprint_studio.model.ids import new_id
from blueprint_studio.words import QT_TR_NOOP

# ------------------------------------------------------------------ facets


def _same_name(document: Document, kind: FacetKind, name: str, other_than: str | None = None) -> Facet | None:
    key = name.strip().casefold()
    return next(
        (f for f in document.facets if f.kind is kind and f.name.strip().casefold() == key and f.id != other_than), None
    )


def add_facet(document: Document, kind: FacetKind, name: str, colour: str | None = None) -> tuple[Command, str]:
    """A new value of the vocabulary; its colour is the next one no facet of its kind uses."""
    if not name.strip():
        raise EditError("a facet needs a name")
    if _same_name(document, kind, name) is not None:
        raise EditError(f"there is already a {kind.value} called '{name.strip()}'")
    used = {f.colour for f in document.facets if f.kind is kind}
    colour = colour or next(
        (c for c in PERSONA_COLOURS if c not in used), PERSONA_COLOURS[len(used) % len(PERSONA_COLOURS)]
    )
    facet = Facet(
        id=new_id("facet"),
        kind=kind,
        name=checked(Facet, "name", name.strip()),
        colour=checked(Facet, "colour", colour),
    )
    return InsertItems(None, "facets", [facet], label=QT_TR_NOOP("Add facet")), facet.id


def edit_facet(document: Document, facet_id: str, field_name: str, value: str) -> Command:
    if field_name not in {"name", "colour"}:
        raise EditError(f"facets have no field '{field_name}'")
    if field_name == "name":
        facet = next(f for f in document.facets if f.id == facet_id)
        if not value.strip():
            raise EditError("a facet needs a name")
        if _same_name(document, facet.kind, value, other_than=facet_id) is not None:
            raise EditError(f"there is already a {facet.kind.value} called '{value.strip()}'")
        value = value.strip()
    return SetField(
        None, "facets", facet_id, field_name, checked(Facet, field_name, value), label=QT_TR_NOOP("Edit facet")
    )


def delete_facet(document: Document, facet_id: str) -> Command:
    """The facet and every card's tag of it, in one undo step."""
    parts: list[Command] = [
        SetField(blueprint.id, "cards", card.id, "facets", [f for f in card.facets if f != facet_id])
        for blueprint in document.blueprints
        for card in blueprint.cards
        if facet_id in card.facets
    ]
    parts.append(RemoveItems(None, "facets", [facet_id]))
    return Composite(QT_TR_NOOP("Delete facet"), parts)


def tag_cards(blueprint: Blueprint, card_ids: list[str], facet_id: str, tagged: bool) -> Command | None:
    """Add a facet to (or take it off) every chosen card; None when nothing would change."""
    parts: list[Command] = []
    for card in blueprint.cards:
        if card.id not in card_ids or (facet_id in card.facets) == tagged:
            continue
        facets = [*card.facets, facet_id] if tagged else [f for f in card.facets if f != facet_id]
        parts.append(SetField(blueprint.id, "cards", card.id, "facets", checked(Card, "facets", facets)))
    if not parts:
        return None
    return Composite(QT_TR_NOOP("Tag cards") if tagged else QT_TR_NOOP("Untag cards"), parts)


# ------------------------------------------------------------------ photos


def set_card_photo(blueprint: Blueprint, card_id: str, data: bytes | None) -> Command:
    """A photo drawn on the card (physical evidence, mostly), or none."""
    if data is None:
        return SetField(blueprint.id, "cards", card_id, "image", None, label=QT_TR_NOOP("Remove photo"))
    name, store = stored_photo(data, "a card photo")
    return Composite(QT_TR_NOOP("Set card photo"), [store, SetField(blueprint.id, "cards", card_id, "image", name)])


# ------------------------------------------------------------------ lines, lanes, exits
# (step descriptions, arrow notes and printing lane descriptions are plain field edits:
# edits.edit_step, edits.edit_connector, edits.edit_blueprint)


def add_line_note(blueprint: Blueprint, line: Line, step_id: str, text: str) -> tuple[Command, str]:
    if step_id not in {step.id for step in blueprint.steps}:
        raise EditError("a line note belongs to a step of this blueprint")
    if not text.strip():
        raise EditError("write something to put on the line")
    note = LineNote(id=new_id("note"), line=line, step=step_id, text=checked(LineNote, "text", text.strip()))
    return InsertItems(blueprint.id, "line_notes", [note], label=QT_TR_NOOP("Add line note")), note.id


def edit_line_note(blueprint: Blueprint, note_id: str, text: str) -> Command:
    if not text.strip():
        return RemoveItems(blueprint.id, "line_notes", [note_id], label=QT_TR_NOOP("Delete line note"))
    return SetField(
        blueprint.id,
        "line_notes",
        note_id,
        "text",
        checked(LineNote, "text", text.strip()),
        label=QT_TR_NOOP("Edit line note"),
    )


def describe_lane(blueprint: Blueprint, lane_id: str, text: str) -> Command:
    return SetField(
        blueprint.id,
        "lanes",
        lane_id,
        "description",
        checked(Lane, "description", text),
        label=QT_TR_NOOP("Describe lane"),
    )


def set_exit(document: Document, blueprint: Blueprint, card_id: str, target: str | None) -> Command:
    """Mark a card as an exit, leading to another blueprint of the file (or to none named)."""
    if target is not None and (target == blueprint.id or target not in {b.id for b in document.blueprints}):
        raise EditError("an exit leads to another blueprint of this file")
    card = blueprint.card(card_id)
    marks = card.marks.model_copy(update={"exit": card.marks.exit or target is not None})
    return Composite(
        QT_TR_NOOP("Set exit"),
        [
            SetField(blueprint.id, "cards", card_id, "marks", marks),
            SetField(blueprint.id, "cards", card_id, "exit_to", target),
        ],
    )
