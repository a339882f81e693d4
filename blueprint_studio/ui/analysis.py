"""The Analysis panel: Time, Fail points, Checks and Synergies of the current blueprint.

It only shows what `blueprint_studio.analysis` computes. An `Analyser` follows the edits
(a few milliseconds each at 10,000 cards); an edit it cannot follow (a lane, a stage, the
blueprint's own fields), and opening, are analysed in full on a snapshot, off the window's
thread, a moment after the change. Only the parts of the result that changed are shown again.
The panel turns its own edits into commands.
"""

from __future__ import annotations

import operator
from itertools import compress, count
from operator import is_not
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.analysis import Analyser, Analysis, Finding
from blueprint_studio.analysis.register import STATUS_WORDS, RegisterRow
from blueprint_studio.analysis.timing import CriticalPath, StageTime, StepTime, TimeAnalysis
from blueprint_studio.editing import Change, edits
from blueprint_studio.model import Blueprint, Failure, Line
from blueprint_studio.painting.scheme import shade
from blueprint_studio.storage import pieces
from blueprint_studio.storage.bpx import Frozen
from blueprint_studio.ui import dialogs
from blueprint_studio.ui.background import Background
from blueprint_studio.ui.i18n import seconds_text, span_words, tr
from blueprint_studio.ui.session import DocumentSession
from blueprint_studio.words import QT_TR_NOOP

DELAY_MS = 250  # after the last change: typing a card never waits for the analysis
SEVERITY_WORDS = {"error": QT_TR_NOOP("ERROR"), "warning": QT_TR_NOOP("WARNING"), "info": QT_TR_NOOP("INFO")}
SEVERITY_COLOURS = {"error": "#b3261e", "warning": "#9a6700", "info": "#57606a"}
REGISTER_COLUMNS = (
    QT_TR_NOOP("Fail point"),
    QT_TR_NOOP("Step"),
    QT_TR_NOOP("Failure mode"),
    QT_TR_NOOP("Effect"),
    QT_TR_NOOP("Cause"),
    "S",
    "O",
    "D",
    QT_TR_NOOP("RPN"),
    QT_TR_NOOP("Owner"),
    QT_TR_NOOP("Status"),
    QT_TR_NOOP("Recovery"),
)
_TEXT_FIELDS = {2: "mode", 3: "effect", 4: "cause", 9: "owner"}
_RATING_FIELDS = {5: "severity", 6: "occurrence", 7: "detection"}
_STATUS_COLUMN = 10
# Qt's own default.
_REGISTER_EDITING = (
    QTableWidget.EditTrigger.DoubleClicked
    | QTableWidget.EditTrigger.EditKeyPressed
    | QTableWidget.EditTrigger.AnyKeyPressed
)
_ID = Qt.ItemDataRole.UserRole
_TABS = {"time": 0, "register": 1, "findings": 2, "synergies": 3}
_STAGE = Qt.ItemDataRole.UserRole + 2


class _StatusDelegate(QStyledItemDelegate):
    """A fail point's status is chosen from a list while it is edited, and shown as words
    otherwise: one combo box per row made a register of 500 fail points take 150 ms to fill."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:  # noqa: N802
        box = QComboBox(parent)
        box.addItems([tr(word) for word in STATUS_WORDS.values()])
        box.activated.connect(lambda: self._chosen(box))
        QTimer.singleShot(0, box.showPopup)  # one double-click opens the list
        return box

    def _chosen(self, box: QComboBox) -> None:
        self.commitData.emit(box)
        self.closeEditor.emit(box)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data()))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class _NumberItem(QTableWidgetItem):
    """Sorts by number, not by text ("9" before "10"); unrated counts as lowest, so the riskiest
    come first and the unrated last when sorted by RPN."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(Qt.ItemDataRole.UserRole + 1), other.data(Qt.ItemDataRole.UserRole + 1)
        return (-1 if mine is None else mine) < (-1 if theirs is None else theirs)


