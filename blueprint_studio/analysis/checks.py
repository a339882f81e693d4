"""Checks a blueprint against the method, like a linter: each finding has an id, a severity,
a message and the cards (or steps) it is about. Pure.

They are written to stay quiet on a good blueprint and on a journey map: what the customer
sees or touches may be named in the physical evidence, in a touchpoints row or by a card's
touchpoint tag; the journey rows (everything above the physical evidence, and the journey
kinds wherever they sit) are never expected to be connected; a blueprint with no arrows yet
gets one note, not a warning per card; and a finding the team set aside stays set aside.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from operator import itemgetter
from typing import Any

from blueprint_studio.analysis.crossings import lines_between
from blueprint_studio.analysis.index import Index, short
from blueprint_studio.analysis.synergies import activity_key
from blueprint_studio.analysis.timing import StepTime, TimeAnalysis, analyse_time, format_seconds
from blueprint_studio.model import Blueprint, Card, Connector, Facet, LaneKind, Step, Zone
from blueprint_studio.words import QT_TR_NOOP


class Severity(StrEnum):
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
            "id": self.check,
            "severity": self.severity.value,
            "message": self.message,
            "cards": list(self.card_ids),
            "steps": list(self.step_ids),
            "dismissed": self.dismissed,
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


RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
Keyed = tuple[tuple[Any, ...], Finding]  # (where it sorts, the finding)
ACTIVE = (Zone.CUSTOMER, Zone.FRONTSTAGE)  # above the line of visibility

# The order findings are made in, which breaks ties between equally severe findings of one
# place: each finding's sort key carries its maker's number and its subject's order token, so
# findings made one subject at a time sort exactly as a run over the whole blueprint would.
_OVER_TIME, _STEP_OVER_TIME, _NO_EVIDENCE, _NO_ARROWS, _UNLINKED, _UNREACHABLE, _TWO_LINES = range(7)
_STEP_NO_DURATION, _WAIT_NO_DURATION, _FAIL_POINT, _EMPTY_STEP, _SAME_ACTIVITY = range(7, 12)


def check(blueprint: Blueprint, timing: TimeAnalysis | None = None, facets: Iterable[Facet] = ()) -> list[Finding]:
    """Every finding, most severe first, then in step order; dismissed ones are marked.
    `facets` is the document's vocabulary (a card tagged with a touchpoint names evidence)."""
    index = Index(blueprint, facets)
    timing = timing or analyse_time(blueprint)
    dismissed = frozenset(blueprint.dismissed)
    reachable = reaching_visibility(index, index.cards)
    keyed = [
        *whole_findings(index, timing, dismissed),
        *(
            f
            for step, timed in zip(blueprint.steps, timing.steps, strict=True)
            for f in step_findings(index, step, timed, dismissed)
        ),
        *(f for card in blueprint.cards for f in card_findings(index, card, card.id in reachable, dismissed)),
        *(f for connector in blueprint.connectors for f in connector_findings(index, connector, dismissed)),
        *(
            f
            for cards in activity_groups(index, index.cards.values()).values()
            for f in activity_findings(index, cards, dismissed)
        ),
    ]
    return [finding for _, finding in sorted(keyed, key=itemgetter(0))]


def _keyed(
    index: Index, finding: Finding, dismissed: Collection[str], maker: int, token: float, part: int = 0
) -> Keyed:
    if finding.key in dismissed:
        finding = Finding(
            finding.check,
            finding.severity,
            finding.text,
            finding.card_ids,
            finding.step_ids,
            True,
            finding.values,
            finding.seconds,
        )
    return (RANK[finding.severity], position(index, finding), maker, token, part), finding


def position(index: Index, finding: Finding) -> tuple[int, int]:
    if finding.card_ids and finding.card_ids[0] in index.cards:
        card = index.cards[finding.card_ids[0]]
        return (index.step_index.get(card.step, 0), index.lane_index[card.lane])
    return (index.step_index.get(finding.step_ids[0], 0) if finding.step_ids else -1, -1)


