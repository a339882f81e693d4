"""The document model: pure pydantic, no Qt, no I/O. The single source of truth."""

from blueprint_studio.model.document import (
    MARK_NAMES,
    Blueprint,
    Card,
    Connector,
    ConnectorKind,
    Document,
    Duration,
    Lane,
    Marks,
    Persona,
    Scenario,
    Stage,
    Step,
    TimeUnit,
)
from blueprint_studio.model.lanes import (
    JOURNEY_KINDS,
    STANDARD_KINDS,
    LaneKind,
    Line,
    Zone,
)
from blueprint_studio.model.validation import problems

__all__ = [
    "MARK_NAMES",
    "JOURNEY_KINDS",
    "STANDARD_KINDS",
    "Blueprint",
    "Card",
    "Connector",
    "ConnectorKind",
    "Document",
    "Duration",
    "Lane",
    "LaneKind",
    "Line",
    "Marks",
    "Persona",
    "Scenario",
    "Stage",
    "Step",
    "TimeUnit",
    "Zone",
    "problems",
]
