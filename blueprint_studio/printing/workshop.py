"""The workshop sheet: the empty grid of a blueprint, printed so that each cell takes real
sticky notes (76 mm by default), for a wall to fill by hand.

The lanes, lines, stages and named steps come from the blueprint; the cards do not. The
print scale is fixed by the note size (a column holds one note and a margin each side), and
each cell shows where its notes go as dashed squares.
"""

from __future__ import annotations

from dataclasses import replace

from blueprint_studio.layout import Rect, compute, style
from blueprint_studio.model import Blueprint, Document, LaneKind
from blueprint_studio.printing.paper import MM
from blueprint_studio.printing.pdf import Poster, make_poster
from blueprint_studio.words import QT_TR_NOOP, Say, english

MARGIN = 6 * MM  # around each note, on paper


def workshop_poster(
    document: Document, blueprint: Blueprint, sticky: float = 76 * MM, per_cell: int = 1, say: Say = english
) -> tuple[Poster, float]:
    """The empty grid as a poster, and the scale it must print at for `sticky`-sized notes
    (`per_cell` of them stacked in each cell)."""
    scale = (sticky + 2 * MARGIN) / style.COLUMN_WIDTH
    side, gap = sticky / scale, MARGIN / scale
    empty = blueprint.model_copy(update={"cards": [], "connectors": [], "emotions": [], "line_notes": []})
    for step in empty.steps:
        step.duration = None
    geometry = compute(empty, document.personas, document.facets, {}, lane_floor=per_cell * (side + gap) + gap)
    notes: list[Rect] = []
    for band in geometry.lanes:
        if band.kind is LaneKind.EMOTIONS:
            continue
        for column in geometry.steps:
            x = column.x + (column.width - side) / 2
            notes.extend(Rect(x, band.rect.y + gap + n * (side + gap), side, side) for n in range(per_cell))
    title = say(QT_TR_NOOP("{title} — workshop sheet")).format(title=blueprint.title)
    poster = make_poster(document, empty.model_copy(update={"title": title}), geometry, say)
    return replace(poster, stickies=tuple(notes), persona_cards=()), scale
