"""Synthetic blueprints of a chosen size: all lanes, realistic text, about one arrow per card."""

from __future__ import annotations

import random

from blueprint_studio.model import (
    Blueprint,
    Card,
    Connector,
    ConnectorKind,
    Document,
    Duration,
    EmotionPoint,
    Lane,
    LaneKind,
    Marks,
    Persona,
    Stage,
    Step,
)
from blueprint_studio.model.lanes import STANDARD_KINDS

_WORDS = [
    "customer",
    "guest",
    "staff",
    "order",
    "payment",
    "confirm",
    "check",
    "queue",
    "wait",
    "desk",
    "app",
    "booking",
    "receipt",
    "system",
    "update",
    "notify",
    "review",
    "prepare",
    "deliver",
    "collect",
    "schedule",
    "support",
    "request",
    "approve",
    "verify",
    "escalate",
    "record",
    "room",
    "café",
    "menu",
    "ticket",
    "label",
    "status",
    "partner",
    "invoice",
    "refund",
    "loyalty",
    "points",
    "account",
    "profile",
    "login",
    "delivery",
]


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize()


def blueprint_with(cards: int, seed: int = 7) -> Document:
    """About `cards` cards spread over the five lanes, eight per column, as many arrows, and a
    persona's emotion curve (with a reason at every third step) above them."""
    rng = random.Random(seed)
    steps_count = max(4, cards // 8)
    stages = [Stage(id=f"g{n}", name=f"Stage {n + 1}") for n in range(max(1, steps_count // 6))]
    steps = [
        Step(
            id=f"s{n}",
            name=_sentence(rng, 2, 4),
            stage=stages[min(n // 6, len(stages) - 1)].id,
            duration=Duration(value=rng.randint(1, 30)),
        )
        for n in range(steps_count)
    ]
    lanes = [Lane.standard(kind) for kind in STANDARD_KINDS]  # the Emotions row joins after the cards are dealt
    card_list: list[Card] = []
    orders: dict[tuple[str, str], int] = {}
    for n in range(cards):
        step = steps[n % steps_count]
        lane = lanes[rng.randrange(len(lanes))]
        order = orders.get((lane.id, step.id), 0)
        orders[(lane.id, step.id)] = order + 1
        card_list.append(
            Card(
                id=f"c{n}",
                lane=lane.id,
                step=step.id,
                order=order,
                text=_sentence(rng, 3, 14),
                marks=Marks(fail_point=rng.random() < 0.05, pain_point=rng.random() < 0.05),
            )
        )
    connectors = []
    for n in range(cards):
        # Flows go to a nearby card: the same step or one of the next two, as in real blueprints.
        source = card_list[n]
        ahead = rng.choice((0, 1, 1, 2))  # steps to the right
        if n % steps_count + ahead >= steps_count:
            ahead = 0
        index = n + ahead + (steps_count if ahead == 0 else rng.choice((0, steps_count)))
        target = card_list[index] if index < cards else None
        if target is not None:
            connectors.append(
                Connector(id=f"a{n}", source=source.id, target=target.id, kind=rng.choice(list(ConnectorKind)))
            )
    persona = Persona(id="persona", name="Sam", role="Regular customer")
    emotions = [
        EmotionPoint(
            id=f"e{n}",
            persona=persona.id,
            step=step.id,
            score=rng.randint(-4, 4) / 2,
            reason=_sentence(rng, 2, 5) if n % 3 == 0 else "",
        )
        for n, step in enumerate(steps)
    ]
    lanes.insert(0, Lane.standard(LaneKind.EMOTIONS))
    return Document(
        personas=[persona],
        blueprints=[
            Blueprint(
                id="big",
                title=f"Synthetic {cards} cards",
                stages=stages,
                steps=steps,
                lanes=lanes,
                cards=card_list,
                connectors=connectors,
                personas=[persona.id],
                emotions=emotions,
            )
        ],
    )
