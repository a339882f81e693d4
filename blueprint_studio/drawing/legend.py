"""The print's legend: the marks, arrows and facets the blueprint uses, and what they mean.

Only what is on the wall is explained, so a large legend never crowds the title block and a
reader never hunts for a mark that is not there. A blueprint with no marks at all still shows
the five classic ones, which is what a workshop wall is about to receive.
"""

from __future__ import annotations

from dataclasses import dataclass

from blueprint_studio.drawing.blueprint import badge, chips, connector
from blueprint_studio.drawing.ops import Op, polygon, text
from blueprint_studio.drawing.scheme import LIGHT, Scheme
from blueprint_studio.layout import Rect, style
from blueprint_studio.layout.geometry import Badge, Chip, ConnectorPath, Geometry
from blueprint_studio.layout.shapes import baseline, star
from blueprint_studio.layout.text import wrap
from blueprint_studio.model import MARK_NAMES, Blueprint, ConnectorKind, Document, FacetKind
from blueprint_studio.words import QT_TR_NOOP, Say, english

WIDTH = 330.0
ROW = 18.0
COLUMN = 160.0
_CLASSIC = MARK_NAMES[:5]
_ARROWS = (
    (ConnectorKind.FLOW, QT_TR_NOOP("Flow")),
    (ConnectorKind.TWO_WAY, QT_TR_NOOP("Two-way")),
    (ConnectorKind.INFORMATION, QT_TR_NOOP("Information")),
)
_KIND_WORDS = {
    FacetKind.TEAM: QT_TR_NOOP("team"),
    FacetKind.SYSTEM: QT_TR_NOOP("system"),
    FacetKind.CHANNEL: QT_TR_NOOP("channel"),
    FacetKind.TOUCHPOINT: QT_TR_NOOP("touchpoint"),
    FacetKind.ACTOR: QT_TR_NOOP("actor"),
}


@dataclass(frozen=True)
class Legend:
    marks: tuple[str, ...]
    moment_of_truth: bool
    arrows: tuple[ConnectorKind, ...]
    facets: tuple[tuple[str, str], ...]  # (label, colour)

    @property
    def height(self) -> float:
        symbols = len(self.marks) + (1 if self.moment_of_truth else 0)
        chips = sum(chip.rect.height + 4 for chip in self.chips_at(0, 0))
        return 16 + (symbols + 1) // 2 * ROW + (ROW + 4 if self.arrows else 0) + chips

    def chips_at(self, x: float, y: float) -> list[Chip]:
        """The facets as chips, one per row, each as tall as its wrapped name."""
        chips = []
        for label, facet_colour in self.facets:
            lines = wrap(label, WIDTH - style.CHIP_DOT - 24, style.SMALL_FONT_SIZE)
            height = max(style.BADGE_SIZE, len(lines) * style.SMALL_LINE_HEIGHT + 3.5)
            chips.append(Chip(Rect(x, y, WIDTH - 8, height), lines, facet_colour))
            y += height + 4
        return chips


def legend_for(document: Document, blueprint: Blueprint, geometry: Geometry, say: Say = english) -> Legend:
    shown = {box.card_id for box in geometry.cards.values()}
    cards = [card for card in blueprint.cards if card.id in shown]
    used = {name for card in cards for name in card.marks.names()}
    marks = tuple(name for name in MARK_NAMES if name in used) or _CLASSIC
    kinds = {path.kind for path in geometry.connectors}
    named = {facet for card in cards for facet in card.facets}
    facets = tuple(
        (f"{facet.name} ({say(_KIND_WORDS[facet.kind])})", facet.colour)
        for facet in sorted(document.facets, key=lambda f: (f.kind.value, f.name.casefold()))
        if facet.id in named
    )
    return Legend(
        marks,
        any(column.moment_of_truth for column in geometry.steps),
        tuple(k for k, _ in _ARROWS if k in kinds),
        facets,
    )


def legend_ops(
    legend: Legend, x: float, y: float, say: Say = english, s: Scheme = LIGHT, ground: str = style.HEADER_FILL
) -> list[Op]:
    """The legend with its top-left at (x, y), on `ground` (the title block's colour)."""
    ink = s(style.INK)
    ops: list[Op] = [
        text(
            x,
            baseline(y, style.SMALL_FONT_SIZE),
            say(QT_TR_NOOP("Legend")),
            style.SMALL_FONT_SIZE,
            ink,
            bold=True,
            ground=s(ground),
        )
    ]
    row = y + 16
    symbols = [*legend.marks, *(["moment_of_truth"] if legend.moment_of_truth else [])]
    for index, name in enumerate(symbols):
        column_x, row_y = x + (index % 2) * COLUMN, row + (index // 2) * ROW
        if name == "moment_of_truth":
            ops.append(
                polygon(star(Rect(column_x, row_y, style.BADGE_SIZE, style.BADGE_SIZE)), s(style.MOMENT_OF_TRUTH))
            )
            title = say(QT_TR_NOOP("Moment of truth (step)"))
        else:
            ops.extend(badge(Badge(name, Rect(column_x, row_y, style.BADGE_SIZE, style.BADGE_SIZE), ""), s, s(ground)))
            title = say(style.MARK_STYLES[name].title)
        ops.append(
            text(
                column_x + style.BADGE_SIZE + 5,
                baseline(row_y + 2, style.SMALL_FONT_SIZE),
                title,
                style.SMALL_FONT_SIZE,
                ink,
                ground=s(ground),
            )
        )
    row += (len(symbols) + 1) // 2 * ROW
    if legend.arrows:
        for index, kind in enumerate(legend.arrows):
            column_x = x + index * 108
            ops.extend(
                connector(
                    ConnectorPath("legend", "", "", kind, ((column_x, row + 7), (column_x + 34, row + 7)), "", (0, 0)),
                    s,
                )
            )
            ops.append(
                text(
                    column_x + 40,
                    baseline(row + 2, style.SMALL_FONT_SIZE),
                    say(dict(_ARROWS)[kind]),
                    style.SMALL_FONT_SIZE,
                    ink,
                    ground=s(ground),
                )
            )
        row += ROW + 4
    ops.extend(chips(legend.chips_at(x, row), s))
    return ops
