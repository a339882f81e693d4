"""The document: blueprints with their steps, lanes, cards and connectors. Pure pydantic.

The model only describes and bounds the data. Cross-references (a card's lane exists, a
connector's ends exist) are checked by `validation`, which can report every problem at once.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from blueprint_studio.model.fields import (
    AssetName,
    Colour,
    Id,
    Name,
    Notes,
    Record,
    Score,
    Text,
)
from blueprint_studio.model.lanes import (
    DEFAULT_LANE_NAMES,
    KIND_ZONE,
    LINE_TITLES,
    STANDARD_KINDS,
    LaneKind,
    Line,
    Zone,
)

MAX_ITEMS = 100_000
MAX_PERSONAS = 200
MAX_LIST_ENTRIES = 50  # goals, needs, frustrations of one persona
MAX_FACETS = 2_000  # the document's vocabulary of teams, systems, channels, touchpoints, actors
MAX_CARD_FACETS = 30


class TimeUnit(StrEnum):
    SECONDS = "s"
    MINUTES = "min"
    HOURS = "h"
    DAYS = "d"
    WEEKS = "wk"

    @property
    def seconds(self) -> int:
        return _UNIT_SECONDS[self]


_UNIT_SECONDS = {
    TimeUnit.SECONDS: 1,
    TimeUnit.MINUTES: 60,
    TimeUnit.HOURS: 3_600,
    TimeUnit.DAYS: 86_400,
    TimeUnit.WEEKS: 604_800,
}


Amount = Annotated[float, Field(ge=0, le=1e9, allow_inf_nan=False)]


class Duration(Record):
    """A time estimate: one value (5 min), a range (1–25 d, `value` to `max`), or words kept as
    written when they are not a number ("same day"), in `note`."""

    value: Amount | None = None
    max: Amount | None = None
    unit: TimeUnit = TimeUnit.MINUTES
    note: Name = ""

    def text(self) -> str:
        """As a designer writes it: "5 min", "1–25 d", "same day"."""
        if self.value is None:
            return self.note
        number = f"{self.value:g}" + (f"–{self.max:g}" if self.max is not None and self.max != self.value else "")
        return f"{number} {self.unit.value}" + (f" ({self.note})" if self.note else "")


class Scenario(Record):
    start: Text = ""
    end: Text = ""
    goal: Text = ""


# Okabe–Ito hues, darkened where needed for contrast on white: a new persona takes the next.
PERSONA_COLOURS: tuple[str, ...] = (
    "#0072b2",
    "#d55e00",
    "#009e73",
    "#cc79a7",
    "#e69f00",
    "#56b4e9",
    "#8c6d1f",
    "#5d3a9b",
)


class FailureStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    ACCEPTED = "accepted"  # a known risk the team chose to live with


Rating = Annotated[int, Field(ge=1, le=10)]


class Failure(Record):
    """A fail point's FMEA entry: what fails, what it does, why, and how bad (1–10 each);
    `recovery` names the cards of its corrective process (Shostack pairs each fail point
    with one)."""

    mode: Text = ""
    effect: Text = ""
    cause: Text = ""
    severity: Rating | None = None
    occurrence: Rating | None = None
    detection: Rating | None = None
    owner: Name = ""
    status: FailureStatus = FailureStatus.OPEN
    recovery: Annotated[list[Id], Field(max_length=100)] = Field(default_factory=list)

    @property
    def rpn(self) -> int | None:
        """The risk priority number, severity × occurrence × detection, once all three are rated."""
        if self.severity is None or self.occurrence is None or self.detection is None:
            return None
        return self.severity * self.occurrence * self.detection


class FacetKind(StrEnum):
    """What a card's tag says about it: who does it, with what, through which channel."""

    TEAM = "team"
    SYSTEM = "system"
    CHANNEL = "channel"
    TOUCHPOINT = "touchpoint"
    ACTOR = "actor"


