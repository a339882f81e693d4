"""What one print of a blueprint shows: the blueprint, the notes written on its cards (when
asked for), and the title block with the scenario, the personas it follows and the legend.

The PDF, the PNG, the SVG and the print dialog's preview all draw this one poster, so a PNG
pasted into a slide has the same title and legend as the wall print. Pure.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from blueprint_studio import __version__
from blueprint_studio.drawing import blueprint as parts
from blueprint_studio.drawing.legend import WIDTH as LEGEND_WIDTH
from blueprint_studio.drawing.legend import Legend, legend_for, legend_ops
from blueprint_studio.drawing.ops import Box, Drawing, Line, Op, Pen, text
from blueprint_studio.drawing.personas import PersonaCard, card_ops, layout_cards
from blueprint_studio.drawing.scheme import LIGHT
from blueprint_studio.layout import Geometry, Rect, compute_for, style
from blueprint_studio.layout.fonts import BOLD, metrics
from blueprint_studio.layout.shapes import baseline, centred
from blueprint_studio.layout.text import wrap
from blueprint_studio.model import Blueprint, Document
from blueprint_studio.words import QT_TR_NOOP, Say, english

TITLE_SIZE = 18.0
BLOCK_PADDING = 14.0
NOTES_COLUMN = 300.0
NOTES_GAP = 24.0
_NOTE_LINE = 11.0


@dataclass(frozen=True)
class Footnote:
    """A card's notes and owner, printed under the blueprint against the number on the card."""

    number: int
    card_id: str
    stage: str
    where: str  # "Check in · Frontstage"
    lines: tuple[str, ...]  # the notes and owner, wrapped to the column
    x: float = 0.0
    y: float = 0.0  # top of its first line, below the blueprint

    @property
    def height(self) -> float:
        return (1 + len(self.lines)) * _NOTE_LINE + 6


@dataclass(frozen=True)
class Poster:
    """A blueprint laid out, with its notes and its title block below: what one print shows."""

    blueprint: Blueprint
    geometry: Geometry
    block_lines: tuple[tuple[str, float, bool], ...]  # text, size, bold
    block_height: float
    persona_cards: tuple[PersonaCard, ...] = ()
    assets: dict[str, bytes] | None = None
    legend: Legend | None = None
    stickies: tuple[Rect, ...] = ()  # a workshop sheet's places for sticky notes (dashed)
    say: Say = english  # the printed words' language (legend, footer, page labels)
    footnotes: tuple[Footnote, ...] = ()
    notes_height: float = 0.0
    headings: tuple[tuple[str, float, float], ...] = field(default=())  # the notes' stage names: (text, x, top)

    @property
    def width(self) -> float:
        return self.geometry.width

    @property
    def block_top(self) -> float:
        return self.geometry.height + self.notes_height

    @property
    def height(self) -> float:
        return self.block_top + self.block_height


def make_poster(
    document: Document, blueprint: Blueprint, geometry: Geometry | None = None, say: Say = english, notes: bool = False
) -> Poster:
    """The blueprint as its view shows it, with the title, scenario and the personas it
    follows; with `notes`, the cards' notes and owners numbered on the cards and listed by stage."""
    geometry = geometry or compute_for(document, blueprint)
    text_width = max(200.0, geometry.width - LEGEND_WIDTH - 3 * BLOCK_PADDING)
    lines: list[tuple[str, float, bool]] = [
        (line, TITLE_SIZE, True)
        for line in wrap(blueprint.title or say(QT_TR_NOOP("Untitled blueprint")), text_width, TITLE_SIZE, BOLD)
    ]
    scenario = blueprint.scenario
    details = []
    if scenario.start or scenario.end:
        details.append(
            say(QT_TR_NOOP("Scenario: {start} → {end}")).format(start=scenario.start or "…", end=scenario.end or "…")
        )
    if scenario.goal:
        details.append(say(QT_TR_NOOP("Customer's goal: {goal}")).format(goal=scenario.goal))
    for detail in details:
        lines.extend((line, style.FONT_SIZE, False) for line in wrap(detail, text_width, style.FONT_SIZE))
    cards, cards_height = layout_cards(document.followed_personas(blueprint), text_width, say)
    height = BLOCK_PADDING * 2 + sum(size * 1.3 for _, size, _ in lines) + (cards_height + 10 if cards else 0) + 18
    legend = legend_for(document, blueprint, geometry, say)
    footnotes, headings, notes_height = _footnotes(blueprint, geometry, say) if notes else ((), (), 0.0)
    return Poster(
        blueprint,
        geometry,
        tuple(lines),
        max(height, legend.height + 2 * BLOCK_PADDING),
        cards,
        document.assets,
        legend,
        say=say,
        footnotes=footnotes,
        notes_height=notes_height,
        headings=headings,
    )


