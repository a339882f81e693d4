"""The journey map's edits: personas, emotion scores, journey rows and views. Pure.

Built from the same primitives as every other edit, so undo, redo and the property test
cover them too.
"""

from __future__ import annotations

import hashlib
from typing import Any

from blueprint_studio.editing.command import Command, Composite
from blueprint_studio.editing.edits import EditError, checked
from blueprint_studio.editing.primitives import InsertItems, MoveItem, RemoveItems, SetField, StoreAsset
from blueprint_studio.model import PERSONA_COLOURS, Blueprint, Document, EmotionPoint, Lane, LaneKind, Persona, View
from blueprint_studio.model.ids import new_id
from blueprint_studio.model.lanes import JOURNEY_KINDS
from blueprint_studio.words import QT_TR_NOOP

PERSONA_FIELDS = {"name", "role", "description", "goals", "needs", "frustrations", "quote", "colour", "photo"}
MAX_PHOTO_BYTES = 5 * 1024 * 1024
PHOTO_TYPES = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpg"}

# ------------------------------------------------------------------ personas


def _next_colour(document: Document) -> str:
    used = {persona.colour for persona in document.personas}
    return next(
        (c for c in PERSONA_COLOURS if c not in used), PERSONA_COLOURS[len(document.personas) % len(PERSONA_COLOURS)]
    )


def add_persona(document: Document, name: str, follower: Blueprint | None = None) -> tuple[Command, str]:
    """A new persona, in the next unused colour; `follower` starts following it at once."""
    persona = Persona(id=new_id("persona"), name=checked(Persona, "name", name), colour=_next_colour(document))
    parts: list[Command] = [InsertItems(None, "personas", [persona], label=QT_TR_NOOP("New persona"))]
    if follower is not None:
        parts.append(_set_followed(follower, [*follower.personas, persona.id]))
    return Composite(QT_TR_NOOP("New persona"), parts), persona.id


def edit_persona(document: Document, persona_id: str, field_name: str, value: Any) -> Command:
    if field_name not in PERSONA_FIELDS:
        raise EditError(f"personas have no field '{field_name}'")
    document.persona(persona_id)  # StopIteration is a bug of the caller, not the user's
    return SetField(
        None, "personas", persona_id, field_name, checked(Persona, field_name, value), label=QT_TR_NOOP("Edit persona")
    )


def delete_persona(document: Document, persona_id: str) -> Command:
    """The persona, its place in every blueprint that follows it and all its scores."""
    parts: list[Command] = []
    for blueprint in document.blueprints:
        points = [p.id for p in blueprint.emotions if p.persona == persona_id]
        if points:
            parts.append(RemoveItems(blueprint.id, "emotions", points))
        if persona_id in blueprint.personas:
            parts.append(_set_followed(blueprint, [p for p in blueprint.personas if p != persona_id]))
    parts.append(RemoveItems(None, "personas", [persona_id]))
    return Composite(QT_TR_NOOP("Delete persona"), parts)


def move_persona(document: Document, persona_id: str, to_index: int) -> Command | None:
    current = next(i for i, p in enumerate(document.personas) if p.id == persona_id)
    to_index = max(0, min(to_index, len(document.personas) - 1))
    return (
        None
        if current == to_index
        else MoveItem(None, "personas", persona_id, to_index, label=QT_TR_NOOP("Move persona"))
    )


def follow(blueprint: Blueprint, persona_id: str, followed: bool) -> Command | None:
    """Show or leave out a persona's curves in a blueprint; its scores are kept either way."""
    if (persona_id in blueprint.personas) == followed:
        return None
    ids = [*blueprint.personas, persona_id] if followed else [p for p in blueprint.personas if p != persona_id]
    return _set_followed(blueprint, ids)


def _set_followed(blueprint: Blueprint, persona_ids: list[str]) -> Command:
    return SetField(
        blueprint.id,
        "blueprints",
        blueprint.id,
        "personas",
        checked(Blueprint, "personas", persona_ids),
        label=QT_TR_NOOP("Follow personas"),
    )


