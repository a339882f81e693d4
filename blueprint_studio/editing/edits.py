"""What a designer can do, as commands: each factory checks the rules and names the edit.

Ids of new objects are chosen here, never inside `apply`, so redo recreates the same
objects and arrows that point at them keep resolving.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from blueprint_studio.editing.command import Command, Composite
from blueprint_studio.editing.primitives import InsertItems, MoveItem, PlaceCards, RemoveItems, SetField, Slot
from blueprint_studio.model import (
    Blueprint,
    Card,
    Connector,
    ConnectorKind,
    Document,
    Duration,
    Failure,
    Lane,
    LaneKind,
    Stage,
    Step,
    Zone,
)
from blueprint_studio.model.fields import describe_error
from blueprint_studio.model.ids import new_id
from blueprint_studio.model.lanes import DEFAULT_LANE_NAMES, JOURNEY_KINDS, LINE_TITLES, Line
from blueprint_studio.words import QT_TR_NOOP


class EditError(ValueError):
    """The edit breaks a rule of the blueprint (the message says which)."""


@cache
def _adapter(model: type[BaseModel], field_name: str) -> TypeAdapter[Any]:
    info = model.model_fields[field_name]
    annotation: Any = Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation
    return TypeAdapter(annotation)


def checked(model: type[BaseModel], field_name: str, value: Any) -> Any:
    """`value` as the model would store it, or EditError saying why not, before any command
    runs: a document that could not be saved and opened again is never made."""
    if isinstance(value, BaseModel):  # model_copy(update=...) never validated what it changed
        value = value.model_dump()
    try:
        return _adapter(model, field_name).validate_python(value)
    except ValidationError as error:
        message = describe_error(error.errors()[0])
        raise EditError(f"{model.__name__} {field_name.replace('_', ' ')}: {message}") from None


def _check_range(duration: Any) -> None:
    if (
        isinstance(duration, Duration)
        and duration.value is not None
        and duration.max is not None
        and duration.max < duration.value
    ):
        raise EditError(f"the range ends ({duration.max:g}) before it starts ({duration.value:g})")


def dismiss(blueprint: Blueprint, key: str, dismissed: bool = True) -> Command | None:
    """Set an analysis finding aside (or bring it back); saved with the blueprint."""
    if (key in blueprint.dismissed) == dismissed:
        return None
    keys = [*blueprint.dismissed, key] if dismissed else [k for k in blueprint.dismissed if k != key]
    label = QT_TR_NOOP("Dismiss finding") if dismissed else QT_TR_NOOP("Restore finding")
    return SetField(
        blueprint.id, "blueprints", blueprint.id, "dismissed", checked(Blueprint, "dismissed", keys), label=label
    )


# ------------------------------------------------------------------ cards


def add_card(
    blueprint: Blueprint, lane_id: str, step_id: str, index: int | None = None, text: str = ""
) -> tuple[Command, str]:
    """A new card in a cell (at the bottom unless `index`); returns the command and the new id."""
    _check_holds_cards(blueprint, lane_id)
    card = Card(id=new_id("card"), lane=lane_id, step=step_id, order=10_000, text=checked(Card, "text", text))
    at = len(blueprint.cards_in_cell(lane_id, step_id)) if index is None else index
    command = Composite(
        QT_TR_NOOP("New card"),
        [
            InsertItems(blueprint.id, "cards", [card]),
            PlaceCards(blueprint.id, [(card.id, (lane_id, step_id, at))]),
        ],
    )
    return command, card.id


def _check_holds_cards(blueprint: Blueprint, lane_id: str) -> None:
    lane = blueprint.lane(lane_id)
    if lane.kind is LaneKind.EMOTIONS:
        raise EditError(f"'{lane.name}' holds the emotion curves, not cards: double-click it to set a score")


def card_lanes(blueprint: Blueprint) -> list[str]:
    """Lanes that hold cards, top to bottom (the Emotions row holds curves instead)."""
    return [lane.id for lane in blueprint.lanes if lane.kind is not LaneKind.EMOTIONS]


def paste_cards(
    blueprint: Blueprint, cards: list[Card], connectors: list[Connector], lane_id: str, step_id: str
) -> tuple[Command, list[str]]:
    """Copies of `cards` (with the arrows among them) placed from the given cell onwards.

    Cards keep their relative lane and step offsets where the target blueprint has room,
    and fall back to the target cell otherwise. Every copy gets a fresh id; a fail point's
    recovery follows its copied cards, and names no card the target blueprint lacks.
    """
    if not cards:
        raise EditError("nothing to paste")
    lanes = card_lanes(blueprint)
    steps = [step.id for step in blueprint.steps]
    below = [lane.id for lane in blueprint.lanes]
    if lane_id not in below or step_id not in steps:
        raise EditError("paste into a cell of this blueprint")
    if lane_id not in lanes:  # pasting onto the Emotions row: into the row below it
        lane_id = next((lid for lid in below[below.index(lane_id) :] if lid in lanes), lanes[-1])
    anchor_lane, anchor_step = lanes.index(lane_id), steps.index(step_id)
    original_lanes = sorted({c.lane for c in cards}, key=lambda lid: lanes.index(lid) if lid in lanes else 0)
    base_lane = lanes.index(original_lanes[0]) if original_lanes[0] in lanes else anchor_lane
    base_step = min((steps.index(c.step) for c in cards if c.step in steps), default=anchor_step)
    new_ids = {card.id: new_id("card") for card in cards}
    present = {card.id for card in blueprint.cards}
    copies, moves = [], []
    for card in cards:
        lane_at = anchor_lane + (lanes.index(card.lane) - base_lane if card.lane in lanes else 0)
        step_at = anchor_step + (steps.index(card.step) - base_step if card.step in steps else 0)
        lane = lanes[lane_at] if 0 <= lane_at < len(lanes) else lane_id
        step = steps[step_at] if 0 <= step_at < len(steps) else step_id
        copy = card.model_copy(deep=True, update={"id": new_ids[card.id], "lane": lane, "step": step, "order": 10_000})
        if copy.exit_to == blueprint.id:  # an exit cannot lead to its own blueprint
            copy.exit_to = None
        if copy.failure is not None:
            recovery = [new_ids.get(r, r) for r in copy.failure.recovery]
            copy.failure.recovery = [r for r in recovery if r != copy.id and (r in present or r in new_ids.values())]
        copies.append(copy)
        moves.append((copy.id, (lane, step, 10_000)))
    arrows = [
        a.model_copy(update={"id": new_id("arrow"), "source": new_ids[a.source], "target": new_ids[a.target]})
        for a in connectors
        if a.source in new_ids and a.target in new_ids
    ]
    parts: list[Command] = [InsertItems(blueprint.id, "cards", copies), PlaceCards(blueprint.id, moves)]
    if arrows:
        parts.append(InsertItems(blueprint.id, "connectors", arrows))
    return Composite(QT_TR_NOOP("Paste cards") if len(copies) > 1 else QT_TR_NOOP("Paste card"), parts), [
        c.id for c in copies
    ]


def delete_cards(blueprint: Blueprint, card_ids: list[str]) -> Command:
    """Remove cards with every arrow that touches them."""
    wanted = set(card_ids)
    arrows = [a.id for a in blueprint.connectors if a.source in wanted or a.target in wanted]
    parts: list[Command] = []
    if arrows:
        parts.append(RemoveItems(blueprint.id, "connectors", arrows))
    for card in blueprint.cards:  # fail points whose recovery is among the deleted cards
        if card.id not in wanted and card.failure is not None and wanted & set(card.failure.recovery):
            kept = [r for r in card.failure.recovery if r not in wanted]
            parts.append(
                SetField(blueprint.id, "cards", card.id, "failure", card.failure.model_copy(update={"recovery": kept}))
            )
    parts.append(RemoveItems(blueprint.id, "cards", [c.id for c in blueprint.cards if c.id in wanted]))
    return Composite(QT_TR_NOOP("Delete cards") if len(wanted) > 1 else QT_TR_NOOP("Delete card"), parts)


def move_cards(blueprint: Blueprint, moves: list[tuple[str, Slot]]) -> Command | None:
    """Cards to new slots; None when nothing would change (a drag that ended where it began)."""
    command = PlaceCards(blueprint.id, moves, label=QT_TR_NOOP("Move cards") if len(moves) > 1 else "Move card")
    stacks = command.stacks(blueprint)
    current = {card.id: card for stack in stacks.values() for card in stack}
    lanes, steps = {lane.id for lane in blueprint.lanes}, {step.id for step in blueprint.steps}
    changed = False
    for card_id, (lane, step, index) in moves:
        card = current[card_id]
        stack = [c.id for c in stacks[(card.lane, card.step)]]
        if (card.lane, card.step) != (lane, step) or stack.index(card_id) != index:
            changed = True
        if lane not in lanes or step not in steps:
            raise EditError("a card can only be placed in a cell of the blueprint")
        _check_holds_cards(blueprint, lane)
    return command if changed else None


CARD_FIELDS = {"text", "notes", "owner", "colour", "marks", "image", "duration", "failure"}


def edit_card(blueprint: Blueprint, card_id: str, field_name: str, value: Any) -> Command:
    if field_name not in CARD_FIELDS:
        raise EditError(f"cards have no field '{field_name}'")
    if field_name == "failure" and value is not None:
        recovery = value.recovery if isinstance(value, Failure) else value.get("recovery", [])
        ids = {c.id for c in blueprint.cards}
        if any(r not in ids or r == card_id for r in recovery):
            raise EditError("a recovery must be another card of this blueprint")
    _check_range(value if field_name == "duration" else None)
    command = SetField(
        blueprint.id, "cards", card_id, field_name, checked(Card, field_name, value), label=QT_TR_NOOP("Edit card")
    )
    if field_name == "marks" and not command.value.exit and blueprint.card(card_id).exit_to is not None:
        # No exit, no target.
        return Composite(command.label, [command, SetField(blueprint.id, "cards", card_id, "exit_to", None)])
    return command


# ------------------------------------------------------------------ connectors


def connect(
    blueprint: Blueprint, source: str, target: str, kind: ConnectorKind = ConnectorKind.FLOW
) -> tuple[Command, str]:
    if source == target:
        raise EditError("a card cannot be connected to itself")
    ids = {c.id for c in blueprint.cards}
    if source not in ids or target not in ids:
        raise EditError("both ends of an arrow must be cards of this blueprint")
    connector = Connector(id=new_id("arrow"), source=source, target=target, kind=kind)
    return InsertItems(blueprint.id, "connectors", [connector], label=QT_TR_NOOP("Connect cards")), connector.id


def delete_connectors(blueprint: Blueprint, connector_ids: list[str]) -> Command:
    return RemoveItems(
        blueprint.id,
        "connectors",
        connector_ids,
        label=QT_TR_NOOP("Delete arrows") if len(connector_ids) > 1 else "Delete arrow",
    )


def edit_connector(blueprint: Blueprint, connector_id: str, field_name: str, value: Any) -> Command:
    if field_name not in {"kind", "label", "notes"}:
        raise EditError(f"arrows have no field '{field_name}'")
    return SetField(
        blueprint.id,
        "connectors",
        connector_id,
        field_name,
        checked(Connector, field_name, value),
        label=QT_TR_NOOP("Edit arrow"),
    )


# ------------------------------------------------------------------ steps and stages


def insert_step(blueprint: Blueprint, index: int, name: str = "New step") -> tuple[Command, str]:
    """A new step at `index`; it joins the stage of its left neighbour."""
    neighbour = (
        blueprint.steps[index - 1]
        if 0 < index <= len(blueprint.steps)
        else (blueprint.steps[0] if blueprint.steps else None)
    )
    step = Step(id=new_id("step"), name=checked(Step, "name", name), stage=neighbour.stage if neighbour else None)
    return InsertItems(blueprint.id, "steps", [step], index, label=QT_TR_NOOP("Insert step")), step.id


def delete_step(blueprint: Blueprint, step_id: str) -> Command:
    cards = [c.id for c in blueprint.cards if c.step == step_id]
    parts: list[Command] = [delete_cards(blueprint, cards)] if cards else []
    points = [p.id for p in blueprint.emotions if p.step == step_id]
    if points:
        parts.append(RemoveItems(blueprint.id, "emotions", points))
    notes = [n.id for n in blueprint.line_notes if n.step == step_id]
    if notes:
        parts.append(RemoveItems(blueprint.id, "line_notes", notes))
    parts.append(RemoveItems(blueprint.id, "steps", [step_id]))
    return Composite(QT_TR_NOOP("Delete step"), parts)


def move_step(blueprint: Blueprint, step_id: str, to_index: int) -> Command | None:
    current = next(i for i, s in enumerate(blueprint.steps) if s.id == step_id)
    to_index = max(0, min(to_index, len(blueprint.steps) - 1))
    if current == to_index:
        return None
    return MoveItem(blueprint.id, "steps", step_id, to_index, label=QT_TR_NOOP("Move step"))


def edit_step(blueprint: Blueprint, step_id: str, field_name: str, value: Any) -> Command:
    if field_name not in {"name", "duration", "acceptable", "stage", "moment_of_truth", "description"}:
        raise EditError(f"steps have no field '{field_name}'")
    _check_range(value if field_name in ("duration", "acceptable") else None)
    if field_name == "stage" and value is not None and value not in {s.id for s in blueprint.stages}:
        raise EditError("unknown stage")
    return SetField(
        blueprint.id, "steps", step_id, field_name, checked(Step, field_name, value), label=QT_TR_NOOP("Edit step")
    )


def add_stage(blueprint: Blueprint, name: str, step_ids: list[str]) -> tuple[Command, str]:
    """A new stage holding the given steps."""
    stage = Stage(id=new_id("stage"), name=checked(Stage, "name", name))
    parts: list[Command] = [InsertItems(blueprint.id, "stages", [stage])]
    parts += [SetField(blueprint.id, "steps", sid, "stage", stage.id) for sid in step_ids]
    return Composite(QT_TR_NOOP("New stage"), parts), stage.id


def rename_stage(blueprint: Blueprint, stage_id: str, name: str) -> Command:
    return SetField(
        blueprint.id, "stages", stage_id, "name", checked(Stage, "name", name), label=QT_TR_NOOP("Rename stage")
    )


# ------------------------------------------------------------------ lanes


def rename_lane(blueprint: Blueprint, lane_id: str, name: str) -> Command:
    return SetField(
        blueprint.id, "lanes", lane_id, "name", checked(Lane, "name", name), label=QT_TR_NOOP("Rename lane")
    )


def add_lane(blueprint: Blueprint, zone: Zone, name: str, index: int | None = None) -> tuple[Command, str]:
    """A custom lane inside `zone`; at `index` if that stays inside the zone, else at its end."""
    in_zone = [i for i, lane in enumerate(blueprint.lanes) if lane.zone is zone]
    if not in_zone:
        raise EditError(f"the blueprint has no {zone.value} zone")
    low, high = in_zone[0], in_zone[-1] + 1
    at = high if index is None or not low <= index <= high else index
    lane = Lane(id=new_id("lane"), kind=LaneKind.CUSTOM, name=checked(Lane, "name", name), zone=zone)
    return InsertItems(blueprint.id, "lanes", [lane], at, label=QT_TR_NOOP("Add lane")), lane.id


def delete_lane(blueprint: Blueprint, lane_id: str) -> Command:
    lane = blueprint.lane(lane_id)
    if lane.kind is not LaneKind.CUSTOM and lane.kind not in JOURNEY_KINDS:
        raise EditError(f"'{lane.name}' is one of the standard lanes and cannot be deleted")
    cards = [c.id for c in blueprint.cards if c.lane == lane_id]
    parts: list[Command] = [delete_cards(blueprint, cards)] if cards else []
    parts.append(RemoveItems(blueprint.id, "lanes", [lane_id]))
    return Composite(QT_TR_NOOP("Delete lane"), parts)


# ------------------------------------------------------------------ blueprints


@dataclass(frozen=True)
class Wording:
    """The words a new blueprint starts with: a German window begins a German blueprint.

    They become the blueprint's own (lane names, line titles, step names), so the file reads
    the same on a colleague's English machine.
    """

    lane_names: Mapping[LaneKind, str] = field(default_factory=lambda: dict(DEFAULT_LANE_NAMES))
    line_titles: Mapping[Line, str] = field(default_factory=lambda: dict(LINE_TITLES))
    step: str = "Step {number}"
    blueprint: str = "Untitled blueprint"
    journey_map: str = "Untitled journey map"
    stages: tuple[str, ...] = ("Aware", "Choose", "Use", "Stay or leave")  # a blank journey map's


ENGLISH = Wording()


def new_blueprint(title: str | None = None, steps: int = 4, wording: Wording = ENGLISH) -> Blueprint:
    blueprint = Blueprint.blank(new_id("blueprint"), title or wording.blueprint, [new_id("step") for _ in range(steps)])
    for lane in blueprint.lanes:  # ids unique across the document, which may hold several
        lane.id = new_id("lane")
        lane.name = wording.lane_names.get(lane.kind) or lane.name
    for number, step in enumerate(blueprint.steps, 1):
        step.name = wording.step.format(number=number)
    blueprint.line_titles = {
        line: text for line, text in wording.line_titles.items() if text and text != LINE_TITLES[line]
    }
    return blueprint


def new_document(wording: Wording = ENGLISH) -> Document:
    """File ▸ New: one blueprint with the five standard lanes and a few empty steps."""
    return Document(blueprints=[new_blueprint(wording=wording)])


def add_blueprint(
    index: int | None = None, title: str | None = None, wording: Wording = ENGLISH
) -> tuple[Command, str]:
    blueprint = new_blueprint(title, wording=wording)
    return InsertItems(None, "blueprints", [blueprint], index, label=QT_TR_NOOP("Add blueprint")), blueprint.id


def delete_blueprint(document: Document, blueprint_id: str) -> Command:
    if len(document.blueprints) == 1:
        raise EditError("a document keeps at least one blueprint")
    exits: list[Command] = [  # exits into the deleted journey lead nowhere named any more
        SetField(other.id, "cards", card.id, "exit_to", None)
        for other in document.blueprints
        for card in other.cards
        if card.exit_to == blueprint_id and other.id != blueprint_id
    ]
    variants: list[Command] = [  # its to-be variants stand on their own
        SetField(other.id, "blueprints", other.id, "variant_of", None)
        for other in document.blueprints
        if other.variant_of == blueprint_id
    ]
    return Composite(
        QT_TR_NOOP("Delete blueprint"), [*exits, *variants, RemoveItems(None, "blueprints", [blueprint_id])]
    )


def duplicate_as_variant(document: Document, blueprint_id: str) -> tuple[Command, str]:
    """A copy of the blueprint to redesign as the future state: every item gets a new id, the
    copy names its original (`variant_of`) and sits right after it."""
    original = document.blueprint(blueprint_id)
    data = original.model_dump(mode="json")
    ids: dict[str, str] = {}

    def fresh(old: str, prefix: str) -> str:
        ids[old] = new_id(prefix)
        return ids[old]

    data["id"] = fresh(original.id, "bp")
    for group, prefix in (
        ("stages", "stage"),
        ("steps", "step"),
        ("lanes", "lane"),
        ("cards", "card"),
        ("connectors", "arrow"),
        ("emotions", "emotion"),
        ("line_notes", "note"),
    ):
        for item in data[group]:
            item["id"] = fresh(item["id"], prefix)
    for step in data["steps"]:
        step["stage"] = ids.get(step["stage"]) if step["stage"] else None
    for card in data["cards"]:
        card["lane"], card["step"] = ids[card["lane"]], ids[card["step"]]
        if card["failure"]:
            card["failure"]["recovery"] = [ids[r] for r in card["failure"]["recovery"]]
    for arrow in data["connectors"]:
        arrow["source"], arrow["target"] = ids[arrow["source"]], ids[arrow["target"]]
    for item in (*data["emotions"], *data["line_notes"]):
        item["step"] = ids[item["step"]]
    data["title"] = checked(Blueprint, "title", f"{original.title} (to-be)"[:200])
    data["variant_of"] = original.id
    data["dismissed"] = []
    copy = Blueprint.model_validate(data)
    index = next(i for i, b in enumerate(document.blueprints) if b.id == blueprint_id) + 1
    return InsertItems(None, "blueprints", [copy], index=index, label=QT_TR_NOOP("Duplicate as to-be")), copy.id


def move_blueprint(document: Document, blueprint_id: str, to_index: int) -> Command | None:
    current = next(i for i, b in enumerate(document.blueprints) if b.id == blueprint_id)
    if current == to_index:
        return None
    return MoveItem(None, "blueprints", blueprint_id, to_index, label=QT_TR_NOOP("Move blueprint"))


def edit_blueprint(blueprint: Blueprint, field_name: str, value: Any) -> Command:
    if field_name not in {"title", "scenario", "view", "acceptable", "dismissed", "describe_lanes", "variant_of"}:
        raise EditError(f"blueprints have no field '{field_name}'")
    _check_range(value if field_name == "acceptable" else None)
    return SetField(
        blueprint.id,
        "blueprints",
        blueprint.id,
        field_name,
        checked(Blueprint, field_name, value),
        label=QT_TR_NOOP("Edit blueprint"),
    )
