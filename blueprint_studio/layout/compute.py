"""Blueprint → Geometry: lane bands, step columns, the three lines, cards, arrows. Pure.

Deterministic: the same blueprint always gives the same geometry, so the canvas, the PDF
and the tests agree to the point. The editor keeps one `Layout` per open blueprint and
tells it what each edit touched; it lays out only the cells, arrows and labels the edit can
have changed, and anything wider (a lane grows, a step is inserted) again in full. Either
way the geometry equals `compute` of the edited blueprint.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from blueprint_studio import heap
from blueprint_studio.layout import emotion, style
from blueprint_studio.layout.cards import Measured, card_box, measure
from blueprint_studio.layout.fonts import BOLD
from blueprint_studio.layout.geometry import (
    CardBox,
    ConnectorPath,
    EmotionChart,
    Geometry,
    LaneBand,
    LineRule,
    Rect,
    StageSpan,
    StepColumn,
)
from blueprint_studio.layout.labels import Labels, place_notes
from blueprint_studio.layout.routing import Routes
from blueprint_studio.layout.text import wrap
from blueprint_studio.model import Blueprint, Card, Document, Facet, LaneKind, Persona
from blueprint_studio.model.lanes import LINE_ABOVE

_CARD_X_OFFSET = (style.COLUMN_WIDTH - style.CARD_WIDTH) / 2
_LINE_AFTER_ZONE = {zone: line for line, zone in LINE_ABOVE.items()}
# What an edit may touch and still be laid out in place; anything else lays out all again.
_LOCAL = frozenset({"cards", "connectors", "emotions", "line_notes"})

Touched = Collection[tuple[str, str]]  # (collection, object id) pairs an edit changed


@dataclass(frozen=True)
class Delta:
    """What a layout update changed, for a view to redraw just that."""

    everything: bool  # laid out in full: compare all
    cards: frozenset[str] = frozenset()  # boxes that changed, appeared or went
    connectors: frozenset[str] = frozenset()
    chart: bool = False
    background: bool = False  # lanes, lines, notes or headers


def compute_for(document: Document, blueprint: Blueprint) -> Geometry:
    """A blueprint of `document` with everything the document lends it: personas, facets, photos."""
    return compute(blueprint, document.personas, document.facets, document.assets)


def compute(
    blueprint: Blueprint,
    personas: Sequence[Persona] = (),
    facets: Sequence[Facet] = (),
    assets: Mapping[str, bytes] | None = None,
    lane_floor: float = style.LANE_MIN_HEIGHT,
) -> Geometry:
    """The geometry of what the blueprint's view shows. `personas` are the document's; the
    Emotions row draws the curves of those the blueprint follows. Cards show the `facets`
    they name and their photo when `assets` holds it. No lane of cards is lower than
    `lane_floor` (a workshop sheet makes room for sticky notes)."""
    return Layout(blueprint, personas, facets, assets, lane_floor).geometry


class Layout:
    """One blueprint's geometry, kept current edit by edit (see the module's docstring)."""

    def __init__(
        self,
        blueprint: Blueprint,
        personas: Sequence[Persona] = (),
        facets: Sequence[Facet] = (),
        assets: Mapping[str, bytes] | None = None,
        lane_floor: float = style.LANE_MIN_HEIGHT,
    ) -> None:
        self._measured: dict[str, Measured] = {}
        self._lane_floor = lane_floor
        self.geometry = self._full(blueprint, personas, facets, assets or {})

    @classmethod
    def of(cls, document: Document, blueprint: Blueprint) -> Layout:
        return cls(blueprint, document.personas, document.facets, document.assets)

    def arrows_of(self, card_id: str) -> Collection[str]:
        """The arrows from or to a card."""
        return self._routes.arrows_of(card_id)

    def paths_of(self, connector_ids: Collection[str]) -> list[ConnectorPath]:
        """The drawn paths of these arrows (those drawn: both ends shown)."""
        slots = self._routes.slots
        return [self.geometry.connectors[slots[c]] for c in connector_ids if c in slots]

    def update(self, document: Document, blueprint: Blueprint, touched: Touched | None) -> Delta:
        """Lay out again after an edit that changed `touched` (None: anything may have changed)."""
        kinds = {collection for collection, _ in touched} if touched is not None else None
        if kinds is None or not kinds <= _LOCAL:
            if kinds is None or not kinds <= _LOCAL | {"steps", "lanes", "stages"}:
                self._measured = {}  # the facets or photos cards show may have changed
            else:
                self._forget({object_id for collection, object_id in touched or () if collection == "cards"})
            self.geometry = self._full(blueprint, document.personas, document.facets, document.assets)
            return Delta(everything=True)
        assert touched is not None
        return self._local(document, blueprint, touched, kinds)

    # ------------------------------------------------------------ everything

    @heap.paused()
    def _full(
        self, blueprint: Blueprint, personas: Sequence[Persona], facets: Sequence[Facet], assets: Mapping[str, bytes]
    ) -> Geometry:
        left = style.LANE_HEADER_WIDTH
        columns_width = max(1, len(blueprint.steps)) * style.COLUMN_WIDTH
        width = left + columns_width
        self._vocabulary = {facet.id: facet for facet in facets}
        self._assets = assets

        step_lines = [
            wrap(step.name or " ", style.COLUMN_WIDTH - 12, style.HEADER_FONT_SIZE, BOLD) for step in blueprint.steps
        ]
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
        self._column = {column.step_id: column for column in steps}

        shown = blueprint.shown_lanes()
        self._shown = {lane.id: lane for lane in shown}
        self._cells: defaultdict[tuple[str, str], list[Card]] = defaultdict(list)
        self._cell_of: dict[str, tuple[str, str]] = {}
        for card in blueprint.cards:
            if card.lane in self._shown and card.step in self._column:
                self._cells[(card.lane, card.step)].append(card)
                self._cell_of[card.id] = (card.lane, card.step)
        self._unplaced = len(blueprint.cards) - len(self._cell_of)  # in a hidden row
        self._heights: defaultdict[str, dict[str, float]] = defaultdict(dict)  # lane -> step -> height of its stack
        for cell in self._cells:
            self._stack(cell)

        lanes: list[LaneBand] = []
        lines: list[LineRule] = []
        chart: EmotionChart | None = None
        self._named: dict[str, float] = {}
        y = header_height
        previous_zone = None
        for lane in shown:
            if previous_zone is not None and lane.zone is not previous_zone:
                line = _LINE_AFTER_ZONE.get(previous_zone)
                if line is not None:
                    lines.append(LineRule(line, blueprint.line_title(line), y + style.LINE_BAND / 2, 0.0, width))
                y += style.LINE_BAND
            previous_zone = lane.zone
            name_lines = wrap(lane.name or " ", style.LANE_HEADER_WIDTH - 20, style.HEADER_FONT_SIZE, BOLD)
            about = (
                wrap(lane.description, style.LANE_HEADER_WIDTH - 20, style.SMALL_FONT_SIZE)
                if blueprint.describe_lanes and lane.description
                else ()
            )
            chart_plan = (
                emotion.plan(blueprint, personas, steps) if lane.kind is LaneKind.EMOTIONS and chart is None else None
            )
            self._named[lane.id] = 10 + len(name_lines) * 14 + len(about) * style.SMALL_LINE_HEIGHT + 8
            height = chart_plan.height(len(name_lines)) if chart_plan is not None else self._lane_height(lane.id)
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
            y += height
        self._bands = {band.lane_id: band for band in lanes}

        cards: dict[str, CardBox] = {}
        self._by_column: defaultdict[int, list[CardBox]] = defaultdict(list)
        for cell in self._cells:
            cards.update(self._boxes(cell))
        for box in cards.values():
            self._by_column[self._column[box.step_id].index].append(box)
        grid = Rect(left, header_height, columns_width, y - header_height)
        notes = place_notes(blueprint.line_notes, lines, steps)
        self._routes = Routes(blueprint.connectors, cards, self._by_column, steps, lanes)
        self._labels = Labels(self._by_column, steps, lines, grid)
        self._labels.place(self._routes.paths, self._routes.slots, self._routes.labelled, notes)
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
            connectors=self._labels.paths,
            chart=chart,
            notes=notes,
            images=self._images(cards),
            _cell_cards={cell: tuple(card.id for card in stack) for cell, stack in self._cells.items()},
        )

    # ------------------------------------------------------------ cells

    def _stack(self, cell: tuple[str, str]) -> None:
        """Sort a cell's cards, measure those not measured yet, and note the stack's height."""
        stack = self._cells[cell]
        stack.sort(key=lambda c: (c.order, c.id))
        for card in stack:
            if card.id not in self._measured:
                self._measured[card.id] = measure(card, self._vocabulary, card.image in self._assets)
        if stack:
            self._heights[cell[0]][cell[1]] = sum(self._measured[c.id].height for c in stack) + style.CARD_GAP * (
                len(stack) - 1
            )
        else:
            self._heights[cell[0]].pop(cell[1], None)
            del self._cells[cell]

    def _lane_height(self, lane_id: str) -> float:
        tallest = max(self._heights[lane_id].values(), default=0.0)
        return max(self._lane_floor, self._named[lane_id], tallest + 2 * style.LANE_PADDING)

    def _boxes(self, cell: tuple[str, str]) -> dict[str, CardBox]:
        band = self._bands[cell[0]]
        x = self._column[cell[1]].x + _CARD_X_OFFSET
        top = band.rect.y + style.LANE_PADDING
        boxes = {}
        for index, card in enumerate(self._cells.get(cell, ())):
            measured = self._measured[card.id]
            rect = Rect(x, top, style.CARD_WIDTH, measured.height)
            boxes[card.id] = card_box(
                card, index, rect, measured, card.colour or band.card_colour, band.edge_colour, self._vocabulary
            )
            top += measured.height + style.CARD_GAP
        return boxes

    def _images(self, cards: Mapping[str, CardBox]) -> dict[str, bytes]:
        return {box.image: self._assets[box.image] for box in cards.values() if box.image is not None}

    # ------------------------------------------------------------ one edit

    def _forget(self, card_ids: Collection[str]) -> None:
        for card_id in card_ids:
            self._measured.pop(card_id, None)

    def _local(self, document: Document, blueprint: Blueprint, touched: Touched, kinds: set[str]) -> Delta:
        previous = self.geometry
        touched_cards = {object_id for collection, object_id in touched if collection == "cards"}
        cells = self._restack(blueprint, touched_cards) if touched_cards else set()
        chart = previous.chart
        if "emotions" in kinds and chart is not None:
            chart = self._chart_again(document, blueprint, chart)
        if (chart is None and previous.chart is not None) or self._lanes_grew(cells):
            return self._grown(document, blueprint)

        cards, cell_cards, changed_cards = self._boxes_again(cells, touched_cards)
        columns = {self._column[step_id].index for _, step_id in cells}
        for index in columns:
            step_id = previous.steps[index].step_id
            self._by_column[index] = [
                cards[c] for lane_id in self._shown for c in cell_cards.get((lane_id, step_id), ())
            ]
        notes = previous.notes
        if "line_notes" in kinds:
            notes = place_notes(blueprint.line_notes, previous.lines, previous.steps)
        touched_arrows = {object_id for collection, object_id in touched if collection == "connectors"}
        rerouted = self._routes.update(
            blueprint.connectors if touched_arrows else None, cards, changed_cards, columns, touched_arrows
        )
        relabelled = self._labels.place(
            self._routes.paths,
            self._routes.slots,
            self._routes.labelled,
            notes,
            columns,
            notes_changed=notes != previous.notes,
        )
        photos = any(box.image for box in (previous.cards.get(c) for c in changed_cards) if box) or any(
            cards[c].image for c in changed_cards if c in cards
        )
        self.geometry = replace(
            previous,
            cards=cards,
            connectors=self._labels.paths,
            chart=chart,
            notes=notes,
            images=self._images(cards) if photos else previous.images,
            _cell_cards=cell_cards,
        )
        return Delta(
            everything=False,
            cards=frozenset(changed_cards),
            connectors=frozenset(rerouted | relabelled),
            chart=chart != previous.chart,
            background=notes != previous.notes,
        )

    def _restack(self, blueprint: Blueprint, touched_cards: set[str]) -> set[tuple[str, str]]:
        """Take the touched cards out of their old cells and into their new ones, and stack
        both again; the cells that changed."""
        cells: set[tuple[str, str]] = set()
        self._forget(touched_cards)
        found = self._touched_cards(blueprint, touched_cards)
        for card_id in touched_cards:
            old = self._cell_of.pop(card_id, None)
            if old is not None:
                self._cells[old] = [c for c in self._cells[old] if c.id != card_id]
                cells.add(old)
            card = found.get(card_id)
            if card is not None and card.lane in self._shown and card.step in self._column:
                self._cell_of[card_id] = (card.lane, card.step)
                self._cells[(card.lane, card.step)].append(card)
                cells.add((card.lane, card.step))
        for cell in cells:
            self._stack(cell)
        self._unplaced = len(blueprint.cards) - len(self._cell_of)
        return cells

    def _chart_again(self, document: Document, blueprint: Blueprint, chart: EmotionChart) -> EmotionChart | None:
        """The emotion chart placed again in its row; None when the row must change its height."""
        previous = self.geometry
        band = self._bands[chart.lane_id]
        chart_plan = emotion.plan(blueprint, document.personas, previous.steps)
        if chart_plan.height(len(band.name_lines)) != band.rect.height:
            return None
        return emotion.place(chart_plan, band.lane_id, band.rect, len(band.name_lines), previous.steps, previous.width)

    def _lanes_grew(self, cells: set[tuple[str, str]]) -> bool:
        return any(
            self._lane_height(lane_id) != self._bands[lane_id].rect.height for lane_id in {lane for lane, _ in cells}
        )

    def _boxes_again(
        self, cells: set[tuple[str, str]], touched_cards: set[str]
    ) -> tuple[dict[str, CardBox], dict[tuple[str, str], tuple[str, ...]], set[str]]:
        """The card boxes with those of `cells` placed again: the boxes, each cell's cards, and
        the cards whose box changed, appeared or went."""
        previous = self.geometry
        cards = dict(previous.cards)
        cell_cards = dict(previous._cell_cards)
        changed_cards: set[str] = set()
        for card_id in touched_cards:
            if card_id not in self._cell_of and cards.pop(card_id, None) is not None:
                changed_cards.add(card_id)
        for cell in cells:
            for card_id, box in self._boxes(cell).items():
                if cards.get(card_id) != box:
                    cards[card_id] = box
                    changed_cards.add(card_id)
            stack = self._cells.get(cell)
            if stack:
                cell_cards[cell] = tuple(card.id for card in stack)
            else:
                cell_cards.pop(cell, None)
        return cards, cell_cards, changed_cards

    def _touched_cards(self, blueprint: Blueprint, touched: set[str]) -> dict[str, Card]:
        """The touched cards that are still there, by id. Edits change cards in place, so a card
        laid out before is found in its cell; only when cards came or went (every card that
        comes is touched) is the whole list read."""
        if len(blueprint.cards) == len(self._cell_of) + self._unplaced and touched <= self._cell_of.keys():
            found: dict[str, Card] = {}
            for card_id in touched:
                found.update((card.id, card) for card in self._cells[self._cell_of[card_id]] if card.id == card_id)
            if len(found) == len(touched):
                return found
        return {card.id: card for card in blueprint.cards if card.id in touched}

    def _grown(self, document: Document, blueprint: Blueprint) -> Delta:
        """A lane changed its height, so everything below it moves: all again, but with the
        cards measured before (only the touched ones were forgotten)."""
        self.geometry = self._full(blueprint, document.personas, document.facets, document.assets)
        return Delta(everything=True)


def _stage_spans(blueprint: Blueprint, steps: tuple[StepColumn, ...]) -> tuple[StageSpan, ...]:
    """Consecutive steps of one stage share a header; a stage split by a move shows twice."""
    names = {stage.id: stage.name for stage in blueprint.stages}
    spans: list[StageSpan] = []
    for step, column in zip(blueprint.steps, steps, strict=True):
        if spans and spans[-1].stage_id == step.stage:
            last = spans[-1]
            spans[-1] = StageSpan(
                last.stage_id, last.name, Rect(last.rect.x, 0.0, last.rect.width + column.width, style.STAGE_ROW_HEIGHT)
            )
        else:
            spans.append(
                StageSpan(
                    step.stage,
                    names.get(step.stage or "", ""),
                    Rect(column.x, 0.0, column.width, style.STAGE_ROW_HEIGHT),
                )
            )
    return tuple(spans)