def stored_photo(data: bytes, what: str) -> tuple[str, StoreAsset]:
    """A PNG or JPEG photo's asset name (its content hash) and the command that keeps it."""
    if len(data) > MAX_PHOTO_BYTES:
        raise EditError(
            f"the photo is {len(data) / 1e6:.1f} MB; at most {MAX_PHOTO_BYTES // 1_000_000} MB are kept in a document"
        )
    extension = next((ext for magic, ext in PHOTO_TYPES.items() if data.startswith(magic)), None)
    if extension is None:
        raise EditError(f"{what} must be a PNG or JPEG image")
    name = f"{hashlib.sha256(data).hexdigest()}.{extension}"
    return name, StoreAsset(name, data)


def set_photo(document: Document, persona_id: str, data: bytes) -> Command:
    """A persona's photo, kept in the file under its content hash."""
    name, store = stored_photo(data, "a persona photo")
    return Composite(QT_TR_NOOP("Set persona photo"), [store, edit_persona(document, persona_id, "photo", name)])


# ------------------------------------------------------------------ emotion scores


def set_score(
    blueprint: Blueprint, persona_id: str, step_id: str, score: float | None, to_be: bool = False
) -> Command | None:
    """Set, change or (with None) clear one persona's score at one step."""
    point = blueprint.emotion(persona_id, step_id, to_be)
    if score is None:
        return (
            None
            if point is None
            else RemoveItems(blueprint.id, "emotions", [point.id], label=QT_TR_NOOP("Clear emotion score"))
        )
    score = checked(EmotionPoint, "score", snap(score))
    if point is None:
        if step_id not in {s.id for s in blueprint.steps}:
            raise EditError("an emotion score belongs to a step of this blueprint")
        new = EmotionPoint(id=new_id("emotion"), persona=persona_id, step=step_id, score=score, to_be=to_be)
        return InsertItems(blueprint.id, "emotions", [new], label=QT_TR_NOOP("Set emotion score"))
    if point.score == score:
        return None
    return SetField(blueprint.id, "emotions", point.id, "score", score, label=QT_TR_NOOP("Change emotion score"))


def edit_reason(blueprint: Blueprint, point_id: str, reason: str) -> Command:
    return SetField(
        blueprint.id,
        "emotions",
        point_id,
        "reason",
        checked(EmotionPoint, "reason", reason),
        label=QT_TR_NOOP("Edit emotion reason"),
    )


def snap(score: float) -> float:
    """The nearest half step within −2 … +2: what a drag or a typed value settles on."""
    return max(-2.0, min(2.0, round(score * 2) / 2))


# ------------------------------------------------------------------ rows and views


def set_view(blueprint: Blueprint, view: View) -> Command | None:
    if blueprint.view is view:
        return None
    names = {
        View.BOTH: QT_TR_NOOP("Show journey map and blueprint"),
        View.JOURNEY: QT_TR_NOOP("Show journey map only"),
        View.BLUEPRINT: QT_TR_NOOP("Show blueprint only"),
    }
    return SetField(blueprint.id, "blueprints", blueprint.id, "view", view, label=names[view])


def show_row(
    blueprint: Blueprint, kind: LaneKind, shown: bool, name: str | None = None
) -> tuple[Command | None, str | None]:
    """Show or hide a journey row; showing one the blueprint lacks adds it in journey order.

    Hiding never deletes: the row and its cards stay in the document. Returns the command
    and the row's lane id. A row added is called `name` (the window's language), else its English name.
    """
    if kind not in JOURNEY_KINDS:
        raise EditError(f"'{kind.value}' is not a journey row")
    lane = next((lane for lane in blueprint.lanes if lane.kind is kind), None)
    if lane is not None:
        if lane.hidden != shown:
            return None, lane.id
        label = QT_TR_NOOP("Show row") if shown else QT_TR_NOOP("Hide row")
        return SetField(blueprint.id, "lanes", lane.id, "hidden", not shown, label=label), lane.id
    if not shown:
        return None, None
    new = Lane.standard(kind, new_id("lane"))
    new.name = name or new.name
    return InsertItems(blueprint.id, "lanes", [new], _row_index(blueprint, kind), label=QT_TR_NOOP("Add row")), new.id


def _row_index(blueprint: Blueprint, kind: LaneKind) -> int:
    """Journey rows keep their order (thoughts, feelings, emotions, …) at the top of the map."""
    rank = JOURNEY_KINDS.index(kind)
    index = 0
    for position, lane in enumerate(blueprint.lanes):
        if lane.kind in JOURNEY_KINDS and JOURNEY_KINDS.index(lane.kind) < rank:
            index = position + 1
    return index
