"""Persona cards for the printed title block: who the journey follows, in their colour.

Measured with the bundled font like everything else, so a card is as tall as its text and
nothing is cut off; photos are drawn from the document's assets.
"""

from __future__ import annotations

from dataclasses import dataclass

from blueprint_studio.drawing.ops import Box, Image, Op, Pen, text
from blueprint_studio.drawing.scheme import LIGHT, Scheme
from blueprint_studio.layout import Rect, style
from blueprint_studio.layout.fonts import BOLD
from blueprint_studio.layout.shapes import baseline
from blueprint_studio.layout.text import wrap
from blueprint_studio.model import Persona
from blueprint_studio.words import QT_TR_NOOP, Say, english

CARD_WIDTH = 250.0
GAP = 12.0
PAD = 9.0
PHOTO = 44.0
_SMALL = style.SMALL_FONT_SIZE
_LINE = 10.5


@dataclass(frozen=True)
class Line:
    text: str
    size: float
    bold: bool
    ink: str
    dy: float  # top of this line below the card's top


@dataclass(frozen=True)
class PersonaCard:
    persona: Persona
    x: float  # relative to the row of cards
    y: float
    height: float
    lines: tuple[Line, ...]


def _lines(persona: Persona, say: Say) -> tuple[list[Line], float]:
    inner = CARD_WIDTH - 2 * PAD - 4
    head_x_room = inner - (PHOTO + 8 if persona.photo else 0)
    lines: list[Line] = []
    y = PAD

    def add(
        value: str, size: float, width: float, bold: bool = False, ink: str = style.INK, lead: float = _LINE
    ) -> None:
        nonlocal y
        for part in wrap(value, width, size, BOLD if bold else "BlueprintSans"):
            lines.append(Line(part, size, bold, ink, y))
            y += lead

    add(persona.name or say(QT_TR_NOOP("Unnamed persona")), style.HEADER_FONT_SIZE, head_x_room, bold=True, lead=13.5)
    if persona.role:
        add(persona.role, _SMALL, head_x_room, ink=style.MUTED_INK)
    if persona.photo:
        y = max(y, PAD + PHOTO + 4)
    if persona.quote:
        add(f"“{persona.quote}”", _SMALL, inner)
    if persona.description:
        add(persona.description, _SMALL, inner, ink=style.MUTED_INK)
    for title, entries in (
        (QT_TR_NOOP("Goals"), persona.goals),
        (QT_TR_NOOP("Needs"), persona.needs),
        (QT_TR_NOOP("Frustrations"), persona.frustrations),
    ):
        if entries:
            y += 2
            add(say(title), _SMALL, inner, bold=True)
            for entry in entries:
                add(f"• {entry}", _SMALL, inner)
    return lines, y + PAD - 2


def layout_cards(personas: list[Persona], width: float, say: Say = english) -> tuple[tuple[PersonaCard, ...], float]:
    """Cards left to right, wrapping to a new row when `width` is full; returns them and the height."""
    per_row = max(1, int((width + GAP) // (CARD_WIDTH + GAP)))
    cards: list[PersonaCard] = []
    top = 0.0
    for start in range(0, len(personas), per_row):
        row = [_lines(persona, say) for persona in personas[start : start + per_row]]
        height = max(h for _, h in row)
        for n, (persona, (lines, _)) in enumerate(zip(personas[start : start + per_row], row, strict=True)):
            cards.append(PersonaCard(persona, n * (CARD_WIDTH + GAP), top, height, tuple(lines)))
        top += height + GAP
    return tuple(cards), max(0.0, top - GAP)


def card_ops(
    cards: tuple[PersonaCard, ...], x: float, y: float, assets: dict[str, bytes], s: Scheme = LIGHT
) -> list[Op]:
    """The persona cards with the row's top-left at (x, y)."""
    ops: list[Op] = []
    for card in cards:
        left, top = x + card.x, y + card.y
        ops.append(Box(Rect(left, top, CARD_WIDTH, card.height), s("#ffffff"), Pen(s(style.GRID), 0.8), 5))
        ops.append(Box(Rect(left, top, 4, card.height), s(card.persona.colour)))
        text_x = left + PAD + 4
        photo = assets.get(card.persona.photo or "")
        if photo is not None:
            ops.append(Image(Rect(text_x, top + PAD, PHOTO, PHOTO), card.persona.photo or "", photo, s(style.GRID)))
        for line in card.lines:
            head = line.dy < PAD + PHOTO and photo is not None
            ops.append(
                text(
                    text_x + (PHOTO + 8 if head else 0),
                    baseline(top + line.dy, line.size),
                    line.text,
                    line.size,
                    s(line.ink),
                    line.bold,
                    ground=s("#ffffff"),
                )
            )
    return ops
