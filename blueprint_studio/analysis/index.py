"""The lookups every analysis of one blueprint needs, built once and kept current edit by edit.

Everything is held by id, never by object: a full analysis runs off the window's thread on a
copy of the document, and the window then keeps its index current against the live one.

Cards and arrows keep an *order token* rather than their list position: a float that only
has to sort the way the list does. Deleting a card leaves every other token valid; a card
put back between two others takes a token between theirs. So an edit changes the tokens of
what it touched, never of the thousands of others, and findings sorted by token stay sorted.
(No edit reorders cards or arrows: they are moved between cells by their fields.)
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from operator import attrgetter
from typing import Protocol

from blueprint_studio.model import Blueprint, Card, Connector, Facet, FacetKind, Lane, LaneKind, Step, Zone
from blueprint_studio.model.lanes import JOURNEY_KINDS


class Identified(Protocol):
    @property
    def id(self) -> str: ...


class StartAfresh(Exception):
    """An edit the kept pieces cannot follow (two tokens too close to split, a step moved to
    another stage): analyse afresh."""


def deal(ids: Sequence[str]) -> dict[str, float]:
    return {item: float(n) for n, item in enumerate(ids)}


def retoken(tokens: dict[str, float], items: Sequence[Identified], touched: Collection[str]) -> dict[str, Identified]:
    """Bring `tokens` in line with the list `items` after an edit that added, changed or took
    away the items `touched` (and no other: no edit reorders cards or arrows but through
    them). The touched items still in the list, by id. Raises StartAfresh when a gap between
    two tokens has grown too fine to split."""
    ids = list(map(attrgetter("id"), items))
    at: dict[str, int] = {}
    for item in touched:
        tokens.pop(item, None)
        with contextlib.suppress(ValueError):  # else taken away
            at[item] = ids.index(item)
    runs: list[list[int]] = []
    for n in sorted(at.values()):
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    for run in runs:
        before = tokens[ids[run[0] - 1]] if run[0] > 0 else -1.0
        after = tokens[ids[run[-1] + 1]] if run[-1] + 1 < len(ids) else None
        step = (after - before) / (len(run) + 1) if after is not None else 1.0
        if step < 1e-6:
            raise StartAfresh()
        for k, n in enumerate(run, 1):
            tokens[ids[n]] = before + step * k
    return {item: items[n] for item, n in at.items()}


class Index:
    """Lanes, steps, cards and arrows of one blueprint, looked up by id."""

    def __init__(self, blueprint: Blueprint, facets: Iterable[Facet]) -> None:
        self.lanes: dict[str, Lane] = {lane.id: lane for lane in blueprint.lanes}
        self.lane_index = {lane_id: n for n, lane_id in enumerate(self.lanes)}
        self.touchpoint_tags = frozenset(facet.id for facet in facets if facet.kind is FacetKind.TOUCHPOINT)
        first = next(
            (n for n, lane in enumerate(blueprint.lanes) if lane.kind is LaneKind.PHYSICAL_EVIDENCE),
            len(blueprint.lanes),
        )
        self.journey_rows = frozenset(
            lane.id for n, lane in enumerate(blueprint.lanes) if n < first or lane.kind in JOURNEY_KINDS
        )
        self.step_ids = tuple(step.id for step in blueprint.steps)
        self.steps: dict[str, Step] = {step.id: step for step in blueprint.steps}
        self.step_index = {step_id: n for n, step_id in enumerate(self.step_ids)}
        self.cards: dict[str, Card] = {card.id: card for card in blueprint.cards}
        self.card_token = deal(list(self.cards))
        self.place: dict[str, tuple[str, str]] = {card.id: (card.lane, card.step) for card in blueprint.cards}
        self.by_step: defaultdict[str, list[str]] = defaultdict(list)  # card ids, in card order
        for card in blueprint.cards:
            self.by_step[card.step].append(card.id)
        self.connectors: dict[str, Connector] = {connector.id: connector for connector in blueprint.connectors}
        self.connector_token = deal(list(self.connectors))
        self.ends: dict[str, tuple[str, str]] = {c.id: (c.source, c.target) for c in blueprint.connectors}
        self.neighbours: defaultdict[str, dict[str, int]] = defaultdict(dict)  # card -> card -> arrows between them
        self.incident: defaultdict[str, set[str]] = defaultdict(set)
        for connector_id, ends in self.ends.items():
            self._link(connector_id, ends, +1)

    # ------------------------------------------------------------ what a check asks

    def kind(self, card: Card) -> LaneKind:
        return self.lanes[card.lane].kind

    def zone(self, card: Card) -> Zone:
        return self.lanes[card.lane].zone

    def names_evidence(self, card: Card) -> bool:
        """Something the customer sees or touches: physical evidence, a touchpoint, a card tagged so."""
        return self.kind(card) in (
            LaneKind.PHYSICAL_EVIDENCE,
            LaneKind.TOUCHPOINTS,
        ) or not self.touchpoint_tags.isdisjoint(card.facets)

    def in_flow(self, card: Card) -> bool:
        """A card arrows are expected to reach: not a journey row, not physical evidence."""
        return card.lane not in self.journey_rows and self.kind(card) is not LaneKind.PHYSICAL_EVIDENCE

    def linked(self, card_id: str) -> bool:
        return bool(self.neighbours.get(card_id))

    def where(self, card: Card) -> str:
        return f"'{short(card.text)}' ({self.lanes[card.lane].name}, {self.steps[card.step].name or 'unnamed step'})"

    def cards_in(self, step_id: str) -> list[Card]:
        return [self.cards[card_id] for card_id in self.by_step.get(step_id, ())]

    # ------------------------------------------------------------ keeping current

    def rebind(self, blueprint: Blueprint) -> None:
        """Read the objects from `blueprint`, equal to those indexed (a full analysis ran on a
        copy of the document, off the window's thread): edits change the live ones."""
        self.cards = {card.id: card for card in blueprint.cards}
        self.connectors = {connector.id: connector for connector in blueprint.connectors}
        self.renew_steps(blueprint)

    def renew_cards(self, blueprint: Blueprint, touched: set[str]) -> None:
        """Cards `touched` were added, changed, moved or deleted."""
        if not touched:
            return
        if len(blueprint.cards) != len(self.cards) or not touched <= self.cards.keys():
            # Cards came or went (every card that comes is touched): tokens for the new ones.
            present = retoken(self.card_token, blueprint.cards, touched)
            for card_id in touched:
                self.cards.pop(card_id, None)
            self.cards.update(present)  # type: ignore[arg-type]
        for card_id in touched:  # all out first: a stack may hold another touched card that has gone
            old = self.place.pop(card_id, None)
            if old is not None:
                self.by_step[old[1]].remove(card_id)
        for card_id in touched:
            card = self.cards.get(card_id)
            if card is not None:
                self.place[card_id] = (card.lane, card.step)
                stack = self.by_step[card.step]
                token = self.card_token[card_id]
                at = next((n for n, other in enumerate(stack) if self.card_token[other] > token), len(stack))
                stack.insert(at, card_id)

    def renew_connectors(self, blueprint: Blueprint, touched: set[str]) -> None:
        if not touched:
            return
        now = retoken(self.connector_token, blueprint.connectors, touched)
        for connector_id in touched:
            old = self.ends.pop(connector_id, None)
            if old is not None:
                self._link(connector_id, old, -1)
            self.connectors.pop(connector_id, None)
            new = now.get(connector_id)
            if isinstance(new, Connector):
                self.connectors[connector_id] = new
                self.ends[connector_id] = (new.source, new.target)
                self._link(connector_id, self.ends[connector_id], +1)

    def renew_steps(self, blueprint: Blueprint) -> None:
        """Steps were renamed or re-timed (their order is the same: else the caller starts afresh)."""
        self.steps = {step.id: step for step in blueprint.steps}

    def _link(self, connector_id: str, ends: tuple[str, str], sign: int) -> None:
        source, target = ends
        for a, b in ((source, target), (target, source)):
            near = self.neighbours[a]
            count = near.get(b, 0) + sign
            if count > 0:
                near[b] = count
            else:
                near.pop(b, None)
                if not near:
                    del self.neighbours[a]
            if sign > 0:
                self.incident[a].add(connector_id)
            else:
                self.incident[a].discard(connector_id)

    def component(self, seeds: Iterable[str]) -> set[str]:
        """Every card joined to `seeds` by arrows, either way."""
        seen = set(seeds)
        frontier = list(seen)
        while frontier:
            for other in self.neighbours.get(frontier.pop(), ()):
                if other not in seen:
                    seen.add(other)
                    frontier.append(other)
        return seen


def short(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