def whole_findings(index: Index, timing: TimeAnalysis, dismissed: Collection[str]) -> Iterator[Keyed]:
    """About the blueprint as a whole: its time, and arrows not drawn yet."""
    if timing.over and timing.acceptable is not None:
        yield _keyed(
            index,
            Finding(
                "over-time",
                Severity.ERROR,
                QT_TR_NOOP("The service typically takes {typical}, more than the acceptable {acceptable}"),
                seconds=(("typical", timing.journey.typical), ("acceptable", timing.acceptable)),
            ),
            dismissed,
            _OVER_TIME,
            0,
        )
    if not index.ends and any(index.in_flow(card) for card in index.cards.values()):  # one note, not a warning per card
        yield _keyed(
            index,
            Finding(
                "no-arrows",
                Severity.INFO,
                QT_TR_NOOP("No arrows yet: draw the flow between the cards to check encounters, handoffs and orphans"),
            ),
            dismissed,
            _NO_ARROWS,
            0,
        )


def step_findings(index: Index, step: Step, timed: StepTime, dismissed: Collection[str]) -> Iterator[Keyed]:
    token = index.step_index[step.id]
    if timed.over and timed.acceptable is not None:
        yield _keyed(
            index,
            Finding(
                "step-over-time",
                Severity.WARNING,
                QT_TR_NOOP("Step '{step}' typically takes {typical}, more than the acceptable {acceptable}"),
                step_ids=(step.id,),
                values=(("step", step.name),),
                seconds=(("typical", timed.span.typical), ("acceptable", timed.acceptable)),
            ),
            dismissed,
            _STEP_OVER_TIME,
            token,
        )
    cards = index.cards_in(step.id)
    actions = [c for c in cards if index.kind(c) is LaneKind.CUSTOMER_ACTIONS]
    if actions and not any(index.names_evidence(c) for c in cards):
        yield _keyed(
            index,
            Finding(
                "no-evidence",
                Severity.WARNING,
                QT_TR_NOOP(
                    "Step '{step}': the customer acts, but nothing they see or touch is named (no physical evidence "
                    "or touchpoint)"
                ),
                tuple(c.id for c in actions),
                (step.id,),
                values=(("step", step.name),),
            ),
            dismissed,
            _NO_EVIDENCE,
            token,
        )
    if step.duration is None:
        yield _keyed(
            index,
            Finding(
                "step-no-duration",
                Severity.INFO,
                QT_TR_NOOP("Step '{step}' has no duration"),
                step_ids=(step.id,),
                values=(("step", step.name),),
            ),
            dismissed,
            _STEP_NO_DURATION,
            token,
        )
    if not cards:
        yield _keyed(
            index,
            Finding(
                "empty-step",
                Severity.WARNING,
                QT_TR_NOOP("Step '{step}' has no cards"),
                step_ids=(step.id,),
                values=(("step", step.name or "unnamed"),),
            ),
            dismissed,
            _EMPTY_STEP,
            token,
        )


def card_findings(index: Index, card: Card, reachable: bool, dismissed: Collection[str]) -> Iterator[Keyed]:
    """About one card: its arrows (once the blueprint has any), its wait and its fail point.
    `reachable`: a chain of arrows joins it to a card above the line of visibility."""
    token = index.card_token[card.id]
    zone = index.zone(card)
    if index.ends:
        near = index.neighbours.get(card.id, {})
        if index.in_flow(card):
            if zone is Zone.FRONTSTAGE and not any(
                index.kind(index.cards[n]) is LaneKind.CUSTOMER_ACTIONS for n in near if n in index.cards
            ):
                yield _keyed(
                    index,
                    Finding(
                        "frontstage-unlinked",
                        Severity.WARNING,
                        QT_TR_NOOP("{card} is seen by the customer but no arrow links it to a customer action"),
                        (card.id,),
                        values=(("card", index.where(card)),),
                    ),
                    dismissed,
                    _UNLINKED,
                    token,
                )
            # Support processes are the systems a step relies on; they are rarely drawn with arrows.
            if not near and zone in (Zone.CUSTOMER, Zone.BACKSTAGE):
                yield _keyed(
                    index,
                    Finding(
                        "orphan",
                        Severity.INFO,
                        QT_TR_NOOP("{card} has no arrow to or from it"),
                        (card.id,),
                        values=(("card", index.where(card)),),
                    ),
                    dismissed,
                    _UNLINKED,
                    token,
                    1,
                )
        if zone in (Zone.BACKSTAGE, Zone.SUPPORT) and not reachable and near:
            yield _keyed(
                index,
                Finding(
                    "hidden-unreachable",
                    Severity.WARNING,
                    QT_TR_NOOP(
                        "{card} leads nowhere the customer sees: no chain of arrows reaches the line of visibility"
                    ),
                    (card.id,),
                    values=(("card", index.where(card)),),
                ),
                dismissed,
                _UNREACHABLE,
                token,
            )
    if card.marks.wait_point and card.marks.wait_duration is None:
        yield _keyed(
            index,
            Finding(
                "wait-no-duration",
                Severity.WARNING,
                QT_TR_NOOP("Wait point {card}: how long is the wait?"),
                (card.id,),
                values=(("card", index.where(card)),),
            ),
            dismissed,
            _WAIT_NO_DURATION,
            token,
        )
    if card.marks.fail_point:
        failure = card.failure
        if not (card.owner or (failure and failure.owner)):
            yield _keyed(
                index,
                Finding(
                    "fail-point-no-owner",
                    Severity.WARNING,
                    QT_TR_NOOP("Fail point {card} has no owner"),
                    (card.id,),
                    values=(("card", index.where(card)),),
                ),
                dismissed,
                _FAIL_POINT,
                token,
            )
        if not (failure and failure.recovery):
            yield _keyed(
                index,
                Finding(
                    "fail-point-no-recovery",
                    Severity.WARNING,
                    QT_TR_NOOP("Fail point {card} has no recovery: which card puts it right?"),
                    (card.id,),
                    values=(("card", index.where(card)),),
                ),
                dismissed,
                _FAIL_POINT,
                token,
                1,
            )


