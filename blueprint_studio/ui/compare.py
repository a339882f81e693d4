"""The Compare panel: what changed from another blueprint (the as-is, or another file's
version) to this one, listed and marked on the canvas. Only shows `compare`'s results."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from blueprint_studio.canvas.items import COMPARE_COLOURS
from blueprint_studio.compare import Change, compare_blueprints
from blueprint_studio.errors import BpxError
from blueprint_studio.layout.cards import card_size
from blueprint_studio.model import Blueprint, Document
from blueprint_studio.painting.scheme import shade
from blueprint_studio.storage import open_bpx
from blueprint_studio.ui import dialogs
from blueprint_studio.ui.i18n import tr
from blueprint_studio.ui.panel import DocumentPanel
from blueprint_studio.ui.properties import swatch
from blueprint_studio.ui.session import DocumentSession

COLOURS = {**COMPARE_COLOURS, "removed": "#8c959f"}
_FILE = "__file__"


class CompareDock(DocumentPanel):
    show_cards = Signal(list)  # card ids of the current blueprint to select
    marks_changed = Signal(object, object)  # ({card id: kind}, [(Rect, lines)] ghosts of removed cards)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Compare"), parent)
        self.setObjectName("compare")
        self.other_file: tuple[Path, Document] | None = None
        body = QWidget()
        column = QVBoxLayout(body)
        self.source = QComboBox()
        self.source.setObjectName("compare_source")
        self.source.activated.connect(self._source_chosen)
        column.addWidget(QLabel(tr("Compare this blueprint with:")))
        column.addWidget(self.source)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setObjectName("compare_list")
        self.list.currentItemChanged.connect(self._picked)
        column.addWidget(self.list, 1)
        column.addWidget(self.problem)
        self.setWidget(body)
        self.chosen: str | None = None  # a blueprint id of this document, or _FILE
        # Comparing is a pass over both blueprints: after the last of a burst of edits (typing),
        # not after each keystroke, as the Analysis panel does.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)

    def _model_changed(self, change: object) -> None:
        self._timer.start()

    def _blueprint(self) -> Blueprint | None:
        return (
            next((b for b in self._document().blueprints if b.id == self.blueprint_id), None) if self.session else None
        )

    def refresh(self) -> None:
        self._updating = True
        try:
            self.source.clear()
            self.list.clear()
            blueprint = self._blueprint()
            self.setEnabled(blueprint is not None)
            if blueprint is None:
                self.marks_changed.emit({}, [])
                return
            self.source.addItem(tr("(nothing)"), None)
            for other in self._document().blueprints:
                if other.id != blueprint.id:
                    self.source.addItem(other.title or tr("Untitled blueprint"), other.id)
            label = (
                tr("Another file: {name}").format(name=self.other_file[0].name)
                if self.other_file
                else tr("Another file…")
            )
            self.source.addItem(label, _FILE)
            if self.chosen is None and blueprint.variant_of is not None:
                self.chosen = blueprint.variant_of  # a to-be compares with its as-is by default
            index = self.source.findData(self.chosen) if self.chosen is not None else 0
            self.source.setCurrentIndex(max(0, index))
            self._show(blueprint)
        finally:
            self._updating = False

    def attach(self, session: DocumentSession | None, blueprint_id: str | None) -> None:
        if blueprint_id != self.blueprint_id:
            self.chosen = None
        super().attach(session, blueprint_id)

    def _source_chosen(self) -> None:
        data = self.source.currentData()
        if data == _FILE:
            path = dialogs.ask_open_path(self)
            if path is None:
                self.refresh()
                return
            try:
                self.other_file = (path, open_bpx(path))
            except BpxError as error:
                self.show_problem(str(error))
                self.refresh()
                return
            self.problem.hide()
        self.chosen = data
        self.refresh()

    def _other(self) -> tuple[Document, Blueprint] | None:
        if self.chosen == _FILE and self.other_file is not None:
            document = self.other_file[1]
            current = self._blueprint()
            same = next((b for b in document.blueprints if current is not None and b.id == current.id), None)
            titled = next((b for b in document.blueprints if current is not None and b.title == current.title), None)
            return document, same or titled or document.blueprints[0]
        document = self._document()
        other = next((b for b in document.blueprints if b.id == self.chosen), None)
        return (document, other) if other is not None else None

    def _show(self, blueprint: Blueprint) -> None:
        other = self._other()
        if other is None:
            self.summary.setText(tr("Choose the as-is blueprint, or another file's version of this one."))
            self.marks_changed.emit({}, [])
            return
        document, before = other
        changes = [
            c
            for c in compare_blueprints(document, before, self._document(), blueprint)
            if c.what in ("card", "step", "lane", "arrow", "emotion")
        ]
        counts = {kind: sum(1 for c in changes if c.kind == kind and c.what == "card") for kind in COLOURS}
        self.summary.setText(
            tr("No differences.")
            if not changes
            else tr(
                "Cards: {added} added, {removed} removed, {changed} changed, {moved} moved; {count} changes in all."
            ).format(
                added=counts["added"],
                removed=counts["removed"],
                changed=counts["changed"],
                moved=counts["moved"],
                count=len(changes),
            )
        )
        for change in changes:
            item = QListWidgetItem(
                swatch(COLOURS.get(change.kind, "#8c959f")), change.line().replace(f"{change.where} › ", "", 1)
            )
            item.setData(Qt.ItemDataRole.UserRole, change)
            item.setForeground(shade("#57606a") if change.kind == "removed" else shade("#1f2328"))
            self.list.addItem(item)
        marks = {c.ids[1]: c.kind for c in changes if c.what == "card" and c.kind != "removed"}
        self.marks_changed.emit(marks, self._ghosts(document, before, blueprint, changes))

    def _ghosts(
        self, document: Document, before: Blueprint, blueprint: Blueprint, changes: list[Change]
    ) -> list[tuple[float, tuple[str, ...], str | None, str | None]]:
        """Removed cards drawn faintly in the cell of the same lane and step names, if there is one."""
        removed = [c.ids[0] for c in changes if c.what == "card" and c.kind == "removed"]
        if not removed:
            return []
        lanes = {lane.name: lane.id for lane in blueprint.lanes}
        steps = {step.name: step.id for step in blueprint.steps}
        ghosts: list[tuple[float, tuple[str, ...], str | None, str | None]] = []
        for card_id in removed:
            card = before.card(card_id)
            lines, height = card_size(card, document.facets, card.image in document.assets)
            ghosts.append(
                (height, lines, lanes.get(before.lane(card.lane).name), steps.get(before.step(card.step).name))
            )
        return ghosts

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is None or self._updating:
            return
        change: Change = item.data(Qt.ItemDataRole.UserRole)
        if change.what == "card" and change.kind != "removed":
            self.show_cards.emit([change.ids[1]])
