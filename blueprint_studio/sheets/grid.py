"""A blueprint as the grid designers draft in a spreadsheet, and back. Pure: rows of strings.

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
from collections.abc import Sequence
from dataclasses import dataclass, field

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
from blueprint_studio.model.lanes import DEFAULT_LANE_NAMES, KIND_ZONE, LINE_ABOVE, LINE_TITLES, LINE_TITLES_ELSEWHERE, STANDARD_KINDS
from blueprint_studio.sheets.tags import TagError, format_tags, is_tag_line, parse_tags

Grid = list[list[str]]
_EMOTIONS = re.compile(r"^emotions?(?:\s*\((to-be|as-is)\))?\s*(?::\s*(.*))?$", re.IGNORECASE)
_LINE_NAMED = {title.casefold(): line for line, title in LINE_TITLES.items()} | {
    title.casefold(): line for line, titles in LINE_TITLES_ELSEWHERE.items() for title in titles}
_NEXT_ZONE = {Zone.CUSTOMER: Zone.FRONTSTAGE, Zone.FRONTSTAGE: Zone.BACKSTAGE, Zone.BACKSTAGE: Zone.SUPPORT, Zone.SUPPORT: Zone.SUPPORT}

# Names a lane goes by in published blueprints and templates, matched without case.
_KIND_NAMES: dict[str, LaneKind] = {name.casefold(): kind for kind, name in DEFAULT_LANE_NAMES.items() if kind is not LaneKind.CUSTOM}
for _kind, _names in {
    LaneKind.PHYSICAL_EVIDENCE: "evidence|props|physische evidenz|physical evidences|evidência física|evidencia física",
    LaneKind.CUSTOMER_ACTIONS: "customer action|customer journey|customer|user actions|kundenaktionen|kunde|ações do cliente|acciones del cliente",
    LaneKind.FRONTSTAGE: "frontstage actions|onstage|onstage actions|front stage|front-stage|frontstage interactions|vorderbühne",
    LaneKind.BACKSTAGE: "backstage actions|back stage|back-stage|backstage interactions|hinterbühne",
    LaneKind.SUPPORT: "support process|support|support systems|supporting processes|unterstützende prozesse|processos de suporte|procesos de soporte",
    LaneKind.TOUCHPOINTS: "touchpoints|touchpoint|channels|touchpoints & channels",
    LaneKind.PAIN_POINTS: "pain point|pains",
    LaneKind.THOUGHTS: "thinking|gedanken",
    LaneKind.FEELINGS: "feeling|gefühle",
}.items():
    for _name in _names.split("|"):
        _KIND_NAMES[_name] = _kind


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


def to_grid(document: Document, blueprint: Blueprint) -> Grid:
    steps = blueprint.steps
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
        cells = []
        for step in steps:
            blocks = []
            for card in blueprint.cards_in_cell(lane.id, step.id):
                text = sheet_text(card.text) or "…"
                tags = format_tags(card, vocabulary)
                blocks.append(f"{text}\n{tags}" if tags else text)
            cells.append("\n\n".join(blocks))
        rows.append([lane.name, *cells])
    if blueprint.connectors:
        rows.append([])
        rows.append(["Arrows", "from", "to", "kind", "label"])
        for arrow in blueprint.connectors:
            rows.append(["", card_reference(blueprint, arrow.source), card_reference(blueprint, arrow.target), arrow.kind.value, arrow.label])
    return rows


def card_reference(blueprint: Blueprint, card_id: str) -> str:
    """How a person finds a card: ``Check in › Frontstage › 1: Receptionist finds the booking``."""
    card = blueprint.card(card_id)
    position = [c.id for c in blueprint.cards_in_cell(card.lane, card.step)].index(card_id) + 1
    words = " ".join(card.text.split())
    return f"{blueprint.step(card.step).name} › {blueprint.lane(card.lane).name} › {position}: {words[:60]}{'…' if len(words) > 60 else ''}"


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


# ---------------------------------------------------------------- grid → blueprint


@dataclass
class Imported:
    """What one sheet adds to a document: the blueprint, and the personas and facets it names."""

    blueprint: Blueprint
    personas: list[Persona] = field(default_factory=list)
    facets: list[Facet] = field(default_factory=list)


def from_grid(rows: Grid, sheet: str, title: str, personas: Sequence[Persona] = (), facets: Sequence[Facet] = ()) -> Imported:
    """The blueprint a grid describes. `personas` and `facets` are those already known (matched
    by name); new ones are returned beside the blueprint. Raises SheetError."""
    builder = _Builder(sheet, title, personas, facets)
    return builder.build([[cell.strip() if isinstance(cell, str) else cell for cell in row] for row in rows])


class _Builder:
    def __init__(self, sheet: str, title: str, personas: Sequence[Persona], facets: Sequence[Facet]) -> None:
        self.sheet, self.title, self.known_personas, self.known_facets = sheet, title, personas, facets
        self.personas = {p.name.casefold(): p for p in personas}
        self.new_personas: list[Persona] = []
        self.facets = {(f.kind, f.name.casefold()): f for f in facets}
        self.new_facets: list[Facet] = []

    def fail(self, row: int, column: int, message: str) -> SheetError:
        return SheetError(f"{self.sheet}!{column_letter(column)}{row + 1}: {message}")

    def build(self, rows: Grid) -> Imported:
        heads = {(row[0] if row else "").casefold(): n for n, row in enumerate(rows[:6])}
        if "blueprint" in heads and _cell(rows[heads["blueprint"]], 1):
            self.title = _cell(rows[heads["blueprint"]], 1)
        if "step" not in heads:
            raise self.fail(0, 0, "no 'Step' row: the first rows should be Stage, Step and Duration, then one row per lane")
        step_row = rows[heads["step"]]
        width = max((len(row) for row in rows), default=0)
        count = max((n for n in range(1, width) if any(n < len(row) and row[n] for row in rows)), default=0)
        names = [step_row[n] if n < len(step_row) else "" for n in range(1, count + 1)]
        steps = [Step(id=new_id("step"), name=name or f"Step {n}") for n, name in enumerate(names, 1)]
        stages = self._stages(rows[heads["stage"]] if "stage" in heads else [], steps)
        if "duration" in heads:
            for n, step in enumerate(steps, 1):
                cell = _cell(rows[heads["duration"]], n)
                step.duration = parse_duration(cell) if cell else None
        first_lane_row = max(heads.get("blueprint", -1), heads.get("stage", -1), heads["step"], heads.get("duration", -1)) + 1
        arrows_row = next((r for r in range(first_lane_row, len(rows)) if rows[r] and rows[r][0].casefold() == "arrows"), len(rows))
        lanes, cards, emotions = self._lanes(rows[:arrows_row], first_lane_row, steps)
        connectors = self._arrows(rows, arrows_row, steps, lanes, cards)
        blueprint_id = new_id("bp")
        try:
            blueprint = Blueprint(id=blueprint_id, title=self.title, stages=stages, steps=steps, lanes=lanes, cards=cards,
                                  line_titles=self.line_titles, connectors=connectors, emotions=emotions, personas=list(dict.fromkeys(p.persona for p in emotions)))
        except ValidationError as error:
            raise SheetError(f"{self.sheet}: {describe_error(error)}") from None
        trial = Document(blueprints=[blueprint], personas=[*self.known_personas, *self.new_personas],
                         facets=[*self.known_facets, *self.new_facets])
        found = problems(trial)
        if found:
            raise SheetError(f"{self.sheet}: {found[0]}")
        return Imported(blueprint, self.new_personas, self.new_facets)

    def _arrows(self, rows: Grid, start: int, steps: list[Step], lanes: list[Lane], cards: list[Card]) -> list[Connector]:
        """Rows under "Arrows": from and to name cards as ``step › lane › position: text``."""
        arrows = []
        for r in range(start + 1, len(rows)):
            row = rows[r]
            if not any(row):
                continue
            ends = [self._find_card(_cell(row, n), r, n, steps, lanes, cards) for n in (1, 2)]
            kind = _cell(row, 3).casefold().replace("-", "_").replace(" ", "_") or "flow"
            if kind not in {k.value for k in ConnectorKind}:
                raise self.fail(r, 3, f"'{_cell(row, 3)}' is not a kind of arrow; write flow, two_way or information")
            if ends[0] == ends[1]:
                raise self.fail(r, 2, "an arrow joins two different cards")
            arrows.append(Connector(id=new_id("arrow"), source=ends[0], target=ends[1], kind=ConnectorKind(kind), label=_cell(row, 4)))
        return arrows

    def _find_card(self, reference: str, r: int, n: int, steps: list[Step], lanes: list[Lane], cards: list[Card]) -> str:
        parts = [part.strip() for part in reference.split("›")]
        if len(parts) != 3 or ":" not in parts[2]:
            raise self.fail(r, n, f"'{reference}' does not name a card; write step › lane › position: text")
        position, _, text = parts[2].partition(":")
        step = next((s for s in steps if s.name == parts[0]), None)
        lane = next((l for l in lanes if l.name == parts[1]), None)
        if step is None or lane is None:
            raise self.fail(r, n, f"there is no {'step' if step is None else 'lane'} called '{parts[0] if step is None else parts[1]}'")
        cell = sorted((c for c in cards if c.step == step.id and c.lane == lane.id), key=lambda c: c.order)
        by_text = [c for c in cell if " ".join(c.text.split()).startswith(text.strip().rstrip("…"))]
        index = int(position) - 1 if position.strip().isdigit() else -1
        if 0 <= index < len(cell) and cell[index] in by_text:
            return cell[index].id
        if len(by_text) == 1:  # the cards in the cell were reordered: the text still tells
            return by_text[0].id
        raise self.fail(r, n, f"no card '{text.strip()}' at position {position.strip()} in {parts[0]} › {parts[1]}")

    def _stages(self, row: list[str], steps: list[Step]) -> list[Stage]:
        stages: list[Stage] = []
        for n, step in enumerate(steps, 1):
            name = _cell(row, n)
            if not name:
                continue
            if not stages or stages[-1].name != name or steps[n - 2].stage != stages[-1].id:
                stages.append(Stage(id=new_id("stage"), name=name))
            step.stage = stages[-1].id
        return stages

    def _lanes(self, rows: Grid, start: int, steps: list[Step]) -> tuple[list[Lane], list[Card], list[EmotionPoint]]:
        lanes: list[Lane] = []
        cards: list[Card] = []
        emotions: list[EmotionPoint] = []
        self.line_titles: dict[Line, str] = {}
        zone = Zone.CUSTOMER
        seen: set[LaneKind] = set()
        for r in range(start, len(rows)):
            row = rows[r]
            name = row[0] if row else ""
            if not name and not any(_cell(row, n) for n in range(1, len(steps) + 1)):
                continue  # a blank row between blocks
            if name.casefold() in _LINE_NAMED:
                line = _LINE_NAMED[name.casefold()]
                zone = _NEXT_ZONE[LINE_ABOVE[line]]
                if name != LINE_TITLES[line]:
                    self.line_titles[line] = name  # a German sheet keeps its German lines
                continue
            emotion = _EMOTIONS.match(name)
            if emotion:
                emotions.extend(self._scores(row, r, steps, emotion.group(2) or "Customer", emotion.group(1) == "to-be"))
                if LaneKind.EMOTIONS not in seen:
                    lanes.append(Lane.standard(LaneKind.EMOTIONS, new_id("lane")))
                    seen.add(LaneKind.EMOTIONS)
                continue
            if not name:
                raise self.fail(r, 0, "this row has cards but no lane name")
            kind = _KIND_NAMES.get(name.casefold(), LaneKind.CUSTOM)
            if kind in seen:
                kind = LaneKind.CUSTOM  # a second "Support" row: a lane of its own
            if kind is not LaneKind.CUSTOM:
                seen.add(kind)
                if KIND_ZONE[kind].rank < zone.rank:
                    raise self.fail(r, 0, f"'{name}' belongs above the {_line_above(KIND_ZONE[kind])}, but comes after it")
                zone = KIND_ZONE[kind]
            lane = Lane(id=new_id("lane"), kind=kind, name=name, zone=zone)
            lanes.append(lane)
            for n, step in enumerate(steps, 1):
                cards.extend(self._cards(_cell(row, n), r, n, lane.id, step.id))
        return self._with_standard_lanes(lanes), cards, emotions

    def _with_standard_lanes(self, lanes: list[Lane]) -> list[Lane]:
        """Standard lanes the sheet leaves out are added, empty, where they belong."""
        for kind in STANDARD_KINDS:
            if any(lane.kind is kind for lane in lanes):
                continue
            zone = KIND_ZONE[kind]
            later = [i for i, lane in enumerate(lanes) if lane.zone.rank > zone.rank or (lane.kind in STANDARD_KINDS and STANDARD_KINDS.index(lane.kind) > STANDARD_KINDS.index(kind))]
            lanes.insert(later[0] if later else len(lanes), Lane.standard(kind, new_id("lane")))
        return lanes

    def _cards(self, cell: str, r: int, n: int, lane_id: str, step_id: str) -> list[Card]:
        cards = []
        for order, block in enumerate(b for b in re.split(r"\n\s*\n", cell) if b.strip()):
            lines = block.strip().split("\n")
            tag_line = lines.pop() if len(lines) > 1 and is_tag_line(lines[-1]) else ""
            try:
                tags = parse_tags(tag_line)
            except TagError as error:
                raise self.fail(r, n, str(error)) from None
            text = "\n".join(lines).strip()
            if text == "…":
                text = ""
            try:
                card = Card(id=new_id("card"), lane=lane_id, step=step_id, order=order, text=text, marks=tags.marks,
                            duration=tags.duration, owner=tags.owner, facets=[self._facet(kind, name) for kind, name in tags.facets])
            except ValidationError as error:
                raise self.fail(r, n, describe_error(error)) from None
            cards.append(card)
        return cards

    def _facet(self, kind: FacetKind, name: str) -> str:
        key = (kind, name.casefold())
        if key not in self.facets:
            colour = PERSONA_COLOURS[sum(1 for k, _ in self.facets if k is kind) % len(PERSONA_COLOURS)]
            facet = Facet(id=new_id("facet"), kind=kind, name=name, colour=colour)
            self.facets[key] = facet
            self.new_facets.append(facet)
        return self.facets[key].id

    def _scores(self, row: list[str], r: int, steps: list[Step], who: str, to_be: bool) -> list[EmotionPoint]:
        persona = self.personas.get(who.casefold())
        if persona is None:
            persona = Persona(id=new_id("persona"), name=who, colour=PERSONA_COLOURS[len(self.personas) % len(PERSONA_COLOURS)])
            self.personas[who.casefold()] = persona
            self.new_personas.append(persona)
        points = []
        for n, step in enumerate(steps, 1):
            cell = _cell(row, n).replace("−", "-").replace(",", ".")
            if not cell:
                continue
            try:
                score = float(cell)
            except ValueError:
                raise self.fail(r, n, f"'{cell}' is not a score; write a number from -2 to +2") from None
            if not -2 <= score <= 2 or score * 2 != round(score * 2):
                raise self.fail(r, n, f"{cell} is not a score; scores go from -2 to +2 in half steps")
            points.append(EmotionPoint(id=new_id("emotion"), persona=persona.id, step=step.id, score=score, to_be=to_be))
        return points


def _cell(row: list[str], n: int) -> str:
    return row[n] if n < len(row) and row[n] else ""


def _line_above(zone: Zone) -> str:
    line = next((line for line, above in LINE_ABOVE.items() if above is zone), None)
    return LINE_TITLES[line].lower() if line is not None else "support lanes"
