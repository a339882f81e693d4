"""The two empty starts: a blueprint (what File ▸ New makes) and a journey map."""

from __future__ import annotations

from blueprint_studio.editing import edits
from blueprint_studio.model import Document, Lane, Stage, View
from blueprint_studio.model.lanes import JOURNEY_KINDS


def blueprint() -> Document:
    return edits.new_document()


def journey_map() -> Document:
    """The journey rows and the customer's actions over four stages, shown as a journey map;
    the blueprint's lanes are there (empty) for when the team goes below the line."""
    document = edits.new_document()
    journey = document.blueprints[0]
    journey.title = "Untitled journey map"
    journey.lanes = [Lane.standard(kind, f"{kind.value}-lane") for kind in JOURNEY_KINDS] + journey.lanes
    journey.view = View.JOURNEY
    journey.stages = [Stage(id=f"stage{n}", name=name) for n, name in enumerate(("Aware", "Choose", "Use", "Stay or leave"), 1)]
    for step, stage in zip(journey.steps, journey.stages):
        step.stage = stage.id
    return document
