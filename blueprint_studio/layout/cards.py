"""A card's size and inner parts: wrapped text, photo, facet chips, mark badges. Pure."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from blueprint_studio.layout import style
from blueprint_studio.layout.fonts import REGULAR, metrics
from blueprint_studio.layout.geometry import Badge, CardBox, Chip, Rect
from blueprint_studio.layout.text import wrap
from blueprint_studio.model import Card, Facet, Marks

TEXT_WIDTH = style.CARD_WIDTH - 2 * style.CARD_PADDING
_NO_MARKS = Marks()  # most cards: no badges, nothing to measure


def _badge_specs(card: Card) -> list[tuple[str, str]]:
    specs = []
    for mark in card.marks.names():
        label = card.marks.wait_duration.text() if mark == "wait_point" and card.marks.wait_duration else ""
        specs.append((mark, label))
    return specs


def _badge_width(label: str) -> float:
    if not label:
        return style.BADGE_SIZE
    return style.BADGE_SIZE + 3 + metrics(REGULAR).width(label, style.SMALL_FONT_SIZE) + 3


def _pack(widths: Sequence[float]) -> list[list[int]]:
    """Items of these widths in rows no wider than a card's text, in order (indices)."""
    rows: list[list[int]] = []
    used = TEXT_WIDTH + 1
    for index, width in enumerate(widths):
        if used + width > TEXT_WIDTH:
            rows.append([])
            used = 0.0
        rows[-1].append(index)
        used += width + style.BADGE_GAP
    return rows


_CHIP_TEXT = TEXT_WIDTH - style.CHIP_DOT - 9


class _ChipSpec(NamedTuple):
    lines: tuple[str, ...]
    colour: str
    width: float
    height: float


def _chip_specs(card: Card, vocabulary: Mapping[str, Facet]) -> list[_ChipSpec]:
    specs = []
    for facet_id in card.facets:
        facet = vocabulary.get(facet_id)
        if facet is None:
            continue
        lines = wrap(facet.name or " ", _CHIP_TEXT, style.SMALL_FONT_SIZE)
        width = style.CHIP_DOT + 9 + max(metrics(REGULAR).width(line, style.SMALL_FONT_SIZE) for line in lines)
        specs.append(
            _ChipSpec(lines, facet.colour, width, max(style.BADGE_SIZE, len(lines) * style.SMALL_LINE_HEIGHT + 3.5))
        )
    return specs


class Measured(NamedTuple):
    """A card's photo, wrapped text, chips and badge rows: worked out once, used for size and box."""

    photo: float  # height of the photo area (0: none)
    lines: tuple[str, ...]
    chips: list[_ChipSpec]
    chip_rows: list[list[int]]
    badges: list[tuple[str, str, float]]
    badge_rows: list[list[int]]
    height: float


def card_size(card: Card, facets: Sequence[Facet] = (), has_photo: bool = False) -> tuple[tuple[str, ...], float]:
    """A card's wrapped lines and height, as the layout would place it, without laying out
    the blueprint around it (a compared card drawn as a ghost)."""
    measured = measure(card, {facet.id: facet for facet in facets}, has_photo)
    return measured.lines, measured.height


def measure(card: Card, vocabulary: Mapping[str, Facet], has_photo: bool) -> Measured:
    lines = wrap(card.text, TEXT_WIDTH, style.FONT_SIZE)
    photo = style.PHOTO_HEIGHT + style.BADGE_GAP if has_photo else 0.0
    chips = _chip_specs(card, vocabulary) if card.facets else []
    chip_rows = _pack([chip.width for chip in chips])
    badges = (
        [(mark, label, min(_badge_width(label), TEXT_WIDTH)) for mark, label in _badge_specs(card)]
        if card.marks != _NO_MARKS
        else []
    )
    badge_rows = _pack([width for _, _, width in badges])
    height = (
        2 * style.CARD_PADDING
        + photo
        + len(lines) * style.LINE_HEIGHT
        + sum(max(chips[i].height for i in row) + style.BADGE_GAP for row in chip_rows)
        + len(badge_rows) * (style.BADGE_SIZE + style.BADGE_GAP)
    )
    return Measured(photo, lines, chips, chip_rows, badges, badge_rows, max(style.CARD_MIN_HEIGHT, height))


def card_box(
    card: Card, index: int, rect: Rect, measured: Measured, fill: str, edge: str, vocabulary: Mapping[str, Facet]
) -> CardBox:
    inner_x = rect.x + style.CARD_PADDING
    # Chips and badges sit at the bottom of the card, chips above badges.
    y = (
        rect.bottom
        - style.CARD_PADDING
        - len(measured.badge_rows) * (style.BADGE_SIZE + style.BADGE_GAP)
        + style.BADGE_GAP
    )
    y -= sum(max(measured.chips[i].height for i in row) + style.BADGE_GAP for row in measured.chip_rows)
    chips: list[Chip] = []
    for row in measured.chip_rows:
        x = inner_x
        for i in row:
            chip = measured.chips[i]
            chips.append(Chip(Rect(x, y, chip.width, chip.height), chip.lines, chip.colour))
            x += chip.width + style.BADGE_GAP
        y += max(measured.chips[i].height for i in row) + style.BADGE_GAP
    badges: list[Badge] = []
    for row in measured.badge_rows:
        x = inner_x
        for i in row:
            mark, label, badge_width = measured.badges[i]
            badges.append(Badge(mark, Rect(x, y, badge_width, style.BADGE_SIZE), label))
            x += badge_width + style.BADGE_GAP
        y += style.BADGE_SIZE + style.BADGE_GAP
    photo = Rect(inner_x, rect.y + style.CARD_PADDING, TEXT_WIDTH, style.PHOTO_HEIGHT) if measured.photo else None
    return CardBox(
        card_id=card.id,
        lane_id=card.lane,
        step_id=card.step,
        index=index,
        rect=rect,
        lines=measured.lines,
        text_top=rect.y + style.CARD_PADDING + measured.photo,
        fill=fill,
        edge=edge,
        badges=tuple(badges),
        has_notes=bool(card.notes),
        chips=tuple(chips),
        photo=photo,
        image=card.image if photo is not None else None,
    )
