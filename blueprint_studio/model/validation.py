"""Cross-object rules the field types cannot express, reported with where they fail. Pure.

`problems()` lists every broken rule so `validate` can show them all; each message starts
with a location such as ``blueprint 'Hotel stay' > card c17`` that a designer can find.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from blueprint_studio.model.document import Blueprint, Card, Document, Duration, Lane
from blueprint_studio.model.lanes import JOURNEY_KINDS, KIND_ZONE, STANDARD_KINDS, LaneKind
from blueprint_studio.quoting import quoted


def problems(document: Document) -> list[str]:
    """Every broken cross-reference or placement rule, in document order."""
    return list(iter_problems(document))


def iter_problems(document: Document) -> Iterator[str]:
    """The same, one at a time: a reader that lists only the first hundred stops there."""
    yield from _duplicate_ids(document)
    yield from (
        f"persona '{quoted(persona.name or persona.id)}': photo '{persona.photo}' is not among the file's assets"
        for persona in document.personas
        if persona.photo is not None and persona.photo not in document.assets
    )
    facet_names = Counter((facet.kind, facet.name.strip().casefold()) for facet in document.facets)
    yield from (
        f"facet '{quoted(facet.name)}': a {facet.kind.value} of this name already exists"
        for facet in document.facets
        if facet_names[(facet.kind, facet.name.strip().casefold())] > 1 and facet.name.strip()
    )
    for blueprint in document.blueprints:
        yield from _blueprint_problems(blueprint, document)


def _where(blueprint: Blueprint, what: str = "") -> str:
    place = f"blueprint '{quoted(blueprint.title or blueprint.id)}'"
    return f"{place} > {what}" if what else place


def _all_ids(document: Document, named: bool = True) -> Iterator[tuple[str, str]]:
    """Every id with where it is (an empty place unless `named`: names cost time)."""
    for persona in document.personas:
        yield persona.id, f"persona '{quoted(persona.name or persona.id)}'" if named else ""
    for facet in document.facets:
        yield facet.id, f"facet '{quoted(facet.name or facet.id)}'" if named else ""
    for blueprint in document.blueprints:
        yield blueprint.id, f"blueprint '{quoted(blueprint.title or blueprint.id)}'" if named else ""
        for group, items in (
            ("stage", blueprint.stages),
            ("step", blueprint.steps),
            ("lane", blueprint.lanes),
            ("card", blueprint.cards),
            ("connector", blueprint.connectors),
            ("emotion point", blueprint.emotions),
            ("line note", blueprint.line_notes),
        ):
            for item in items:
                yield item.id, _where(blueprint, f"{group} {item.id}") if named else ""


def _duplicate_ids(document: Document) -> Iterator[str]:
    """Ids are unique across the whole document, so a pasted or moved object never collides."""
    ids = [object_id for object_id, _ in _all_ids(document, named=False)]
    if len(set(ids)) == len(ids):
        return  # the usual case: no names made for 10,000 cards to say nothing
    seen: dict[str, str] = {}
    for object_id, place in _all_ids(document):
        if object_id in seen:
            yield f"{place}: duplicate id '{object_id}' (already used by {seen[object_id]})"
        else:
            seen[object_id] = place


@dataclass(frozen=True)
class _Known:
    """What a blueprint's items may name: its own steps, lanes and cards, the file's facets,
    blueprints and assets."""

    blueprint: Blueprint
    document: Document
    step_ids: set[str]
    lanes: dict[str, Lane]
    card_ids: set[str]
    facet_ids: set[str]
    blueprint_ids: set[str]

    @classmethod
    def of(cls, blueprint: Blueprint, document: Document) -> _Known:
        return cls(
            blueprint,
            document,
            {step.id for step in blueprint.steps},
            {lane.id: lane for lane in blueprint.lanes},
            {card.id for card in blueprint.cards},
            {facet.id for facet in document.facets},
            {other.id for other in document.blueprints},
        )


def _blueprint_problems(blueprint: Blueprint, document: Document) -> Iterator[str]:
    known = _Known.of(blueprint, document)
    yield from _lane_problems(blueprint)
    stage_ids = {stage.id for stage in blueprint.stages}
    for step in blueprint.steps:
        if step.stage is not None and step.stage not in stage_ids:
            yield f"{_where(blueprint, f'step {step.id}')}: unknown stage '{step.stage}'"
    yield from _card_problems(known)
    for step in blueprint.steps:
        for what, duration in (("duration", step.duration), ("acceptable time", step.acceptable)):
            yield from _range_problem(f"{_where(blueprint, f'step {step.id}')}: {what}", duration)
    yield from _range_problem(f"{_where(blueprint)}: acceptable time", blueprint.acceptable)
    yield from _connector_problems(blueprint, known.card_ids)
    if blueprint.variant_of is not None and (
        blueprint.variant_of not in known.blueprint_ids or blueprint.variant_of == blueprint.id
    ):
        yield (
            f"{_where(blueprint)}: is a variant of '{blueprint.variant_of}', which is not another blueprint of "
            "this file"
        )
    for note in blueprint.line_notes:
        if note.step not in known.step_ids:
            yield f"{_where(blueprint, f'line note {note.id}')}: unknown step '{note.step}'"
    yield from _persona_problems(blueprint, document, known.step_ids)


def _card_problems(known: _Known) -> Iterator[str]:
    blueprint = known.blueprint
    plain_lanes = {lane.id for lane in blueprint.lanes if lane.kind is not LaneKind.EMOTIONS}
    for card in blueprint.cards:
        if card.lane in plain_lanes and card.step in known.step_ids and _plain(card):
            continue  # the usual card, seen at a glance
        faults = [*_card_place_faults(card, known), *_card_link_faults(card, known)]
        for what, duration in (("duration", card.duration), ("wait duration", card.marks.wait_duration)):
            faults.extend(_range_problem(what, duration))
        if faults:  # a place is named only where something is wrong: 10,000 names cost 40 ms
            place = _where(blueprint, f"card {card.id}")
            yield from (f"{place}: {fault}" for fault in faults)


def _plain(card: Card) -> bool:
    """A card that names nothing beyond its cell and has a sound time."""
    return (
        card.failure is None
        and not card.facets
        and card.exit_to is None
        and card.image is None
        and card.marks.wait_duration is None
        and _sound(card.duration)
    )


def _card_place_faults(card: Card, known: _Known) -> Iterator[str]:
    lane = known.lanes.get(card.lane)
    if lane is None:
        yield f"unknown lane '{card.lane}'"
    elif lane.kind is LaneKind.EMOTIONS:
        yield f"the emotions row '{quoted(lane.name)}' holds the emotion curves, not cards"
    if card.step not in known.step_ids:
        yield f"unknown step '{card.step}'"
    if card.marks.wait_duration is not None and not card.marks.wait_point:
        yield "has a wait duration but is not marked as a wait point"


def _card_link_faults(card: Card, known: _Known) -> Iterator[str]:
    if card.image is not None and card.image not in known.document.assets:
        yield f"image '{card.image}' is not among the file's assets"
    if card.failure is not None:
        for recovery in card.failure.recovery:
            if recovery not in known.card_ids or recovery == card.id:
                yield f"recovery card '{recovery}' is not another card of this blueprint"
    for facet in card.facets:
        if facet not in known.facet_ids:
            yield f"unknown facet '{facet}'"
    if len(set(card.facets)) != len(card.facets):
        yield "names a facet twice"
    if card.exit_to is not None and (card.exit_to not in known.blueprint_ids or card.exit_to == known.blueprint.id):
        yield f"exit leads to '{card.exit_to}', which is not another blueprint of this file"
    if card.exit_to is not None and not card.marks.exit:
        yield "leads to another blueprint but is not marked as an exit"


def _connector_problems(blueprint: Blueprint, card_ids: set[str]) -> Iterator[str]:
    for connector in blueprint.connectors:
        if connector.source in card_ids and connector.target in card_ids and connector.source != connector.target:
            continue
        place = _where(blueprint, f"connector {connector.id}")
        for end, card_id in (("source", connector.source), ("target", connector.target)):
            if card_id not in card_ids:
                yield f"{place}: {end} card '{card_id}' does not exist in this blueprint"
        if connector.source == connector.target:
            yield f"{place}: connects card '{connector.source}' to itself"


def _sound(duration: Duration | None) -> bool:
    """Certainly no range problem (the quick test; `_range_problem` has the words)."""
    return duration is None or (duration.value is not None and (duration.max is None or duration.max >= duration.value))


def _range_problem(place: str, duration: Duration | None) -> Iterator[str]:
    if duration is None:
        return
    if duration.value is None and (duration.max is not None or not duration.note):
        yield f"{place}: has no value" + (" but a maximum" if duration.max is not None else " and no words")
    elif duration.max is not None and duration.value is not None and duration.max < duration.value:
        yield f"{place}: the range ends ({duration.max:g}) before it starts ({duration.value:g})"


def _persona_problems(blueprint: Blueprint, document: Document, step_ids: set[str]) -> Iterator[str]:
    """Followed personas exist once each; each persona has at most one point per step and curve."""
    persona_ids = {persona.id for persona in document.personas}
    for persona_id, count in Counter(blueprint.personas).items():
        if persona_id not in persona_ids:
            yield f"{_where(blueprint)}: follows persona '{persona_id}', which the document does not have"
        elif count > 1:
            yield f"{_where(blueprint)}: follows persona '{persona_id}' {count} times"
    seen: set[tuple[str, str, bool]] = set()
    for point in blueprint.emotions:
        place = _where(blueprint, f"emotion point {point.id}")
        if point.persona not in persona_ids:
            yield f"{place}: unknown persona '{point.persona}'"
        if point.step not in step_ids:
            yield f"{place}: unknown step '{point.step}'"
        key = (point.persona, point.step, point.to_be)
        if key in seen:
            curve = "to-be" if point.to_be else "as-is"
            yield f"{place}: a second {curve} score for persona '{point.persona}' at step '{point.step}'"
        seen.add(key)


def _lane_problems(blueprint: Blueprint) -> Iterator[str]:
    """Five standard lanes once each, in order; lanes never cross a line."""
    kinds = Counter(lane.kind for lane in blueprint.lanes)
    for kind in STANDARD_KINDS:
        if kinds[kind] != 1:
            count = "is missing" if kinds[kind] == 0 else f"appears {kinds[kind]} times"
            yield f"{_where(blueprint)}: the standard lane '{kind.value}' {count}"
    for kind in JOURNEY_KINDS:
        if kinds[kind] > 1:
            yield f"{_where(blueprint)}: the journey row '{kind.value}' appears {kinds[kind]} times"
    previous = None
    for lane in blueprint.lanes:
        place = _where(blueprint, f"lane {lane.id} ('{quoted(lane.name)}')")
        if lane.kind is not LaneKind.CUSTOM and KIND_ZONE[lane.kind] is not lane.zone:
            yield (
                f"{place}: a {lane.kind.value} lane belongs to zone '{KIND_ZONE[lane.kind].value}', not "
                f"'{lane.zone.value}'"
            )
        if previous is not None and lane.zone.rank < previous.zone.rank:
            yield (
                f"{place}: in zone '{lane.zone.value}' but placed after lane '{quoted(previous.name)}' of zone "
                f"'{previous.zone.value}': lanes may not cross a line"
            )
        previous = lane
    positions = {lane.kind: i for i, lane in enumerate(blueprint.lanes) if lane.kind in STANDARD_KINDS}
    ordered = [kind for kind in STANDARD_KINDS if kind in positions]
    if sorted(ordered, key=positions.__getitem__) != ordered:
        yield (
            f"{_where(blueprint)}: the standard lanes are out of order (expected "
            f"{', '.join(k.value for k in STANDARD_KINDS)})"
        )
