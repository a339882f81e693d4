"""A grid of cells, as designers draft it, becomes a blueprint. Pure: rows of strings in.

The grid is found whatever its header says. The Step row is the row labelled so in any of the
six languages ("Step →", "Etapa", "ステップ"), or else the row of short texts just above the
first lane; the Stage row is the one above it (merged cells already spread by the reader;
of two rows labelled as steps, "Etapa" over "Passo", the upper one, whose names repeat), the
Duration row the one below when its cells read as times, and the title the lone text
above them all. Lane labels are recognised with `sheets.names`; a lane of the designer's own
keeps the zone of the lines drawn or named around it. A cell holds one card per block (blank
lines between blocks); a block of several short lines (each at most `SHORT_LINE` characters)
is one card per line, a block with a longer line is one card. "(F)", "[F]", "⚠" and "FP" mark
a fail point, "(W)", "[W]" and "⏳" a wait. What was recognised is said in `Imported.report`,
so a wrong guess is seen at once.

When the sheet came from Blueprint Studio, `carry.Carried` holds what the grid cannot show
(kinds and ids, hidden lanes, notes, descriptions, personas…), and it is put back wherever
the grid still agrees with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from pydantic import ValidationError

from blueprint_studio.model import (
    Blueprint,
    Card,
    Connector,
    ConnectorKind,
    Document,
    EmotionPoint,
    Facet,
    FacetKind,
    Lane,
    LaneKind,
    Line,
    Persona,
    Stage,
    Step,
    Zone,
    problems,
)
from blueprint_studio.model.document import PERSONA_COLOURS
from blueprint_studio.model.durations import parse_duration
from blueprint_studio.model.fields import describe_error
from blueprint_studio.model.ids import new_id
from blueprint_studio.model.lanes import KIND_ZONE, LINE_ABOVE, LINE_TITLES, STANDARD_KINDS
from blueprint_studio.quoting import quoted
from blueprint_studio.sheets.grid import Grid, SheetError, column_letter
from blueprint_studio.sheets.names import lane_kind, line_named, looks_like_a_line, row_named
from blueprint_studio.sheets.tags import TagError, is_tag_line, parse_tags

if TYPE_CHECKING:  # carry imports this module: the name only, for the hints
    from blueprint_studio.sheets.carry import Carried

SHORT_LINE = 40
# More than the editor is built for (10,000 cards at interactive speed), few enough that any
# sheet is read or refused in about two seconds: a sheet is not where 100,000 cards come from.
MAX_CARDS = 12_000
MAX_LANES = 200
_NEXT_ZONE = {
    Zone.CUSTOMER: Zone.FRONTSTAGE,
    Zone.FRONTSTAGE: Zone.BACKSTAGE,
    Zone.BACKSTAGE: Zone.SUPPORT,
    Zone.SUPPORT: Zone.SUPPORT,
}
_EMOTION_LABEL = re.compile(r"^(?P<word>[^:(]+?)\s*(?:\((?P<variant>[^)]*)\))?\s*(?::\s*(?P<who>.*))?$")
_SCORE = re.compile(r"^[+\-−]?\d{1,2}(?:[.,]\d{1,3})?$")
_FAIL = re.compile(r"(?:^|\s)(?:\(F\)|\[F\]|⚠️?|FP\b:?)(?=\s|$)", re.IGNORECASE)
_WAIT = re.compile(r"(?:^|\s)(?:\(W\)|\[W\]|⏳)(?=\s|$)", re.IGNORECASE)
_HEADER_ROWS = 40  # where the Stage, Step and Duration rows and the first lane are looked for


@dataclass
class Imported:
    """What one sheet adds to a document: the blueprint, the personas and facets it names,
    and what was recognised, in words."""

    blueprint: Blueprint
    personas: list[Persona] = field(default_factory=list)
    facets: list[Facet] = field(default_factory=list)
    report: list[str] = field(default_factory=list)


def from_grid(
    rows: Grid,
    sheet: str,
    title: str,
    personas: Sequence[Persona] = (),
    facets: Sequence[Facet] = (),
    carried: object | None = None,
    max_cards: int = MAX_CARDS,
) -> Imported:
    """The blueprint a grid describes. `personas` and `facets` are those already known (matched
    by name); new ones are returned beside the blueprint. At most `max_cards` cards are made:
    a sheet with more is refused before they are built. Raises SheetError naming the cell."""
    from blueprint_studio.sheets.carry import Carried

    builder = _Builder(sheet, title, personas, facets, carried if isinstance(carried, Carried) else None)
    builder.max_cards = max_cards
    return builder.build(rows)


@dataclass
class _Found:
    """What the rows below the header have made so far, as they are read top to bottom."""

    lanes: list[Lane] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    emotions: list[EmotionPoint] = field(default_factory=list)
    zone: Zone = Zone.CUSTOMER  # lines and lanes only ever lead down
    seen: set[LaneKind] = field(default_factory=set)
    previous: Lane | None = None  # the lane a row without a name adds its cards to
    in_cell: dict[tuple[str, str], int] = field(default_factory=dict)  # cards already in a cell


@dataclass
class _Header:
    offset: int  # the column of the labels (0: A)
    title: str | None
    stage: int | None
    step: int
    duration: int | None
    body: int  # the first row of lanes


class _Builder:
    def __init__(
        self, sheet: str, title: str, personas: Sequence[Persona], facets: Sequence[Facet], carried: Carried | None
    ) -> None:
        # Sheet: named in messages only.
        self.sheet, self.title, self.known_personas, self.known_facets = (
            quoted(sheet),
            title,
            personas,
            facets,
        )
        self.carried = carried
        self.personas = {p.name.casefold(): p for p in personas}
        self.new_personas: list[Persona] = []
        self.facets = {(f.kind, f.name.casefold()): f for f in facets}
        self.new_facets: list[Facet] = []
        self.line_titles: dict[Line, str] = {}
        self.report: list[str] = []
        self.offset = 0
        self.max_cards = MAX_CARDS

    def fail(self, row: int, column: int, message: str) -> SheetError:
        return SheetError(f"{self.sheet}!{column_letter(column + self.offset)}{row + 1}: {message}")

    # ------------------------------------------------------------ the header

    def _find_header(self, rows: Grid) -> _Header:
        top = rows[:_HEADER_ROWS]
        offset = next(
            (
                c
                for c in range(4)
                for row in top
                if c < len(row) and row[c] and (row_named(row[c]) == "step" or lane_kind(row[c]))
            ),
            0,
        )
        self.offset = offset
        labels = [_cell(row, offset) for row in top]
        named: dict[str, int] = {}
        for r, label in enumerate(labels):
            kind = row_named(label) if label else None
            if kind is not None and kind not in named and (kind != "title" or _cell(top[r], offset + 1)):
                named[kind] = r
        step = self._step_row(top, labels, named, offset)
        duration = named.get("duration")
        below = step + 1
        if duration is None and below < len(rows) and not _cell(rows[below], offset) and _times(rows[below], offset):
            duration = below
        stage = named.get("stage")
        if stage is None and step > 0 and not _cell(rows[step - 1], offset) and _short_texts(rows[step - 1], offset):
            stage = step - 1
        above = min(r for r in (stage, step, duration) if r is not None)
        title = _cell(rows[named["title"]], offset + 1) if "title" in named else _lone_value(rows[:above])
        body = max(r for r in (named.get("title", -1), stage, step, duration) if r is not None) + 1
        return _Header(offset, title, stage, step, duration, body)

    def _step_row(self, top: Grid, labels: list[str], named: dict[str, int], offset: int) -> int:
        """The row of step names: labelled, or the row just above the first lane. Two rows
        labelled as steps make the upper one the stages (`named` learns it)."""
        step = named.get("step")
        if step is not None and "stage" not in named and step + 1 < len(top):
            # "Etapa" then "Passo": two rows read as steps, the upper one (its names repeated over
            # runs of columns, as a stage's are) being the stages.
            below = labels[step + 1]
            if (below and row_named(below) == "step") or (
                not below
                and _repeated(top[step], offset)
                and _short_texts(top[step + 1], offset) >= 1
                and not _times(top[step + 1], offset)
            ):
                named["stage"], step = step, step + 1
        if step is None:
            first_lane = next(
                (r for r, label in enumerate(labels) if label and (lane_kind(label) or line_named(label))), None
            )
            if first_lane is not None:
                step = next((r for r in range(first_lane - 1, -1, -1) if _short_texts(top[r], offset) >= 1), None)
        if step is None:
            raise SheetError(
                f"{self.sheet}: no row of steps; label it 'Step' (or put the step names just above the first lane, "
                f"which should be named like 'Customer actions')"
            )
        return step

    # ------------------------------------------------------------ the whole

    def build(self, rows: Grid) -> Imported:
        header = self._find_header(rows)
        rows = [row[header.offset :] for row in rows]
        if header.title:
            self.title = header.title
        end = next(
            (r for r in range(header.body, len(rows)) if rows[r] and row_named(rows[r][0]) == "arrows"), len(rows)
        )
        width = max((len(row) for row in rows[:end]), default=0)
        count = max((n for n in range(1, width) if any(n < len(row) and row[n] for row in rows[:end])), default=0)
        names = [_cell(rows[header.step], n) for n in range(1, count + 1)]
        steps = [Step(id=new_id("step"), name=name or f"Step {n}") for n, name in enumerate(names, 1)]
        stages = self._stages(rows[header.stage] if header.stage is not None else [], steps)
        if header.duration is not None:
            for n, step in enumerate(steps, 1):
                step.duration = self._duration(_cell(rows[header.duration], n), header.duration, n)
        filled = sum(1 for row in rows[header.body : end] for value in row[1 : count + 1] if value)
        if filled > self.max_cards:
            raise SheetError(
                f"{self.sheet}: {filled:,} cells hold cards; a sheet is imported with at most {self.max_cards:,} cards"
            )
        lanes, cards, emotions = self._lanes(rows[:end], header.body, steps)
        connectors = self._arrows(rows, end, steps, lanes, cards)
        blueprint = self._blueprint(stages, steps, lanes, cards, connectors, emotions)
        if self.carried is not None:
            blueprint = self.carried.restore(blueprint, self)
        others = (
            [b for b in self.carried.document.blueprints if b.id != blueprint.id] if self.carried is not None else []
        )
        trial = Document(
            blueprints=[blueprint, *others],
            personas=[*self.known_personas, *self.new_personas],
            facets=[*self.known_facets, *self.new_facets],
            assets=self.carried.document.assets if self.carried is not None else {},
        )
        found = problems(trial)
        if found:
            raise SheetError(f"{self.sheet}: {found[0]}")
        self._describe(blueprint)
        return Imported(blueprint, self.new_personas, self.new_facets, self.report)

    def _blueprint(
        self,
        stages: list[Stage],
        steps: list[Step],
        lanes: list[Lane],
        cards: list[Card],
        connectors: list[Connector],
        emotions: list[EmotionPoint],
    ) -> Blueprint:
        try:
            return Blueprint(
                id=new_id("bp"),
                title=self.title,
                stages=stages,
                steps=steps,
                lanes=lanes,
                cards=cards,
                line_titles=self.line_titles,
                connectors=connectors,
                emotions=emotions,
                personas=list(dict.fromkeys(p.persona for p in emotions)),
            )
        except ValidationError as error:
            raise SheetError(f"{self.sheet}: {_why(error)}") from None

    def _describe(self, blueprint: Blueprint) -> None:
        marks: dict[str, int] = {}
        for card in blueprint.cards:
            for name in card.marks.names():
                marks[name] = marks.get(name, 0) + 1
        lanes = [
            f"    '{quoted(lane.name)}' → {_kind_words(lane)}"
            for lane in blueprint.lanes
            if lane.kind is not LaneKind.EMOTIONS
        ]
        scored = len({p.persona for p in blueprint.emotions})
        self.report.insert(
            0,
            f"{self.sheet}: '{quoted(blueprint.title)}', {len(blueprint.steps)} steps in {len(blueprint.stages)} "
            "stages, "
            f"{len(blueprint.cards)} cards, {len(blueprint.connectors)} arrows"
            + (f", emotion scores of {scored} persona(s)" if scored else ""),
        )
        if marks:
            self.report.insert(
                1, "  marks: " + ", ".join(f"{count} {name.replace('_', ' ')}" for name, count in sorted(marks.items()))
            )
        at = 2 if marks else 1
        self.report[at:at] = ["  lanes, top to bottom:", *lanes]

    # ------------------------------------------------------------ stages, times, lanes

    def _stages(self, row: list[str], steps: list[Step]) -> list[Stage]:
        stages: list[Stage] = []
        for n, step in enumerate(steps, 1):
            name = _cell(row, n)
            if not name:
                continue
            if not stages or stages[-1].name != name or steps[n - 2].stage != stages[-1].id:
                try:
                    stages.append(Stage(id=new_id("stage"), name=name))
                except ValidationError as error:
                    raise self.fail(0, n, _why(error)) from None
            step.stage = stages[-1].id
        return stages

    def _duration(self, cell: str, r: int, n: int):  # type: ignore[no-untyped-def]
        try:
            return parse_duration(cell) if cell else None
        except ValidationError as error:
            raise self.fail(r, n, _why(error)) from None

    def _lanes(self, rows: Grid, start: int, steps: list[Step]) -> tuple[list[Lane], list[Card], list[EmotionPoint]]:
        found = _Found()
        self.lane_rows: dict[str, int] = {}  # lane id -> its row, for the carried ids and kinds
        self.line_rows: dict[int, Line] = {}
        for r in range(start, len(rows)):
            row = rows[r]
            name = row[0] if row else ""
            filled = any(_cell(row, n) for n in range(1, len(steps) + 1))
            if not name and not filled:
                continue  # a blank row between blocks
            line = self._line(name, filled, r)
            if line is not None:
                found.zone = max(found.zone, _NEXT_ZONE[LINE_ABOVE[line]], key=lambda z: z.rank)  # lines lead down
                self.line_rows[r] = line
                found.previous = None
                continue
            emotion = self._emotion_row(name, row, len(steps))
            if emotion is not None:
                self._emotion_scores(found, emotion, filled, row, r, steps)
                continue
            if not name:
                if found.previous is None:
                    raise self.fail(r, 0, "this row has cards but no lane name (and no lane above it to add them to)")
                lane = found.previous  # a row with no name under a lane: more of that lane's cards
            else:
                lane = self._new_lane(found, name, r)
            self._row_cards(found, row, r, lane, steps)
        return self._with_standard_lanes(found.lanes), found.cards, found.emotions

    def _emotion_scores(
        self, found: _Found, emotion: tuple[str, bool], filled: bool, row: list[str], r: int, steps: list[Step]
    ) -> None:
        who, to_be = emotion
        if who or filled:  # a bare "Emotions" row with no scores is the row alone, nobody's curve
            found.emotions.extend(self._scores(row, r, steps, who or "Customer", to_be))
        if LaneKind.EMOTIONS not in found.seen:
            # The curve is the customer's: a sheet that keeps it under the lines (many put it at
            # the bottom, under the blueprint) has it drawn at the end of the customer's lanes.
            at = next((i for i, lane in enumerate(found.lanes) if lane.zone.rank > Zone.CUSTOMER.rank), None)
            emotions = Lane.standard(LaneKind.EMOTIONS, new_id("lane"))
            found.lanes.insert(len(found.lanes) if at is None else at, emotions)
            found.seen.add(LaneKind.EMOTIONS)
            if at is not None:
                self.report.append(
                    f"  row {r + 1}: the emotions row is drawn above the line of interaction, with the customer's lanes"
                )

    def _new_lane(self, found: _Found, name: str, r: int) -> Lane:
        kind = lane_kind(name) or LaneKind.CUSTOM
        if kind is LaneKind.EMOTIONS:
            kind = LaneKind.CUSTOM  # texts in a row named like the emotions: a lane of its own
        if kind in found.seen or (kind is not LaneKind.CUSTOM and KIND_ZONE[kind].rank < found.zone.rank):
            kind = LaneKind.CUSTOM  # a second "Support" row, or a journey row below the lines: a lane of its own
        if kind is not LaneKind.CUSTOM:
            found.seen.add(kind)
            found.zone = KIND_ZONE[kind]
        try:
            lane = Lane(id=new_id("lane"), kind=kind, name=name, zone=found.zone)
        except ValidationError as error:
            raise self.fail(r, 0, _why(error)) from None
        found.lanes.append(lane)
        if len(found.lanes) > MAX_LANES:
            raise self.fail(r, 0, f"more than {MAX_LANES} lanes; is this a blueprint?")
        self.lane_rows[lane.id] = r
        found.previous = lane
        return lane

    def _row_cards(self, found: _Found, row: list[str], r: int, lane: Lane, steps: list[Step]) -> None:
        for n, step in enumerate(steps, 1):
            cell = (lane.id, step.id)
            made = self._cards(_cell(row, n), r, n, lane.id, step.id, found.in_cell.get(cell, 0))
            found.in_cell[cell] = found.in_cell.get(cell, 0) + len(made)
            found.cards.extend(made)
            if len(found.cards) > self.max_cards:
                raise self.fail(
                    r,
                    n,
                    f"the cards so far pass {self.max_cards:,}; a sheet is imported with at most "
                    f"{self.max_cards:,} cards",
                )

    def _line(self, name: str, filled: bool, r: int) -> Line | None:
        carried = self.carried.line_at(r) if self.carried is not None else None
        line = carried or (line_named(name) if name else None)
        if line is None and name and not filled and looks_like_a_line(name):
            line = self._next_line()
        if line is not None and name and name != LINE_TITLES[line] and line_named(name) is None:
            self.line_titles[line] = name  # a line of the designer's own wording keeps it
        elif line is not None and name and line_named(name) is not None and name != LINE_TITLES[line]:
            self.line_titles[line] = name  # a German sheet keeps its German lines
        return line

    def _next_line(self) -> Line:
        taken = set(self.line_rows.values())
        return next((line for line in Line if line not in taken), Line.INTERNAL_INTERACTION)

    def _emotion_row(self, name: str, row: list[str], count: int) -> tuple[str, bool] | None:
        """(persona, to-be) when the row holds emotion scores: named like the Emotions row
        ("Emotions: Ana", "Emoções (to-be): Ana") and every filled cell a score."""
        match = _EMOTION_LABEL.match(name) if name else None
        if match is None or lane_kind(match.group("word")) is not LaneKind.EMOTIONS:
            return None
        values = [_cell(row, n) for n in range(1, count + 1)]
        if not all(_SCORE.match(v.replace(" ", "")) for v in values if v):
            return None
        variant = (match.group("variant") or "").casefold()
        return (match.group("who") or "").strip(), variant.replace(" ", "").replace("_", "-") in (
            "to-be",
            "tobe",
            "soll",
            "futuro",
            "avenir",
            "未来",
        )

    def _with_standard_lanes(self, lanes: list[Lane]) -> list[Lane]:
        """Standard lanes the sheet leaves out are added, empty, where they belong."""
        for kind in STANDARD_KINDS:
            if any(lane.kind is kind for lane in lanes):
                continue
            zone = KIND_ZONE[kind]
            later = [
                i
                for i, lane in enumerate(lanes)
                if lane.zone.rank > zone.rank
                or (lane.kind in STANDARD_KINDS and STANDARD_KINDS.index(lane.kind) > STANDARD_KINDS.index(kind))
            ]
            lanes.insert(later[0] if later else len(lanes), Lane.standard(kind, new_id("lane")))
            self.report.append(
                f"  added the empty standard lane '{quoted(lanes[later[0] if later else len(lanes) - 1].name)}'"
            )
        return lanes

    # ------------------------------------------------------------ cards

    def _cards(self, cell: str, r: int, n: int, lane_id: str, step_id: str, first: int) -> list[Card]:
        cards: list[Card] = []
        whole = self.carried is not None and self.carried.has_cell(r, n)  # our own export: blocks are cards
        for block in (b for b in re.split(r"\n\s*\n", cell) if b.strip()):
            for text, tag_line in self._pieces(block, whole):
                try:
                    tags = parse_tags(tag_line)
                except TagError as error:
                    raise self.fail(r, n, str(error)) from None
                text, marks = _markers(text, tags.marks)
                if text == "…":
                    text = ""
                try:
                    card = Card(
                        id=new_id("card"),
                        lane=lane_id,
                        step=step_id,
                        order=first + len(cards),
                        text=text,
                        marks=marks,
                        duration=tags.duration,
                        owner=tags.owner,
                        facets=[self._facet(kind, name) for kind, name in tags.facets],
                    )
                except ValidationError as error:
                    raise self.fail(r, n, _why(error)) from None
                cards.append(card)
        return cards

    def _pieces(self, block: str, whole: bool) -> list[tuple[str, str]]:
        """(text, its tag line) of each card a block of a cell holds (see the module's rule)."""
        lines = block.strip().split("\n")
        pieces: list[tuple[list[str], str]] = []
        for line in lines:
            if is_tag_line(line) and pieces:
                pieces[-1] = (pieces[-1][0], (pieces[-1][1] + " " + line).strip())
            else:
                pieces.append(([line], ""))
        texts = [p for p in pieces if not is_tag_line(p[0][0])]
        one_per_line = (
            not whole
            and len(pieces) > 1
            and all(len(p[0][0].strip()) <= SHORT_LINE for p in pieces)
            and len(texts) == len(pieces)
        )
        if one_per_line:
            return [(p[0][0].strip(), p[1]) for p in pieces]
        text_lines = [p[0][0] for p in pieces]
        tag_line = " ".join(p[1] for p in pieces if p[1])
        if len(text_lines) > 1 and is_tag_line(text_lines[-1]):  # a block that is only tags
            tag_line = (text_lines.pop() + " " + tag_line).strip()
        return [("\n".join(text_lines).strip(), tag_line)]

    def _facet(self, kind: FacetKind, name: str) -> str:
        key = (kind, name.casefold())
        if key not in self.facets:
            colour = PERSONA_COLOURS[sum(1 for k, _ in self.facets if k is kind) % len(PERSONA_COLOURS)]
            try:
                facet = Facet(id=new_id("facet"), kind=kind, name=name, colour=colour)
            except ValidationError as error:
                raise SheetError(f"{self.sheet}: the {kind.value} '{quoted(name, 40)}': {_why(error)}") from None
            self.facets[key] = facet
            self.new_facets.append(facet)
        return self.facets[key].id

    def _scores(self, row: list[str], r: int, steps: list[Step], who: str, to_be: bool) -> list[EmotionPoint]:
        persona = self.personas.get(who.casefold())
        if persona is None:
            try:
                persona = Persona(
                    id=new_id("persona"), name=who, colour=PERSONA_COLOURS[len(self.personas) % len(PERSONA_COLOURS)]
                )
            except ValidationError as error:
                raise self.fail(r, 0, _why(error)) from None
            self.personas[who.casefold()] = persona
            self.new_personas.append(persona)
        points = []
        for n, step in enumerate(steps, 1):
            cell = _cell(row, n).replace("−", "-").replace(",", ".").replace(" ", "")
            if not cell:
                continue
            score = float(cell)
            if not -2 <= score <= 2 or score * 2 != round(score * 2):
                raise self.fail(r, n, f"{cell} is not a score; scores go from -2 to +2 in half steps")
            points.append(
                EmotionPoint(id=new_id("emotion"), persona=persona.id, step=step.id, score=score, to_be=to_be)
            )
        return points

    # ------------------------------------------------------------ arrows

    def _arrows(
        self, rows: Grid, start: int, steps: list[Step], lanes: list[Lane], cards: list[Card]
    ) -> list[Connector]:
        """Rows under "Arrows": from and to name cards as ``step › lane › position: text``."""
        arrows = []
        self.arrow_rows: dict[int, int] = {}  # row -> index in the list
        self._cells: dict[tuple[str, str], list[Card]] = {}
        for card in sorted(cards, key=lambda c: c.order):
            self._cells.setdefault((card.lane, card.step), []).append(card)
        self._step_names: dict[str, list[str]] = {}
        for step in steps:
            self._step_names.setdefault(step.name, []).append(step.id)
        self._lane_names: dict[str, list[str]] = {}
        for lane in lanes:
            self._lane_names.setdefault(lane.name, []).append(lane.id)
        for r in range(start + 1, len(rows)):
            row = rows[r]
            if not any(row):
                continue
            if row[0] and row[0].casefold().startswith("blueprint studio"):
                break  # what the grid cannot show follows (our own export)
            ends = [self._find_card(_cell(row, n), r, n, steps, lanes, cards) for n in (1, 2)]
            kind = _cell(row, 3).casefold().replace("-", "_").replace(" ", "_") or "flow"
            if kind not in {k.value for k in ConnectorKind}:
                raise self.fail(
                    r, 3, f"'{quoted(_cell(row, 3), 40)}' is not a kind of arrow; write flow, two_way or information"
                )
            if ends[0] == ends[1]:
                raise self.fail(r, 2, "an arrow joins two different cards")
            try:
                arrows.append(
                    Connector(
                        id=new_id("arrow"),
                        source=ends[0],
                        target=ends[1],
                        kind=ConnectorKind(kind),
                        label=_cell(row, 4),
                    )
                )
            except ValidationError as error:
                raise self.fail(r, 4, _why(error)) from None
            self.arrow_rows[r] = len(arrows) - 1
        return arrows

    def _find_card(
        self, reference: str, r: int, n: int, steps: list[Step], lanes: list[Lane], cards: list[Card]
    ) -> str:
        parts = [part.strip() for part in reference.split("›")]
        if len(parts) != 3 or ":" not in parts[2]:
            raise self.fail(r, n, f"'{quoted(reference, 60)}' does not name a card; write step › lane › position: text")
        position, _, text = parts[2].partition(":")
        step_ids = self._step_names.get(parts[0], [])
        lane_ids = self._lane_names.get(parts[1], [])
        if not step_ids or not lane_ids:
            missing = parts[0] if not step_ids else parts[1]
            raise self.fail(r, n, f"there is no {'lane' if step_ids else 'step'} called '{quoted(missing, 60)}'")
        position = position.strip()
        index = int(position) - 1 if position.isdecimal() and len(position) < 7 else -1
        wanted = text.strip().rstrip("…")
        matches: list[str] = []
        for step_id in step_ids:  # names may repeat (two steps called "Check"): each such cell is a candidate
            for lane_id in lane_ids:
                cell = self._cells.get((lane_id, step_id), [])
                by_text = [c for c in cell if " ".join(c.text.split()).startswith(wanted)]
                if 0 <= index < len(cell) and cell[index] in by_text:
                    return cell[index].id
                matches.extend(c.id for c in by_text)
        if len(matches) == 1:  # the cards in the cell were reordered: the text still tells
            return matches[0]
        raise self.fail(
            r,
            n,
            f"no card '{quoted(wanted, 40)}' at position {quoted(position, 8)} in {quoted(parts[0], 40)} › "
            f"{quoted(parts[1], 40)}",
        )


def _markers(text: str, marks):  # type: ignore[no-untyped-def]
    """Fail and wait markers written into a card's text, taken out of it and made marks."""
    found = False
    if _FAIL.search(text):
        marks, text, found = marks.model_copy(update={"fail_point": True}), _FAIL.sub(" ", text), True
    if _WAIT.search(text):
        marks, text, found = marks.model_copy(update={"wait_point": True}), _WAIT.sub(" ", text), True
    if found:
        text = "\n".join(" ".join(line.split()) for line in text.strip().split("\n"))
    return text.strip(), marks


def _why(error: ValidationError) -> str:
    """The first broken rule, in a designer's words."""
    return describe_error(error.errors()[0])


def _kind_words(lane: Lane) -> str:
    if lane.kind is LaneKind.CUSTOM:
        return f"a lane of its own ({lane.zone.value} zone)"
    return lane.kind.value.replace("_", " ")


def _cell(row: list[str], n: int) -> str:
    return row[n] if n < len(row) and row[n] else ""


def _repeated(row: list[str], offset: int) -> bool:
    """Whether a name runs over neighbouring columns (a stage over its steps)."""
    cells = row[offset + 1 :]
    return any(a and a == b for a, b in pairwise(cells))


def _short_texts(row: list[str], offset: int) -> int:
    """How many cells right of the labels hold a short text (a step's or a stage's name)."""
    return sum(1 for value in row[offset + 1 :] if value and len(value) <= 120 and "\n\n" not in value)


def _times(row: list[str], offset: int) -> bool:
    values = [value for value in row[offset + 1 :] if value]
    if not values:
        return False
    found = 0
    for value in values:
        try:
            duration = parse_duration(value)
        except ValidationError:
            return False
        found += duration is not None and duration.value is not None
    return found * 2 >= len(values)


def _lone_value(rows: Grid) -> str | None:
    """A title written alone on a row above the header, as many drafts have one."""
    lone = [row for row in rows if sum(1 for value in row if value) == 1]
    return next((value for row in lone for value in row if value), None)
