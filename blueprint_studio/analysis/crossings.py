"""Encounters and handoffs: arrows that cross the three lines. Pure.

An arrow crossing the line of interaction is an encounter (the customer meets the service);
one crossing the line of visibility or of internal interaction is a handoff between the
stage the customer sees and the work behind it. An arrow is counted in its source's step.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from blueprint_studio.model import Blueprint, Card, Connector, Line, Zone
from blueprint_studio.model.lanes import LINE_ABOVE

ENCOUNTER_LINES = (Line.INTERACTION,)
HANDOFF_LINES = (Line.VISIBILITY, Line.INTERNAL_INTERACTION)


@dataclass(frozen=True)
class Crossings:
    """Per step and line, how many arrows cross; and which arrows cross what."""

    per_step: dict[str, Counter[Line]] = field(default_factory=dict)
    arrows: dict[str, tuple[Line, ...]] = field(default_factory=dict)  # connector id -> lines it crosses
    # The sums of per_step when whoever made it kept them (the analysis does, edit by edit).
    totals: Counter[Line] | None = field(default=None, compare=False, repr=False)

    def total(self, lines: tuple[Line, ...]) -> int:
        if self.totals is not None:
            return sum(self.totals[line] for line in lines)
        return sum(count[line] for count in self.per_step.values() for line in lines)

    def in_step(self, step_id: str, lines: tuple[Line, ...]) -> int:
        count = self.per_step.get(step_id, Counter())
        return sum(count[line] for line in lines)

    @property
    def encounters(self) -> int:
        return self.total(ENCOUNTER_LINES)

    @property
    def handoffs(self) -> int:
        return self.total(HANDOFF_LINES)


@cache
def lines_between(a: Zone, b: Zone) -> tuple[Line, ...]:
    """The lines an arrow from zone a to zone b crosses, top to bottom."""
    low, high = sorted((a.rank, b.rank))
    return tuple(line for line, above in LINE_ABOVE.items() if low <= above.rank < high)


def crossings(blueprint: Blueprint) -> Crossings:
    zones = {lane.id: lane.zone for lane in blueprint.lanes}
    cards = {card.id: card for card in blueprint.cards}
    per_step: dict[str, Counter[Line]] = {step.id: Counter() for step in blueprint.steps}
    arrows: dict[str, tuple[Line, ...]] = {}
    for connector in blueprint.connectors:
        step, crossed = crossing(connector, cards, zones)
        if crossed:
            arrows[connector.id] = crossed
            per_step.setdefault(step, Counter()).update(crossed)
    return Crossings(per_step, arrows)


def crossing(
    connector: Connector, cards: Mapping[str, Card], zones: Mapping[str, Zone]
) -> tuple[str, tuple[Line, ...]]:
    """The step an arrow is counted in (its source's) and the lines it crosses (none when an end is missing)."""
    source, target = cards.get(connector.source), cards.get(connector.target)
    if source is None or target is None:
        return "", ()
    return source.step, lines_between(zones[source.lane], zones[target.lane])