def _footnotes(
    blueprint: Blueprint, geometry: Geometry, say: Say
) -> tuple[tuple[Footnote, ...], tuple[tuple[str, float, float], ...], float]:
    """Number the shown cards that carry notes or an owner (by step, then lane, then place in
    the cell), and flow the list into columns across the width, a heading per stage."""
    steps = {column.step_id: column.index for column in geometry.steps}
    lanes = {band.lane_id: n for n, band in enumerate(geometry.lanes)}
    stage_names = {stage.id: stage.name for stage in blueprint.stages}
    written = [
        card for card in blueprint.cards if card.id in geometry.cards and (card.notes.strip() or card.owner.strip())
    ]
    written.sort(
        key=lambda c: (
            steps[geometry.cards[c.id].step_id],
            lanes.get(geometry.cards[c.id].lane_id, 0),
            geometry.cards[c.id].index,
        )
    )
    if not written:
        return (), (), 0.0
    inner = NOTES_COLUMN - 22
    entries = []
    for number, card in enumerate(written, 1):
        step = blueprint.step(card.step)
        body: list[str] = []
        for paragraph in card.notes.strip().splitlines():
            body.extend(wrap(paragraph, inner, style.SMALL_FONT_SIZE) if paragraph.strip() else ())
        if card.owner.strip():
            body.extend(
                wrap(say(QT_TR_NOOP("Owner: {owner}")).format(owner=card.owner.strip()), inner, style.SMALL_FONT_SIZE)
            )
        entries.append(
            Footnote(
                number,
                card.id,
                stage_names.get(step.stage or "", ""),
                f"{step.name} · {blueprint.lane(card.lane).name}",
                tuple(body),
            )
        )
    columns = max(1, int((geometry.width - 2 * BLOCK_PADDING + NOTES_GAP) // (NOTES_COLUMN + NOTES_GAP)))
    heading_height = _NOTE_LINE + 6
    total = sum(entry.height for entry in entries) + heading_height * (1 + len({entry.stage for entry in entries}))
    target = total / columns
    placed: list[Footnote] = []
    headings: list[tuple[str, float, float]] = []
    column, y, stage, deepest = 0, 0.0, None, 0.0
    title_height = 22.0
    for entry in entries:
        needed = entry.height + (heading_height if entry.stage != stage else 0)
        if y > 0 and y + needed > target + 1 and column < columns - 1:
            column, y, stage = column + 1, 0.0, None
        x = BLOCK_PADDING + column * (NOTES_COLUMN + NOTES_GAP)
        if entry.stage != stage:
            stage = entry.stage
            headings.append((stage or say(QT_TR_NOOP("(no stage)")), x, title_height + y))
            y += heading_height
        placed.append(Footnote(entry.number, entry.card_id, entry.stage, entry.where, entry.lines, x, title_height + y))
        y += entry.height
        deepest = max(deepest, y)
    return tuple(placed), tuple(headings), title_height + deepest + BLOCK_PADDING


def poster_drawing(poster: Poster) -> Drawing:
    """The whole poster but its footer (which names the page: see `footer`)."""
    drawing = parts.blueprint(poster.geometry, LIGHT, {note.card_id: note.number for note in poster.footnotes})
    drawing.height = poster.height
    if poster.stickies:
        dashed = Pen(style.MUTED_INK, 0.8, (6.0, 4.0))
        stickies = drawing.layer(bucket=style.COLUMN_WIDTH)
        for note in poster.stickies:
            stickies.add([Box(note, pen=dashed)])
    if poster.footnotes:
        notes = drawing.layer(bucket=style.COLUMN_WIDTH)
        for op in notes_ops(poster):
            notes.add([op])
    drawing.layer().add(title_block(poster))
    return drawing


def notes_ops(poster: Poster) -> list[Op]:
    top = poster.geometry.height
    ops: list[Op] = [
        Box(Rect(0, top, poster.width, poster.notes_height), "#ffffff"),
        Line((0, top), (poster.width, top), Pen(style.GRID, 1.0)),
        text(
            BLOCK_PADDING,
            baseline(top + 6, style.HEADER_FONT_SIZE),
            poster.say(QT_TR_NOOP("Notes on the cards")),
            style.HEADER_FONT_SIZE,
            style.INK,
            bold=True,
            ground="#ffffff",
        ),
    ]
    for name, x, y in poster.headings:
        ops.append(
            text(
                x,
                baseline(top + y, style.SMALL_FONT_SIZE),
                name,
                style.SMALL_FONT_SIZE,
                style.MUTED_INK,
                bold=True,
                ground="#ffffff",
            )
        )
    for note in poster.footnotes:
        y = top + note.y
        label = str(note.number)
        tag = Rect(note.x, y, metrics(BOLD).width(label, style.SMALL_FONT_SIZE) + 6, 11)
        ops.append(Box(tag, style.INK, radius=3))
        ops.append(
            text(
                *centred(tag, label, style.SMALL_FONT_SIZE, bold=True),
                label,
                style.SMALL_FONT_SIZE,
                "#ffffff",
                bold=True,
                ground=style.INK,
            )
        )
        ops.append(
            text(
                note.x + 22,
                baseline(y, style.SMALL_FONT_SIZE),
                note.where,
                style.SMALL_FONT_SIZE,
                style.INK,
                bold=True,
                ground="#ffffff",
            )
        )
        for n, line in enumerate(note.lines, 1):
            ops.append(
                text(
                    note.x + 22,
                    baseline(y + n * _NOTE_LINE, style.SMALL_FONT_SIZE),
                    line,
                    style.SMALL_FONT_SIZE,
                    style.INK,
                    ground="#ffffff",
                )
            )
    return ops


def title_block(poster: Poster) -> list[Op]:
    top = poster.block_top
    ops: list[Op] = [Box(Rect(0, top, poster.width, poster.block_height), style.HEADER_FILL, Pen(style.GRID, 1.0))]
    y = top + BLOCK_PADDING
    for line, size, bold in poster.block_lines:
        ops.append(text(BLOCK_PADDING, baseline(y, size), line, size, style.INK, bold=bold, ground=style.HEADER_FILL))
        y += size * 1.3
    ops.extend(card_ops(poster.persona_cards, BLOCK_PADDING, y + 6, poster.assets or {}))
    if poster.legend is not None:
        ops.extend(
            legend_ops(poster.legend, poster.width - LEGEND_WIDTH - BLOCK_PADDING, top + BLOCK_PADDING, poster.say)
        )
    return ops


def footer(poster: Poster, page_label: str) -> list[Op]:
    """The line at the foot of the title block saying when, with what and which page."""
    words = poster.say(QT_TR_NOOP("Printed {date} with Blueprint Studio {version} · {page}")).format(
        date=time.strftime("%Y-%m-%d"), version=__version__, page=page_label
    )
    return [
        text(
            BLOCK_PADDING,
            poster.height - BLOCK_PADDING,
            words,
            style.SMALL_FONT_SIZE,
            style.MUTED_INK,
            ground=style.HEADER_FILL,
        )
    ]


def whole(poster: Poster, page_label: str = "", bare: bool = False) -> Drawing:
    """The poster as one picture (a PNG, an SVG); `bare`: the blueprint alone, for a diagram
    that goes into a document that has its own title."""
    if bare:
        return parts.blueprint(poster.geometry, LIGHT)
    drawing = poster_drawing(poster)
    drawing.layer().add(
        footer(poster, page_label or poster.say(QT_TR_NOOP("page {number} of {count}")).format(number=1, count=1))
    )
    return drawing
