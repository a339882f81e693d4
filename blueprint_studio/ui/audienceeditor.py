"""The document's own print audiences: which zones, lanes, stages or steps each sees, and what
is left out. Every change is an undoable command; the built-in audiences are not edited here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.editing.audiences import add_audience, delete_audience, edit_audience
from blueprint_studio.model import Audience, Blueprint, Zone
from blueprint_studio.painting.scheme import shade
from blueprint_studio.ui.i18n import tr
from blueprint_studio.ui.session import DocumentSession
from blueprint_studio.words import QT_TR_NOOP

ZONE_WORDS = {
    Zone.CUSTOMER: QT_TR_NOOP("Customer"),
    Zone.FRONTSTAGE: QT_TR_NOOP("Frontstage"),
    Zone.BACKSTAGE: QT_TR_NOOP("Backstage"),
    Zone.SUPPORT: QT_TR_NOOP("Support"),
}
KEPT_WORDS = {
    "notes": QT_TR_NOOP("Card and arrow notes"),
    "owners": QT_TR_NOOP("Owners"),
    "facets": QT_TR_NOOP("Facet tags (teams, systems…)"),
    "failure_register": QT_TR_NOOP("Fail points' register entries"),
}


def _checklist(name: str) -> QListWidget:
    box = QListWidget()
    box.setObjectName(name)
    box.setMaximumHeight(120)
    return box


class AudienceEditor(QDialog):
    def __init__(self, session: DocumentSession, blueprint: Blueprint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Print Audiences"))
        self.session = session
        self.blueprint = blueprint
        self._filling = False
        self.list = QListWidget()
        self.list.setObjectName("audiences")
        self.add_button = QPushButton(tr("Add"))
        self.delete_button = QPushButton(tr("Delete"))
        for button in (self.add_button, self.delete_button):
            button.setAutoDefault(False)  # Return in the name field finishes the name, nothing more
        self.name = QLineEdit()
        self.zones = {zone: QCheckBox(tr(words)) for zone, words in ZONE_WORDS.items()}
        self.lanes = _checklist("hidden_lanes")
        self.stages = _checklist("stages")
        self.first_step, self.last_step = QComboBox(), QComboBox()
        self.kept = {field: QCheckBox(tr(words)) for field, words in KEPT_WORDS.items()}
        self.summary = QCheckBox(tr("The one-page executive summary instead of the wall"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {shade('#b3261e').name()};")

        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        zones = QHBoxLayout()
        for box in self.zones.values():
            zones.addWidget(box)
        form.addRow(tr("Zones shown"), zones)
        form.addRow(tr("Lanes left out"), self.lanes)
        form.addRow(tr("Only these stages"), self.stages)
        form.addRow(tr("From step"), self.first_step)
        form.addRow(tr("To step"), self.last_step)
        for box in self.kept.values():
            form.addRow("" if box is not next(iter(self.kept.values())) else tr("Keep"), box)
        form.addRow(self.summary)
        form.addRow(self.message)
        self.form = QWidget()
        self.form.setLayout(form)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.form, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        # Return in a field must not close the dialog.
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)

        self.add_button.clicked.connect(self._add)
        self.delete_button.clicked.connect(self._delete)
        self.list.currentRowChanged.connect(lambda _: self._fill_form())
        self.name.editingFinished.connect(lambda: self._set("name", self.name.text()))
        for box in self.zones.values():
            box.toggled.connect(lambda _=False: self._set("zones", [z for z, b in self.zones.items() if b.isChecked()]))
        for field, box in self.kept.items():
            box.toggled.connect(lambda on, field=field: self._set(field, on))
        self.summary.toggled.connect(lambda on: self._set("summary", on))
        self.lanes.itemChanged.connect(lambda _: self._set("hidden_lanes", self._ticked(self.lanes)))
        self.stages.itemChanged.connect(lambda _: self._set("stages", self._ticked(self.stages)))
        self.first_step.currentIndexChanged.connect(lambda _: self._set("first_step", self.first_step.currentData()))
        self.last_step.currentIndexChanged.connect(lambda _: self._set("last_step", self.last_step.currentData()))
        session.followed.connect(self._changed)
        session.refused.connect(self.message.setText)  # the session's words, where the designer is looking
        self.finished.connect(self._detach)
        self.resize(760, 560)
        self._refresh()

    def _changed(self, _change: object) -> None:
        self.message.setText("")
        self._refresh()

    def _detach(self) -> None:
        self.session.followed.disconnect(self._changed)
        self.session.refused.disconnect(self.message.setText)

    # ------------------------------------------------------------ model → widgets

    def current(self) -> Audience | None:
        item = self.list.currentItem()
        wanted = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((a for a in self.session.document.audiences if a.id == wanted), None)

    def _refresh(self) -> None:
        keep = self.current()
        self._filling = True
        self.list.clear()
        for audience in self.session.document.audiences:
            item = QListWidgetItem(audience.name)
            item.setData(Qt.ItemDataRole.UserRole, audience.id)
            self.list.addItem(item)
            if keep is not None and audience.id == keep.id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        self._filling = False
        self._fill_form()

    def _fill_form(self) -> None:
        audience = self.current()
        self.form.setEnabled(audience is not None)
        self.delete_button.setEnabled(audience is not None)
        if audience is None:
            return
        self._filling = True
        try:
            self.name.setText(audience.name)
            for zone, box in self.zones.items():
                box.setChecked(zone in audience.zones)
            self._fill_checklist(
                self.lanes,
                [(lane.id, lane.name) for lane in self.blueprint.lanes if not lane.hidden],
                audience.hidden_lanes,
            )
            self._fill_checklist(
                self.stages, [(stage.id, stage.name) for stage in self.blueprint.stages], audience.stages
            )
            for combo, chosen, none in (
                (self.first_step, audience.first_step, tr("(the first)")),
                (self.last_step, audience.last_step, tr("(the last)")),
            ):
                combo.clear()
                combo.addItem(none, None)
                for step in self.blueprint.steps:
                    combo.addItem(step.name, step.id)
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
            for field, box in self.kept.items():
                box.setChecked(getattr(audience, field))
            self.summary.setChecked(audience.summary)
        finally:
            self._filling = False

    @staticmethod
    def _fill_checklist(box: QListWidget, choices: list[tuple[str, str]], ticked: list[str]) -> None:
        box.clear()
        for object_id, name in choices:
            item = QListWidgetItem(name or tr("(unnamed)"))
            item.setData(Qt.ItemDataRole.UserRole, object_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if object_id in ticked else Qt.CheckState.Unchecked)
            box.addItem(item)

    @staticmethod
    def _ticked(box: QListWidget) -> list[str]:
        return [
            box.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(box.count())
            if box.item(n).checkState() == Qt.CheckState.Checked
        ]

    # ------------------------------------------------------------ widgets → commands

    def _set(self, field: str, value: Any) -> None:
        audience = self.current()
        if self._filling or audience is None or getattr(audience, field) == value:
            return
        if not self.session.edit(lambda: edit_audience(self.session.document, audience.id, field, value)):
            self._fill_form()  # show what the audience still is

    def _add(self) -> None:
        taken = {a.name.casefold() for a in self.session.document.audiences}
        number = next(n for n in range(1, 10_000) if tr("Audience {number}").format(number=n).casefold() not in taken)
        made = self.session.edit_new(
            lambda: add_audience(self.session.document, tr("Audience {number}").format(number=number))
        )
        if made is not None:
            row = next(n for n in range(self.list.count()) if self.list.item(n).data(Qt.ItemDataRole.UserRole) == made)
            self.list.setCurrentRow(row)
            self.name.setFocus()
            self.name.selectAll()

    def _delete(self) -> None:
        audience = self.current()
        if audience is not None:
            self.session.edit(lambda: delete_audience(self.session.document, audience.id))