class Facet(Record):
    """One value of the document's vocabulary ("Licensing team", "CRM", "Phone"); cards name
    facets by id, so renaming or recolouring one changes every card that carries it."""

    id: Id
    kind: FacetKind
    name: Name
    colour: Colour = "#607d8b"


class Persona(Record):
    """Someone whose journey the document follows; several blueprints may follow the same one."""

    id: Id
    name: Name = ""
    role: Name = ""  # role or segment: "Business traveller", "First-time buyer"
    description: Text = ""
    goals: Annotated[list[Text], Field(max_length=MAX_LIST_ENTRIES)] = Field(default_factory=list)
    needs: Annotated[list[Text], Field(max_length=MAX_LIST_ENTRIES)] = Field(default_factory=list)
    frustrations: Annotated[list[Text], Field(max_length=MAX_LIST_ENTRIES)] = Field(default_factory=list)
    quote: Text = ""
    photo: AssetName | None = None
    colour: Colour = PERSONA_COLOURS[0]


class EmotionPoint(Record):
    """How one persona feels at one step, −2 … +2 in half steps; `to_be` marks the designed future."""

    id: Id
    persona: Id
    step: Id
    score: Score
    reason: Name = ""
    to_be: bool = False


class View(StrEnum):
    """What a blueprint shows (and prints): hidden parts stay in the document."""

    BOTH = "both"
    JOURNEY = "journey"
    BLUEPRINT = "blueprint"


class Stage(Record):
    """A journey phase ("Arrive", "Stay"); steps point to their stage."""

    id: Id
    name: Name


class Step(Record):
    """One column of the blueprint, left to right in list order."""

    id: Id
    name: Name
    stage: Id | None = None
    duration: Duration | None = None
    acceptable: Duration | None = None  # the longest the step may take (execution standard)
    moment_of_truth: bool = False
    description: Text = ""


class Lane(Record):
    """One horizontal row. `zone` places it between the lines; standard kinds fix their zone."""

    id: Id
    kind: LaneKind
    name: Name
    zone: Zone
    hidden: bool = False  # hidden rows keep their cards; they are only not drawn
    description: Text = ""  # the lane's purpose: a tooltip, and under the name when the blueprint says so

    @classmethod
    def standard(cls, kind: LaneKind, lane_id: str | None = None) -> Lane:
        return cls(
            id=lane_id or kind.value,
            kind=kind,
            name=DEFAULT_LANE_NAMES[kind],
            zone=KIND_ZONE[kind],
        )


class Marks(Record):
    """Badges on a card. A wait point may say how long the customer waits."""

    fail_point: bool = False
    wait_point: bool = False
    wait_duration: Duration | None = None
    decision_point: bool = False
    pain_point: bool = False
    opportunity: bool = False
    start: bool = False  # where the journey begins
    end: bool = False  # where it ends as planned
    exit: bool = False  # where the customer leaves it (to another journey: `Card.exit_to`)
    item_missing: bool = False  # something the customer or staff needs is not there

    def names(self) -> list[str]:
        """The marks that are set, in legend order."""
        return [name for name in MARK_NAMES if getattr(self, name)]


MARK_NAMES: tuple[str, ...] = (
    "fail_point",
    "wait_point",
    "decision_point",
    "pain_point",
    "opportunity",
    "start",
    "end",
    "exit",
    "item_missing",
)


class Card(Record):
    """A sticky note in one lane × step cell; `order` sorts cards stacked in that cell."""

    id: Id
    lane: Id
    step: Id
    order: Annotated[int, Field(ge=0, le=MAX_ITEMS)] = 0
    text: Text = ""
    notes: Notes = ""
    owner: Name = ""
    colour: Colour | None = None
    marks: Marks = Field(default_factory=Marks)
    duration: Duration | None = None  # how long this activity itself takes
    failure: Failure | None = None  # the fail point's register entry
    image: AssetName | None = None  # a photo of the physical evidence, drawn on the card
    facets: Annotated[list[Id], Field(max_length=MAX_CARD_FACETS)] = Field(default_factory=list)
    exit_to: Id | None = None  # the blueprint an exit mark leads to


