"""Blueprint → Geometry: lane bands, step columns, the three lines, cards, arrows. Pure.

Deterministic: the same blueprint always gives the same geometry, so the canvas, the PDF
and the tests agree to the point.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from blueprint_studio.layout import emotion, style
from blueprint_studio.layout.fonts import BOLD, REGULAR, metrics
from blueprint_studio.layout.geometry import (
    Badge,
    CardBox,
    Chip,
    EmotionChart,
    Geometry,
    LaneBand,
    LineRule,
    Rect,
    StageSpan,
    StepColumn,
)
from blueprint_studio.layout.labels import place_labels, place_notes
from blueprint_studio.layout.routing import route_all
from blueprint_studio.layout.text import wrap
from blueprint_studio.model import Blueprint, Card, Document, Facet, LaneKind, Marks, Persona
from blueprint_studio.model.lanes import LINE_ABOVE, LINE_TITLES

_TEXT_WIDTH = style.CARD_WIDTH - 2 * style.CARD_PADDING
_CARD_X_OFFSET = (style.COLUMN_WIDTH - style.CARD_WIDTH) / 2
_LINE_AFTER_ZONE = {zone: line for line, zone in LINE_ABOVE.items()}
_NO_MARKS = Marks()  # most cards: no badges, nothing to measure


def compute_for(document: Document, blueprint: Blueprint) -> Geometry:
    """A blueprint of `document` with everything the document lends it: personas, facets, photos."""
    return compute(blueprint, document.personas, document.facets, document.assets)


def compute(
    blueprint: Blueprint,
    personas: Sequence[Persona] = (),
    facets: Sequence[Facet] = (),
    assets: Mapping[str, bytes] | None = None,
) -> Geometry:
    """The geometry of what the blueprint's view shows. `personas` are the document's; the
    Emotions row draws the curves of those the blueprint follows. Cards show the `facets`
    they name and their photo when `assets` holds it."""
    left = style.LANE_HEADER_WIDTH
    columns_width = max(1, len(blueprint.steps)) * style.COLUMN_WIDTH
    width = left + columns_width

    step_lines = [wrap(step.name or " ", style.COLUMN_WIDTH - 12, style.HEADER_FONT_SIZE, BOLD) for step in blueprint.steps]
    step_row = max([style.STEP_ROW_HEIGHT] + [14 + len(lines) * 13.5 + 16 for lines in step_lines])
    header_height = style.STAGE_ROW_HEIGHT + step_row
    steps = tuple(
        StepColumn(
            step_id=step.id,
            index=index,
            name_lines=step_lines[index],
            duration=step.duration.text() if step.duration else "",
            header=Rect(left + index * style.COLUMN_WIDTH, style.STAGE_ROW_HEIGHT, style.COLUMN_WIDTH, step_row),
            x=left + index * style.COLUMN_WIDTH,
            width=style.COLUMN_WIDTH,
            moment_of_truth=step.moment_of_truth,
        )
        for index, step in enumerate(blueprint.steps)
    )

    shown = blueprint.shown_lanes()
    shown_ids = {lane.id for lane in shown}
    cells: dict[tuple[str, str], list[Card]] = defaultdict(list)
    for card in blueprint.cards:
        if card.lane in shown_ids:
            cells[(card.lane, card.step)].append(card)
    for stack in cells.values():
        stack.sort(key=lambda c: (c.order, c.id))
    vocabulary = {facet.id: facet for facet in facets}
    assets = assets or {}
    images = {card.image: assets[card.image] for stack in cells.values() for card in stack if card.image in assets}
    sizes = {card.id: _measure(card, vocabulary, card.image in images) for stack in cells.values() for card in stack}
    tallest_in: defaultdict[str, float] = defaultdict(float)
    for (lane_id, _), stack in cells.items():
        tallest_in[lane_id] = max(tallest_in[lane_id], sum(sizes[c.id].height for c in stack) + style.CARD_GAP * (len(stack) - 1))

    lanes: list[LaneBand] = []
    lines: list[LineRule] = []
    cards: dict[str, CardBox] = {}
    chart: EmotionChart | None = None
    step_x = {column.step_id: column.x for column in steps}
    y = header_height
    previous_zone = None
    for lane in shown:
        if previous_zone is not None and lane.zone is not previous_zone:
            line = _LINE_AFTER_ZONE.get(previous_zone)
            if line is not None:
                lines.append(LineRule(line, LINE_TITLES[line], y + style.LINE_BAND / 2, 0.0, width))
            y += style.LINE_BAND
        previous_zone = lane.zone
        name_lines = wrap(lane.name or " ", style.LANE_HEADER_WIDTH - 20, style.HEADER_FONT_SIZE, BOLD)
        about = wrap(lane.description, style.LANE_HEADER_WIDTH - 20, style.SMALL_FONT_SIZE) if blueprint.describe_lanes and lane.description else ()
        chart_plan = emotion.plan(blueprint, personas, steps) if lane.kind is LaneKind.EMOTIONS and chart is None else None
        if chart_plan is not None:
            height = chart_plan.height(len(name_lines))
        else:
            named = 10 + len(name_lines) * 14 + len(about) * style.SMALL_LINE_HEIGHT + 8
            height = max(style.LANE_MIN_HEIGHT, named, tallest_in[lane.id] + 2 * style.LANE_PADDING)
        colours = style.lane_colours(lane.kind, lane.zone)
        band = LaneBand(
            lane_id=lane.id,
            name=lane.name,
            kind=lane.kind,
            zone=lane.zone,
            rect=Rect(0.0, y, width, height),
            band_colour=colours.band,
            card_colour=colours.card,
            edge_colour=colours.edge,
            name_lines=name_lines,
            description_lines=about,
        )
        lanes.append(band)
        if chart_plan is not None:
            chart = emotion.place(chart_plan, lane.id, band.rect, len(name_lines), steps, width)
        for step_id, x in step_x.items():
            top = y + style.LANE_PADDING
            for index, card in enumerate(cells.get((lane.id, step_id), ())):
                measured = sizes[card.id]
                rect = Rect(x + _CARD_X_OFFSET, top, style.CARD_WIDTH, measured.height)
                cards[card.id] = _card_box(card, index, rect, measured, card.colour or colours.card, colours.edge, vocabulary)
                top += measured.height + style.CARD_GAP
        y += height

    grid = Rect(left, header_height, columns_width, y - header_height)
    cell_cards = {key: tuple(c.id for c in stack) for key, stack in cells.items() if all(c.id in cards for c in stack)}
    notes = place_notes(blueprint.line_notes, lines, steps)
    connectors = place_labels(route_all(blueprint.connectors, cards, steps, tuple(lanes)), cards, lines, notes, grid, steps)
    return Geometry(
        blueprint_id=blueprint.id,
        width=width,
        height=y,
        grid=grid,
        lanes=tuple(lanes),
        steps=steps,
        stages=_stage_spans(blueprint, steps),
        lines=tuple(lines),
        cards=cards,
        connectors=connectors,
        chart=chart,
        notes=notes,
        images=images,
        _cell_cards=cell_cards,
    )


def _stage_spans(blueprint: Blueprint, steps: tuple[StepColumn, ...]) -> tuple[StageSpan, ...]:
    """Consecutive steps of one stage share a header; a stage split by a move shows twice."""
    names = {stage.id: stage.name for stage in blueprint.stages}
    spans: list[StageSpan] = []
    for step, column in zip(blueprint.steps, steps):
        if spans and spans[-1].stage_id == step.stage:
            last = spans[-1]
            spans[-1] = StageSpan(last.stage_id, last.name, Rect(last.rect.x, 0.0, last.rect.width + column.width, style.STAGE_ROW_HEIGHT))
        else:
            spans.append(StageSpan(step.stage, names.get(step.stage or "", ""), Rect(column.x, 0.0, column.width, style.STAGE_ROW_HEIGHT)))
    return tuple(spans)


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
    used = _TEXT_WIDTH + 1
    for index, width in enumerate(widths):
        if used + width > _TEXT_WIDTH:
            rows.append([])
            used = 0.0
        rows[-1].append(index)
        used += width + style.BADGE_GAP
    return rows


_CHIP_TEXT = _TEXT_WIDTH - style.CHIP_DOT - 9


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
        specs.append(_ChipSpec(lines, facet.colour, width, max(style.BADGE_SIZE, len(lines) * style.SMALL_LINE_HEIGHT + 3.5)))
    return specs


class _Measured(NamedTuple):
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
    measured = _measure(card, {facet.id: facet for facet in facets}, has_photo)
    return measured.lines, measured.height


def _measure(card: Card, vocabulary: Mapping[str, Facet], has_photo: bool) -> _Measured:
    lines = wrap(card.text, _TEXT_WIDTH, style.FONT_SIZE)
    photo = style.PHOTO_HEIGHT + style.BADGE_GAP if has_photo else 0.0
    chips = _chip_specs(card, vocabulary) if card.facets else []
    chip_rows = _pack([chip.width for chip in chips])
    badges = [(mark, label, min(_badge_width(label), _TEXT_WIDTH)) for mark, label in _badge_specs(card)] if card.marks != _NO_MARKS else []
    badge_rows = _pack([width for _, _, width in badges])
    height = (
        2 * style.CARD_PADDING + photo + len(lines) * style.LINE_HEIGHT
        + sum(max(chips[i].height for i in row) + style.BADGE_GAP for row in chip_rows)
        + len(badge_rows) * (style.BADGE_SIZE + style.BADGE_GAP)
    )
    return _Measured(photo, lines, chips, chip_rows, badges, badge_rows, max(style.CARD_MIN_HEIGHT, height))


def _card_box(card: Card, index: int, rect: Rect, measured: _Measured, fill: str, edge: str, vocabulary: Mapping[str, Facet]) -> CardBox:
    inner_x = rect.x + style.CARD_PADDING
    # Chips and badges sit at the bottom of the card, chips above badges.
    y = rect.bottom - style.CARD_PADDING - len(measured.badge_rows) * (style.BADGE_SIZE + style.BADGE_GAP) + style.BADGE_GAP
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
    photo = Rect(inner_x, rect.y + style.CARD_PADDING, _TEXT_WIDTH, style.PHOTO_HEIGHT) if measured.photo else None
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