def connector_findings(index: Index, connector: Connector, dismissed: Collection[str]) -> Iterator[Keyed]:
    source, target = index.cards.get(connector.source), index.cards.get(connector.target)
    if source is None or target is None:
        return
    crossed = len(lines_between(index.zone(source), index.zone(target)))
    if crossed >= 2:
        yield _keyed(
            index,
            Finding(
                "crosses-two-lines",
                Severity.INFO,
                QT_TR_NOOP(
                    "The arrow from {source} to {target} crosses {count} lines at once: a step in between may be "
                    "missing"
                ),
                (source.id, target.id),
                values=(("source", index.where(source)), ("target", index.where(target)), ("count", str(crossed))),
            ),
            dismissed,
            _TWO_LINES,
            index.connector_token[connector.id],
        )


def reaching_visibility(index: Index, card_ids: Iterable[str]) -> set[str]:
    """Of `card_ids`, those joined by arrows (either way) to a card above the line of visibility."""
    wanted = set(card_ids)
    reached: set[str] = set()
    done: set[str] = set()
    for card_id in wanted:
        if card_id in done:
            continue
        group = index.component([card_id])
        done |= group
        if any(other in index.cards and index.zone(index.cards[other]) in ACTIVE for other in group):
            reached |= group & wanted
    return reached


def activity_key_of(index: Index, card: Card) -> str:
    """The words that make two departments' cards the same activity ('' for the customer's
    own rows and physical evidence, which are no department's work)."""
    if index.zone(card) is Zone.CUSTOMER or index.kind(card) is LaneKind.PHYSICAL_EVIDENCE:
        return ""
    return activity_key(card.text)


def activity_groups(index: Index, cards: Iterable[Card]) -> dict[str, list[Card]]:
    groups: dict[str, list[Card]] = {}
    for card in cards:
        key = activity_key_of(index, card)
        if key:
            groups.setdefault(key, []).append(card)
    return groups


def activity_findings(index: Index, cards: list[Card], dismissed: Collection[str]) -> Iterator[Keyed]:
    """The same words in lanes of different departments (within the organisation's zones)."""
    lanes = {card.lane for card in cards}
    if len(lanes) >= 2:
        names = ", ".join(dict.fromkeys(index.lanes[c.lane].name for c in cards))
        yield _keyed(
            index,
            Finding(
                "same-activity",
                Severity.INFO,
                QT_TR_NOOP("'{activity}' is done in {count} lanes ({lanes}): share it or split the work?"),
                tuple(c.id for c in cards),
                values=(("activity", short(cards[0].text)), ("count", str(len(lanes))), ("lanes", names)),
            ),
            dismissed,
            _SAME_ACTIVITY,
            index.card_token[cards[0].id],
        )
