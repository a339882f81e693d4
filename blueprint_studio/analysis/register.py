"""The fail-point register (FMEA): one row per fail point, riskiest first, and its CSV. Pure."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass

from blueprint_studio.model import Blueprint, Card, Failure, FailureStatus
from blueprint_studio.words import QT_TR_NOOP

STATUS_WORDS = {
    FailureStatus.OPEN: QT_TR_NOOP("open"),
    FailureStatus.IN_PROGRESS: QT_TR_NOOP("in progress"),
    FailureStatus.RESOLVED: QT_TR_NOOP("resolved"),
    FailureStatus.ACCEPTED: QT_TR_NOOP("accepted"),
}
CSV_COLUMNS = (
    "Card",
    "Lane",
    "Step",
    "Failure mode",
    "Effect",
    "Cause",
    "Severity",
    "Occurrence",
    "Detection",
    "RPN",
    "Owner",
    "Status",
    "Recovery",
)


@dataclass(frozen=True)
class RegisterRow:
    card_id: str
    text: str
    lane: str
    step: str
    failure: Failure  # an empty entry where the fail point has none yet
    owner: str  # the entry's owner, else the card's
    recovery: tuple[str, ...]  # texts of the recovery cards

    @property
    def rpn(self) -> int | None:
        return self.failure.rpn

    def cells(self) -> tuple[str, ...]:
        f = self.failure
        return (
            self.text,
            self.lane,
            self.step,
            f.mode,
            f.effect,
            f.cause,
            _rating(f.severity),
            _rating(f.occurrence),
            _rating(f.detection),
            _rating(f.rpn),
            self.owner,
            STATUS_WORDS[f.status],
            "; ".join(self.recovery),
        )


def register(blueprint: Blueprint) -> list[RegisterRow]:
    """Every fail point, highest risk priority first (unrated after rated, then in step order)."""
    lanes = {lane.id: lane.name for lane in blueprint.lanes}
    steps = {step.id: step.name for step in blueprint.steps}
    order = {step.id: index for index, step in enumerate(blueprint.steps)}
    cards = {card.id: card for card in blueprint.cards}
    keyed = [
        (riskiest_first(row, order.get(card.step, 0)), row)
        for card in blueprint.cards
        if card.marks.fail_point
        for row in [register_row(card, lanes, steps, cards)]
    ]
    return [row for _, row in sorted(keyed, key=lambda pair: pair[0])]


def register_row(
    card: Card, lanes: Mapping[str, str], steps: Mapping[str, str], cards: Mapping[str, Card]
) -> RegisterRow:
    """A fail point's row: `lanes` and `steps` name lanes and steps by id; `cards` are the blueprint's."""
    failure = card.failure or Failure()
    return RegisterRow(
        card.id,
        card.text,
        lanes.get(card.lane, ""),
        steps.get(card.step, ""),
        failure,
        failure.owner or card.owner,
        tuple(cards[r].text for r in failure.recovery if r in cards),
    )


def riskiest_first(row: RegisterRow, step_index: int) -> tuple[bool, int, int]:
    """Where a row sorts: rated before unrated, highest RPN first, then by step (ties keep card order)."""
    return (row.rpn is None, -(row.rpn or 0), step_index)


def register_csv(blueprint: Blueprint) -> str:
    """The register as CSV for a spreadsheet: a header row, then one row per fail point."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in register(blueprint):
        writer.writerow(row.cells())
    return buffer.getvalue()


def _rating(value: int | None) -> str:
    return "" if value is None else str(value)
