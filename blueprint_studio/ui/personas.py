"""The Personas panel: the document's personas, which ones this blueprint follows, and each
one's profile. A thin widget: every change is a command from `editing.journey`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.canvas.pictures import PICTURE_FILTER, PictureError, photo_from_file
from blueprint_studio.editing import journey
from blueprint_studio.model import Persona
from blueprint_studio.painting import photos
from blueprint_studio.ui.i18n import tr
from blueprint_studio.ui.panel import DocumentPanel, scrolled
from blueprint_studio.ui.properties import FieldEvents, swatch

LIST_FIELDS = ("goals", "needs", "frustrations")
PHOTO_SIZE = 72


class PersonasDock(DocumentPanel):
    """Check a persona to follow it in the current blueprint (its curves are drawn there)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Personas"), parent)
        self.setObjectName("personas")
        self._events = FieldEvents(self._end_typing)
        body = QWidget()
        column = QVBoxLayout(body)
        self.list = QListWidget()
        self.list.setObjectName("persona_list")
        self.list.setIconSize(QSize(14, 14))
        self.list.currentRowChanged.connect(lambda _: self.refresh())
        self.list.itemChanged.connect(self._follow_toggled)
        column.addWidget(QLabel(tr("Checked personas are followed in this blueprint:")))
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self._buttons: list[QPushButton] = []  # greyed, with the form, while the document is read-only
        for text, name, handler in (
            (tr("Add"), "add_persona", self.add),
            (tr("Delete"), "delete_persona", self.delete),
            (tr("Up"), "persona_up", lambda: self.shift(-1)),
            (tr("Down"), "persona_down", lambda: self.shift(1)),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(handler)
            buttons.addWidget(button)
            self._buttons.append(button)
        column.addLayout(buttons)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name, label, multiline in (
            ("name", tr("Name"), False),
            ("role", tr("Role or segment"), False),
            ("quote", tr("Quote"), False),
            ("description", tr("About"), True),
            ("goals", tr("Goals"), True),
            ("needs", tr("Needs"), True),
            ("frustrations", tr("Frustrations"), True),
        ):
            widget: QLineEdit | QPlainTextEdit = QPlainTextEdit() if multiline else QLineEdit()
            widget.setObjectName(f"persona_{name}")
            if isinstance(widget, QPlainTextEdit):
                widget.setUndoRedoEnabled(False)
                widget.setFixedHeight(64)
                if name in LIST_FIELDS:
                    widget.setPlaceholderText(tr("one per line"))
                widget.textChanged.connect(lambda name=name, widget=widget: self._edited(name, widget.toPlainText()))
            else:
                widget.textEdited.connect(lambda text, name=name: self._edited(name, text))
            widget.installEventFilter(self._events)
            self.fields[name] = widget
            form.addRow(label, widget)
        look = QHBoxLayout()
        self.colour = QPushButton(tr("Colour…"))
        self.colour.clicked.connect(self._choose_colour)
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo.setStyleSheet("border: 1px solid #d0d7de;")
        choose = QPushButton(tr("Photo…"))
        choose.clicked.connect(self._choose_photo)
        remove = QPushButton(tr("No photo"))
        remove.clicked.connect(
            lambda: self._edit(lambda: journey.edit_persona(self._document(), self._current() or "", "photo", None))
        )
        look.addWidget(self.colour)
        look.addWidget(choose)
        look.addWidget(remove)
        form.addRow(tr("Look"), look)
        form.addRow("", self.photo)
        column.addWidget(self.form)
        column.addWidget(self.problem)
        self.setWidget(scrolled(body))

    # ------------------------------------------------------------ attach and show

    def _blueprint(self) -> Any:
        document = self._document()
        return next((b for b in document.blueprints if b.id == self.blueprint_id), None)

    def _current(self) -> str | None:
        item = self.list.currentItem()
        persona_id: str | None = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return persona_id

    def select(self, persona_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == persona_id:
                self.list.setCurrentRow(row)

    def refresh(self) -> None:
        """Fill the list and the form from the model, without echoing edits back."""
        if self._updating:
            return
        self._updating = True
        try:
            if self.session is None:
                self.list.clear()
                self.setEnabled(False)
                return
            self.setEnabled(True)
            editable = self.editable()
            for button in self._buttons:
                button.setEnabled(editable)
            following = Qt.ItemFlag.ItemIsUserCheckable if editable else Qt.ItemFlag.NoItemFlags  # the ticks still show
            document, blueprint = self._document(), self._blueprint()
            current = self._current()
            followed = set(blueprint.personas) if blueprint is not None else set()
            ids = [p.id for p in document.personas]
            if [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())] != ids:
                self.list.clear()
                for persona in document.personas:
                    item = QListWidgetItem()
                    item.setData(Qt.ItemDataRole.UserRole, persona.id)
                    self.list.addItem(item)
            for row, persona in enumerate(document.personas):
                item = self.list.item(row)
                item.setText(persona.name or tr("Unnamed persona"))
                item.setIcon(swatch(persona.colour))
                item.setFlags((item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable) | following)
                item.setCheckState(Qt.CheckState.Checked if persona.id in followed else Qt.CheckState.Unchecked)
            if current in ids:
                self.list.setCurrentRow(ids.index(current))
            elif ids and self.list.currentRow() < 0:
                self.list.setCurrentRow(0)
            shown = self._current()
            self._fill(document.persona(shown) if shown is not None and shown in ids else None)
        finally:
            self._updating = False

    def _fill(self, persona: Persona | None) -> None:
        self.form.setEnabled(persona is not None and self.editable())
        for name, widget in self.fields.items():
            value: Any = getattr(persona, name) if persona is not None else ""
            text = "\n".join(value) if isinstance(value, list) else value
            current = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            if current != text and not (name in LIST_FIELDS and _lines(current) == value):
                if isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(text)
                else:
                    widget.setText(text)
                    widget.setCursorPosition(0)  # a long value shows its start
        self.colour.setStyleSheet(f"background: {persona.colour}; color: white;" if persona else "")
        photo = self._document().assets.get(persona.photo) if persona is not None and persona.photo else None
        image = (
            photos.photo(persona.photo, photo, photos.side_for(PHOTO_SIZE * self.devicePixelRatioF()))
            if persona and persona.photo and photo
            else None
        )
        if image is not None and not image.isNull():
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self.photo.setPixmap(
                pixmap.scaled(
                    round(PHOTO_SIZE * self.devicePixelRatioF()),
                    round(PHOTO_SIZE * self.devicePixelRatioF()),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.photo.clear()
            self.photo.setText(tr("no photo") if photo is None else tr("not an image"))

    # ------------------------------------------------------------ edits

    def _end_typing(self) -> None:
        if self.session is not None:
            self.session.end_typing()

    def _edited(self, name: str, text: str) -> None:
        persona_id = self._current()
        if persona_id is None:
            return
        value: Any = _lines(text) if name in LIST_FIELDS else text
        if getattr(self._document().persona(persona_id), name) != value:
            self._edit(lambda: journey.edit_persona(self._document(), persona_id, name, value), typing=True)

    def add(self) -> None:
        created = self._edit_new(lambda: journey.add_persona(self._document(), tr("New persona"), self._blueprint()))
        if created is not None:
            self.select(created)
            self.fields["name"].setFocus()
            self.fields["name"].selectAll()

    def delete(self) -> None:
        persona_id = self._current()
        if persona_id is not None:
            self._edit(lambda: journey.delete_persona(self._document(), persona_id))

    def shift(self, offset: int) -> None:
        persona_id = self._current()
        if persona_id is not None:
            index = [p.id for p in self._document().personas].index(persona_id) + offset
            if index >= 0:
                self._edit(lambda: journey.move_persona(self._document(), persona_id, index))

    def _follow_toggled(self, item: QListWidgetItem) -> None:
        blueprint = self._blueprint()
        if self._updating or blueprint is None:
            return
        persona_id = item.data(Qt.ItemDataRole.UserRole)
        if not self._edit(lambda: journey.follow(blueprint, persona_id, item.checkState() == Qt.CheckState.Checked)):
            self.refresh()  # the tick goes back to what the blueprint follows

    def _choose_colour(self) -> None:
        persona_id = self._current()
        if persona_id is None:
            return
        colour = QColorDialog.getColor(QColor(self._document().persona(persona_id).colour), self, tr("Persona colour"))
        if colour.isValid():
            self._edit(lambda: journey.edit_persona(self._document(), persona_id, "colour", colour.name()))

    def _choose_photo(self) -> None:
        persona_id = self._current()
        if persona_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, tr("Persona photo"), "", PICTURE_FILTER)
        if path:
            self.set_photo_from(Path(path))

    def set_photo_from(self, path: Path) -> None:
        persona_id = self._current()
        if persona_id is None:
            return
        try:
            data = photo_from_file(path)  # any picture, scaled down and kept as JPEG or PNG
        except PictureError as error:
            self.show_problem(str(error))
            return
        self._edit(lambda: journey.set_photo(self._document(), persona_id, data))


def _lines(text: str) -> list[str]:
    """One entry per non-empty line, as typed."""
    return [line.strip() for line in text.splitlines() if line.strip()]
