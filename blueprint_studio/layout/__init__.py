"""Layout: the blueprint turned into geometry in points. Pure: model + ReportLab font metrics.

Both the Qt canvas and the PDF printer draw this geometry, so what prints is what shows.
"""

from blueprint_studio.layout.compute import compute, compute_for
from blueprint_studio.layout.geometry import (
    Badge,
    CardBox,
    ConnectorPath,
    Geometry,
    LaneBand,
    LineRule,
    Rect,
    StageSpan,
    StepColumn,
)
from blueprint_studio.layout.grid import Slot, cell_at, slot_at

__all__ = [
    "Badge",
    "CardBox",
    "ConnectorPath",
    "Geometry",
    "LaneBand",
    "LineRule",
    "Rect",
    "Slot",
    "StageSpan",
    "StepColumn",
    "cell_at",
    "compute",
    "compute_for",
    "slot_at",
]
