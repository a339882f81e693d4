"""Checks a blueprint against the method, like a linter: each finding has an id, a severity,
a message and the cards (or steps) it is about. Pure.

They are written to stay quiet on a good blueprint and on a journey map: what the customer
sees or touches may be named in the physical evidence, in a touchpoints row or by a card's
touchpoint tag; the journey rows (everything above the physical evidence, and the journey
kinds wherever they sit) are never expected to be connected; a blueprint with no arrows yet
gets one note, not a warning per card; and a finding the team set aside stays set aside.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from enum import Enum

from blueprint_studio.analysis.crossings import lines_between
from blueprint_studio.analysis.synergies import activity_key
from blueprint_studio.analysis.timing import TimeAnalysis, analyse_time, format_seconds
from blueprint_studio.model import Blueprint, Card, Facet, FacetKind, LaneKind, Zone
from blueprint_studio.model.lanes import JOURNEY_KINDS
from blueprint_studio.words import QT_TR_NOOP


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    """What a check found: `text` is an English template with named places for `values`
    (names) and `seconds` (durations), so the window can translate the template and write the
    durations its own way."""

    check: str  # e.g. "fail-point-no-owner"
    severity: Severity
    text: str
    card_ids: tuple[str, ...] = ()
    step_ids: tuple[str, ...] = ()
    dismissed: bool = False
    values: tuple[tuple[str, str], ...] = ()
    seconds: tuple[tuple[str, float], ...] = ()

    @property
    def message(self) -> str:
        return self.text.format(**dict(self.values), **{name: format_seconds(value) for name, value in self.seconds})

    @property
    def key(self) -> str:
        """What a dismissal remembers: the check and what it is about, stable across edits."""
        return f"{self.check}:{'+'.join(self.card_ids or self.step_ids)}"

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.check, "severity": self.severity.value, "message": self.message,
            "cards": list(self.card_ids), "steps": list(self.step_ids), "dismissed": self.dismissed,
        }


CHECKS: dict[str, str] = {
    "over-time": "the service takes longer than its acceptable time",
    "step-over-time": "a step takes longer than its acceptable time",
    "no-evidence": "a customer action with no physical evidence or touchpoint in its step",
    "no-arrows": "a blueprint with cards but no arrows yet",
    "frontstage-unlinked": "a frontstage card not connected to any customer action",
    "hidden-unreachable": "a backstage or support card with no path up to the line of visibility",
    "orphan": "a customer action or backstage card with no arrow (journey rows are never orphans)",
    "crosses-two-lines": "an arrow that crosses two lines at once",
    "step-no-duration": "a step without a duration",
    "fail-point-no-owner": "a fail point without an owner",
    "fail-point-no-recovery": "a fail point without a recovery",
    "wait-no-duration": "a wait point without a duration",
    "empty-step": "a step with no cards",
    "same-activity": "the same activity written in two departments' lanes",
}


def check(blueprint: Blueprint, timing: TimeAnalysis | None = None, facets: Iterable[Facet] = ()) -> list[Finding]:
    """Every finding, most severe first, then in step order; dismissed ones are marked.
    `facets` is the document's vocabulary (a card tagged with a touchpoint names evidence)."""
    context = _Context(blueprint, facets)
    found = [
        *_time(blueprint, timing or analyse_time(blueprint)),
        *_evidence(context),
        *_connections(context),
        *_durations(context),
        *_fail_points(context),
        *_empty_steps(context),
        *_same_activity(context),
    ]
    dismissed = set(blueprint.dismissed)
    marked = [replace(f, dismissed=f.key in dismissed) for f in found]
    rank = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return sorted(marked, key=lambda f: (rank[f.severity], context.position(f)))


