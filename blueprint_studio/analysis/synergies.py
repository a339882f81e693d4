"""What the service could share or automate: support processes, owners and facets (teams,
systems, channels, …) used by several steps or blueprints, and the same activity written in
several lanes. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from blueprint_studio.model import Blueprint, Card, Document, Facet, Lane, LaneKind, Zone

_WORD = re.compile(r"\w+", re.UNICODE)
# Rows that describe rather than do: the same words there are no duplicated work.
_NOT_WORK = frozenset(
    {
        LaneKind.PHYSICAL_EVIDENCE,
        LaneKind.THOUGHTS,
        LaneKind.FEELINGS,
        LaneKind.EMOTIONS,
        LaneKind.TOUCHPOINTS,
        LaneKind.PAIN_POINTS,
        LaneKind.OPPORTUNITIES,
    }
)
# Words that do not tell two activities apart, in the languages of the blueprints we meet.
_FILLER = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "and",
        "or",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "is",
        "are",
        "be",
        "its",
        "their",
        "our",
        "your",
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "und",
        "oder",
        "im",
        "in",
        "am",
        "zu",
        "mit",
        "von",
        "für",
        "ist",
        "o",
        "a",
        "os",
        "as",
        "um",
        "uma",
        "de",
        "do",
        "da",
        "dos",
        "das",
        "e",
        "ou",
        "em",
        "no",
        "na",
        "com",
        "por",
        "para",
        "é",
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "y",
        "en",
        "con",
        "del",
        "le",
        "les",
        "des",
        "et",
        "du",
        "pour",
    ]
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


class Member(NamedTuple):
    """A card in a group, as much of it as the group's synergy needs."""

    order: tuple[int, float]  # its blueprint's place in the document, its own in the blueprint
    blueprint_id: str
    card_id: str
    step: str
    lane_id: str
    lane: str  # the lane's name
    name: str  # what the group is called when this card comes first


GroupKey = tuple[str, ...]  # ("support", words) | ("owner", name) | ("facet", id) | ("same", blueprint id, words)
_SECTIONS = {"support": 0, "owner": 1, "facet": 2, "same": 3}  # the order groups were listed in, for ties


def memberships(
    card: Card, blueprint: Blueprint, order: tuple[int, float], lanes: Mapping[str, Lane], facets: Mapping[str, Facet]
) -> list[tuple[GroupKey, Member]]:
    """The groups one card belongs to: support process and same activity by its words, owner
    by name, one per facet it is tagged with."""
    lane = lanes[card.lane]

    def member(name: str) -> Member:
        return Member(order, blueprint.id, card.id, card.step, card.lane, lane.name, name)

    found: list[tuple[GroupKey, Member]] = []
    words = activity_key(card.text)
    if lane.zone is Zone.SUPPORT and words:
        found.append((("support", words), member(card.text)))
    owner = card.failure.owner if card.failure and card.failure.owner else card.owner
    if owner.casefold().strip():
        found.append((("owner", owner.casefold().strip()), member(owner)))
    found.extend(
        (("facet", facet_id), member(facets[facet_id].name))
        for facet_id in dict.fromkeys(card.facets)
        if facet_id in facets
    )
    if lane.kind not in _NOT_WORK and words:
        found.append((("same", blueprint.id, words), member(card.text)))
    return found


def synergy_of(key: GroupKey, members: list[Member], only: str | None, facets: Mapping[str, Facet]) -> Synergy | None:
    """The group's synergy, when it is one: used by two steps or more (the same activity: in two
    lanes or more), and, when `only` names a blueprint, it has cards there."""
    if not members:
        return None
    steps = {(m.blueprint_id, m.step) for m in members}
    if key[0] == "same":
        if len({m.lane_id for m in members}) < 2 or (only is not None and key[1] != only):
            return None
        kind = "same activity"
    else:
        if len(steps) < 2 or (only is not None and not any(m.blueprint_id == only for m in members)):
            return None
        kind = {"support": "support process", "owner": "owner"}.get(key[0]) or facets[key[1]].kind.value
    name = facets[key[1]].name if key[0] == "facet" else members[0].name
    return Synergy(
        kind,
        name,
        tuple((m.blueprint_id, m.card_id) for m in members),
        len(steps),
        len({m.blueprint_id for m in members}),
        tuple(dict.fromkeys(m.lane for m in members)),
    )


def most_used_first(
    key: GroupKey, synergy: Synergy, members: list[Member], facet_order: Mapping[str, int]
) -> tuple[object, ...]:
    """Where a synergy sorts: most steps, then most blueprints, kind and name; ties in the order
    the groups are first met (support, owners, facets in the document's order, activities)."""
    within = (facet_order[key[1]], 0.0) if key[0] == "facet" else members[0].order
    return (-synergy.steps, -synergy.blueprints, synergy.kind, synergy.name.casefold(), _SECTIONS[key[0]], within)


def synergies(document: Document, only: Blueprint | None = None) -> list[Synergy]:
    """Things used by two or more steps: the candidates to share or automate, most used first.

    Support processes and owners count across every blueprint of the document (a payment
    gateway used by the as-is and the to-be journey is one system); the same activity in
    several lanes counts within `only`, or within each blueprint.
    """
    # Ids are unique per document.
    lanes = {lane.id: lane for blueprint in document.blueprints for lane in blueprint.lanes}
    facets = {facet.id: facet for facet in document.facets}
    groups: dict[GroupKey, list[Member]] = {}
    for place, blueprint in enumerate(document.blueprints):
        for index, card in enumerate(blueprint.cards):
            for key, member in memberships(card, blueprint, (place, float(index)), lanes, facets):
                groups.setdefault(key, []).append(member)
    return ranked(groups, only.id if only is not None else None, facets)


def ranked(groups: Mapping[GroupKey, list[Member]], only: str | None, facets: Mapping[str, Facet]) -> list[Synergy]:
    facet_order = {facet_id: n for n, facet_id in enumerate(facets)}
    keyed = [
        (most_used_first(key, synergy, members, facet_order), synergy)
        for key, members in groups.items()
        for synergy in [synergy_of(key, members, only, facets)]
        if synergy is not None
    ]
    return [synergy for _, synergy in sorted(keyed, key=lambda pair: pair[0])]
