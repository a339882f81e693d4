"""File ▸ New from Template: pick a template by its picture, sector and description."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.layout import compute_for
from blueprint_studio.model import Document
from blueprint_studio.painting.png import thumbnail_png
from blueprint_studio.templates import TEMPLATES, Template
from blueprint_studio.ui.i18n import tr, wording

THUMBNAIL = 220


class TemplatePicker(QDialog):
    """The templates as pictures in a list; Create (or a double-click) makes the document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New from Template"))
        self.list = QListWidget()
        self.list.setObjectName("templates")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMBNAIL, THUMBNAIL * 3 // 4))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setSpacing(10)
        self.list.setWordWrap(True)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setMinimumWidth(240)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop)
        for template in TEMPLATES:
            item = QListWidgetItem(_picture(template.make(wording()), self.devicePixelRatioF()), tr(template.title))
            item.setData(Qt.ItemDataRole.UserRole, template.name)
            item.setToolTip(f"{tr(template.sector)}: {tr(template.about)}")
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._describe)
        self.list.itemActivated.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addWidget(self.about)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(1080, 640)
        self.list.setCurrentRow(0)

    def chosen(self) -> Template:
        name = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
        return next(template for template in TEMPLATES if template.name == name)

    def _describe(self, row: int) -> None:
        if row < 0:
            return
        template = TEMPLATES[row]
        document = template.make(wording())
        blueprint = document.blueprints[0]
        counts = tr("Stages: {stages} · steps: {steps} · cards: {cards}").format(
            stages=len(blueprint.stages), steps=len(blueprint.steps), cards=len(blueprint.cards)
        )
        people = ", ".join(f"{p.name} ({p.role})" for p in document.personas)
        self.about.setText(
            f"<h3>{tr(template.title)}</h3><p><i>{tr(template.sector)}</i></p><p>{tr(template.about)}</p>"
            f"<p>{counts}</p>" + (tr("<p><b>Persona:</b> {people}</p>").format(people=people) if people else "")
        )


def _picture(document: Document, ratio: float) -> QIcon:
    """The template's thumbnail, drawn for the screen's pixel ratio (crisp at 200 %)."""
    image = QImage.fromData(thumbnail_png(compute_for(document, document.blueprints[0]), round(THUMBNAIL * ratio)))
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return QIcon(pixmap)
