"""Every modal question the app asks, as one small function each.

Tests replace these with monkeypatch, so no test ever blocks on a dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.model import Blueprint
from blueprint_studio.quoting import one_line, quoted
from blueprint_studio.templates import Template
from blueprint_studio.ui.i18n import tr

FILE_FILTER = tr("Blueprint Studio files (*.bpx);;All files (*)")


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class LockedChoice(Enum):
    READ_ONLY = tr("read-only")
    COPY = "copy"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget, name: str) -> SaveChoice:
    answer = QMessageBox.question(
        parent,
        tr("Unsaved changes"),
        tr("Save the changes to “{name}” before closing?").format(name=name),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return SaveChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def ask_open_path(parent: QWidget, folder: str = "") -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Open blueprint"), folder, FILE_FILTER)
    return Path(path) if path else None


def ask_import_path(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Import spreadsheet"), "", tr("Spreadsheets (*.xlsx *.csv)"))
    return Path(path) if path else None


def ask_save_path(parent: QWidget, suggestion: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Save blueprint as"), suggestion, FILE_FILTER)
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix else chosen.with_suffix(".bpx")


def ask_export_path(parent: QWidget, suggestion: str, file_filter: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Export"), suggestion, file_filter)
    if not path:
        return None
    chosen = Path(path)
    wanted = suggestion[suggestion.rfind(".") :]
    return chosen if chosen.suffix else chosen.with_suffix(wanted)


@dataclass(frozen=True)
class ImageChoice:
    dpi: int = 150
    bare: bool = False  # the diagram alone: no title block, legend or persona cards
    notes: bool = False  # card notes and owners, numbered and listed
    live_text: bool = False  # an SVG whose text stays text


def ask_image_options(parent: QWidget, suffix: str) -> ImageChoice | None:
    """How to export a PNG or an SVG: its resolution, whether it carries the title block,
    legend and personas, the cards' notes, and (SVG) whether its text stays text."""
    from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox

    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Export PNG") if suffix == ".png" else tr("Export SVG"))
    form = QFormLayout(dialog)
    dpi = QSpinBox()
    dpi.setRange(10, 1200)
    dpi.setValue(150)
    if suffix == ".png":
        form.addRow(tr("Resolution (dots per inch):"), dpi)
    bare = QCheckBox(tr("The diagram only (no title, legend or personas)"))
    notes = QCheckBox(tr("Card notes and owners: a number on each card, the notes listed under the blueprint"))
    live = QCheckBox(tr("Keep the text as text (searchable; embedded fonts show in browsers only)"))
    form.addRow(bare)
    form.addRow(notes)
    bare.toggled.connect(lambda on: notes.setEnabled(not on))
    if suffix == ".svg":
        form.addRow(live)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return ImageChoice(dpi.value(), bare.isChecked(), notes.isChecked() and not bare.isChecked(), live.isChecked())


def show_report(parent: QWidget, title: str, details: str) -> None:
    """What an import recognised (lanes and their kinds, stages, cards, marks), to check at a glance."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        title,
        tr("Check that each lane was read as the kind you meant:"),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the informative text follows it: names from the sheet stay text
    box.setInformativeText("\n".join(one_line(line) for line in details.splitlines()))
    box.exec()


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """Plain text on one line: a message quoting a file's names must not render as HTML or
    start lines of its own (quoting.one_line is the window's last door, as the CLI's)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, one_line(message), QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def ask_text(parent: QWidget, title: str, label: str, value: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, text=value)
    return text if ok else None


def ask_locked(parent: QWidget, name: str, holder: str) -> LockedChoice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Document already open"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the holder's name comes from a file another machine wrote
    box.setText(tr("“{name}” is already open: {holder}.").format(name=quoted(name), holder=quoted(holder, 200)))
    box.setInformativeText(tr("Open it read-only, open a copy to edit separately, or cancel."))
    read_only = box.addButton(tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(tr("Open a copy"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is read_only:
        return LockedChoice.READ_ONLY
    if box.clickedButton() is copy:
        return LockedChoice.COPY
    return LockedChoice.CANCEL


def ask_restore(parent: QWidget | None, descriptions: list[str]) -> bool:
    listing = "\n".join(f"• {text}" for text in descriptions)
    answer = QMessageBox.question(
        parent,
        tr("Recover unsaved work"),
        tr("Blueprint Studio did not close properly. Restore the autosaved work?\n\n{listing}").format(listing=listing),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def choose_cards(parent: QWidget, blueprint: Blueprint, exclude: str, chosen: list[str]) -> list[str] | None:
    """A checklist of the blueprint's cards, with a filter: e.g. which put a fail point right."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Recovery cards"))
    layout = QVBoxLayout(dialog)
    search = QLineEdit()
    search.setPlaceholderText(tr("Filter cards"))
    cards = QListWidget()
    lanes = {lane.id: lane.name for lane in blueprint.lanes}
    steps = {step.id: step.name for step in blueprint.steps}
    for card in blueprint.cards:
        if card.id == exclude:
            continue
        item = QListWidgetItem(f"{card.text}  ({lanes[card.lane]}, {steps[card.step]})")
        item.setData(Qt.ItemDataRole.UserRole, card.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if card.id in chosen else Qt.CheckState.Unchecked)
        cards.addItem(item)

    def filter_cards(text: str) -> None:
        for row in range(cards.count()):
            cards.item(row).setHidden(text.casefold() not in cards.item(row).text().casefold())

    search.textChanged.connect(filter_cards)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    for widget in (search, cards, buttons):
        layout.addWidget(widget)
    dialog.resize(480, 420)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return [
        cards.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(cards.count())
        if cards.item(row).checkState() == Qt.CheckState.Checked
    ]


def choose_template(parent: QWidget) -> Template | None:
    from blueprint_studio.ui.templatepicker import TemplatePicker

    picker = TemplatePicker(parent)
    return picker.chosen() if picker.exec() == QDialog.DialogCode.Accepted else None
