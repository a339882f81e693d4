"""The outline: the document as a tree (blueprint → stage → step → lane → card, with marks),
for the keyboard and for screen readers, which cannot see the canvas's graphics items.

Every row has an accessible name and description ("card, Backstage, step Check in: Room
status checked, fail point"). It is kept in step with the canvas both ways: choosing a card
here selects it there, selecting cards there selects them here. It is also an editor:
F2 renames a step or edits a card's text, Insert adds a card to the lane (or a step after
the step) chosen, Delete deletes the chosen card, each an undoable command. A lane's cards
are listed when its step is opened, so a 10,000-card document costs only its steps.

It follows edits in pieces: an edit of cards lists again only the opened steps they left or
joined, an edit of steps rewrites their rows; what changes the tree's shape (steps, lanes,
stages or blueprints coming, going or moving) builds it again a moment later.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDockWidget, QHeaderView, QTreeView, QWidget

from blueprint_studio.editing import Change, edits
from blueprint_studio.layout import style
from blueprint_studio.model import Blueprint, Card, LaneKind, Step
from blueprint_studio.ui.i18n import tr
from blueprint_studio.ui.session import DocumentSession

KIND = Qt.ItemDataRole.UserRole  # "blueprint", "stage", "step", "lane", "card"
IDS = Qt.ItemDataRole.UserRole + 1  # (blueprint id, object id[, step id for a lane])
_LOADED = Qt.ItemDataRole.UserRole + 2  # a step whose lanes and cards are listed
REFRESH_MS = 200
_EDITING = QTreeView.EditTrigger.EditKeyPressed | QTreeView.EditTrigger.DoubleClicked


def describe_card(blueprint: Blueprint, card: Card) -> tuple[str, str]:
    """A card's marks in words, and what a screen reader says for it."""
    marks = [tr(style.MARK_STYLES[mark].title).lower() for mark in card.marks.names()]
    lane, step = blueprint.lane(card.lane), blueprint.step(card.step)
    spoken = tr("card, {lane}, step {step}: {text}").format(
        lane=lane.name, step=step.name, text=card.text or tr("empty")
    )
    spoken += ", " + ", ".join(marks) if marks else ""
    return ", ".join(marks), spoken


