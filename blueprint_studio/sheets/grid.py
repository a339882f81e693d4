"""A blueprint as the grid designers draft in a spreadsheet (reading it back is `importer`'s
job). Pure: rows of strings.

    Stage     | Arrive            | Arrive   | …
    Step      | Travel and arrive | Check in | …
    Duration  | 45 min            | 10 min   | …
    Emotions: Ana Müller | -1     | -2       | …
    Physical evidence    | Taxi from the station\\n\\nHotel façade | …
    Line of interaction  |
    Frontstage           | Receptionist finds the booking\\n[takes 3-5 min] [team: Front office] | …

One row per lane, one column per step; a cell holds the texts of its cards top to bottom,
separated by a blank line, each followed by a line of tags for its marks, time and facets.
Under the lanes, an "Arrows" block names each arrow's ends as ``step › lane › position: text``.
Lanes are matched to kinds by name; a lane with another name is a custom lane in the zone it
sits in, which the "Line of …" rows (or the standard lanes around it) tell.
"""

from __future__ import annotations

import re

from blueprint_studio.model import Blueprint, Card, Document, LaneKind, Zone
from blueprint_studio.model.lanes import LINE_ABOVE
from blueprint_studio.sheets.tags import format_tags

Grid = list[list[str]]


class SheetError(ValueError):
    """Where a grid cannot become a blueprint: the message starts with the cell (``Sheet1!D7: …``)."""


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# ---------------------------------------------------------------- blueprint → grid


def cells_of(blueprint: Blueprint) -> dict[tuple[str, str], list[Card]]:
    """Every cell's cards, top to bottom, in one pass (not a pass over all cards per cell)."""
    return blueprint.cards_in_cells({(card.lane, card.step) for card in blueprint.cards})


def to_grid(document: Document, blueprint: Blueprint) -> Grid:
    steps = blueprint.steps
    cells = cells_of(blueprint)
    stages = {stage.id: stage.name for stage in blueprint.stages}
    vocabulary = {facet.id: facet for facet in document.facets}
    rows: Grid = [
        ["Blueprint", blueprint.title],  # a sheet's name holds 31 characters; the title may be longer
        ["Stage", *(stages.get(step.stage or "", "") for step in steps)],
        ["Step", *(step.name for step in steps)],
        ["Duration", *(step.duration.text() if step.duration else "" for step in steps)],
    ]
    previous: Zone | None = None
    for lane in blueprint.lanes:
        if previous is not None and lane.zone is not previous:
            line = next(line for line, zone in LINE_ABOVE.items() if zone is previous)
            rows.append([blueprint.line_title(line), *[""] * len(steps)])
        previous = lane.zone
        if lane.kind is LaneKind.EMOTIONS:
            rows.extend(_emotion_rows(document, blueprint))
            continue
        row = []
        for step in steps:
            blocks = []
            for card in cells.get((lane.id, step.id), ()):
                text = sheet_text(card.text) or "…"
                tags = format_tags(card, vocabulary)
                blocks.append(f"{text}\n{tags}" if tags else text)
            row.append("\n\n".join(blocks))
        rows.append([lane.name, *row])
    if blueprint.connectors:
        rows.append([])
        rows.append(["Arrows", "from", "to", "kind", "label"])
        cards = {card.id: card for card in blueprint.cards}
        names = {step.id: step.name for step in steps} | {lane.id: lane.name for lane in blueprint.lanes}
        for arrow in blueprint.connectors:
            rows.append(
                [
                    "",
                    card_reference(arrow.source, cards, cells, names),
                    card_reference(arrow.target, cards, cells, names),
                    arrow.kind.value,
                    arrow.label,
                ]
            )
    return rows


def card_reference(
    card_id: str, cards: dict[str, Card], cells: dict[tuple[str, str], list[Card]], names: dict[str, str]
) -> str:
    """How a person finds a card: ``Check in › Frontstage › 1: Receptionist finds the booking``."""
    card = cards[card_id]
    position = [c.id for c in cells[(card.lane, card.step)]].index(card_id) + 1
    words = " ".join(card.text.split())
    return f"{names[card.step]} › {names[card.lane]} › {position}: {words[:60]}{'…' if len(words) > 60 else ''}"


def sheet_text(text: str) -> str:
    """A card's text as a cell holds it: no blank lines (they separate cards) and no spaces
    around it (spreadsheets trim them)."""
    return re.sub(r"\n\s*\n", "\n", text.strip())


def _emotion_rows(document: Document, blueprint: Blueprint) -> Grid:
    rows: Grid = []
    for persona in document.followed_personas(blueprint):
        for to_be in (False, True):
            scores = {p.step: p.score for p in blueprint.emotions if p.persona == persona.id and p.to_be == to_be}
            if to_be and not scores:
                continue
            label = f"Emotions{' (to-be)' if to_be else ''}: {persona.name}"
            rows.append([label, *(f"{scores[s.id]:g}" if s.id in scores else "" for s in blueprint.steps)])
    return rows or [["Emotions", *[""] * len(blueprint.steps)]]
