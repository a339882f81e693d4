"""The properties dock: edits whatever is selected, only through commands.

It shows the selected card, arrow, emotion point, step or lane, or the blueprint itself
(title, scenario) when nothing is selected. Keystrokes merge into one undo step per field until the
field loses focus.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.canvas.pictures import PICTURE_FILTER, PictureError, photo_from_file
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.editing import annotations as annotating
from blueprint_studio.editing import edits, journey
from blueprint_studio.editing.command import Command
from blueprint_studio.layout import style
from blueprint_studio.model import MARK_NAMES, ConnectorKind, Duration, LaneKind, Marks
from blueprint_studio.model.durations import parse_duration
from blueprint_studio.painting import photos
from blueprint_studio.painting.scheme import shade
from blueprint_studio.ui.i18n import tr
from blueprint_studio.ui.panel import scrolled
from blueprint_studio.ui.session import DocumentSession
from blueprint_studio.words import QT_TR_NOOP

# Fields typed into: keystrokes merge into one undo step.
_TYPED = {
    "text",
    "notes",
    "owner",
    "label",
    "name",
    "description",
}
KINDS = [
    (ConnectorKind.FLOW, QT_TR_NOOP("Flow →")),
    (ConnectorKind.TWO_WAY, QT_TR_NOOP("Two-way ↔")),
    (ConnectorKind.INFORMATION, QT_TR_NOOP("Information (dashed)")),
]


class FieldEvents(QObject):
    """Ends the typing run (a new undo step starts) when a field loses focus, and leaves
    Undo/Redo to the window: the document has one history, not one per text box."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        elif (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
        ):
            event.ignore()  # not the field's: the window's Undo action takes the key
            return True
        return False


class DurationField(QLineEdit):
    """A duration typed as people write it ("5 min", "1-25 d", "same day"), taken when the
    designer presses Enter or leaves the field: one undo step per entry, not per keystroke."""

    def __init__(self, on_entry: Callable[[Duration | None], None], placeholder: str = "") -> None:
        super().__init__()
        self.setPlaceholderText(placeholder or tr("e.g. 5 min, 1-25 d, same day"))
        self._on_entry = on_entry
        self._shown: Duration | None = None
        self.editingFinished.connect(self._finished)

    def show_duration(self, duration: Duration | None) -> None:
        self._shown = duration
        text = duration.text() if duration is not None else ""
        if self.text() != text and not self.hasFocus():
            self.setText(text)
            self.setCursorPosition(0)

    def _finished(self) -> None:
        entered = parse_duration(self.text())
        if entered != self._shown:
            self._on_entry(entered)