class ConnectorKind(StrEnum):
    FLOW = "flow"
    TWO_WAY = "two_way"
    INFORMATION = "information"


class Connector(Record):
    """An arrow between two cards of the same blueprint."""

    id: Id
    source: Id
    target: Id
    kind: ConnectorKind = ConnectorKind.FLOW
    label: Name = ""
    notes: Notes = ""  # longer than a label: shown as a tooltip, kept out of the drawing


class LineNote(Record):
    """Words written on one of the three lines at a step ("API auth", "handoff IVR → agent")."""

    id: Id
    line: Line
    step: Id
    text: Name


class Blueprint(Record):
    id: Id
    title: Name
    scenario: Scenario = Field(default_factory=Scenario)
    # Followed, in legend order.
    personas: Annotated[list[Id], Field(max_length=MAX_PERSONAS)] = Field(default_factory=list)
    view: View = View.BOTH
    acceptable: Duration | None = None  # the longest the whole service may take
    # Analysis findings set aside.
    dismissed: Annotated[list[Text], Field(max_length=MAX_ITEMS)] = Field(default_factory=list)
    stages: Annotated[list[Stage], Field(max_length=MAX_ITEMS)] = Field(default_factory=list)
    steps: Annotated[list[Step], Field(max_length=MAX_ITEMS)] = Field(default_factory=list)
    lanes: Annotated[list[Lane], Field(min_length=5, max_length=200)]
    cards: Annotated[list[Card], Field(max_length=MAX_ITEMS)] = Field(default_factory=list)
    connectors: Annotated[list[Connector], Field(max_length=MAX_ITEMS)] = Field(default_factory=list)
    emotions: Annotated[list[EmotionPoint], Field(max_length=MAX_ITEMS)] = Field(default_factory=list)
    line_notes: Annotated[list[LineNote], Field(max_length=MAX_ITEMS)] = Field(default_factory=list)
    describe_lanes: bool = False  # print each lane's description under its name
    # The lines' names; English where absent.
    line_titles: Annotated[dict[Line, Name], Field(max_length=len(Line))] = Field(default_factory=dict)
    variant_of: Id | None = None  # the as-is blueprint this one redesigns (a to-be variant)

    @classmethod
    def blank(cls, blueprint_id: str, title: str, step_ids: list[str]) -> Blueprint:
        """The five standard lanes and the given empty steps: what File ▸ New shows."""
        return cls(
            id=blueprint_id,
            title=title,
            lanes=[Lane.standard(kind) for kind in STANDARD_KINDS],
            steps=[Step(id=sid, name=f"Step {n}") for n, sid in enumerate(step_ids, 1)],
        )

    # Read helpers; linear scans are fine at thousands of items, and keep the model index-free.
    def card(self, card_id: str) -> Card:
        return next(c for c in self.cards if c.id == card_id)

    def lane(self, lane_id: str) -> Lane:
        return next(lane for lane in self.lanes if lane.id == lane_id)

    def step(self, step_id: str) -> Step:
        return next(s for s in self.steps if s.id == step_id)

    def line_title(self, line: Line) -> str:
        """The words drawn on a line: the blueprint's own (a German one says "Sichtbarkeitslinie"), else English."""
        return self.line_titles.get(line) or LINE_TITLES[line]

    def lane_of_kind(self, kind: LaneKind) -> Lane:
        return next(lane for lane in self.lanes if lane.kind == kind)

    def emotion(self, persona_id: str, step_id: str, to_be: bool = False) -> EmotionPoint | None:
        return next((p for p in self.emotions if (p.persona, p.step, p.to_be) == (persona_id, step_id, to_be)), None)

    def shown_lanes(self) -> list[Lane]:
        """The lanes the current view draws, top to bottom, hidden rows left out. The journey
        map is every row above the blueprint's first lane (physical evidence), plus the
        customer's actions, its "doing" row; the blueprint is the physical evidence and below."""
        first = next(
            (i for i, lane in enumerate(self.lanes) if lane.kind is LaneKind.PHYSICAL_EVIDENCE), len(self.lanes)
        )
        if self.view is View.JOURNEY:
            chosen = self.lanes[:first] + [
                lane for lane in self.lanes[first:] if lane.kind is LaneKind.CUSTOMER_ACTIONS
            ]
        elif self.view is View.BLUEPRINT:
            chosen = self.lanes[first:]
        else:
            chosen = self.lanes
        return [lane for lane in chosen if not lane.hidden]

    def cards_in_cell(self, lane_id: str, step_id: str) -> list[Card]:
        """Cards of one cell, top to bottom."""
        return self.cards_in_cells({(lane_id, step_id)})[(lane_id, step_id)]

    def cards_in_cells(self, cells: set[tuple[str, str]]) -> dict[tuple[str, str], list[Card]]:
        """Cards of several cells (lane id, step id), each top to bottom: one pass over the cards."""
        stacks: dict[tuple[str, str], list[Card]] = {cell: [] for cell in cells}
        steps = {step for _, step in cells}
        for card in self.cards:
            if card.step in steps:
                stack = stacks.get((card.lane, card.step))
                if stack is not None:
                    stack.append(card)
        for stack in stacks.values():
            stack.sort(key=lambda c: (c.order, c.id))
        return stacks


