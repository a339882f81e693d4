"""The copy of a document an audience is given: what it may not see is not in it."""

from __future__ import annotations

from blueprint_studio.model import Audience, Blueprint, Card, Document, Line, Zone

# Each line runs between two zones; its notes go when either side is not shown.
_LINE_ZONES: dict[Line, tuple[Zone, Zone]] = {
    Line.INTERACTION: (Zone.CUSTOMER, Zone.FRONTSTAGE),
    Line.VISIBILITY: (Zone.FRONTSTAGE, Zone.BACKSTAGE),
    Line.INTERNAL_INTERACTION: (Zone.BACKSTAGE, Zone.SUPPORT),
}


def for_audience(document: Document, audience: Audience) -> Document:
    """A deep copy of `document` holding only what `audience` may see. The input is untouched."""
    copy = document.model_copy(deep=True)
    copy.assets = dict(document.assets)  # bytes are immutable: shared, not copied
    for blueprint in copy.blueprints:
        _redact(blueprint, audience)
    if not audience.facets:
        copy.facets = []
    if hides_anything(audience):
        copy.audiences = []  # how the team slices its prints is the team's business
    used = {card.image for b in copy.blueprints for card in b.cards if card.image} | {
        p.photo for p in copy.personas if p.photo
    }
    copy.assets = {name: data for name, data in copy.assets.items() if name in used}
    return copy


def hides_anything(audience: Audience) -> bool:
    return (
        set(audience.zones) != set(Zone)
        or bool(audience.hidden_lanes)
        or bool(audience.stages)
        or audience.first_step is not None
        or audience.last_step is not None
        or not (audience.notes and audience.owners and audience.facets and audience.failure_register)
    )


def _redact(blueprint: Blueprint, audience: Audience) -> None:
    zones = set(audience.zones)
    gone_lanes = {lane.id for lane in blueprint.lanes if lane.zone not in zones or lane.id in audience.hidden_lanes}
    # A lane is removed, not hidden: the model needs at least five, so hidden ones stay as
    # empty hidden rows, and their names go too.
    for lane in blueprint.lanes:
        if lane.id in gone_lanes:
            lane.hidden = True
            lane.name = lane.kind.value.replace("_", " ")
            lane.description = ""
    kept_steps = _steps_shown(blueprint, audience)
    blueprint.steps = [step for step in blueprint.steps if step.id in kept_steps]
    kept_stages = {step.stage for step in blueprint.steps}
    blueprint.stages = [stage for stage in blueprint.stages if stage.id in kept_stages]
    blueprint.cards = [card for card in blueprint.cards if card.lane not in gone_lanes and card.step in kept_steps]
    cards = {card.id for card in blueprint.cards}
    blueprint.connectors = [c for c in blueprint.connectors if c.source in cards and c.target in cards]
    blueprint.emotions = [point for point in blueprint.emotions if point.step in kept_steps]
    blueprint.line_notes = [
        note
        for note in blueprint.line_notes
        if note.step in kept_steps and all(zone in zones for zone in _LINE_ZONES[note.line])
    ]
    for card in blueprint.cards:
        _redact_card(card, audience, cards)
    if not audience.notes:
        for connector in blueprint.connectors:
            connector.notes = ""
    if hides_anything(audience):
        blueprint.dismissed = []


def _steps_shown(blueprint: Blueprint, audience: Audience) -> set[str]:
    ids = [step.id for step in blueprint.steps]
    first = ids.index(audience.first_step) if audience.first_step in ids else 0
    last = ids.index(audience.last_step) if audience.last_step in ids else len(ids) - 1
    in_range = set(ids[first : last + 1])
    if audience.stages:
        wanted = set(audience.stages)
        in_range = {step.id for step in blueprint.steps if step.id in in_range and step.stage in wanted}
    return in_range


def _redact_card(card: Card, audience: Audience, cards: set[str]) -> None:
    if not audience.notes:
        card.notes = ""
    if not audience.owners:
        card.owner = ""
        if card.failure is not None:
            card.failure.owner = ""
    if not audience.facets:
        card.facets = []
    if not audience.failure_register:
        card.failure = None
    elif card.failure is not None:
        card.failure.recovery = [r for r in card.failure.recovery if r in cards]