class PropertiesDock(QDockWidget):
    open_blueprint = Signal(str)  # an exit's "Go" button

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Properties"), parent)
        self.setObjectName("properties")
        self.setMinimumWidth(320)
        self.session: DocumentSession | None = None
        self.scene: BlueprintScene | None = None
        self.focus: tuple[str, str] | None = None  # ("step"|"lane", id) chosen on a header
        self._updating = False
        self._card_extras: tuple[object, ...] = ()  # what the exit, facet and photo rows show now
        self._focus_out = FieldEvents(self._end_typing)
        self.pages = QStackedWidget()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {shade('#b3261e').name()};")
        self.problem.hide()
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.pages, 1)
        column.addWidget(self.problem)
        self.setWidget(scrolled(body))  # a card's page is taller than a small screen's dock
        self._build_card_page()
        self._build_connector_page()
        self._build_step_page()
        self._build_lane_page()
        self._build_blueprint_page()
        self._build_point_page()

    # ------------------------------------------------------------ construction

    def _watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self._focus_out)

    def _form(self) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pages.addWidget(page)
        return form

    def _build_card_page(self) -> None:
        form = self._form()
        self.card_page = _page(form)
        self.card_text = QPlainTextEdit()
        self.card_text.setObjectName("card_text")
        self.card_notes = QPlainTextEdit()
        self.card_owner = QLineEdit()
        self.card_owner.setPlaceholderText(tr("department or role"))
        colour_row = QWidget()
        colour_layout = QHBoxLayout(colour_row)
        colour_layout.setContentsMargins(0, 0, 0, 0)
        self.card_colour = QPushButton(tr("Choose…"))
        self.card_colour_reset = QPushButton(tr("Lane colour"))
        colour_layout.addWidget(self.card_colour)
        colour_layout.addWidget(self.card_colour_reset)
        self.mark_boxes: dict[str, QCheckBox] = {}
        marks_row = QWidget()
        marks_layout = QGridLayout(marks_row)
        marks_layout.setContentsMargins(0, 0, 0, 0)
        for index, name in enumerate(MARK_NAMES):
            box = QCheckBox(tr(style.MARK_STYLES[name].title))
            box.setObjectName(f"mark_{name}")
            box.toggled.connect(self._marks_edited)
            self.mark_boxes[name] = box
            marks_layout.addWidget(box, index // 2, index % 2)
        self.card_exit = QComboBox()
        self.card_exit.setObjectName("card_exit")
        self.card_exit.setToolTip(tr("The journey the customer goes on to when they leave here"))
        self.card_exit.activated.connect(self._exit_chosen)
        go = QPushButton(tr("Open"))
        go.setObjectName("card_exit_open")
        go.clicked.connect(self._open_exit)
        exit_row = QWidget()
        exit_layout = QHBoxLayout(exit_row)
        exit_layout.setContentsMargins(0, 0, 0, 0)
        exit_layout.addWidget(self.card_exit, 1)
        exit_layout.addWidget(go)
        self.card_facets = QListWidget()
        self.card_facets.setObjectName("card_facets")
        self.card_facets.setMaximumHeight(120)
        self.card_facets.itemChanged.connect(self._facet_toggled)
        self.card_photo = QLabel()
        self.card_photo.setFixedHeight(64)
        photo_row = QWidget()
        photo_layout = QHBoxLayout(photo_row)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        choose_photo = QPushButton(tr("Photo…"))
        choose_photo.setObjectName("card_photo_choose")
        choose_photo.clicked.connect(self._choose_photo)
        no_photo = QPushButton(tr("No photo"))
        no_photo.clicked.connect(lambda: self.set_card_photo(None))
        photo_layout.addWidget(self.card_photo, 1)
        photo_layout.addWidget(choose_photo)
        photo_layout.addWidget(no_photo)
        self.card_wait = DurationField(self._wait_entered, tr("how long the customer waits"))
        self.card_wait.setObjectName("card_wait")
        self.card_duration = DurationField(
            lambda value: self._card_field("duration", value), tr("how long this takes, e.g. 3-5 min")
        )
        self.card_duration.setObjectName("card_duration")
        form.addRow(tr("Text"), self.card_text)
        form.addRow(tr("Notes"), self.card_notes)
        form.addRow(tr("Owner"), self.card_owner)
        form.addRow(tr("Colour"), colour_row)
        form.addRow(tr("Marks"), marks_row)
        form.addRow(tr("Exit to"), exit_row)
        form.addRow(tr("Wait"), self.card_wait)
        form.addRow(tr("Takes"), self.card_duration)
        form.addRow(tr("Facets"), self.card_facets)
        form.addRow(tr("Photo"), photo_row)
        self.card_text.textChanged.connect(lambda: self._card_field("text", self.card_text.toPlainText()))
        self.card_notes.textChanged.connect(lambda: self._card_field("notes", self.card_notes.toPlainText()))
        self.card_owner.textEdited.connect(lambda text: self._card_field("owner", text))
        self.card_colour.clicked.connect(self._choose_colour)
        self.card_colour_reset.clicked.connect(lambda: self._card_field("colour", None))
        for widget in (self.card_text, self.card_notes, self.card_owner):
            self._watch(widget)
        for editor in (self.card_text, self.card_notes):
            editor.setUndoRedoEnabled(False)  # the document's history is the only one

    def _build_connector_page(self) -> None:
        form = self._form()
        self.connector_page = _page(form)
        self.connector_kind = QComboBox()
        for kind, label in KINDS:
            self.connector_kind.addItem(tr(label), kind)
        self.connector_label = QLineEdit()
        self.connector_label.setPlaceholderText(tr("a few words, drawn on the arrow"))
        self.connector_notes = _notes_editor(tr("what is handed over, how, when: shown when hovering the arrow"))
        self.connector_notes.setObjectName("connector_notes")
        form.addRow(tr("Kind"), self.connector_kind)
        form.addRow(tr("Label"), self.connector_label)
        form.addRow(tr("Notes"), self.connector_notes)
        self.connector_kind.currentIndexChanged.connect(
            lambda: self._connector_field("kind", self.connector_kind.currentData())
        )
        self.connector_label.textEdited.connect(lambda text: self._connector_field("label", text))
        self.connector_notes.textChanged.connect(
            lambda: self._connector_field("notes", self.connector_notes.toPlainText())
        )
        self._watch(self.connector_label)
        self._watch(self.connector_notes)

    def _build_step_page(self) -> None:
        form = self._form()
        self.step_page = _page(form)
        self.step_name = QLineEdit()
        self.step_name.setObjectName("step_name")
        self.step_duration = DurationField(lambda value: self._step_field("duration", value))
        self.step_duration.setObjectName("step_duration")
        self.step_acceptable = DurationField(
            lambda value: self._step_field("acceptable", value), tr("the longest it may take")
        )
        self.step_acceptable.setObjectName("step_acceptable")
        self.step_stage = QComboBox()
        self.step_moment = QCheckBox(tr("Moment of truth"))
        self.step_moment.setObjectName("step_moment")
        self.step_moment.setToolTip(tr("A step that decides how the customer judges the whole service"))
        form.addRow(tr("Step"), self.step_name)
        form.addRow(tr("Duration"), self.step_duration)
        form.addRow(tr("Acceptable"), self.step_acceptable)
        form.addRow(tr("Stage"), self.step_stage)
        form.addRow("", self.step_moment)
        self.step_description = _notes_editor(tr("what happens in this step, shown when hovering its header"))
        self.step_description.setObjectName("step_description")
        form.addRow(tr("About"), self.step_description)
        self.step_description.textChanged.connect(
            lambda: self._step_field("description", self.step_description.toPlainText())
        )
        self._watch(self.step_description)
        self.step_moment.toggled.connect(lambda checked: self._step_field("moment_of_truth", checked))
        self.step_name.textEdited.connect(lambda text: self._step_field("name", text))
        self.step_stage.activated.connect(self._stage_chosen)
        self._watch(self.step_name)

    def _build_lane_page(self) -> None:
        form = self._form()
        self.lane_page = _page(form)
        self.lane_name = QLineEdit()
        self.lane_kind = QLabel()
        self.lane_description = _notes_editor(tr("the lane's purpose, shown when hovering its name"))
        self.lane_description.setObjectName("lane_description")
        form.addRow(tr("Lane"), self.lane_name)
        form.addRow(tr("Kind"), self.lane_kind)
        form.addRow(tr("Purpose"), self.lane_description)
        self.lane_name.textEdited.connect(self._lane_renamed)
        self.lane_description.textChanged.connect(self._lane_described)
        self._watch(self.lane_name)
        self._watch(self.lane_description)

    def _build_blueprint_page(self) -> None:
        form = self._form()
        self.blueprint_page = _page(form)
        self.bp_fields: dict[str, QLineEdit] = {}
        for key, label in (
            ("title", tr("Title")),
            ("scenario.start", tr("Starts when")),
            ("scenario.end", tr("Ends when")),
            ("scenario.goal", tr("Customer's goal")),
        ):
            field = QLineEdit()
            field.textEdited.connect(lambda text, key=key: self._blueprint_field(key, text))
            self._watch(field)
            self.bp_fields[key] = field
            form.addRow(label, field)
        self.bp_describe = QCheckBox(tr("Print lane purposes under their names"))
        self.bp_describe.setObjectName("bp_describe_lanes")
        self.bp_describe.toggled.connect(lambda on: self._blueprint_value("describe_lanes", on))
        form.addRow("", self.bp_describe)

    def _build_point_page(self) -> None:
        form = self._form()
        self.point_page = _page(form)
        self.point_who = QLabel()
        self.point_who.setWordWrap(True)
        self.point_score = QDoubleSpinBox()
        self.point_score.setObjectName("point_score")
        self.point_score.setRange(-2, 2)
        self.point_score.setSingleStep(0.5)
        self.point_score.setDecimals(1)
        self.point_reason = QLineEdit()
        self.point_reason.setObjectName("point_reason")
        self.point_reason.setPlaceholderText(tr("why they feel this way"))
        clear = QPushButton(tr("Clear score"))
        clear.clicked.connect(
            lambda: (
                self.scene.set_point_score(self.scene.selected_point, None)
                if self.scene and self.scene.selected_point
                else None
            )
        )
        form.addRow(tr("Emotion"), self.point_who)
        form.addRow(tr("Score (−2 … +2)"), self.point_score)
        form.addRow(tr("Reason"), self.point_reason)
        form.addRow("", clear)
        self.point_score.valueChanged.connect(self._point_score_edited)
        self.point_reason.textEdited.connect(self._point_reason_edited)
        self._watch(self.point_reason)

    # ------------------------------------------------------------ attach and show

    def attach(self, session: DocumentSession | None, scene: BlueprintScene | None) -> None:
        if self.scene is not None:
            try:
                self.scene.selectionChanged.disconnect(self._selection_changed)
                self.scene.point_selected.disconnect(self._selection_changed)
            except (RuntimeError, TypeError):
                pass
        if self.session is not None:
            try:
                self.session.followed.disconnect(self._model_changed)
                self.session.mode_changed.disconnect(self.refresh)
            except (RuntimeError, TypeError):
                pass
        self.session, self.scene, self.focus = session, scene, None
        if scene is not None:
            scene.selectionChanged.connect(self._selection_changed)
            scene.point_selected.connect(self._selection_changed)
        if session is not None:
            session.followed.connect(self._model_changed)
            session.mode_changed.connect(self.refresh)
        self.refresh()

    def show_step(self, step_id: str) -> None:
        if self.scene is not None:
            self.scene.clearSelection()
        self.focus = ("step", step_id)
        self.refresh()

    def show_lane(self, lane_id: str) -> None:
        if self.scene is not None:
            self.scene.clearSelection()
        self.focus = ("lane", lane_id)
        self.refresh()

    def _selection_changed(self) -> None:
        self.problem.hide()
        if self.scene is not None and (self.scene.selectedItems() or self.scene.selected_point):
            self.focus = None
        self.refresh()

    def _model_changed(self, change: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Show the page for what is selected, filled from the model (without echoing edits)."""
        if self.scene is None or self.session is None or not self.scene.exists():
            self.pages.setCurrentWidget(self.blueprint_page)
            self.setEnabled(False)
            return
        self.setEnabled(not self.session.read_only)
        self._updating = True
        try:
            blueprint = self.scene.blueprint
            cards = self.scene.selected_card_ids()
            arrows = self.scene.selected_connector_ids()
            if cards:
                self._fill_card(blueprint.card(cards[-1]), blueprint.lane(blueprint.card(cards[-1]).lane).kind)
                self.pages.setCurrentWidget(self.card_page)
            elif self.scene.selected_point is not None:
                point = next(p for p in blueprint.emotions if p.id == self.scene.selected_point)
                self.point_who.setText(self.scene.describe_point(point.id).split(":")[0])
                self.point_score.setValue(point.score)
                _set_text(self.point_reason, point.reason)
                self.pages.setCurrentWidget(self.point_page)
            elif arrows:
                connector = next(a for a in blueprint.connectors if a.id == arrows[-1])
                self.connector_kind.setCurrentIndex(self.connector_kind.findData(connector.kind))
                _set_text(self.connector_label, connector.label)
                _set_plain(self.connector_notes, connector.notes)
                self.pages.setCurrentWidget(self.connector_page)
            elif self.focus and self.focus[0] == "step" and any(s.id == self.focus[1] for s in blueprint.steps):
                self._fill_step(self.focus[1])
                self.pages.setCurrentWidget(self.step_page)
            elif self.focus and self.focus[0] == "lane" and any(lane.id == self.focus[1] for lane in blueprint.lanes):
                lane = blueprint.lane(self.focus[1])
                _set_text(self.lane_name, lane.name)
                _set_plain(self.lane_description, lane.description)
                self.lane_kind.setText(
                    tr("{kind} (zone: {zone})").format(kind=lane.kind.value.replace("_", " "), zone=lane.zone.value)
                )
                self.pages.setCurrentWidget(self.lane_page)
            else:
                for key, field in self.bp_fields.items():
                    _set_text(field, _get(blueprint, key))
                self.bp_describe.setChecked(blueprint.describe_lanes)
                self.pages.setCurrentWidget(self.blueprint_page)
        finally:
            self._updating = False

    def _fill_card(self, card: Any, lane_kind: LaneKind) -> None:
        for editor, value in ((self.card_text, card.text), (self.card_notes, card.notes)):
            if editor.toPlainText() != value:
                editor.setPlainText(value)
        _set_text(self.card_owner, card.owner)
        self.card_colour.setStyleSheet(f"background: {card.colour};" if card.colour else "")
        for name, box in self.mark_boxes.items():
            box.setChecked(getattr(card.marks, name))
        self.card_wait.show_duration(card.marks.wait_duration)
        self.card_wait.setEnabled(card.marks.wait_point)
        self.card_duration.show_duration(card.duration)
        assert self.session is not None and self.scene is not None
        document = self.session.document
        # Rebuilt only when what they show changed: not on every keystroke typed into the card.
        shown = (
            card.id,
            card.exit_to,
            tuple(card.facets),
            card.image,
            self.scene.blueprint_id,
            tuple((b.id, b.title) for b in document.blueprints),
            tuple(document.facets),
        )
        if shown == self._card_extras:
            return
        self._card_extras = shown
        self.card_exit.clear()
        self.card_exit.addItem(tr("(no journey named)"), None)
        for other in document.blueprints:
            if other.id != self.scene.blueprint_id:
                self.card_exit.addItem(other.title or tr("Untitled blueprint"), other.id)
        self.card_exit.setCurrentIndex(max(0, self.card_exit.findData(card.exit_to)) if card.exit_to else 0)
        self.card_exit.setEnabled(self.card_exit.count() > 1)
        self.card_facets.clear()
        for facet in sorted(document.facets, key=lambda f: (f.kind.value, f.name.casefold())):
            item = QListWidgetItem(f"{facet.name}  ·  {facet.kind.value}")
            item.setData(Qt.ItemDataRole.UserRole, facet.id)
            item.setIcon(swatch(facet.colour))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if facet.id in card.facets else Qt.CheckState.Unchecked)
            self.card_facets.addItem(item)
        if not document.facets:
            self.card_facets.addItem(tr("No facets yet: add them in the Facets panel"))
        photo = document.assets.get(card.image) if card.image else None
        # Decoded small, as its name says.
        image = photos.photo(card.image, photo, photos.side_for(256)) if card.image and photo else None
        if image is not None and not image.isNull():
            self.card_photo.setPixmap(
                QPixmap.fromImage(image).scaledToHeight(64, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.card_photo.clear()
            self.card_photo.setText(tr("no photo: drop or paste a picture on the card"))

    def _fill_step(self, step_id: str) -> None:
        assert self.scene is not None
        blueprint = self.scene.blueprint
        step = blueprint.step(step_id)
        _set_text(self.step_name, step.name)
        self.step_duration.show_duration(step.duration)
        self.step_acceptable.show_duration(step.acceptable)
        self.step_stage.clear()
        self.step_stage.addItem(tr("(no stage)"), None)
        for stage in blueprint.stages:
            self.step_stage.addItem(stage.name or tr("(unnamed stage)"), stage.id)
        self.step_stage.addItem(tr("New stage…"), "__new__")
        self.step_stage.setCurrentIndex(max(0, self.step_stage.findData(step.stage)) if step.stage else 0)
        self.step_moment.setChecked(step.moment_of_truth)
        _set_plain(self.step_description, step.description)

    # ------------------------------------------------------------ edits

    def _edit(self, make: Callable[[], Command | None], typing: bool = False) -> None:
        """Hand an edit to the session (the one door), unless the dock is filling its own fields.
        `typing`: a keystroke, merged with the ones before it until the field is left."""
        if not self._updating and self.session is not None:
            self.session.edit(make, typing=typing)

    def _end_typing(self) -> None:
        if self.session is not None:
            self.session.end_typing()

    def _selected_card(self) -> str | None:
        cards = self.scene.selected_card_ids() if self.scene else []
        return cards[-1] if cards else None

    def _card_field(self, field_name: str, value: Any) -> None:
        card_id = self._selected_card()
        if self._updating or card_id is None or self.scene is None:
            return
        blueprint = self.scene.blueprint
        if getattr(blueprint.card(card_id), field_name) != value:
            self._edit(lambda: edits.edit_card(blueprint, card_id, field_name, value), typing=field_name in _TYPED)

    def _choose_colour(self) -> None:
        card_id = self._selected_card()
        if card_id is None or self.scene is None:
            return
        current = self.scene.blueprint.card(card_id).colour or self.scene.geometry.cards[card_id].fill
        colour = QColorDialog.getColor(QColor(current), self, tr("Card colour"))
        if colour.isValid():
            self._card_field("colour", colour.name())

    def _marks_edited(self) -> None:
        if self._updating:
            return
        card_id = self._selected_card()
        if card_id is None or self.scene is None:
            return
        wait = self.mark_boxes["wait_point"].isChecked()
        # Unticking drops the wait's length.
        kept = self.scene.blueprint.card(card_id).marks.wait_duration if wait else None
        marks = Marks(**{name: box.isChecked() for name, box in self.mark_boxes.items()}, wait_duration=kept)
        self._card_field("marks", marks)

    def _wait_entered(self, duration: Duration | None) -> None:
        card_id = self._selected_card()
        if self._updating or card_id is None or self.scene is None:
            return
        marks = self.scene.blueprint.card(card_id).marks
        if marks.wait_point:
            self._card_field("marks", marks.model_copy(update={"wait_duration": duration}))

    def _connector_field(self, field_name: str, value: Any) -> None:
        arrows = self.scene.selected_connector_ids() if self.scene else []
        if self._updating or not arrows or self.scene is None:
            return
        blueprint = self.scene.blueprint
        self._edit(lambda: edits.edit_connector(blueprint, arrows[-1], field_name, value), typing=field_name in _TYPED)

    def _step_field(self, field_name: str, value: Any) -> None:
        if self._updating or self.scene is None or not self.focus or self.focus[0] != "step":
            return
        blueprint, step_id = self.scene.blueprint, self.focus[1]
        self._edit(lambda: edits.edit_step(blueprint, step_id, field_name, value), typing=field_name in _TYPED)

    def _stage_chosen(self) -> None:
        if self._updating or self.scene is None or not self.focus:
            return
        data = self.step_stage.currentData()
        if data == "__new__":
            from blueprint_studio.ui import dialogs

            name = dialogs.ask_text(self, tr("New stage"), tr("Stage name:"), tr("New stage"))
            if name:
                step_id = self.focus[1]
                self._edit(lambda: edits.add_stage(self.scene.blueprint, name, [step_id])[0])  # type: ignore[union-attr]
            else:
                self.refresh()
            return
        self._step_field("stage", data)

    def _point_score_edited(self, value: float) -> None:
        if not self._updating and self.scene is not None and self.scene.selected_point is not None:
            self.scene.set_point_score(self.scene.selected_point, value)

    def _point_reason_edited(self, text: str) -> None:
        if self.scene is None or self.scene.selected_point is None:
            return
        point_id = self.scene.selected_point
        self._edit(lambda: journey.edit_reason(self.scene.blueprint, point_id, text), typing=True)  # type: ignore[union-attr]

    def _exit_chosen(self) -> None:
        card_id = self._selected_card()
        if self._updating or card_id is None or self.scene is None or self.session is None:
            return
        target = self.card_exit.currentData()
        self._edit(lambda: annotating.set_exit(self.session.document, self.scene.blueprint, card_id, target))  # type: ignore[union-attr]

    def _facet_toggled(self, item: QListWidgetItem) -> None:
        facet_id = item.data(Qt.ItemDataRole.UserRole)
        if self._updating or self.scene is None or facet_id is None:
            return
        cards = self.scene.selected_card_ids()
        tagged = item.checkState() == Qt.CheckState.Checked
        self._edit(lambda: annotating.tag_cards(self.scene.blueprint, cards, facet_id, tagged))  # type: ignore[union-attr]

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Photo for the card"), "", PICTURE_FILTER)
        if path:
            try:
                self.set_card_photo(photo_from_file(Path(path)))
            except PictureError as error:
                self.problem.setText(str(error))
                self.problem.show()

    def set_card_photo(self, data: bytes | None) -> None:
        card_id = self._selected_card()
        if card_id is not None and self.scene is not None:
            self._edit(lambda: annotating.set_card_photo(self.scene.blueprint, card_id, data))  # type: ignore[union-attr]

    def _lane_described(self) -> None:
        if self._updating or self.scene is None or not self.focus or self.focus[0] != "lane":
            return
        lane_id, text = self.focus[1], self.lane_description.toPlainText()
        if self.scene.blueprint.lane(lane_id).description != text:
            self._edit(lambda: annotating.describe_lane(self.scene.blueprint, lane_id, text), typing=True)  # type: ignore[union-attr]

    def _lane_renamed(self, text: str) -> None:
        if self._updating or self.scene is None or not self.focus or self.focus[0] != "lane":
            return
        blueprint, lane_id = self.scene.blueprint, self.focus[1]
        self._edit(lambda: edits.rename_lane(blueprint, lane_id, text), typing=True)

    def _blueprint_value(self, field_name: str, value: Any) -> None:
        if self.scene is not None:
            blueprint = self.scene.blueprint
            self._edit(lambda: edits.edit_blueprint(blueprint, field_name, value))

    def _open_exit(self) -> None:
        target = self.card_exit.currentData()
        if target:
            self.open_blueprint.emit(target)

    def _blueprint_field(self, key: str, text: str) -> None:
        if self._updating or self.scene is None:
            return
        blueprint = self.scene.blueprint
        if key == "title":
            self._edit(lambda: edits.edit_blueprint(blueprint, "title", text), typing=True)
            return
        group, _, name = key.partition(".")
        value = getattr(blueprint, group).model_copy(update={name: text})
        self._edit(lambda: edits.edit_blueprint(blueprint, group, value), typing=True)


def _notes_editor(placeholder: str) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setPlaceholderText(placeholder)
    editor.setFixedHeight(72)
    editor.setUndoRedoEnabled(False)  # the document's history is the only one
    return editor


def swatch(colour: str) -> QIcon:
    """A small square of a colour, for lists of personas and facets."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _set_plain(editor: QPlainTextEdit, value: str) -> None:
    if editor.toPlainText() != value:
        editor.setPlainText(value)


def _set_text(field: QLineEdit, value: str) -> None:
    if field.text() != value:
        field.setText(value)
        if not field.hasFocus():
            field.setCursorPosition(0)  # a long value shows its start, as people read it


def _get(blueprint: Any, key: str) -> str:
    value = blueprint
    for part in key.split("."):
        value = getattr(value, part)
    return str(value)


def _page(form: QFormLayout) -> QWidget:
    """The page a form was made on (`_form` makes each on its own page)."""
    page = form.parentWidget()
    assert page is not None
    return page
