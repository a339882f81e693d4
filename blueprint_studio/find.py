"""Finding words across a document: card texts, notes and owners in every blueprint, and the
names of the facets cards are tagged with. Pure; the window only lists what it returns, and
replacing is a command (`editing.replace`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from blueprint_studio.model import Document

CARD_FIELDS = ("text", "notes", "owner")
ALL_FIELDS = frozenset((*CARD_FIELDS, "facets"))
FIELD_WORDS = {"text": "text", "notes": "notes", "owner": "owner", "facets": "facet"}
_CONTEXT = 40  # characters shown either side of a match


@dataclass(frozen=True)
class Query:
    words: str
    match_case: bool = False
    whole_words: bool = False
    fields: frozenset[str] = field(default=ALL_FIELDS)

    def pattern(self) -> re.Pattern[str] | None:
        """None for an empty query (it finds nothing rather than everything)."""
        if not self.words:
            return None
        body = re.escape(self.words)
        if self.whole_words:
            body = rf"(?<!\w){body}(?!\w)"
        return re.compile(body, 0 if self.match_case else re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    """One match: in a card's field (card_id) or in a facet's name (facet_id)."""

    blueprint_id: str | None
    card_id: str | None
    facet_id: str | None
    field: str
    start: int
    end: int
    before: str  # the field's text just before the match, one line
    match: str
    after: str
    where: str  # "Hotel stay · Check in · Backstage", or "facet (team)"

    @property
    def key(self) -> tuple[str | None, str | None, str | None, str]:
        """Which field of which object: replacing works per field."""
        return (self.blueprint_id, self.card_id, self.facet_id, self.field)


def find(document: Document, query: Query) -> list[Hit]:
    """Every match, blueprint by blueprint in card order (a card's fields in order), then facets."""
    pattern = query.pattern()
    if pattern is None:
        return []
    hits: list[Hit] = []
    for blueprint in document.blueprints:
        steps = {step.id: step.name for step in blueprint.steps}
        lanes = {lane.id: lane.name for lane in blueprint.lanes}
        for card in blueprint.cards:
            for name in CARD_FIELDS:
                value = getattr(card, name)
                if name in query.fields and value:
                    where = f"{blueprint.title} · {steps.get(card.step, '?')} · {lanes.get(card.lane, '?')}"
                    hits.extend(_matches(pattern, value, blueprint.id, card.id, None, name, where))
    if "facets" in query.fields:
        for facet in document.facets:
            hits.extend(_matches(pattern, facet.name, None, None, facet.id, "facets", f"facet ({facet.kind.value})"))
    return hits


def _matches(
    pattern: re.Pattern[str],
    value: str,
    blueprint_id: str | None,
    card_id: str | None,
    facet_id: str | None,
    name: str,
    where: str,
) -> list[Hit]:
    found = []
    for match in pattern.finditer(value):
        before = value[max(0, match.start() - _CONTEXT) : match.start()].rsplit("\n", 1)[-1]
        after = value[match.end() : match.end() + _CONTEXT].split("\n", 1)[0]
        found.append(
            Hit(blueprint_id, card_id, facet_id, name, match.start(), match.end(), before, match.group(), after, where)
        )
    return found


def replaced(value: str, query: Query, replacement: str, only: tuple[int, int] | None = None) -> str:
    """`value` with every match (or only the one at `only`, start and end) replaced; the
    replacement is taken literally (no backslash escapes)."""
    pattern = query.pattern()
    if pattern is None:
        return value

    def swap(match: re.Match[str]) -> str:
        return replacement if only is None or (match.start(), match.end()) == only else match.group()

    return pattern.sub(swap, value)
