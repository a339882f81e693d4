"""A card's marks, times, facets and owner as a line a person can type in a spreadsheet cell:
``[fail] [wait 8 min] [takes 3-5 min] [team: Front office] [owner: Night manager]``. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from blueprint_studio.model import Card, Duration, Facet, FacetKind, Marks
from blueprint_studio.model.durations import parse_duration

MARK_WORDS = {
    "fail_point": "fail",
    "wait_point": "wait",
    "decision_point": "decision",
    "pain_point": "pain",
    "opportunity": "opportunity",
    "start": "start",
    "end": "end",
    "exit": "exit",
    "item_missing": "missing",
}
_MARK_OF = {word: name for name, word in MARK_WORDS.items()} | {
    "opp": "opportunity",
    "fail point": "fail_point",
    "wait point": "wait_point",
    "f": "fail_point",
    "fp": "fail_point",
    "w": "wait_point",
}
FACET_WORDS = {
    FacetKind.TEAM: "team",
    FacetKind.SYSTEM: "system",
    FacetKind.CHANNEL: "channel",
    FacetKind.TOUCHPOINT: "touchpoint",
    FacetKind.ACTOR: "actor",
}
_FACET_OF = {word: kind for kind, word in FACET_WORDS.items()} | {
    "department": FacetKind.TEAM,
    "software": FacetKind.SYSTEM,
}
_TAG = re.compile(r"\[([^\[\]]*)\]")
_TAG_LINE = re.compile(r"^\s*(\[[^\[\]]*\]\s*)+$")


class TagError(ValueError):
    """A tag that is not one of ours (the message says which and what is allowed)."""


@dataclass
class Tags:
    marks: Marks = field(default_factory=Marks)
    duration: Duration | None = None
    facets: list[tuple[FacetKind, str]] = field(default_factory=list)
    owner: str = ""


def is_tag_line(line: str) -> bool:
    return _TAG_LINE.match(line) is not None


def format_tags(card: Card, vocabulary: dict[str, Facet]) -> str:
    parts = []
    for name in card.marks.names():
        word = MARK_WORDS[name]
        if name == "wait_point" and card.marks.wait_duration is not None:
            word = f"wait {card.marks.wait_duration.text()}"
        parts.append(f"[{word}]")
    if card.duration is not None:
        parts.append(f"[takes {card.duration.text()}]")
    for facet_id in card.facets:
        facet = vocabulary.get(facet_id)
        if facet is not None:
            parts.append(f"[{FACET_WORDS[facet.kind]}: {facet.name}]")
    if card.owner:
        parts.append(f"[owner: {card.owner}]")
    return " ".join(parts)


def parse_tags(line: str) -> Tags:
    tags = Tags()
    for raw in _TAG.findall(line):
        word = " ".join(raw.split())
        lowered = word.casefold()
        head, colon, rest = word.partition(":")
        if colon and head.strip().casefold() == "owner":
            tags.owner = rest.strip()
        elif colon and head.strip().casefold() in _FACET_OF:
            if not rest.strip():
                raise TagError(f"[{word}] names no {head.strip()}")
            tags.facets.append((_FACET_OF[head.strip().casefold()], rest.strip()))
        elif lowered in _MARK_OF:
            setattr(tags.marks, _MARK_OF[lowered], True)
        elif lowered.startswith("wait "):
            tags.marks.wait_point = True
            tags.marks.wait_duration = parse_duration(word[5:])
        elif lowered.startswith("takes "):
            tags.duration = parse_duration(word[6:])
        else:
            known = ", ".join(f"[{w}]" for w in MARK_WORDS.values())
            raise TagError(
                f"[{word}] is not a mark; use {known}, [wait 5 min], [takes 3 min] or [team: …], [system: …], "
                "[channel: …], [touchpoint: …], [actor: …]"
            )
    return tags