class Audience(Record):
    """Who a print is for: which parts of a blueprint it shows and what it leaves out. What
    is left out is absent from the file made for them, not covered up. The built-in
    audiences (`blueprint_studio.audience.BUILT_IN`) are not stored; a document keeps its own."""

    id: Id
    name: Name
    # The zones shown.
    zones: Annotated[list[Zone], Field(max_length=len(Zone))] = Field(default_factory=lambda: list(Zone))
    hidden_lanes: Annotated[list[Id], Field(max_length=200)] = Field(default_factory=list)  # by id, in any blueprint
    # Only these stages (none: all)
    stages: Annotated[list[Id], Field(max_length=MAX_ITEMS)] = Field(default_factory=list)
    first_step: Id | None = None  # only the steps from this one …
    last_step: Id | None = None  # … to this one (inclusive)
    notes: bool = True  # card and arrow notes
    owners: bool = True  # who owns a card or a fail point
    facets: bool = True  # teams, systems, channels… tagged on cards
    failure_register: bool = True  # the fail points' entries: modes, effects, causes, ratings
    summary: bool = False  # one page for executives (stages, time, top fail points) instead of the wall


class Document(Record):
    """The root object of a .bpx file.

    `assets` maps an asset's file name (its SHA-256 and extension) to its bytes. They live in
    the ZIP beside document.json, not in the JSON, hence `exclude=True`.
    """

    blueprints: Annotated[list[Blueprint], Field(min_length=1, max_length=1_000)]
    personas: Annotated[list[Persona], Field(max_length=MAX_PERSONAS)] = Field(default_factory=list)
    facets: Annotated[list[Facet], Field(max_length=MAX_FACETS)] = Field(default_factory=list)
    # The document's own print profiles.
    audiences: Annotated[list[Audience], Field(max_length=100)] = Field(default_factory=list)
    assets: dict[AssetName, bytes] = Field(default_factory=dict, exclude=True)

    def blueprint(self, blueprint_id: str) -> Blueprint:
        return next(b for b in self.blueprints if b.id == blueprint_id)

    def persona(self, persona_id: str) -> Persona:
        return next(p for p in self.personas if p.id == persona_id)

    def followed_personas(self, blueprint: Blueprint) -> list[Persona]:
        """The personas a blueprint follows, in its order (unknown ids are validation's to report)."""
        by_id = {persona.id: persona for persona in self.personas}
        return [by_id[pid] for pid in blueprint.personas if pid in by_id]
