"""The fail-point register (FMEA): one row per fail point, riskiest first, and its CSV. Pure."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from blueprint_studio.model import Blueprint, Failure, FailureStatus
from blueprint_studio.words import QT_TR_NOOP

STATUS_WORDS = {
    FailureStatus.OPEN: QT_TR_NOOP("open"),
    FailureStatus.IN_PROGRESS: QT_TR_NOOP("in progress"),
    FailureStatus.RESOLVED: QT_TR_NOOP("resolved"),
    FailureStatus.ACCEPTED: QT_TR_NOOP("accepted"),
}
CSV_COLUMNS = (
    "Card", "Lane", "Step", "Failure mode", "Effect", "Cause", "Severity", "Occurrence", "Detection", "RPN",
    "Owner", "Status", "Recovery",
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
        rating = lambda value: "" if value is None else str(value)  # noqa: E731
        return (
            self.text, self.lane, self.step, f.mode, f.effect, f.cause, rating(f.severity), rating(f.occurrence),
            rating(f.detection), rating(f.rpn), self.owner, STATUS_WORDS[f.status], "; ".join(self.recovery),
        )


def register(blueprint: Blueprint) -> list[RegisterRow]:
    """Every fail point, highest risk priority first (unrated after rated, then in step order)."""
    lanes = {lane.id: lane.name for lane in blueprint.lanes}
    steps = {step.id: (index, step.name) for index, step in enumerate(blueprint.steps)}
    texts = {card.id: card.text for card in blueprint.cards}
    rows = []
    for card in blueprint.cards:
        if not card.marks.fail_point:
            continue
        failure = card.failure or Failure()
        rows.append(RegisterRow(
            card.id, card.text, lanes.get(card.lane, ""), steps.get(card.step, (0, ""))[1], failure,
            failure.owner or card.owner, tuple(texts[r] for r in failure.recovery if r in texts),
        ))
    step_of = {card.id: card.step for card in blueprint.cards}
    order = {row.card_id: steps.get(step_of[row.card_id], (0, ""))[0] for row in rows}
    return sorted(rows, key=lambda row: (row.rpn is None, -(row.rpn or 0), order[row.card_id]))


def register_csv(blueprint: Blueprint) -> str:
    """The register as CSV for a spreadsheet: a header row, then one row per fail point."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in register(blueprint):
        writer.writerow(row.cells())
    return buffer.getvalue()
