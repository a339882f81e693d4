"""A length typed in the designer's units (Preferences: millimetres or inches), kept in points.

The print dialog asks for a wall's width, margins, overlap and sticky-note size; people in
Letter-paper countries think in inches, the rest in millimetres and metres. The box shows
and takes the chosen unit and always answers in points, the layout's unit.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from blueprint_studio.printing.paper import MM
from blueprint_studio.ui.i18n import UNITS_KEY, tr

INCH = 72.0


class LengthBox(QDoubleSpinBox):
    def __init__(
        self,
        points: float,
        least: float,
        most: float,
        long: bool = False,
        words: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """`long` lengths (a whole wall) are said in metres rather than millimetres; `words`
        follow the unit ("76 mm notes")."""
        super().__init__(parent)
        inches = QSettings().value(UNITS_KEY, "mm") == "in"
        self.unit = INCH if inches else 1000 * MM if long else MM
        name = tr(" in") if inches else " m" if long else tr(" mm")
        self.setDecimals(2 if long or inches else 0)
        self.setSingleStep(0.1 if long else 0.25 if inches else 1)
        self.setRange(least / self.unit, most / self.unit)
        self.setSuffix(name + words)
        self.set_points(points)

    def points(self) -> float:
        return self.value() * self.unit

    def set_points(self, points: float) -> None:
        self.setValue(points / self.unit)