class _Context:
    """Lookups every check needs, built once per run."""

    def __init__(self, blueprint: Blueprint, facets: Iterable[Facet]) -> None:
        self.blueprint = blueprint
        self.lanes = {lane.id: lane for lane in blueprint.lanes}
        self.touchpoint_tags = {facet.id for facet in facets if facet.kind is FacetKind.TOUCHPOINT}
        first = next((n for n, lane in enumerate(blueprint.lanes) if lane.kind is LaneKind.PHYSICAL_EVIDENCE), len(blueprint.lanes))
        self.journey_rows = {lane.id for n, lane in enumerate(blueprint.lanes) if n < first or lane.kind in JOURNEY_KINDS}
        self.steps = {step.id: step for step in blueprint.steps}
        self.step_index = {step.id: i for i, step in enumerate(blueprint.steps)}
        self.cards = {card.id: card for card in blueprint.cards}
        self.by_step: dict[str, list[Card]] = defaultdict(list)
        for card in blueprint.cards:
            self.by_step[card.step].append(card)
        self.neighbours: dict[str, set[str]] = defaultdict(set)
        for connector in blueprint.connectors:
            self.neighbours[connector.source].add(connector.target)
            self.neighbours[connector.target].add(connector.source)

    def kind(self, card: Card) -> LaneKind:
        return self.lanes[card.lane].kind

    def zone(self, card: Card) -> Zone:
        return self.lanes[card.lane].zone

    def names_evidence(self, card: Card) -> bool:
        """Something the customer sees or touches: physical evidence, a touchpoint, a card tagged so."""
        return self.kind(card) in (LaneKind.PHYSICAL_EVIDENCE, LaneKind.TOUCHPOINTS) or not self.touchpoint_tags.isdisjoint(card.facets)

    def where(self, card: Card) -> str:
        return f"'{_short(card.text)}' ({self.lanes[card.lane].name}, {self.steps[card.step].name or 'unnamed step'})"

    def position(self, finding: Finding) -> tuple[int, int]:
        if finding.card_ids and finding.card_ids[0] in self.cards:
            card = self.cards[finding.card_ids[0]]
            return (self.step_index.get(card.step, 0), list(self.lanes).index(card.lane))
        return (self.step_index.get(finding.step_ids[0], 0) if finding.step_ids else -1, -1)


