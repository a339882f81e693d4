"""How long the service takes: per step, stage and zone, best / typical / worst, against the
acceptable time (Shostack's execution standard), and the critical path. Pure.

A step's time is its own estimate; the zones' times add up the cards' own estimates and
waits, so the customer's time can be set against the organisation's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fractions import Fraction

from blueprint_studio.model import Blueprint, Card, ConnectorKind, Duration, Step, Zone
from blueprint_studio.words import QT_TR_NOOP


@dataclass(frozen=True)
class Span:
    """best ≤ typical ≤ worst, in seconds; `known` is False where nothing was estimated."""

    best: float = 0.0
    typical: float = 0.0
    worst: float = 0.0
    known: bool = False
    unknown_parts: int = 0  # estimates written as words ("same day") or missing

    def __add__(self, other: Span) -> Span:
        return Span(
            self.best + other.best,
            self.typical + other.typical,
            self.worst + other.worst,
            self.known or other.known,
            self.unknown_parts + other.unknown_parts,
        )


NOTHING = Span()


def span_of(duration: Duration | None) -> Span:
    if duration is None or duration.value is None:
        return Span(unknown_parts=1)
    low = duration.value * duration.unit.seconds
    high = (duration.max if duration.max is not None else duration.value) * duration.unit.seconds
    return Span(low, (low + high) / 2, high, True)


def total(spans: Iterable[Span]) -> Span:
    """The spans added up, left to right (as `+` would, without a Span made per step: the
    window totals 10,000 cards' times after an edit)."""
    listed = list(spans)
    return Span(
        sum(span.best for span in listed),
        sum(span.typical for span in listed),
        sum(span.worst for span in listed),
        any(span.known for span in listed),
        sum(span.unknown_parts for span in listed),
    )


@dataclass(frozen=True)
class StepTime:
    step_id: str
    name: str
    span: Span
    acceptable: float | None  # seconds
    over: bool  # the typical time exceeds the acceptable time


@dataclass(frozen=True)
class StageTime:
    stage_id: str | None
    name: str
    span: Span


@dataclass(frozen=True)
class CriticalPath:
    card_ids: tuple[str, ...]
    connector_ids: tuple[str, ...]
    span: Span  # the cards' own times and waits along it


@dataclass(frozen=True)
class TimeAnalysis:
    steps: tuple[StepTime, ...]
    stages: tuple[StageTime, ...]
    journey: Span
    acceptable: float | None
    over: bool
    customer: Span  # cards above the line of interaction: the customer's own time and waits
    organisation: Span  # frontstage, backstage and support
    critical_path: CriticalPath


def _limit(duration: Duration | None) -> float | None:
    """An acceptable time is its upper end: 'up to 10 min' for a range of 5–10 min."""
    span = span_of(duration)
    return span.worst if span.known else None


def analyse_time(blueprint: Blueprint) -> TimeAnalysis:
    steps = tuple(step_time(step) for step in blueprint.steps)
    zones = {lane.id: lane.zone for lane in blueprint.lanes}
    weights = card_times(blueprint)
    customer, organisation = Tally(), Tally()
    for card in blueprint.cards:
        (customer if zones.get(card.lane) is Zone.CUSTOMER else organisation).add(weights[card.id])
    return timed(
        blueprint,
        steps,
        stage_times(blueprint, steps),
        customer.span(),
        organisation.span(),
        critical_path(blueprint, weights),
    )


class Tally:
    """A running total of spans that can also take one away, exactly: the sums are kept as
    fractions, so a total kept edit by edit over 10,000 cards equals the total made afresh
    to the last bit (floats added in another order would not)."""

    def __init__(self) -> None:
        self.best = self.typical = self.worst = Fraction(0)
        self.known = self.unknown_parts = 0

    def add(self, span: Span, sign: int = 1) -> None:
        if span == NOTHING:
            return  # most cards carry no time: nothing to add
        self.best += sign * Fraction(span.best)
        self.typical += sign * Fraction(span.typical)
        self.worst += sign * Fraction(span.worst)
        self.known += sign * span.known
        self.unknown_parts += sign * span.unknown_parts

    def span(self) -> Span:
        return Span(float(self.best), float(self.typical), float(self.worst), self.known > 0, self.unknown_parts)


def step_time(step: Step) -> StepTime:
    span = span_of(step.duration)
    limit = _limit(step.acceptable)
    return StepTime(step.id, step.name, span, limit, limit is not None and span.known and span.typical > limit)


def stage_runs(blueprint: Blueprint) -> list[tuple[str | None, list[str]]]:
    """The runs of neighbouring steps of one stage, as the headers show them: (stage id, step ids)."""
    runs: list[tuple[str | None, list[str]]] = []
    for step in blueprint.steps:
        if runs and runs[-1][0] == step.stage:
            runs[-1][1].append(step.id)
        else:
            runs.append((step.stage, [step.id]))
    return runs


def stage_time(stage_id: str | None, name: str, steps: Iterable[StepTime]) -> StageTime:
    """A stage adds up the times of its run of steps."""
    spans = iter(step.span for step in steps)
    span = next(spans)
    for other in spans:
        span = span + other
    return StageTime(stage_id, name, span)


def stage_times(blueprint: Blueprint, steps: tuple[StepTime, ...]) -> tuple[StageTime, ...]:
    timing = {step.step_id: step for step in steps}
    names = {stage.id: stage.name for stage in blueprint.stages}
    return tuple(
        stage_time(stage, names.get(stage or "", ""), (timing[s] for s in run)) for stage, run in stage_runs(blueprint)
    )


def timed(
    blueprint: Blueprint,
    steps: tuple[StepTime, ...],
    stages: tuple[StageTime, ...],
    customer: Span,
    organisation: Span,
    path: CriticalPath,
    journey: Span | None = None,
) -> TimeAnalysis:
    """The whole from its parts: the journey adds up the steps' times (unless given, kept)."""
    journey = journey if journey is not None else total(t.span for t in steps)
    limit = _limit(blueprint.acceptable)
    return TimeAnalysis(
        steps,
        stages,
        journey,
        limit,
        limit is not None and journey.known and journey.typical > limit,
        customer,
        organisation,
        path,
    )


def card_time(card: Card) -> Span:
    """A card's own time plus its wait, where estimated."""
    wait = card.marks.wait_duration if card.marks.wait_point else None
    if card.duration is None and wait is None:
        return NOTHING  # most cards
    spans = [span_of(d) for d in (card.duration, wait) if d is not None]
    return total(s for s in spans if s.known)


def card_times(blueprint: Blueprint) -> dict[str, Span]:
    return {card.id: card_time(card) for card in blueprint.cards}


def critical_path(blueprint: Blueprint, weights: dict[str, Span] | None = None) -> CriticalPath:
    """The longest chain of cards along flow (and two-way) arrows, by the cards' own times and
    waits, then by length. Arrows that would close a loop (rework) are left out, so the chain
    is finite; ties keep document order, so the answer is the same every time."""
    weight = weights if weights is not None else card_times(blueprint)
    best = _best_chains(blueprint, weight)
    chains = [card for card in blueprint.cards if best[card.id][0][1] >= 2]  # a lone card is no chain
    if not chains:
        return CriticalPath((), (), NOTHING)
    start = max(chains, key=lambda card: best[card.id][0])  # the first of the longest
    cards, arrows = [start.id], []
    _, following, arrow = best[start.id]
    while following is not None and arrow is not None:
        cards.append(following)
        arrows.append(arrow)
        _, following, arrow = best[following]
    return CriticalPath(tuple(cards), tuple(arrows), total(weight[c] for c in cards))


# A card's best chain: its (time, length) score, and the next card and arrow (None at the end).
_Best = tuple[tuple[float, int], str | None, str | None]


def _best_chains(blueprint: Blueprint, weight: dict[str, Span]) -> dict[str, _Best]:
    """Each card's best chain as its score and the next step only (a chain of 20,000 cards kept
    whole at every card took 3.6 GB); the winner is followed link by link at the end."""
    outgoing: dict[str, list[tuple[str, str]]] = {}
    for connector in blueprint.connectors:
        if connector.kind is not ConnectorKind.INFORMATION:
            outgoing.setdefault(connector.source, []).append((connector.target, connector.id))
    best: dict[str, _Best] = {}
    state: dict[str, int] = {}  # 1 on the current walk, 2 done
    for card in blueprint.cards:
        if card.id not in state:
            _walk(card.id, outgoing, weight, best, state)
    return best


def _walk(
    start: str,
    outgoing: dict[str, list[tuple[str, str]]],
    weight: dict[str, Span],
    best: dict[str, _Best],
    state: dict[str, int],
) -> None:
    """Depth first from `start`, scoring each card once all it leads to is scored. Iterative:
    a long chain must not hit Python's recursion limit."""
    stack: list[tuple[str, int]] = [(start, 0)]
    state[start] = 1
    while stack:
        node, index = stack[-1]
        edges = outgoing.get(node, [])
        if index < len(edges):
            stack[-1] = (node, index + 1)
            target = edges[index][0]
            if state.get(target) is None:
                state[target] = 1
                stack.append((target, 0))
            continue
        stack.pop()
        state[node] = 2
        best[node] = _best_next(weight[node].typical, edges, best, state)


def _best_next(own: float, edges: list[tuple[str, str]], best: dict[str, _Best], state: dict[str, int]) -> _Best:
    chosen: _Best = ((own, 1), None, None)
    for target, connector_id in edges:
        if state.get(target) != 2 or target not in best:
            continue  # a loop back into the walk
        (time, length), _, _ = best[target]
        score = (own + time, 1 + length)
        if score > chosen[0]:
            chosen = (score, target, connector_id)
    return chosen


def format_seconds(seconds: float, say: Callable[[str], str] = str, number: Callable[[int], str] = str) -> str:
    """A duration people read at a glance: 1 d 4 h, 25 min, 40 s.

    `say` translates the unit words and `number` writes a count the reader's way; the
    window passes its language's, the command line and the printouts keep English.
    """
    if seconds <= 0:
        return "0"
    parts = []
    for size, unit in (
        (604_800, QT_TR_NOOP("wk")),
        (86_400, QT_TR_NOOP("d")),
        (3_600, QT_TR_NOOP("h")),
        (60, QT_TR_NOOP("min")),
        (1, QT_TR_NOOP("s")),
    ):
        amount, seconds = divmod(round(seconds), size) if size > 1 else (round(seconds), 0)
        if amount:
            parts.append(f"{number(amount)} {say(unit)}")
        if len(parts) == 2:
            break
    return " ".join(parts) or say(QT_TR_NOOP("under 1 s"))


def span_text(span: Span, say: Callable[[str], str] = str, number: Callable[[int], str] = str) -> str:
    """'25 min', '1 d – 3 wk' (best – worst), or 'not estimated'; `say` and `number` as above."""
    if not span.known:
        return say(QT_TR_NOOP("not estimated"))
    low, high = format_seconds(span.best, say, number), format_seconds(span.worst, say, number)
    text = low if low == high else f"{low} – {high}"
    return text + (
        " " + say(QT_TR_NOOP("(+{count} not in numbers)")).format(count=number(span.unknown_parts))
        if span.unknown_parts
        else ""
    )
