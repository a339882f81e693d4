"""The document: blueprints with their steps, lanes, cards and connectors. Pure pydantic.

The model only describes and bounds the data. Cross-references (a card's lane exists, a
connector's ends exist) are checked by `validation`, which can report every problem at once.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import Field

from blueprint_studio.model.fields import (
    AssetName,
    Colour,
    Emotion,
    Id,
    Name,
    Notes,
    Record,
    Text,
)
from blueprint_studio.model.lanes import (
    DEFAULT_LANE_NAMES,
    KIND_ZONE,
    STANDARD_KINDS,
    LaneKind,
    Zone,
)

MAX_ITEMS = 100_000


class TimeUnit(str, Enum):
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


class Duration(Record):
    """A time estimate such as 5 min; `value` is never negative."""

    value: Annotated[float, Field(ge=0, le=1e9, allow_inf_nan=False)]
    unit: TimeUnit = TimeUnit.MINUTES

    def label(self) -> str:
        number = f"{self.value:g}"
        return f"{number} {self.unit.value}"


class Scenario(Record):
    start: Text = ""
    end: Text = ""
    goal: Text = ""


class Persona(Record):
    name: Name = ""
    description: Text = ""


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


class Lane(Record):
    """One horizontal row. `zone` places it between the lines; standard kinds fix their zone."""

    id: Id
    kind: LaneKind
    name: Name
    zone: Zone

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

    def names(self) -> list[str]:
        """The marks that are set, in legend order."""
        return [name for name in MARK_NAMES if getattr(self, name)]


MARK_NAMES: tuple[str, ...] = (
    "fail_point",
    "wait_point",
    "decision_point",
    "pain_point",
    "opportunity",
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
    emotion: Emotion | None = None
    image: AssetName | None = None


class ConnectorKind(str, Enum):
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


class Blueprint(Record):
    id: Id
    title: Name
    scenario: Scenario = Field(default_factory=Scenario)
    persona: Persona = Field(default_factory=Persona)
    stages: Annotated[list[Stage], Field(max_length=MAX_ITEMS)] = Field(default_factory=list)
    steps: Annotated[list[Step], Field(max_length=MAX_ITEMS)] = Field(default_factory=list)
    lanes: Annotated[list[Lane], Field(min_length=5, max_length=200)]
    cards: Annotated[list[Card], Field(max_length=MAX_ITEMS)] = Field(default_factory=list)
    connectors: Annotated[list[Connector], Field(max_length=MAX_ITEMS)] = Field(
        default_factory=list
    )

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

    def lane_of_kind(self, kind: LaneKind) -> Lane:
        return next(lane for lane in self.lanes if lane.kind == kind)

    def cards_in_cell(self, lane_id: str, step_id: str) -> list[Card]:
        """Cards of one cell, top to bottom."""
        cell = [c for c in self.cards if c.lane == lane_id and c.step == step_id]
        return sorted(cell, key=lambda c: (c.order, c.id))


class Document(Record):
    """The root object of a .bpx file.

    `assets` maps an asset's file name (its SHA-256 and extension) to its bytes. They live in
    the ZIP beside document.json, not in the JSON, hence `exclude=True`.
    """

    blueprints: Annotated[list[Blueprint], Field(min_length=1, max_length=1_000)]
    assets: dict[AssetName, bytes] = Field(default_factory=dict, exclude=True)

    def blueprint(self, blueprint_id: str) -> Blueprint:
        return next(b for b in self.blueprints if b.id == blueprint_id)