def _short(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _time(blueprint: Blueprint, timing: TimeAnalysis) -> Iterator[Finding]:
    if timing.over and timing.acceptable is not None:
        yield Finding("over-time", Severity.ERROR,
                      QT_TR_NOOP("The service typically takes {typical}, more than the acceptable {acceptable}"),
                      seconds=(("typical", timing.journey.typical), ("acceptable", timing.acceptable)))
    for step in timing.steps:
        if step.over and step.acceptable is not None:
            yield Finding("step-over-time", Severity.WARNING,
                          QT_TR_NOOP("Step '{step}' typically takes {typical}, more than the acceptable {acceptable}"), step_ids=(step.step_id,),
                          values=(("step", step.name),), seconds=(("typical", step.span.typical), ("acceptable", step.acceptable)))


def _evidence(context: _Context) -> Iterator[Finding]:
    for step in context.blueprint.steps:
        cards = context.by_step.get(step.id, [])
        actions = [c for c in cards if context.kind(c) is LaneKind.CUSTOMER_ACTIONS]
        if actions and not any(context.names_evidence(c) for c in cards):
            yield Finding("no-evidence", Severity.WARNING,
                          QT_TR_NOOP("Step '{step}': the customer acts, but nothing they see or touch is named (no physical evidence or touchpoint)"),
                          tuple(c.id for c in actions), (step.id,), values=(("step", step.name),))


def _connections(context: _Context) -> Iterator[Finding]:
    blueprint = context.blueprint
    flow = [card for card in blueprint.cards if card.lane not in context.journey_rows and context.kind(card) is not LaneKind.PHYSICAL_EVIDENCE]
    if not blueprint.connectors:
        if flow:  # arrows not drawn yet (or a journey map): one note, not a warning per card
            yield Finding("no-arrows", Severity.INFO,
                          QT_TR_NOOP("No arrows yet: draw the flow between the cards to check encounters, handoffs and orphans"))
        return
    for card in flow:
        zone = context.zone(card)
        near = context.neighbours.get(card.id, set())
        if zone is Zone.FRONTSTAGE and not any(context.kind(context.cards[n]) is LaneKind.CUSTOMER_ACTIONS for n in near):
            yield Finding("frontstage-unlinked", Severity.WARNING,
                          QT_TR_NOOP("{card} is seen by the customer but no arrow links it to a customer action"),
                          (card.id,), values=(("card", context.where(card)),))
        # Support processes are the systems a step relies on; they are rarely drawn with arrows.
        if not near and zone in (Zone.CUSTOMER, Zone.BACKSTAGE):
            yield Finding("orphan", Severity.INFO, QT_TR_NOOP("{card} has no arrow to or from it"), (card.id,), values=(("card", context.where(card)),))
    reachable = _reaching_visibility(context)
    for card in blueprint.cards:
        if context.zone(card) in (Zone.BACKSTAGE, Zone.SUPPORT) and card.id not in reachable and context.neighbours.get(card.id):
            yield Finding("hidden-unreachable", Severity.WARNING,
                          QT_TR_NOOP("{card} leads nowhere the customer sees: no chain of arrows reaches the line of visibility"),
                          (card.id,), values=(("card", context.where(card)),))
    for connector in blueprint.connectors:
        source, target = context.cards.get(connector.source), context.cards.get(connector.target)
        if source is not None and target is not None and len(lines_between(context.zone(source), context.zone(target))) >= 2:
            yield Finding("crosses-two-lines", Severity.INFO,
                          QT_TR_NOOP("The arrow from {source} to {target} crosses {count} lines at once: a step in between may be missing"),
                          (source.id, target.id), values=(("source", context.where(source)), ("target", context.where(target)),
                                                          ("count", str(len(lines_between(context.zone(source), context.zone(target)))))))


def _reaching_visibility(context: _Context) -> set[str]:
    """Cards joined by arrows (either way) to a card above the line of visibility."""
    seen = {card.id for card in context.blueprint.cards if context.zone(card) in (Zone.CUSTOMER, Zone.FRONTSTAGE)}
    frontier = list(seen)
    while frontier:
        current = frontier.pop()
        for other in context.neighbours.get(current, ()):
            if other not in seen:
                seen.add(other)
                frontier.append(other)
    return seen


def _durations(context: _Context) -> Iterator[Finding]:
    for step in context.blueprint.steps:
        if step.duration is None:
            yield Finding("step-no-duration", Severity.INFO, QT_TR_NOOP("Step '{step}' has no duration"), step_ids=(step.id,), values=(("step", step.name),))
    for card in context.blueprint.cards:
        if card.marks.wait_point and card.marks.wait_duration is None:
            yield Finding("wait-no-duration", Severity.WARNING, QT_TR_NOOP("Wait point {card}: how long is the wait?"), (card.id,),
                          values=(("card", context.where(card)),))


def _fail_points(context: _Context) -> Iterator[Finding]:
    for card in context.blueprint.cards:
        if not card.marks.fail_point:
            continue
        failure = card.failure
        if not (card.owner or (failure and failure.owner)):
            yield Finding("fail-point-no-owner", Severity.WARNING, QT_TR_NOOP("Fail point {card} has no owner"), (card.id,),
                          values=(("card", context.where(card)),))
        if not (failure and failure.recovery):
            yield Finding("fail-point-no-recovery", Severity.WARNING,
                          QT_TR_NOOP("Fail point {card} has no recovery: which card puts it right?"), (card.id,),
                          values=(("card", context.where(card)),))


def _empty_steps(context: _Context) -> Iterator[Finding]:
    for step in context.blueprint.steps:
        if not context.by_step.get(step.id):
            yield Finding("empty-step", Severity.WARNING, QT_TR_NOOP("Step '{step}' has no cards"), step_ids=(step.id,),
                          values=(("step", step.name or "unnamed"),))


def _same_activity(context: _Context) -> Iterator[Finding]:
    """The same words in lanes of different departments (within the organisation's zones)."""
    groups: dict[str, list[Card]] = defaultdict(list)
    for card in context.blueprint.cards:
        if context.zone(card) is not Zone.CUSTOMER and context.kind(card) is not LaneKind.PHYSICAL_EVIDENCE:
            key = activity_key(card.text)
            if key:
                groups[key].append(card)
    for cards in groups.values():
        lanes = {card.lane for card in cards}
        if len(lanes) >= 2:
            names = ", ".join(dict.fromkeys(context.lanes[c.lane].name for c in cards))
            yield Finding("same-activity", Severity.INFO,
                          QT_TR_NOOP("'{activity}' is done in {count} lanes ({lanes}): share it or split the work?"),
                          tuple(c.id for c in cards), values=(("activity", _short(cards[0].text)), ("count", str(len(lanes))), ("lanes", names)))