class FindingsModel(QAbstractListModel):
    """The checks' findings as rows; a view asks only for the rows it shows, so thousands of
    findings cost nothing until scrolled to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []

    def show(self, findings: list[Finding]) -> None:
        """Show `findings`, telling the view only of the rows between the unchanged start and
        end (an edit changes a few of thousands; the analyser keeps the others' objects)."""
        old = self._findings
        common = min(len(old), len(findings))
        start = next(compress(count(), map(is_not, old, findings)), common)
        end = next(compress(count(), map(is_not, reversed(old), reversed(findings))), common)
        end = min(end, common - start)
        removed, added = len(old) - start - end, len(findings) - start - end
        if removed > 200 or added > 200:
            self.beginResetModel()
            self._findings = findings
            self.endResetModel()
            return
        if removed:
            self.beginRemoveRows(QModelIndex(), start, start + removed - 1)
            self._findings = old[:start] + old[start + removed :]
            self.endRemoveRows()
        if added:
            self.beginInsertRows(QModelIndex(), start, start + added - 1)
            self._findings = findings
            self.endInsertRows()
        self._findings = findings

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's names)
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{tr(SEVERITY_WORDS[finding.severity.value])}  {said(finding)}" + (
                tr(" (dismissed)") if finding.dismissed else ""
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            return shade(SEVERITY_COLOURS[finding.severity.value])
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{finding.check}: {said(finding)}"
        if role == _ID:
            return finding
        return None


class TimeModel(QAbstractItemModel):
    """Stages and their steps with their times, read as the view asks: a view of 1,250 steps
    costs the thirty rows on screen, and an edit that re-times a step redraws that row."""

    HEADERS = (QT_TR_NOOP("Stage / step"), QT_TR_NOOP("Time"), QT_TR_NOOP("Acceptable"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stages: tuple[StageTime, ...] = ()
        self._steps: tuple[StepTime, ...] = ()
        self._runs: list[list[int]] = []  # per stage, the indexes of its steps
        self._stage_of: list[int] = []  # per step, its stage's row

    def show(self, blueprint: Blueprint, timing: TimeAnalysis) -> None:
        """Show `timing`; the rows whose times changed are redrawn, or all when the steps did."""
        if len(timing.steps) == len(self._steps) and all(map(operator.is_, timing.steps, self._steps)):
            # Every step's time is the one shown (the analysis keeps unchanged ones): the steps and
            # their stages are as they were, only a stage's sum can have moved.
            self._show_stages(timing.stages)
            return
        runs = _stage_rows(blueprint)
        same = runs == self._runs and [s.step_id for s in self._steps] == [s.step_id for s in timing.steps]
        if not same:
            self.beginResetModel()
            self._stages, self._steps, self._runs = timing.stages, timing.steps, runs
            self._stage_of = [row for row, run in enumerate(runs) for _ in run]
            self.endResetModel()
            return
        self._show_stages(timing.stages)
        old_steps, self._steps = self._steps, timing.steps
        for number, (was, now) in enumerate(zip(old_steps, timing.steps, strict=True)):
            if was is not now and was != now:
                stage = self._stage_of[number]
                row = self._runs[stage].index(number)
                parent = self.index(stage, 0)
                self.dataChanged.emit(self.index(row, 0, parent), self.index(row, 2, parent))

    def _show_stages(self, stages: tuple[StageTime, ...]) -> None:
        old_stages, self._stages = self._stages, stages
        for row, (was, now) in enumerate(zip(old_stages, stages, strict=True)):
            if was != now:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 2))

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid():
            stage = parent.row()
            if parent.internalId() or not 0 <= stage < len(self._runs) or not 0 <= row < len(self._runs[stage]):
                return QModelIndex()
            return self.createIndex(row, column, stage + 1)  # a step: its stage's row + 1
        return self.createIndex(row, column, 0) if 0 <= row < len(self._stages) else QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or not index.internalId():
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._stages)
        if parent.internalId() or parent.column() != 0:
            return 0
        return len(self._runs[parent.row()]) if parent.row() < len(self._runs) else 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if not index.internalId():
            stage = self._stages[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return (stage.name or tr("(no stage)"), span_words(stage.span), "")[index.column()]
            return None
        step = self._steps[self._runs[index.internalId() - 1][index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                step.name,
                span_words(step.span),
                seconds_text(step.acceptable) if step.acceptable is not None else "",
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and step.over:
            return shade(SEVERITY_COLOURS["error"])
        if role == Qt.ItemDataRole.ToolTipRole and step.over and index.column() == 0:
            return tr("Typically takes longer than its acceptable time")
        if role == _ID:
            return step.step_id
        return None


def said(finding: Finding) -> str:
    """A finding in the interface's language: its template translated, then filled."""
    return tr(finding.text).format(
        **dict(finding.values), **{name: seconds_text(value) for name, value in finding.seconds}
    )


class AnalysisDock(QDockWidget):
    show_cards = Signal(list)  # card ids to select and scroll to
    show_step = Signal(str)
    overlays_changed = Signal()  # the critical path or the crossing counts were switched

    def __init__(self, background: Background, parent: QWidget | None = None) -> None:
        super().__init__(tr("Analysis"), parent)
        self.setObjectName("analysis")
        self.session: DocumentSession | None = None
        self.blueprint_id: str | None = None
        self.result: Analysis | None = None
        self.analyser: Analyser | None = None  # follows the edits; None while a full analysis is due
        self._shown_path: CriticalPath | None = None  # the chain the critical path list shows
        self._shown_register: dict[str, RegisterRow] | None = None  # what the Fail points tab shows, by card
        self._unshown: set[str] = set()  # parts changed while the panel was hidden
        self._background = background
        self._running = False  # an analysis is on the worker; another is due when it is back
        self._again = False
        self._filling = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.recompute)
        self._due: set[str] = set()  # parts an edit followed in place changed, shown on the next turn
        self._soon = QTimer(self, singleShot=True, interval=0)
        self._soon.timeout.connect(self._present_due)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._time_tab(), tr("Time"))
        self.tabs.addTab(self._register_tab(), tr("Fail points"))
        self.tabs.addTab(self._checks_tab(), tr("Checks"))
        self.tabs.addTab(self._synergies_tab(), tr("Synergies"))
        self.setWidget(self.tabs)
        self.visibilityChanged.connect(lambda visible: self._catch_up() if visible else None)
        self.tabs.currentChanged.connect(lambda _index: self._catch_up())

    # ------------------------------------------------------------ tabs

    def _time_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.critical = QCheckBox(tr("Show the critical path on the canvas"))
        self.critical.setObjectName("show_critical_path")
        self.crossings_box = QCheckBox(tr("Show encounters and handoffs on the lines"))
        self.crossings_box.setObjectName("show_crossings")
        for box in (self.critical, self.crossings_box):
            box.toggled.connect(lambda _checked: self.overlays_changed.emit())
        self.time_tree = QTreeView()
        self.time_tree.setObjectName("time_tree")
        self.time_model = TimeModel(self.time_tree)
        self.time_tree.setModel(self.time_model)
        self.time_tree.setUniformRowHeights(True)
        self.time_tree.header().setStretchLastSection(False)
        self.time_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for section, sample in (
            (1, "10 min – 1 h 30 min"),
            (2, "1 h 30 min"),
        ):  # wide enough for most times, without reading every row
            self.time_tree.header().resizeSection(section, self.time_tree.fontMetrics().horizontalAdvance(sample) + 16)
        self.time_model.modelReset.connect(self.time_tree.expandAll)
        self.time_tree.activated.connect(
            lambda index: self.show_step.emit(index.data(_ID)) if index.data(_ID) else None
        )
        self.path_list = QListWidget()
        self.path_list.setObjectName("critical_path")
        self.path_list.itemActivated.connect(lambda item: self.show_cards.emit([item.data(_ID)]))
        column.addWidget(self.summary)
        column.addWidget(self.critical)
        column.addWidget(self.crossings_box)
        column.addWidget(self.time_tree, 2)
        column.addWidget(QLabel(tr("Critical path (longest chain along flow arrows):")))
        column.addWidget(self.path_list, 1)
        return page

    def _register_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.register_table = QTableWidget(0, len(REGISTER_COLUMNS))
        self.register_table.setObjectName("register")
        self.register_table.setHorizontalHeaderLabels([tr(title) for title in REGISTER_COLUMNS])
        self.register_table.setSortingEnabled(True)
        # Riskiest first, until the designer sorts otherwise.
        self.register_table.sortItems(8, Qt.SortOrder.DescendingOrder)
        self.register_table.setWordWrap(True)
        header = self.register_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMaximumSectionSize(220)
        self.register_table.setItemDelegateForColumn(_STATUS_COLUMN, _StatusDelegate(self.register_table))
        self.register_table.itemChanged.connect(self._register_edited)
        self.register_table.cellClicked.connect(self._register_clicked)
        self.register_table.cellDoubleClicked.connect(self._register_double_clicked)
        hint = QLabel(
            tr(
                "Rate severity, occurrence and detection 1–10; RPN = S × O × D. Double-click Recovery to choose its "
                "cards."
            )
        )
        hint.setWordWrap(True)
        column.addWidget(self.register_table)
        column.addWidget(hint)
        return page

    def _checks_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.findings = QListView()
        self.findings.setObjectName("findings")
        self.findings.setModel(FindingsModel(self.findings))
        self.findings.setWordWrap(True)
        self.findings.setSpacing(3)
        # Thousands of wrapped rows: laid out a batch at a time.
        self.findings.setLayoutMode(QListView.LayoutMode.Batched)
        self.findings.activated.connect(self._finding_activated)
        self.findings.clicked.connect(self._finding_activated)
        row = QHBoxLayout()
        self.dismiss_button = QPushButton(tr("Dismiss"))
        self.dismiss_button.setObjectName("dismiss_finding")
        self.dismiss_button.setToolTip(tr("Set this finding aside; the choice is saved with the blueprint"))
        self.dismiss_button.clicked.connect(self._toggle_dismissed)
        self.show_dismissed = QCheckBox(tr("Show dismissed"))
        self.show_dismissed.toggled.connect(lambda _: self._fill_findings())
        row.addWidget(self.dismiss_button)
        row.addStretch(1)
        row.addWidget(self.show_dismissed)
        column.addWidget(self.findings)
        column.addLayout(row)
        return page

    def _synergies_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.synergy_table = QTableWidget(0, 5)
        self.synergy_table.setObjectName("synergies")
        self.synergy_table.setHorizontalHeaderLabels(
            [tr("Kind"), tr("Name"), tr("Used by steps"), tr("Blueprints"), tr("Lanes")]
        )
        self.synergy_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.synergy_table.cellClicked.connect(self._synergy_clicked)
        column.addWidget(QLabel(tr("Used by several steps: candidates to share or automate.")))
        column.addWidget(self.synergy_table)
        return page

    # ------------------------------------------------------------ following the document

    def attach(self, session: DocumentSession | None, blueprint_id: str | None) -> None:
        if self.session is not session:
            if self.session is not None:
                try:
                    self.session.followed.disconnect(self._followed)
                    self.session.mode_changed.disconnect(self._mode_changed)
                except (RuntimeError, TypeError):
                    pass
            if session is not None:
                session.followed.connect(self._followed)
                session.mode_changed.connect(self._mode_changed)
        if (session, blueprint_id) != (self.session, self.blueprint_id):
            self.analyser = None
        self.session, self.blueprint_id = session, blueprint_id
        self._mode_changed()
        self.recompute()

    def _mode_changed(self) -> None:
        """Read-only: the register and the findings can be read and followed, not edited."""
        editable = self.session is not None and not self.session.read_only
        self.register_table.setEditTriggers(_REGISTER_EDITING if editable else QTableWidget.EditTrigger.NoEditTriggers)
        self.dismiss_button.setEnabled(editable)

    def schedule(self, *_: object) -> None:
        self._timer.start()

    def _followed(self, change: Change) -> None:
        """Follow an edit in place when the analyser can; else analyse in full, soon."""
        if self.session is None or self.analyser is None or self._running or self._timer.isActive():
            self.analyser = None
            self.schedule()
            return
        if not self.analyser.update(self.session.document, change.blueprint_id, change.touched):
            self.analyser = None
            self.schedule()
            return
        path = self.analyser.result.time.critical_path.card_ids
        if change.touched and path and not {("cards", card_id) for card_id in path}.isdisjoint(change.touched):
            self._shown_path = None  # a card on it was edited: its words in the list are out of date
            self._due.add("time")
        if self.analyser.changed or self._due:
            self._due |= self.analyser.changed
            self._soon.start()  # on the next turn: the edit may come from a cell of this panel, still being committed

    def _present_due(self) -> None:
        due, self._due = self._due, set()
        if due and self.analyser is not None and self.session is not None:
            self._present(self.session.document.blueprint(self.analyser.blueprint_id), self.analyser.result, due)

    def _catch_up(self) -> None:
        if self.analyser is None:
            self.schedule()
        elif self._unshown and self.session is not None:
            self._present(self.session.document.blueprint(self.analyser.blueprint_id), self.analyser.result, set())

    def blueprint(self) -> Blueprint | None:
        if self.session is None:
            return None
        return next((b for b in self.session.document.blueprints if b.id == self.blueprint_id), None)

    def recompute(self) -> None:
        blueprint = self.blueprint()
        if blueprint is None or self.session is None:
            self.result = None
            return
        if self._running:
            self._again = True
            return
        self._running = True
        blueprint_id = blueprint.id

        def work(frozen: Frozen) -> tuple[Blueprint, Analyser]:
            document = pieces.validate(frozen.body, frozen.assets)  # the worker's own copy
            analysed = document.blueprint(blueprint_id)
            return analysed, Analyser(document, analysed)

        self._background.run(work, self._show)

    def busy(self) -> bool:
        return self._running or self._timer.isActive()

    def _show(self, outcome: tuple[Blueprint, Analyser] | None, problem: str | None) -> None:
        """Show what came back, unless the document has moved on (a newer one is due); from
        then on the analyser follows the live document."""
        self._running = False
        if self._again:
            self._again = False
            self.recompute()
            return
        if outcome is None:
            self.window().statusBar().showMessage(tr("Analysis failed: {problem}").format(problem=problem), 8000)  # type: ignore[attr-defined]
            return
        blueprint, analyser = outcome  # as analysed: equal to the live one, as no edit came since
        if self._timer.isActive() or blueprint.id != self.blueprint_id or self.session is None:
            return
        analyser.rebind(self.session.document)
        self.analyser = analyser
        before, result = self.result, analyser.result
        changed = {
            part
            for part, was, now in (
                ("time", before and (before.time, before.crossings), (result.time, result.crossings)),
                ("register", before and before.register, result.register),
                ("findings", before and before.findings, result.findings),
                ("synergies", before and before.synergies, result.synergies),
            )
            if before is None or was != now
        }
        self._present(blueprint, result, changed)

    def _present(self, blueprint: Blueprint, result: Analysis, changed: set[str] | frozenset[str]) -> None:
        """Fill the tabs whose part changed (those waiting while the panel or their tab was
        hidden too: a register of 500 fail points is filled when it is looked at); the
        canvas's overlays follow at once."""
        self.result = result
        self._unshown |= {"time" if part == "crossings" else part for part in changed}
        if self.isVisible():
            self._filling = True
            current = self.tabs.currentIndex()
            try:
                if "time" in self._unshown:
                    self._fill_time(blueprint)
                    self._unshown.discard("time")
                if "findings" in self._unshown:
                    self._fill_findings()  # (its tab's title counts the findings)
                    self._unshown.discard("findings")
                if "register" in self._unshown and current == _TABS["register"]:
                    self._fill_register()
                    self._unshown.discard("register")
                if "synergies" in self._unshown and current == _TABS["synergies"]:
                    self._fill_synergies()
                    self._unshown.discard("synergies")
            finally:
                self._filling = False
        if changed & {"time", "crossings"}:
            self.overlays_changed.emit()

    def _fill_time(self, blueprint: Blueprint) -> None:
        assert self.result is not None
        timing, crossed = self.result.time, self.result.crossings
        verdict = ""
        if timing.acceptable is not None:
            verdict = (
                tr(" — acceptable {limit}: <b>over</b>") if timing.over else tr(" — acceptable {limit}: within")
            ).format(limit=seconds_text(timing.acceptable))
        self.summary.setText(
            tr(
                "<b>Journey:</b> {journey}{verdict}<br><b>Customer's time and waits:</b> "
                "{customer}<br><b>Organisation's:</b> {organisation}<br><b>Encounters:</b> {encounters} · "
                "<b>handoffs:</b> {handoffs}"
            ).format(
                journey=span_words(timing.journey),
                verdict=verdict,
                customer=span_words(timing.customer),
                organisation=span_words(timing.organisation),
                encounters=crossed.encounters,
                handoffs=crossed.handoffs,
            )
        )
        self.time_model.show(blueprint, timing)
        if self._shown_path != timing.critical_path:
            self._fill_path(blueprint, timing)

    def _fill_path(self, blueprint: Blueprint, timing: TimeAnalysis) -> None:
        self._shown_path = timing.critical_path
        self.path_list.clear()
        on_path = set(timing.critical_path.card_ids)
        cards = {card.id: card for card in blueprint.cards if card.id in on_path}
        for number, card_id in enumerate(timing.critical_path.card_ids, 1):
            card = cards[card_id]
            own = f" — {card.duration.text()}" if card.duration else ""
            item = QListWidgetItem(f"{number}. {card.text}{own}")
            item.setData(_ID, card_id)
            self.path_list.addItem(item)
        if not timing.critical_path.card_ids:
            self.path_list.addItem(tr("No chain of two or more cards along flow arrows."))

    def _fill_register(self) -> None:
        """Rewrite the rows of the fail points that changed; list them all again only when
        fail points came or went."""
        assert self.result is not None
        table = self.register_table
        shown, self._shown_register = self._shown_register, {entry.card_id: entry for entry in self.result.register}
        if shown is not None and shown.keys() == self._shown_register.keys() and table.rowCount() == len(shown):
            changed = {
                card_id: entry
                for card_id, entry in self._shown_register.items()
                if entry is not shown[card_id] and entry != shown[card_id]
            }
            rows = {_item(table, row, 0).data(_ID): row for row in range(table.rowCount())} if changed else {}
            for card_id, entry in changed.items():
                # The row's own items, taken before any is changed: a sorted table may move the row as its cells change.
                items = [_item(table, rows[card_id], column) for column in range(len(REGISTER_COLUMNS))]
                for item, value in zip(items, _register_values(entry), strict=True):
                    item.setText("" if value is None else str(value))
                    if isinstance(item, _NumberItem):
                        item.setData(Qt.ItemDataRole.UserRole + 1, value)
            return
        table.setSortingEnabled(False)
        table.setRowCount(len(self.result.register))
        for row, entry in enumerate(self.result.register):
            self._register_row(row, entry)
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()

    def _register_row(self, row: int, entry: RegisterRow) -> None:
        for column, value in enumerate(_register_values(entry)):
            item = (
                _NumberItem("" if value is None else str(value))
                if column in (5, 6, 7, 8)
                else QTableWidgetItem(str(value))
            )
            item.setData(Qt.ItemDataRole.UserRole + 1, value if column in (5, 6, 7, 8) else None)
            item.setData(_ID, entry.card_id)
            editable = column in _TEXT_FIELDS or column in _RATING_FIELDS or column == _STATUS_COLUMN
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsEditable if editable else item.flags() & ~Qt.ItemFlag.ItemIsEditable
            )
            self.register_table.setItem(row, column, item)

    def _fill_findings(self) -> None:
        if self.result is None:
            return
        blueprint = self.blueprint()
        # Nothing set aside (the usual case): no pass over 20,000 findings to leave none out.
        everything = self.show_dismissed.isChecked() or blueprint is None or not blueprint.dismissed
        shown = self.result.findings if everything else [f for f in self.result.findings if not f.dismissed]
        self.findings.model().show(shown)  # type: ignore[attr-defined]
        self.tabs.setTabText(2, tr("Checks ({count})").format(count=len(shown)) if shown else tr("Checks"))

    def _fill_synergies(self) -> None:
        assert self.result is not None
        table = self.synergy_table
        table.setRowCount(len(self.result.synergies))
        for row, synergy in enumerate(self.result.synergies):
            for column, value in enumerate(
                (synergy.kind, synergy.name, synergy.steps, synergy.blueprints, ", ".join(synergy.lanes))
            ):
                item = QTableWidgetItem(str(value))
                item.setData(
                    _ID, [card for blueprint_id, card in synergy.card_ids if blueprint_id == self.blueprint_id]
                )
                table.setItem(row, column, item)
        table.resizeColumnsToContents()

    # ------------------------------------------------------------ edits and navigation

    def _set_failure(self, card_id: str, field: str, value: Any) -> None:
        blueprint = self.blueprint()
        if self._filling or blueprint is None:
            return
        failure = blueprint.card(card_id).failure or Failure()
        if getattr(failure, field) != value and (
            self.session is None
            or not self.session.edit(
                lambda: edits.edit_card(blueprint, card_id, "failure", failure.model_copy(update={field: value}))
            )
        ):
            self.schedule()  # refused: the register shows the card as it is again

    def _register_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        card_id, column, text = item.data(_ID), item.column(), item.text().strip()
        if column in _TEXT_FIELDS:
            self._set_failure(card_id, _TEXT_FIELDS[column], text)
        elif column == _STATUS_COLUMN:
            status = next((member for member, word in STATUS_WORDS.items() if tr(word) == text), None)
            if status is not None:
                self._set_failure(card_id, "status", status)
        elif column in _RATING_FIELDS:
            if text and not (text.isdigit() and 1 <= int(text) <= 10):
                window = self.window()
                assert isinstance(window, QMainWindow)  # the register lives in the main window
                window.statusBar().showMessage(
                    tr("{column}: rate from 1 to 10, or leave empty").format(column=tr(REGISTER_COLUMNS[column])), 6000
                )
                self.schedule()
                return
            self._set_failure(card_id, _RATING_FIELDS[column], int(text) if text else None)

    def _register_clicked(self, row: int, column: int) -> None:
        item = self.register_table.item(row, 0)
        if item is not None:
            self.show_cards.emit([item.data(_ID)])

    def _register_double_clicked(self, row: int, column: int) -> None:
        blueprint = self.blueprint()
        item = self.register_table.item(row, 0)
        if column != 11 or blueprint is None or item is None or self.session is None or not self.session.may_edit():
            return
        card_id = item.data(_ID)
        current = (blueprint.card(card_id).failure or Failure()).recovery
        chosen = dialogs.choose_cards(self, blueprint, exclude=card_id, chosen=current)
        if chosen is not None:
            self._set_failure(card_id, "recovery", chosen)

    def _finding_activated(self, index: QModelIndex) -> None:
        finding: Finding = index.data(_ID)
        self.dismiss_button.setText(tr("Restore") if finding.dismissed else tr("Dismiss"))
        if finding.card_ids:
            self.show_cards.emit(list(finding.card_ids))
        elif finding.step_ids:
            self.show_step.emit(finding.step_ids[0])

    def _toggle_dismissed(self) -> None:
        finding: Finding | None = self.findings.currentIndex().data(_ID)
        blueprint = self.blueprint()
        if finding is None or blueprint is None:
            return
        if self.session is not None:
            self.session.edit(lambda: edits.dismiss(blueprint, finding.key, not finding.dismissed))

    def _synergy_clicked(self, row: int, column: int) -> None:
        item = self.synergy_table.item(row, 0)
        if item is not None and item.data(_ID):
            self.show_cards.emit(item.data(_ID))

    # ------------------------------------------------------------ what the canvas draws

    def emphasis(self) -> frozenset[str]:
        """Cards and arrows of the critical path, when asked for."""
        if self.result is None or not self.critical.isChecked():
            return frozenset()
        path = self.result.time.critical_path
        return frozenset(path.card_ids) | frozenset(path.connector_ids)

    def crossing_counts(self) -> dict[tuple[str, Line], int]:
        """(step, line) → arrows crossing, when asked for."""
        if self.result is None or not self.crossings_box.isChecked():
            return {}
        return {
            (step, line): n for step, count in self.result.crossings.per_step.items() for line, n in count.items() if n
        }


def _register_values(entry: RegisterRow) -> list[Any]:
    """A fail point's row of the register, column by column."""
    f = entry.failure
    return [
        entry.text,
        entry.step,
        f.mode,
        f.effect,
        f.cause,
        f.severity,
        f.occurrence,
        f.detection,
        f.rpn,
        f.owner or entry.owner,
        tr(STATUS_WORDS[f.status]),
        "; ".join(entry.recovery),
    ]


def _item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """A cell the register filled: every one of its cells holds an item."""
    item = table.item(row, column)
    assert item is not None
    return item


def _stage_rows(blueprint: Blueprint) -> list[list[int]]:
    """The step numbers under each stage's row: one row per run of steps of one stage."""
    runs: list[list[int]] = []
    previous: object = object()
    for index, step in enumerate(blueprint.steps):
        if step.stage != previous or not runs:
            runs.append([])
            previous = step.stage
        runs[-1].append(index)
    return runs
