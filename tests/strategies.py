"""Hypothesis strategies that build valid documents (every reference resolves)."""

from __future__ import annotations

import itertools

from hypothesis import strategies as st

from blueprint_studio.model import (
    Blueprint,
    Card,
    Connector,
    ConnectorKind,
    Document,
    Duration,
    EmotionPoint,
    Failure,
    FailureStatus,
    Lane,
    LaneKind,
    Marks,
    Persona,
    Scenario,
    Stage,
    Step,
    TimeUnit,
    View,
    Zone,
)
from blueprint_studio.model.lanes import JOURNEY_KINDS, STANDARD_KINDS

# Printable text in any script, plus newlines and tabs, never surrogates or control characters.
texts = st.text(st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\t"), max_size=40)
names = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)
_amounts = st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False)
durations = st.one_of(
    st.builds(Duration, value=_amounts, unit=st.sampled_from(TimeUnit)),
    st.tuples(_amounts, _amounts).map(lambda pair: Duration(value=min(pair), max=max(pair), unit=TimeUnit.DAYS)),
    names.filter(lambda text: bool(text)).map(lambda text: Duration(note=text)),
)
ratings = st.none() | st.integers(1, 10)


scores = st.integers(-4, 4).map(lambda half: half / 2)


@st.composite
def personas(draw: st.DrawFn, persona_id: str) -> Persona:
    return Persona(
        id=persona_id,
        name=draw(names),
        role=draw(names),
        description=draw(texts),
        goals=draw(st.lists(texts, max_size=3)),
        needs=draw(st.lists(texts, max_size=2)),
        frustrations=draw(st.lists(texts, max_size=2)),
        quote=draw(texts),
        colour=draw(st.from_regex(r"\A#[0-9a-f]{6}\Z")),
    )


@st.composite
def blueprints(draw: st.DrawFn, prefix: str, persona_ids: tuple[str, ...] = ()) -> Blueprint:
    counter = itertools.count()

    def new(kind: str) -> str:
        return f"{prefix}{kind}{next(counter)}"

    lanes = [Lane.standard(kind, new("l")) for kind in STANDARD_KINDS]
    for kind in draw(st.lists(st.sampled_from(JOURNEY_KINDS), unique=True, max_size=3)):
        lanes.insert(0, Lane.standard(kind, new("l")))
    for lane in lanes:
        lane.hidden = draw(st.booleans()) and draw(st.booleans())
    for zone in draw(st.lists(st.sampled_from(Zone), max_size=3)):
        last = max(i for i, lane in enumerate(lanes) if lane.zone == zone)
        lanes.insert(last + 1, Lane(id=new("l"), kind=LaneKind.CUSTOM, name=draw(names), zone=zone))
    stages = [Stage(id=new("g"), name=draw(names)) for _ in range(draw(st.integers(0, 3)))]
    steps = [
        Step(
            id=new("s"),
            name=draw(names),
            stage=draw(st.sampled_from([None] + [s.id for s in stages])),
            duration=draw(st.none() | durations),
            moment_of_truth=draw(st.booleans()),
            acceptable=draw(st.none() | durations),
        )
        for _ in range(draw(st.integers(0 if not stages else 1, 5)))
    ]
    cards: list[Card] = []
    if steps:
        for _ in range(draw(st.integers(0, 10))):
            lane = draw(st.sampled_from([lane for lane in lanes if lane.kind is not LaneKind.EMOTIONS]))
            wait = draw(st.booleans())
            cards.append(
                Card(
                    id=new("c"),
                    lane=lane.id,
                    step=draw(st.sampled_from(steps)).id,
                    order=draw(st.integers(0, 5)),
                    text=draw(texts),
                    notes=draw(texts),
                    owner=draw(names),
                    colour=draw(st.none() | st.from_regex(r"\A#[0-9a-f]{6}\Z")),
                    marks=Marks(
                        fail_point=draw(st.booleans()),
                        wait_point=wait,
                        wait_duration=draw(st.none() | durations) if wait else None,
                        decision_point=draw(st.booleans()),
                        pain_point=draw(st.booleans()),
                        opportunity=draw(st.booleans()),
                    ),
                )
            )
    for card in cards:
        card.duration = draw(st.none() | durations)
        if card.marks.fail_point:
            others = [c.id for c in cards if c.id != card.id]
            card.failure = draw(
                st.none()
                | st.builds(
                    Failure,
                    mode=texts,
                    severity=ratings,
                    occurrence=ratings,
                    detection=ratings,
                    owner=names,
                    status=st.sampled_from(FailureStatus),
                    recovery=st.lists(st.sampled_from(others), unique=True, max_size=2) if others else st.just([]),
                )
            )
    connectors: list[Connector] = []
    if len(cards) >= 2:
        for _ in range(draw(st.integers(0, 8))):
            source, target = draw(st.lists(st.sampled_from(cards), min_size=2, max_size=2, unique_by=lambda c: c.id))
            connectors.append(
                Connector(
                    id=new("a"),
                    source=source.id,
                    target=target.id,
                    kind=draw(st.sampled_from(ConnectorKind)),
                    label=draw(names),
                )
            )
    followed = draw(st.lists(st.sampled_from(persona_ids), unique=True)) if persona_ids else []
    emotions = [
        EmotionPoint(id=new("e"), persona=persona_id, step=step.id, score=draw(scores), reason=draw(names), to_be=to_be)
        for persona_id in persona_ids
        for to_be in (False, True)
        for step in steps
        if draw(st.booleans())
    ]
    return Blueprint(
        id=f"{prefix}bp",
        title=draw(names),
        scenario=Scenario(start=draw(texts), end=draw(texts), goal=draw(texts)),
        personas=followed,
        view=draw(st.sampled_from(View)),
        acceptable=draw(st.none() | durations),
        dismissed=draw(st.lists(names, max_size=2)),
        emotions=emotions,
        stages=stages,
        steps=steps,
        lanes=lanes,
        cards=cards,
        connectors=connectors,
    )


@st.composite
def documents(draw: st.DrawFn) -> Document:
    count = draw(st.integers(1, 3))
    people = [draw(personas(f"p{n}")) for n in range(draw(st.integers(0, 3)))]
    ids = tuple(p.id for p in people)
    return Document(
        personas=people, blueprints=[draw(blueprints(prefix=f"b{n}-", persona_ids=ids)) for n in range(count)]
    )