class _Tree(QTreeView):
    """Keys that edit: F2 edits (Qt's own), Insert or Ctrl+Return adds, Delete deletes. (The
    window's F2, Delete and Ctrl+Return act on the canvas only, so here they are the tree's.)"""

    add = Signal(QModelIndex)
    remove = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Insert or (
            event.key() == Qt.Key.Key_Return and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.add.emit(self.currentIndex())
        elif event.key() == Qt.Key.Key_Delete:
            self.remove.emit(self.currentIndex())
        else:
            super().keyPressEvent(event)


class OutlineDock(QDockWidget):
    show_cards = Signal(str, list)  # blueprint id, card ids: select them on the canvas
    show_step = Signal(str, str)  # blueprint id, step id

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(tr("Outline"), parent)
        self.session = session
        self.model = QStandardItemModel()
        self.tree = _Tree()
        self.tree.setObjectName("outline")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.model.setColumnCount(2)
        # Hidden, but read out by screen readers.
        self.model.setHorizontalHeaderLabels([tr("Item"), tr("Marks and time")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)  # sized by _fit_columns
        self.tree.setIndentation(14)  # a card sits four levels deep: its words need the room more
        self.tree.setAccessibleName(tr("Outline of the document"))
        self.tree.setAccessibleDescription(
            tr("Blueprints, stages, steps, lanes and cards. F2 edits, Insert adds a card, Delete deletes.")
        )
        self.tree.setMinimumWidth(280)  # a card's words, not an elided stub
        self.tree.installEventFilter(self)
        self.setWidget(self.tree)
        self._following = False  # selecting here because the canvas did: do not echo it back
        self._building = False  # filling the model: its itemChanged signals are not edits
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.tree.expanded.connect(self._load)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.model.itemChanged.connect(self._renamed)
        self.tree.add.connect(self._add)
        self.tree.remove.connect(self._remove)
        self._step_rows: dict[tuple[str, str], QStandardItem] = {}  # (blueprint, step) -> its row
        self._listed: dict[tuple[str, str], set[str]] = {}  # opened steps -> the cards listed in them
        self._again: set[tuple[str, str]] = set()  # opened steps to list again, on the next turn
        self._soon = QTimer(self, singleShot=True, interval=0)
        self._soon.timeout.connect(self._list_again)
        self._behind = False  # edits came while the outline was closed
        self.visibilityChanged.connect(lambda shown: self.refresh() if shown and self._behind else None)
        session.followed.connect(self._followed)
        session.mode_changed.connect(self._mode_changed)
        self._mode_changed()
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.tree and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Marks and times take what they need up to a third of the width; the words take the rest."""
        wanted = self.tree.sizeHintForColumn(1)
        self.tree.header().resizeSection(1, max(0, min(wanted, self.tree.viewport().width() // 3)))

    def _mode_changed(self) -> None:
        """Read-only: the tree is read and followed, never edited in place."""
        self.tree.setEditTriggers(_EDITING if not self.session.read_only else QTreeView.EditTrigger.NoEditTriggers)

    # ------------------------------------------------------------ model → tree

    def refresh(self) -> None:
        """Build the tree again, keeping what was open and what was chosen."""
        self._timer.stop()
        self._behind = False
        opened = {self._key(index) for index in self._all_indexes() if self.tree.isExpanded(index)}
        current = self._key(self.tree.currentIndex())
        self.model.blockSignals(True)
        self._step_rows.clear()
        self._listed.clear()
        self._again.clear()
        self.model.removeRows(0, self.model.rowCount())
        for blueprint in self.session.document.blueprints:
            self.model.appendRow(self._blueprint_row(blueprint))
        self.model.blockSignals(False)
        self.tree.reset()
        if not opened:  # the first time: the blueprints and their stages open
            opened = {self._key(index) for index in self._all_indexes()} | {
                self._key(self.model.index(row, 0, self.model.index(b, 0)))
                for b in range(self.model.rowCount())
                for row in range(self.model.rowCount(self.model.index(b, 0)))
            }
        self._reopen(opened, current)
        self._fit_columns()

    def _blueprint_row(self, blueprint: Blueprint) -> QStandardItem:
        root = _item(
            "blueprint",
            (blueprint.id, blueprint.id),
            blueprint.title or tr("Untitled blueprint"),
            tr("blueprint {title}, steps: {steps}, cards: {cards}").format(
                title=blueprint.title, steps=len(blueprint.steps), cards=len(blueprint.cards)
            ),
        )
        stages = {stage.id: stage for stage in blueprint.stages}
        current_stage: QStandardItem | None = None
        current_id: object = object()
        for step in blueprint.steps:
            if step.stage != current_id:
                current_id = step.stage
                name = stages[step.stage].name if step.stage in stages else tr("(no stage)")
                current_stage = _item(
                    "stage", (blueprint.id, step.stage or ""), name, tr("stage {name}").format(name=name)
                )
                root.appendRow(current_stage)
            assert current_stage is not None
            row = _item("step", (blueprint.id, step.id), "", "", editable=True)
            note = _note("")
            _describe_step(step, row, note)
            self._step_rows[(blueprint.id, step.id)] = row
            row.appendRow(QStandardItem("…"))  # a placeholder: the lanes are listed when the step is opened
            current_stage.appendRow([row, note])
        return root

    def _followed(self, change: Change) -> None:
        """Follow an edit in pieces where it leaves the tree's shape alone; else build it again soon."""
        touched = change.touched
        if not self.isVisible():
            self._behind = True  # built again when shown: a closed outline costs nothing
            return
        if self._timer.isActive() or change.blueprint_id is None or touched is None:
            self._timer.start()
            return
        kinds = {collection for collection, _ in touched}
        if not kinds <= {"cards", "steps", "connectors", "emotions", "line_notes"}:
            self._timer.start()
            return
        blueprint = self.session.document.blueprint(change.blueprint_id)
        steps = {object_id for collection, object_id in touched if collection == "steps"}
        cards = {object_id for collection, object_id in touched if collection == "cards"}
        if steps:
            stage_of = {step.id: step.stage for step in blueprint.steps}
            for step_id in steps:
                row = self._step_rows.get((blueprint.id, step_id))
                parent = row.parent() if row is not None else None
                if (
                    row is None
                    or parent is None
                    or (stage_of[step_id] or "" if step_id in stage_of else None) != parent.data(IDS)[1]
                ):
                    self._timer.start()  # a step came, went or changed its stage
                    return
                self._building = True
                _describe_step(blueprint.step(step_id), row, parent.child(row.row(), 1))
                self._building = False
        if cards:
            # A card's step matters only to a step whose cards are listed (its row opened).
            listing = any(key[0] == blueprint.id for key in self._listed)
            found = _steps_of(blueprint, cards) if listing else {}
            again = {(blueprint.id, step_id) for step_id in found.values()}
            again |= {
                key for key, listed in self._listed.items() if key[0] == blueprint.id and not listed.isdisjoint(cards)
            }
            self._again |= again & self._listed.keys()
            self._soon.start()  # not here: the edit may come from a row of that step, still being committed
            root = self.model.item([b.id for b in self.session.document.blueprints].index(blueprint.id))
            if root is not None:
                _speak(
                    root,
                    tr("blueprint {title}, steps: {steps}, cards: {cards}").format(
                        title=blueprint.title, steps=len(blueprint.steps), cards=len(blueprint.cards)
                    ),
                )

    def _catch_up(self) -> None:
        """Show the edit just made here and now (the row it made is to be chosen)."""
        if self._timer.isActive():
            self.refresh()  # the tree's shape changed
        else:
            self._list_again()

    def _list_again(self) -> None:
        again, self._again = self._again, set()
        for key in again & self._listed.keys():
            self._fill_step(self._step_rows[key])

    def _load(self, index: QModelIndex) -> None:
        """List a step's lanes and their cards, the first time it is opened."""
        item = self.model.itemFromIndex(index)
        if item is None or item.data(KIND) != "step" or item.data(_LOADED):
            return
        self._fill_step(item)
        self._fit_columns()

    def _fill_step(self, item: QStandardItem) -> None:
        """List (again) a step's lanes and cards, keeping which lanes were open and the row chosen."""
        blueprint_id, step_id = item.data(IDS)
        opened = {
            self._key(item.child(row).index())
            for row in range(item.rowCount())
            if self.tree.isExpanded(item.child(row).index())
        }
        current = self._key(self.tree.currentIndex())
        blueprint = self.session.document.blueprint(blueprint_id)
        self._building = True  # not model.blockSignals: the view must hear of the new rows
        self._following = True  # the chosen row may go and come back: the canvas keeps its selection
        item.removeRows(0, item.rowCount())
        cells: dict[str, list[Card]] = {}
        for card in blueprint.cards:
            if card.step == step_id:
                cells.setdefault(card.lane, []).append(card)
        for lane in blueprint.shown_lanes():
            if lane.kind is LaneKind.EMOTIONS:
                continue
            stack = sorted(cells.get(lane.id, []), key=lambda c: (c.order, c.id))
            lane_item = _item(
                "lane",
                (blueprint_id, lane.id, step_id),
                f"{lane.name} ({len(stack)})",
                tr("lane {name}, cards: {count}").format(name=lane.name, count=len(stack)),
            )
            for card in stack:
                marks, spoken = describe_card(blueprint, card)
                lane_item.appendRow(
                    [_item("card", (blueprint_id, card.id), _one_line(card.text), spoken, editable=True), _note(marks)]
                )
            item.appendRow([lane_item, _note("")])
        item.setData(True, _LOADED)
        self._listed[(blueprint_id, step_id)] = {card.id for stack in cells.values() for card in stack}
        self._building = False
        for row in range(item.rowCount()):
            lane = item.child(row).index()
            if self._key(lane) in opened:
                self.tree.expand(lane)
            for card_row in range(self.model.rowCount(lane)):
                if current is not None and self._key(self.model.index(card_row, 0, lane)) == current:
                    self.tree.setCurrentIndex(self.model.index(card_row, 0, lane))
        self._following = False

    def _all_indexes(self) -> list[QModelIndex]:
        found: list[QModelIndex] = []
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                found.append(index)
                if self.tree.isExpanded(index):
                    pending.append(index)
        return found

    def _key(self, index: QModelIndex) -> tuple[object, ...] | None:
        return (index.data(KIND), *index.data(IDS)) if index.isValid() and index.data(IDS) else None

    def _reopen(self, opened: set[tuple[object, ...] | None], current: tuple[object, ...] | None) -> None:
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                key = self._key(index)
                if key in opened:
                    self.tree.expand(index)  # loads a step's lanes
                    pending.append(index)
                if key is not None and key == current:
                    self._following = True
                    self.tree.setCurrentIndex(index)
                    self._following = False

    # ------------------------------------------------------------ canvas → tree

    def follow(self, blueprint_id: str, card_ids: list[str]) -> None:
        """The canvas selected these cards: choose the first here, opening its step."""
        if not card_ids or not self.isVisible():
            return
        blueprint = self.session.document.blueprint(blueprint_id)
        card = next((c for c in blueprint.cards if c.id == card_ids[0]), None)
        if card is None:
            return
        self._catch_up()
        step_index = self._find(("step", blueprint_id, card.step))
        if step_index is None:
            return
        self.tree.expand(step_index)
        index = self._find(("card", blueprint_id, card.id), step_index)
        if index is not None and index != self.tree.currentIndex():
            self._following = True
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
            self._following = False

    def _find(self, key: tuple[object, ...], under: QModelIndex | None = None) -> QModelIndex | None:
        pending = [under or QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if self._key(index) == key:
                    return index
                if index.data(KIND) in ("blueprint", "stage") or (
                    index.data(KIND) in ("step", "lane") and under is not None
                ):
                    pending.append(index)
        return None

    # ------------------------------------------------------------ tree → canvas and commands

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if self._following or not index.isValid():
            return
        kind, ids = index.data(KIND), index.data(IDS)
        if kind == "card":
            self.show_cards.emit(ids[0], [ids[1]])
        elif kind == "step":
            self.show_step.emit(ids[0], ids[1])

    def _renamed(self, item: QStandardItem) -> None:
        if self._building:
            return
        kind, ids = item.data(KIND), item.data(IDS)
        blueprint = self.session.document.blueprint(ids[0])
        text = item.data(Qt.ItemDataRole.EditRole)
        made = True
        if kind == "card" and text != _one_line(blueprint.card(ids[1]).text):
            made = self.session.edit(lambda: edits.edit_card(blueprint, ids[1], "text", text))
        elif kind == "step" and text != blueprint.step(ids[1]).name:
            made = self.session.edit(lambda: edits.edit_step(blueprint, ids[1], "name", text))
        if not made:
            self._timer.start()  # refused: the row shows the document again

    def _add(self, index: QModelIndex) -> None:
        """A new card in the chosen lane (or beside the chosen card); a new step after a step."""
        if not index.isValid():
            return
        kind, ids = index.data(KIND), index.data(IDS)
        blueprint = self.session.document.blueprint(ids[0])
        if kind == "step":
            at = [s.id for s in blueprint.steps].index(ids[1]) + 1
            new = self.session.edit_new(lambda: edits.insert_step(blueprint, at))
            key = ("step", blueprint.id, new)
        elif kind in ("card", "lane"):
            lane_id, step_id = (
                (blueprint.card(ids[1]).lane, blueprint.card(ids[1]).step) if kind == "card" else (ids[1], ids[2])
            )
            new = self.session.edit_new(lambda: edits.add_card(blueprint, lane_id, step_id, text=tr("New card")))
            key = ("card", blueprint.id, new)
        else:
            return
        if new is not None:
            self._catch_up()
            self._edit(key)

    def _edit(self, key: tuple[object, ...]) -> None:
        index = self._find(key, QModelIndex()) or self._find_anywhere(key)
        if index is not None:
            self.tree.setCurrentIndex(index)
            self.tree.edit(index)

    def _find_anywhere(self, key: tuple[object, ...]) -> QModelIndex | None:
        for index in self._all_indexes():
            if self._key(index) == key:
                return index
        return None

    def _remove(self, index: QModelIndex) -> None:
        if not index.isValid() or index.data(KIND) != "card":
            return
        blueprint_id, card_id = index.data(IDS)
        below = (
            index.siblingAtRow(index.row() + 1)
            if index.row() + 1 < self.model.rowCount(index.parent())
            else index.parent()
        )
        after = self._key(below)
        if not self.session.edit(lambda: edits.delete_cards(self.session.document.blueprint(blueprint_id), [card_id])):
            return
        self._catch_up()
        if after is not None:
            found = self._find_anywhere(after)
            if found is not None:
                self.tree.setCurrentIndex(found)


def _item(kind: str, ids: tuple[str, ...], text: str, spoken: str, editable: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(kind, KIND)
    item.setData(ids, IDS)
    _speak(item, spoken)
    item.setEditable(editable)
    return item


def _speak(item: QStandardItem, spoken: str) -> None:
    """What a screen reader says for the row, and its tooltip."""
    for role in (
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
        Qt.ItemDataRole.ToolTipRole,
    ):
        item.setData(spoken, role)


def _describe_step(step: Step, row: QStandardItem, note: QStandardItem) -> None:
    """A step's row: its name, what a screen reader says, and its marks and time beside it."""
    about = ", ".join(
        part
        for part in (
            tr("moment of truth") if step.moment_of_truth else "",
            step.duration.text() if step.duration else "",
        )
        if part
    )
    row.setText(step.name)
    _speak(row, tr("step {name}").format(name=step.name) + (f", {about}" if about else ""))
    note.setText(("★ " if step.moment_of_truth else "") + (step.duration.text() if step.duration else ""))


def _one_line(text: str) -> str:
    """A card's text on one row: its lines joined by spaces. A row shows a single line, so a
    line break would cut "Nurse\nchecks the referral" down to "Nurse…"."""
    return " ".join(text.split())


def _note(text: str) -> QStandardItem:
    """The second column: marks of a card, time and moment of truth of a step."""
    item = QStandardItem(text)
    item.setEditable(False)
    return item


def _steps_of(blueprint: Blueprint, card_ids: Collection[str]) -> dict[str, str]:
    """Each card's step, stopping once all are found (an edit touches a few of 10,000)."""
    found: dict[str, str] = {}
    for card in blueprint.cards:
        if card.id in card_ids:
            found[card.id] = card.step
            if len(found) == len(card_ids):
                break
    return found
