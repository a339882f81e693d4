"""What the service could share or automate: support processes, owners and facets (teams,
systems, channels, …) used by several steps or blueprints, and the same activity written in
several lanes. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from blueprint_studio.model import Blueprint, Card, Document, LaneKind, Zone

_WORD = re.compile(r"\w+", re.UNICODE)
# Rows that describe rather than do: the same words there are no duplicated work.
_NOT_WORK = frozenset({LaneKind.PHYSICAL_EVIDENCE, LaneKind.THOUGHTS, LaneKind.FEELINGS, LaneKind.EMOTIONS,
                       LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES})
# Words that do not tell two activities apart, in the languages of the blueprints we meet.
_FILLER = frozenset(
    "a an the of to and or in on at for with by from is are be its their our your "
    "der die das ein eine und oder im in am zu mit von für ist "
    "o a os as um uma de do da dos das e ou em no na com por para é "
    "el la los las un una y en con del le les des et du pour".split()
)


@lru_cache(maxsize=20_000)
def activity_key(text: str) -> str:
    """Two cards doing the same thing share a key: case, punctuation, word order and filler
    words aside ("Check the ID" and "ID check" match)."""
    words = {word for word in _WORD.findall(text.casefold()) if word not in _FILLER}
    return " ".join(sorted(words))


@dataclass(frozen=True)
class Synergy:
    kind: str  # "support process", "owner", "same activity", or a facet's kind: "team", "system", …
    name: str
    card_ids: tuple[tuple[str, str], ...]  # (blueprint id, card id)
    steps: int  # distinct steps (across blueprints) it serves
    blueprints: int
    lanes: tuple[str, ...]  # lane names it appears in


def synergies(document: Document, only: Blueprint | None = None) -> list[Synergy]:
    """Things used by two or more steps: the candidates to share or automate, most used first.

    Support processes and owners count across every blueprint of the document (a payment
    gateway used by the as-is and the to-be journey is one system); the same activity in
    several lanes counts within `only`, or within each blueprint.
    """
    found: list[Synergy] = []
    blueprints = document.blueprints
    lanes = {lane.id: lane for blueprint in blueprints for lane in blueprint.lanes}  # ids are unique per document
    support = _group(blueprints, lambda b, c: lanes[c.lane].zone is Zone.SUPPORT, lambda c: activity_key(c.text), lambda c: c.text)
    owners = _group(blueprints, lambda b, c: True, lambda c: (c.failure.owner if c.failure and c.failure.owner else c.owner).casefold().strip(), lambda c: c.failure.owner if c.failure and c.failure.owner else c.owner)
    tagged: dict[str, list[tuple[Blueprint, Card]]] = {}
    for blueprint in blueprints:
        for card in blueprint.cards:
            for facet_id in card.facets:
                tagged.setdefault(facet_id, []).append((blueprint, card))
    facets = [(facet.kind.value, [(facet.name, tagged[facet.id])]) for facet in document.facets if facet.id in tagged]
    for kind, groups in (("support process", support), ("owner", owners), *facets):
        for name, members in groups:
            if only is not None and not any(b.id == only.id for b, _ in members):
                continue
            steps = {(b.id, c.step) for b, c in members}
            if len(steps) >= 2:
                found.append(_synergy(kind, name, members, steps))
    for blueprint in [only] if only is not None else blueprints:
        for name, members in _group([blueprint], lambda b, c: lanes[c.lane].kind not in _NOT_WORK, lambda c: activity_key(c.text), lambda c: c.text):
            if len({c.lane for _, c in members}) >= 2:
                found.append(_synergy("same activity", name, members, {(b.id, c.step) for b, c in members}))
    return sorted(found, key=lambda s: (-s.steps, -s.blueprints, s.kind, s.name.casefold()))


def _synergy(kind: str, name: str, members: list[tuple[Blueprint, Card]], steps: set[tuple[str, str]]) -> Synergy:
    lane_names = {lane.id: lane.name for b, _ in members for lane in b.lanes}
    lanes = tuple(dict.fromkeys(lane_names[c.lane] for _, c in members))
    return Synergy(kind, name, tuple((b.id, c.id) for b, c in members), len(steps), len({b.id for b, _ in members}), lanes)


def _group(blueprints: Iterable[Blueprint], keep, key_of, name_of) -> list[tuple[str, list[tuple[Blueprint, Card]]]]:  # type: ignore[no-untyped-def]
    groups: dict[str, list[tuple[Blueprint, Card]]] = {}
    names: dict[str, str] = {}
    for blueprint in blueprints:
        for card in blueprint.cards:
            if not keep(blueprint, card):
                continue
            key = key_of(card)
            if key:
                groups.setdefault(key, []).append((blueprint, card))
                names.setdefault(key, name_of(card))
    return [(names[key], members) for key, members in groups.items()]

