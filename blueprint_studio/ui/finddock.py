"""Edit ▸ Find (Ctrl+F) and Replace (Ctrl+H): every match in card texts, notes, owners and
facet names of every blueprint, listed; choosing one shows its card. The search itself is
`blueprint_studio.find`; a replacement is one undoable command.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.editing.replace import replace_all, replace_hits
from blueprint_studio.find import FIELD_WORDS, Hit, Query, find
from blueprint_studio.ui.i18n import tr
from blueprint_studio.ui.session import DocumentSession

_HIT = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 150  # typing a word searches once, not once per letter


class HitsModel(QAbstractListModel):
    """The matches as rows: thousands cost nothing until scrolled to."""

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[Hit] = []

    def show(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # The words first: docks are narrow.
            return f"…{hit.before}{hit.match}{hit.after}…   ({tr(FIELD_WORDS[hit.field])} · {hit.where})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{escape(hit.where)}<br>…{escape(hit.before)}<b>{escape(hit.match)}</b>{escape(hit.after)}…"
        if role == _HIT:
            return hit
        return None


class _QueryField(QLineEdit):
    """Enter goes to the next match, Shift+Enter to the one before."""

    step = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step.emit(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            return
        super().keyPressEvent(event)


class FindDock(QDockWidget):
    show_hit = Signal(object)  # Hit: the window shows its card (or the cards with its facet)

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(tr("Find"), parent)
        self.setObjectName("find")
        self.session = session
        self.query = _QueryField()
        self.query.setPlaceholderText(tr("Find in card texts, notes, owners and facets"))
        self.query.setClearButtonEnabled(True)
        self.replacement = QLineEdit()
        self.replacement.setPlaceholderText(tr("Replace with"))
        self.match_case = QCheckBox(tr("Match case"))
        self.whole_words = QCheckBox(tr("Whole words"))
        self.fields = {
            name: QCheckBox(label)
            for name, label in (
                ("text", tr("Texts")),
                ("notes", tr("Notes")),
                ("owner", tr("Owners")),
                ("facets", tr("Facets")),
            )
        }
        for box in self.fields.values():
            box.setChecked(True)
        self.count = QLabel()
        self.count.setObjectName("find_count")
        self.model = HitsModel()
        self.results = QListView()
        self.results.setObjectName("find_results")
        self.results.setModel(self.model)
        self.results.setUniformItemSizes(True)
        self.replace_button = QPushButton(tr("Replace"))
        self.replace_all_button = QPushButton(tr("Replace All"))
        self.replace_row = QWidget()
        row = QHBoxLayout(self.replace_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.replacement, 1)
        row.addWidget(self.replace_button)
        row.addWidget(self.replace_all_button)
        options = QHBoxLayout()
        for box in (self.match_case, self.whole_words, *self.fields.values()):
            options.addWidget(box)
        options.addStretch(1)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.query)
        column.addWidget(self.replace_row)
        column.addLayout(options)
        column.addWidget(self.count)
        column.addWidget(self.results, 1)
        self.setWidget(body)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _: self._timer.start())
        self.query.step.connect(self.step)
        for box in (self.match_case, self.whole_words, *self.fields.values()):
            box.toggled.connect(lambda _: self._timer.start())
        self.results.activated.connect(self._chosen)
        self.results.clicked.connect(self._chosen)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_every)
        session.followed.connect(lambda _: self._timer.start() if self.isVisible() and self.query.text() else None)
        session.mode_changed.connect(
            lambda: self.replace_row.setVisible(self.replace_row.isVisible() and not session.read_only)
        )

    # ------------------------------------------------------------ opening and searching

    def open(self, replacing: bool) -> None:
        self.replace_row.setVisible(replacing and not self.session.read_only)
        self.show()
        self.raise_()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def current_query(self) -> Query:
        fields = frozenset(name for name, box in self.fields.items() if box.isChecked())
        return Query(self.query.text(), self.match_case.isChecked(), self.whole_words.isChecked(), fields)

    def search(self) -> None:
        """Search again; the match selected before stays selected when it is still there."""
        self._timer.stop()
        before = self.current_hit()
        hits = find(self.session.document, self.current_query())
        self.model.show(hits)
        cards = len({(h.blueprint_id, h.card_id) for h in hits if h.card_id is not None})
        facets = len({h.facet_id for h in hits if h.facet_id is not None})
        if not self.query.text():
            self.count.setText("")
        elif not hits:
            self.count.setText(tr("No matches"))
        else:
            self.count.setText(
                tr("Matches: {count} · cards: {cards} · facets: {facets}").format(
                    count=len(hits), cards=cards, facets=facets
                )
            )
        if before is not None:
            row = next((n for n, h in enumerate(hits) if h.key == before.key and h.start == before.start), None)
            if row is not None:
                self.results.setCurrentIndex(self.model.index(row, 0))

    def current_hit(self) -> Hit | None:
        index = self.results.currentIndex()
        return index.data(_HIT) if index.isValid() else None

    def step(self, direction: int) -> None:
        """To the next (or previous) match, round the end, and show it."""
        if self._timer.isActive():
            self.search()
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.results.currentIndex().row()
        row = (current + direction) % rows if current >= 0 else (0 if direction > 0 else rows - 1)
        index = self.model.index(row, 0)
        self.results.setCurrentIndex(index)
        self.results.scrollTo(index)
        self._chosen(index)

    def _chosen(self, index: QModelIndex) -> None:
        hit = index.data(_HIT)
        if hit is not None:
            self.show_hit.emit(hit)

    # ------------------------------------------------------------ replacing

    def _replace(self, hits: list[Hit] | None) -> bool:
        """Replace these matches (None: all of them) as one edit; the list is searched again."""
        query, replacement = self.current_query(), self.replacement.text()
        if not self.session.edit(
            lambda: (
                replace_all(self.session.document, query, replacement)
                if hits is None
                else replace_hits(self.session.document, query, replacement, hits)
            )
        ):
            return False
        self.search()
        return True

    def replace_current(self) -> None:
        hit = self.current_hit()
        row = self.results.currentIndex().row()
        if hit is not None and self._replace([hit]) and self.model.rowCount():
            index = self.model.index(min(row, self.model.rowCount() - 1), 0)  # on to the match that took its place
            self.results.setCurrentIndex(index)
            self._chosen(index)

    def replace_every(self) -> None:
        count = self.model.rowCount()
        if self._replace(None):
            self.count.setText(
                tr("Replaced: {count}").format(count=count)
                + (f"; {self.count.text()}" if self.model.rowCount() else "")
            )
