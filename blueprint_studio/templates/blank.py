"""The two empty starts: a blueprint (what File ▸ New makes) and a journey map."""

from __future__ import annotations

from blueprint_studio.editing import edits
from blueprint_studio.editing.edits import ENGLISH, Wording
from blueprint_studio.model import Document, Lane, Stage, View
from blueprint_studio.model.lanes import JOURNEY_KINDS


def blueprint(wording: Wording = ENGLISH) -> Document:
    return edits.new_document(wording)


def journey_map(wording: Wording = ENGLISH) -> Document:
    """The journey rows and the customer's actions over four stages, shown as a journey map;
    the blueprint's lanes are there (empty) for when the team goes below the line."""
    document = edits.new_document(wording)
    journey = document.blueprints[0]
    journey.title = wording.journey_map
    rows = [Lane.standard(kind, f"{kind.value}-lane") for kind in JOURNEY_KINDS]
    for row in rows:
        row.name = wording.lane_names.get(row.kind) or row.name
    journey.lanes = rows + journey.lanes
    journey.view = View.JOURNEY
    journey.stages = [Stage(id=f"stage{n}", name=name) for n, name in enumerate(wording.stages, 1)]
    for step, stage in zip(journey.steps, journey.stages, strict=False):
        step.stage = stage.id
    return document
