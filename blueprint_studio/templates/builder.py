"""A compact way to write a template: stages of steps, and each step's cards by lane.

Card texts carry their marks in front: "! " a fail point (or a `Fail` with its register
entry), "~3 d: " a wait point of that length, "? " a decision point; " @Team" at the end
names the card's owner. Arrows are drawn as a designer first sketches them: the customer's
actions step to step, and down each step from the customer through the frontstage to the
backstage and support.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from blueprint_studio.model import (
    Blueprint,
    Card,
    Connector,
    ConnectorKind,
    Document,
    EmotionPoint,
    Failure,
    Lane,
    LaneKind,
    Marks,
    Persona,
    Scenario,
    Stage,
    Step,
)
from blueprint_studio.model.durations import parse_duration
from blueprint_studio.model.lanes import JOURNEY_KINDS, STANDARD_KINDS


@dataclass(frozen=True)
class Fail:
    """A fail point with its register entry (ratings 1–10)."""

    text: str
    mode: str = ""
    effect: str = ""
    cause: str = ""
    s: int | None = None
    o: int | None = None
    d: int | None = None


CardText = str | Fail


@dataclass(frozen=True)
class S:
    """One step: its name, how long it takes, its cards by lane, and how the persona feels."""

    name: str
    time: str = ""
    evidence: list[CardText] = field(default_factory=list)
    customer: list[CardText] = field(default_factory=list)
    front: list[CardText] = field(default_factory=list)
    back: list[CardText] = field(default_factory=list)
    support: list[CardText] = field(default_factory=list)
    thinks: list[CardText] = field(default_factory=list)
    touch: list[CardText] = field(default_factory=list)
    pains: list[CardText] = field(default_factory=list)
    ideas: list[CardText] = field(default_factory=list)
    feeling: float | None = None  # the first persona's score, −2 … +2
    why: str = ""
    truth: bool = False  # a moment of truth
    acceptable: str = ""


_LANES: dict[str, LaneKind] = {
    "thinks": LaneKind.THOUGHTS,
    "touch": LaneKind.TOUCHPOINTS,
    "pains": LaneKind.PAIN_POINTS,
    "ideas": LaneKind.OPPORTUNITIES,
    "evidence": LaneKind.PHYSICAL_EVIDENCE,
    "customer": LaneKind.CUSTOMER_ACTIONS,
    "front": LaneKind.FRONTSTAGE,
    "back": LaneKind.BACKSTAGE,
    "support": LaneKind.SUPPORT,
}
_JOURNEY_ROWS = (
    LaneKind.THOUGHTS,
    LaneKind.EMOTIONS,
    LaneKind.TOUCHPOINTS,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
)


def build(
    title: str,
    scenario: Scenario,
    personas: list[Persona],
    stages: list[tuple[str, list[S]]],
    journey: bool = True,
    acceptable: str = "",
) -> Document:
    """The document of one blueprint (with its journey rows above unless `journey` is False)."""
    kinds = [*(_JOURNEY_ROWS if journey else ()), *STANDARD_KINDS]
    lanes = [Lane.standard(kind) for kind in kinds if kind in JOURNEY_KINDS or kind in STANDARD_KINDS]
    by_kind = {lane.kind: lane for lane in lanes}
    blueprint = Blueprint(
        id="blueprint",
        title=title,
        scenario=scenario,
        lanes=lanes,
        personas=[p.id for p in personas],
        acceptable=parse_duration(acceptable) if acceptable else None,
    )
    cards: list[Card] = []
    flow: list[tuple[str, str, ConnectorKind]] = []
    previous_customer: str | None = None
    for stage_number, (stage_name, steps) in enumerate(stages, 1):
        stage = Stage(id=f"stage{stage_number}", name=stage_name)
        blueprint.stages.append(stage)
        for spec in steps:
            step = _step(spec, f"step{len(blueprint.steps) + 1}", stage.id)
            blueprint.steps.append(step)
            firsts = _step_cards(spec, step.id, by_kind, cards)
            flow.extend(_down_the_step(firsts))
            customer = firsts.get(LaneKind.CUSTOMER_ACTIONS)
            if customer is not None:
                if previous_customer is not None:
                    flow.append((previous_customer, customer, ConnectorKind.FLOW))
                previous_customer = customer
            if spec.feeling is not None and personas:
                blueprint.emotions.append(
                    EmotionPoint(
                        id=f"feel{len(blueprint.emotions) + 1}",
                        persona=personas[0].id,
                        step=step.id,
                        score=spec.feeling,
                        reason=spec.why,
                    )
                )
    blueprint.cards = cards
    blueprint.connectors = [
        Connector(id=f"arrow{n}", source=s, target=t, kind=k) for n, (s, t, k) in enumerate(flow, 1)
    ]
    if cards:
        cards[0].marks.start = True
        last = max(
            (c for c in cards if c.lane == by_kind[LaneKind.CUSTOMER_ACTIONS].id),
            key=lambda c: int(c.step[4:]),
            default=None,
        )
        if last is not None:
            last.marks.end = True
    return Document(blueprints=[blueprint], personas=personas)


def _step(spec: S, step_id: str, stage_id: str) -> Step:
    return Step(
        id=step_id,
        name=spec.name,
        stage=stage_id,
        moment_of_truth=spec.truth,
        duration=parse_duration(spec.time) if spec.time else None,
        acceptable=parse_duration(spec.acceptable) if spec.acceptable else None,
    )


def _step_cards(spec: S, step_id: str, by_kind: dict[LaneKind, Lane], cards: list[Card]) -> dict[LaneKind, str]:
    """Add the step's cards, lane by lane; the first card of each lane, by kind."""
    firsts: dict[LaneKind, str] = {}
    for attribute, kind in _LANES.items():
        if kind not in by_kind:
            continue
        for order, text in enumerate(getattr(spec, attribute)):
            card = _card(f"card{len(cards) + 1}", by_kind[kind].id, step_id, order, text)
            cards.append(card)
            firsts.setdefault(kind, card.id)
    return firsts


def _down_the_step(firsts: dict[LaneKind, str]) -> list[tuple[str, str, ConnectorKind]]:
    """The arrows from the customer down through frontstage, backstage and support: two-way
    where the customer meets the organisation."""
    chain = [
        firsts[k]
        for k in (LaneKind.CUSTOMER_ACTIONS, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT)
        if k in firsts
    ]
    customer = firsts.get(LaneKind.CUSTOMER_ACTIONS)
    return [
        (source, target, ConnectorKind.TWO_WAY if source == customer else ConnectorKind.FLOW)
        for source, target in pairwise(chain)
    ]


def _card(card_id: str, lane_id: str, step_id: str, order: int, spec: CardText) -> Card:
    failure = None
    if isinstance(spec, Fail):
        text = spec.text
        failure = Failure(
            mode=spec.mode, effect=spec.effect, cause=spec.cause, severity=spec.s, occurrence=spec.o, detection=spec.d
        )
        marks = Marks(fail_point=True)
    else:
        text, marks = spec, Marks()
        if text.startswith("! "):
            text, marks.fail_point = text[2:], True
        elif text.startswith("? "):
            text, marks.decision_point = text[2:], True
        elif text.startswith("~") and ": " in text:
            wait, text = text[1:].split(": ", 1)
            marks.wait_point, marks.wait_duration = True, parse_duration(wait)
    owner = ""
    if " @" in text:
        text, owner = text.rsplit(" @", 1)
    if failure is not None and owner:
        failure.owner = owner
    return Card(
        id=card_id, lane=lane_id, step=step_id, order=order, text=text, owner=owner, marks=marks, failure=failure
    )
