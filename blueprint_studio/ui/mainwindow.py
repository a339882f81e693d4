"""The main window: one document, one tab per blueprint, menus, the properties dock.

It wires actions to the session and the current scene; the editing logic lives in
`editing.edits`, the file logic in `ui.files`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QRectF, QSettings, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from blueprint_studio import heap
from blueprint_studio.canvas.pictures import has_picture
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.canvas.view import BlueprintView
from blueprint_studio.editing import Change, Command, clipboard, edits, journey
from blueprint_studio.editing import annotations as annotating
from blueprint_studio.errors import UsageError
from blueprint_studio.find import Hit
from blueprint_studio.layout import Geometry
from blueprint_studio.model import ConnectorKind, Document, LaneKind, Line, View
from blueprint_studio.model.lanes import DEFAULT_LANE_NAMES, JOURNEY_KINDS
from blueprint_studio.painting.player import qrect
from blueprint_studio.ui import dialogs, help
from blueprint_studio.ui.actions import MENUS, ActionSpec
from blueprint_studio.ui.analysis import AnalysisDock
from blueprint_studio.ui.background import Background
from blueprint_studio.ui.compare import CompareDock
from blueprint_studio.ui.facets import FacetsDock
from blueprint_studio.ui.files import FileController
from blueprint_studio.ui.finddock import FindDock
from blueprint_studio.ui.i18n import format_number, tr, wording
from blueprint_studio.ui.icons import icon
from blueprint_studio.ui.opener import opener
from blueprint_studio.ui.outline import OutlineDock
from blueprint_studio.ui.overview import OverviewDock
from blueprint_studio.ui.personas import PersonasDock
from blueprint_studio.ui.properties import KINDS, PropertiesDock
from blueprint_studio.ui.readonlybar import ReadOnlyBar
from blueprint_studio.ui.session import DocumentSession

MAX_PASTED_CARDS = 500
ICONS = {  # action: its icon in resources/icons/actions
    "new": "new",
    "open": "open",
    "save": "save",
    "undo": "undo",
    "redo": "redo",
    "print": "print",
    "export_pdf": "export",
    "find": "find",
    "replace": "replace",
    "cut": "cut",
    "copy": "copy",
    "paste": "paste",
    "delete": "delete",
    "zoom_in": "zoom_in",
    "zoom_out": "zoom_out",
    "zoom_fit": "zoom_fit",
    "present": "present",
    "outline": "outline",
    "preferences": "preferences",
    "new_card": "new_card",
    "shortcuts": "help",
    "add_blueprint": "blueprint",
}


LAYOUT_GEOMETRY, LAYOUT_STATE = "window/geometry", "window/docks"
LAYOUT_VERSION = 1  # bump when the docks change, so an old layout is not forced on new docks


class MainWindow(QMainWindow):
    def __init__(self, document: Document, path: Path | None = None) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)
        self.resize(1400, 900)
        self.session = DocumentSession(document, path, self)
        self.background = Background(self.session, self)  # saves and analysis, off this thread
        self.tabs = QTabWidget()
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tabs.tabBar().customContextMenuRequested.connect(self._tab_menu)
        self.tabs.tabBar().tabMoved.connect(self._tab_moved)
        self.tabs.tabBarDoubleClicked.connect(lambda index: self.rename_blueprint())
        self.tabs.currentChanged.connect(self._tab_changed)
        self.read_only_bar = ReadOnlyBar(self.session, lambda: self.files.save_as())
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_bar)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.views: dict[str, BlueprintView] = {}
        self.properties = PropertiesDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties)
        self.personas = PersonasDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.personas)
        self.analysis = AnalysisDock(self.background, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.analysis)
        self.facets = FacetsDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.facets)
        self.compare = CompareDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.compare)
        self.overview = OverviewDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.overview)
        self.tabifyDockWidget(self.properties, self.personas)  # tabs, so none squeezes the others
        self.tabifyDockWidget(self.personas, self.facets)
        self.tabifyDockWidget(self.facets, self.analysis)
        self.tabifyDockWidget(self.analysis, self.compare)
        self.finder = FindDock(self.session, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.finder)
        self.tabifyDockWidget(self.compare, self.finder)
        self.finder.hide()  # until Ctrl+F
        self.finder.show_hit.connect(self.show_hit)
        self.outline = OutlineDock(self.session, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline)
        self.outline.hide()  # until View ▸ Outline (Ctrl+Shift+O); screen-reader users keep it open
        self.outline.show_cards.connect(self._outline_cards)
        self.outline.show_step.connect(self._outline_step)
        self.compare.marks_changed.connect(self._compare_marks)
        self.compare.show_cards.connect(self.show_cards)
        self.facets.highlight_changed.connect(self._highlight)
        self.properties.raise_()
        self.analysis.overlays_changed.connect(self._apply_overlays)
        self.analysis.show_cards.connect(self.show_cards)
        self.analysis.show_step.connect(self.show_step)
        self.properties.open_blueprint.connect(self.open_blueprint)
        self.zoom_label = QLabel("100 %")
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.actions_by_name: dict[str, QAction] = {}
        self._syncing_tabs = False
        self._build_menus()
        self._build_toolbar()
        self.files = FileController(self)
        self.session.followed.connect(self._document_changed)  # after the canvases: tabs, then the docks they attach
        self.session.refused.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.session.mode_changed.connect(self._mode_changed)
        self.session.undo_stack.cleanChanged.connect(self._update_title)
        self.session.path_changed.connect(self._update_title)
        self._sync_tabs()
        self._mode_changed()
        self._restore_layout()
        heap.settle()

    # ------------------------------------------------------------ construction

    def _build_menus(self) -> None:
        handlers = {
            "new": lambda: self.files.new_window(),
            "new_from_template": lambda: self.files.new_from_template(),
            "open": lambda: self.files.open_dialog(),
            "save": lambda: self.files.save(),
            "save_as": lambda: self.files.save_as(),
            "print": self.print_dialog,
            "export_pdf": self.print_dialog,
            "export_png": lambda: self.export_image(".png"),
            "export_svg": lambda: self.export_image(".svg"),
            "export_sheet": self.export_sheet,
            "import_sheet": self.import_sheet,
            "close": self.close,
            "quit": lambda: QApplication.closeAllWindows(),
            "cut": self.cut,
            "copy": self.copy,
            "paste": self.paste,
            "delete": self.delete_selection,
            "select_all": self._select_all,
            "edit_text": self.edit_selected_text,
            "new_card": self.new_card_here,
            "step_before": lambda: self.insert_step(after=False),
            "step_after": lambda: self.insert_step(after=True),
            "delete_step": self.delete_current_step,
            "add_lane": self.add_lane_here,
            "delete_lane": self.delete_current_lane,
            "add_blueprint": self.add_blueprint,
            "duplicate_to_be": self.duplicate_to_be,
            "rename_blueprint": self.rename_blueprint,
            "delete_blueprint": self.delete_blueprint,
            "zoom_in": lambda: self._with_view(BlueprintView.zoom_in),
            "zoom_out": lambda: self._with_view(BlueprintView.zoom_out),
            "zoom_fit": lambda: self._with_view(BlueprintView.zoom_fit),
            "present": self.present,
            "outline": self.show_outline,
            "preferences": self.preferences,
            "find": lambda: self.finder.open(replacing=False),
            "replace": lambda: self.finder.open(replacing=True),
            "zoom_actual": lambda: self._with_view(BlueprintView.zoom_actual),
            "view_both": lambda: self.set_view(View.BOTH),
            "view_journey": lambda: self.set_view(View.JOURNEY),
            "view_blueprint": lambda: self.set_view(View.BLUEPRINT),
            "next_blueprint": lambda: self.step_tab(+1),
            "previous_blueprint": lambda: self.step_tab(-1),
        }
        for title, specs in MENUS.items():
            menu = self.menuBar().addMenu(tr(title))
            for spec in specs:
                if spec is None:
                    menu.addSeparator()
                elif spec.name == "recent":
                    self.recent_menu = QMenu(tr(spec.text), self)
                    menu.addMenu(self.recent_menu)
                elif spec.name == "rows":
                    menu.addMenu(self._build_rows_menu(tr(spec.text)))
                else:
                    menu.addAction(self._action(spec, handlers))
        views = QActionGroup(self)
        for name in ("view_both", "view_journey", "view_blueprint"):
            self.actions_by_name[name].setCheckable(True)
            views.addAction(self.actions_by_name[name])
        self._build_window_menu()
        self._build_help_menu()

    def _action(self, spec: ActionSpec, handlers: Mapping[str, Callable[[], object]]) -> QAction:
        """The menu command `spec` names, with its tip and keys, known by its name."""
        if spec.name in ("undo", "redo"):
            stack = self.session.undo_stack
            action = (
                stack.createUndoAction(self, tr("&Undo"))
                if spec.name == "undo"
                else stack.createRedoAction(self, tr("&Redo"))
            )
        else:
            action = QAction(tr(spec.text), self)
            action.triggered.connect(handlers[spec.name])
        if spec.tip:
            action.setStatusTip(tr(spec.tip))
        if spec.shortcut is not None:
            action.setShortcuts(_keys(spec))
        action.setObjectName(spec.name)
        if spec.canvas:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.tabs.addAction(action)  # the keys reach it only from the canvas
        self.actions_by_name[spec.name] = action
        return action

    def _build_window_menu(self) -> None:
        window_menu = self.menuBar().addMenu(tr("&Window"))
        for dock, text in (
            (self.properties, tr("&Properties")),
            (self.personas, tr("P&ersonas")),
            (self.facets, tr("F&acets")),
            (self.compare, tr("&Compare")),
            (self.analysis, tr("A&nalysis")),
            (self.overview, tr("O&verview")),
            (self.finder, tr("&Find")),
            (self.outline, tr("&Outline")),
        ):
            toggle = dock.toggleViewAction()
            toggle.setText(text)  # the dock's title, with the letter that reaches it from the keyboard
            window_menu.addAction(toggle)

    def _build_help_menu(self) -> None:
        help_menu = self.menuBar().addMenu(tr("&Help"))
        for name, text, keys, show in (
            (
                "shortcuts",
                tr("&Keyboard Shortcuts"),
                QKeySequence.StandardKey.HelpContents,
                lambda: help.show_shortcuts(self, self.menu_actions()),
            ),
            ("legend", tr("&Notation Legend"), None, lambda: help.show_legend(self)),
            ("about", tr("&About Blueprint Studio"), None, lambda: help.show_about(self)),
        ):
            action = help_menu.addAction(text)
            action.setObjectName(name)
            if keys is not None:
                action.setShortcuts(QKeySequence.keyBindings(keys))
            action.triggered.connect(show)
            self.actions_by_name[name] = action

    def preferences(self) -> None:
        from blueprint_studio.ui.preferences import PreferencesDialog

        PreferencesDialog(self).exec()

    def repaint_canvas(self) -> None:
        """Redraw every cached picture after the theme changed (backgrounds, cards, overview)."""
        self.read_only_bar.restyle()
        for view in self.views.values():
            view.resetCachedContent()
            for item in view.blueprint_scene.items():
                item.update()
            view.viewport().update()
        self.overview.map.stale()

    def menu_actions(self) -> list[tuple[str, list[QAction]]]:
        """Each menu's commands (not its separators or submenus), for the shortcuts list."""
        menus = []
        for entry in self.menuBar().actions():
            menu = entry.menu()
            if isinstance(menu, QMenu):
                menus.append((entry.text(), [a for a in menu.actions() if not a.isSeparator() and a.menu() is None]))
        return menus

    def _build_rows_menu(self, title: str) -> QMenu:
        """One checkable entry per journey row: checking adds or shows it, unchecking hides it."""
        menu = QMenu(title, self)
        self.row_actions: dict[LaneKind, QAction] = {}
        for kind in JOURNEY_KINDS:
            action = menu.addAction(tr(DEFAULT_LANE_NAMES[kind]))
            action.setCheckable(True)
            action.setObjectName(f"row_{kind.value}")
            action.triggered.connect(lambda checked, kind=kind: self.show_row(kind, checked))
            self.row_actions[kind] = action
        return menu

    def _build_toolbar(self) -> None:
        for name, drawn in ICONS.items():
            self.actions_by_name[name].setIcon(icon(drawn))
        toolbar = QToolBar(tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(toolbar)
        for name in (
            "new",
            "open",
            "save",
            None,
            "undo",
            "redo",
            None,
            "print",
            "find",
            None,
            "zoom_out",
            "zoom_in",
            "zoom_fit",
            None,
            "present",
        ):
            if name is None:
                toolbar.addSeparator()
            else:
                action = self.actions_by_name[name]
                toolbar.addAction(action)
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                action.setToolTip(action.text().replace("&", "").rstrip("…") + (f" ({keys})" if keys else ""))
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(tr(" New arrows: ")))
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("arrow_kind")
        self.kind_box.setAccessibleName(tr("New arrows"))
        for kind, label in KINDS:
            self.kind_box.addItem(tr(label), kind)
        self.kind_box.currentIndexChanged.connect(self._arrow_kind_changed)
        toolbar.addWidget(self.kind_box)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(tr(" Scores go to: ")))
        self.curve_box = QComboBox()
        self.curve_box.setObjectName("curve")
        self.curve_box.setAccessibleName(tr("Scores go to"))
        self.curve_box.setToolTip(tr("Whose emotion curve a double-click or + and − in the Emotions row sets"))
        self.curve_box.activated.connect(self._curve_chosen)
        toolbar.addWidget(self.curve_box)

    # ------------------------------------------------------------ tabs and scenes

    def current_view(self) -> BlueprintView | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, BlueprintView) else None

    def current_scene(self) -> BlueprintScene | None:
        view = self.current_view()
        return view.blueprint_scene if view else None

    def _with_view(self, method) -> None:  # type: ignore[no-untyped-def]
        view = self.current_view()
        if view is not None:
            method(view)

    def _make_view(self, blueprint_id: str) -> BlueprintView:
        scene = BlueprintScene(self.session, blueprint_id, self)
        scene.connector_kind = self.kind_box.currentData() if hasattr(self, "kind_box") else ConnectorKind.FLOW
        scene.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        view = BlueprintView(scene)
        view.setAccessibleName(tr("Blueprint canvas"))
        view.setAccessibleDescription(
            tr(
                "Arrows move the cell cursor, Enter edits, Ctrl+Return adds a card; "
                "View ▸ Outline (Ctrl+Shift+O) reads the same blueprint as a tree."
            )
        )
        view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{z * 100:.0f} %"))
        view.step_header_clicked.connect(self.properties.show_step)
        view.lane_header_clicked.connect(self.properties.show_lane)
        view.step_header_double_clicked.connect(self.rename_step)
        view.stage_header_double_clicked.connect(self.rename_stage)
        view.lane_header_double_clicked.connect(self.rename_lane)
        view.step_header_menu.connect(self._step_menu)
        view.lane_header_menu.connect(self._lane_menu)
        scene.open_blueprint.connect(self.open_blueprint)
        scene.line_note_requested.connect(self.write_on_line)
        scene.selectionChanged.connect(lambda: self._selection_changed(scene))
        return view

    def _sync_tabs(self) -> None:
        """One tab per blueprint in document order, keeping existing scenes (and selection)."""
        self._syncing_tabs = True
        try:
            current = self.current_scene()
            current_id = current.blueprint_id if current else None
            blueprints = self.session.document.blueprints
            wanted = [b.id for b in blueprints]
            for blueprint_id in list(self.views):
                if blueprint_id not in wanted:
                    view = self.views.pop(blueprint_id)
                    self.tabs.removeTab(self.tabs.indexOf(view))
                    view.blueprint_scene.cancel_interaction()
                    view.blueprint_scene.deleteLater()  # it stops hearing the document's changes
                    view.deleteLater()
            for index, blueprint in enumerate(blueprints):
                view = self.views.get(blueprint.id)
                if view is None:
                    view = self.views[blueprint.id] = self._make_view(blueprint.id)  # lays itself out
                    self.tabs.insertTab(index, view, blueprint.title or tr("Untitled"))
                elif self.tabs.indexOf(view) != index:
                    self.tabs.tabBar().moveTab(self.tabs.indexOf(view), index)
                self.tabs.setTabText(index, blueprint.title or tr("Untitled"))
            if current_id in self.views:
                self.tabs.setCurrentWidget(self.views[current_id])
        finally:
            self._syncing_tabs = False
        self._tab_changed()

    def _tab_changed(self, *_: object) -> None:
        if self._syncing_tabs:
            return
        scene = self.current_scene()
        self.properties.attach(self.session, scene)
        self.personas.attach(self.session, scene.blueprint_id if scene else None)
        self.facets.attach(self.session, scene.blueprint_id if scene else None)
        self.compare.attach(self.session, scene.blueprint_id if scene else None)
        if scene is not None:
            scene.set_highlight(self.facets.ticked)
        self.analysis.attach(self.session, scene.blueprint_id if scene else None)
        self._sync_journey_controls()
        view = self.current_view()
        self.overview.attach(view)
        if view is not None:
            self.zoom_label.setText(f"{view.zoom() * 100:.0f} %")
            self._focus_canvas()

    def _compare_marks(self, marks: dict[str, str], ghosts: list) -> None:  # type: ignore[type-arg]
        for scene in (view.blueprint_scene for view in self.views.values()):
            scene.set_comparison(
                marks if scene is self.current_scene() else {}, ghosts if scene is self.current_scene() else []
            )

    def _highlight(self, facet_ids: frozenset[str]) -> None:
        scene = self.current_scene()
        if scene is not None:
            scene.set_highlight(facet_ids)

    def _tab_moved(self, from_index: int, to_index: int) -> None:
        if self._syncing_tabs:
            return
        view = self.tabs.widget(to_index)
        if isinstance(view, BlueprintView):
            blueprint_id = view.blueprint_scene.blueprint_id
            if not self.session.edit(lambda: edits.move_blueprint(self.session.document, blueprint_id, to_index)):
                self._sync_tabs()  # refused (read-only): the tabs go back to the document's order

    def _document_changed(self, change: Change) -> None:
        """Tabs follow the list of blueprints (each canvas follows its own blueprint itself)."""
        if change.blueprint_id is None or change.blueprint_id not in self.views:
            self._sync_tabs()
        elif self.tabs.tabText(self.tabs.indexOf(self.views[change.blueprint_id])) != self._tab_title(
            change.blueprint_id
        ):
            self.tabs.setTabText(
                self.tabs.indexOf(self.views[change.blueprint_id]), self._tab_title(change.blueprint_id)
            )
        self._sync_journey_controls()
        self._update_title()

    def _tab_title(self, blueprint_id: str) -> str:
        return self.session.document.blueprint(blueprint_id).title or tr("Untitled")

    def _mode_changed(self) -> None:
        """Read-only or editable: every way to edit is greyed or offered again (docks follow
        the session themselves); selecting, finding, zooming, printing and Save As stay."""
        editable = not self.session.read_only
        for spec in (spec for specs in MENUS.values() for spec in specs if spec is not None):
            if spec.edits and spec.name in self.actions_by_name:
                self.actions_by_name[spec.name].setEnabled(editable)
        for action in self.row_actions.values():
            action.setEnabled(editable)
        self.kind_box.setEnabled(editable)
        self.curve_box.setEnabled(editable)
        self.tabs.setMovable(editable)
        self._update_title()

    def step_tab(self, step: int) -> None:
        """Ctrl+Tab / Ctrl+Page Down: the next blueprint; with Shift / Page Up, the one before."""
        count = self.tabs.count()
        if count:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)
            self._focus_canvas(always=True)

    def _focus_canvas(self, always: bool = False) -> None:
        """Keys go to the canvas when a blueprint comes to the front, unless they are being
        typed somewhere else (a dock's field)."""
        view = self.current_view()
        focus = QApplication.focusWidget()
        if view is not None and (
            always or focus is None or focus is self.tabs.tabBar() or isinstance(focus, BlueprintView)
        ):
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._focus_canvas()

    def _update_title(self, *_: object) -> None:
        read_only = tr(" (read-only)") if self.session.read_only else ""
        self.setWindowTitle(
            tr("{document}[*]{read_only} — Blueprint Studio").format(
                document=self.session.display_name(), read_only=read_only
            )
        )
        self.setWindowModified(self.session.is_modified())
        self.setWindowFilePath(str(self.session.path) if self.session.path else "")

    def _sync_journey_controls(self) -> None:
        """The View menu's checks and the curve chooser follow the current blueprint."""
        scene = self.current_scene()
        if scene is None or not scene.exists():
            return
        blueprint = scene.blueprint
        names = {View.BOTH: "view_both", View.JOURNEY: "view_journey", View.BLUEPRINT: "view_blueprint"}
        self.actions_by_name[names[blueprint.view]].setChecked(True)
        for kind, action in self.row_actions.items():
            action.setChecked(any(lane.kind is kind and not lane.hidden for lane in blueprint.lanes))
        self.curve_box.blockSignals(True)
        self.curve_box.clear()
        self.curves: list[tuple[str | None, bool]] = []
        for persona in self.session.document.followed_personas(blueprint):
            name = persona.name or tr("Unnamed persona")
            for to_be, label in ((False, name), (True, tr("{persona} (to-be)").format(persona=name))):
                self.curve_box.addItem(label)
                self.curves.append((persona.id, to_be))
        if not self.curves:
            self.curve_box.addItem(tr("a new persona"))
            self.curves.append((None, False))
        self.curve_box.setCurrentIndex(
            self.curves.index(scene.active_curve) if scene.active_curve in self.curves else 0
        )
        self.curve_box.blockSignals(False)

    def choose_curve(self, persona_id: str | None, to_be: bool = False) -> None:
        """Send new scores to this persona's as-is or to-be curve (the toolbar's chooser)."""
        if (persona_id, to_be) in self.curves:
            self.curve_box.setCurrentIndex(self.curves.index((persona_id, to_be)))
            self._curve_chosen()

    def _curve_chosen(self) -> None:
        scene = self.current_scene()
        index = self.curve_box.currentIndex()
        if scene is not None and 0 <= index < len(self.curves):
            scene.active_curve = self.curves[index]

    def _apply_overlays(self) -> None:
        current = self.current_scene()
        for view in self.views.values():
            scene = view.blueprint_scene
            if scene is current:
                scene.set_overlays(self.analysis.emphasis(), self.analysis.crossing_counts())
            else:
                scene.set_overlays(frozenset(), {})

    def show_cards(self, card_ids: list[str]) -> None:
        """Select cards and bring them into view (from a finding, the register, a synergy)."""
        view, scene = self.current_view(), self.current_scene()
        if view is None or scene is None:
            return
        shown = [card_id for card_id in card_ids if card_id in scene.geometry.cards]
        scene.select_cards(shown)
        if shown:
            view.reveal(qrect(scene.geometry.cards[shown[0]].rect))
        elif card_ids:
            self.statusBar().showMessage(tr("That card is in a row the current view hides."), 5000)

    def _outline_cards(self, blueprint_id: str, card_ids: list[str]) -> None:
        self._show_blueprint(blueprint_id)
        self.show_cards(card_ids)

    def _outline_step(self, blueprint_id: str, step_id: str) -> None:
        self._show_blueprint(blueprint_id)
        self.show_step(step_id)

    def _show_blueprint(self, blueprint_id: str) -> None:
        view = self.views.get(blueprint_id)
        if view is not None:
            self.tabs.setCurrentWidget(view)

    def show_hit(self, hit: Hit) -> None:
        """A match of Find: its card, in its blueprint's tab; for a facet, the cards carrying it."""
        if hit.card_id is not None and hit.blueprint_id is not None:
            self._show_blueprint(hit.blueprint_id)
            self.show_cards([hit.card_id])
            return
        scene = self.current_scene()
        if scene is not None:
            tagged = [card.id for card in scene.blueprint.cards if hit.facet_id in card.facets]
            self.show_cards(tagged)
            self.statusBar().showMessage(
                tr("Cards here carrying the facet “{facet}”: {count}").format(
                    facet=hit.before + hit.match + hit.after, count=len(tagged)
                ),
                6000,
            )

    def show_step(self, step_id: str) -> None:
        view = self.current_view()
        if view is not None and any(c.step_id == step_id for c in view.blueprint_scene.geometry.steps):
            self.properties.show_step(step_id)
            self.properties.raise_()
            column = view.blueprint_scene.geometry.step(step_id)
            view.reveal(QRectF(column.x, view.blueprint_scene.geometry.grid.y, column.width, 1.0))

    def set_view(self, view: View) -> None:
        scene = self.current_scene()
        if scene is not None:
            self.session.edit(lambda: journey.set_view(scene.blueprint, view))
            self._sync_journey_controls()

    def show_row(self, kind: LaneKind, shown: bool) -> None:
        scene = self.current_scene()
        if scene is None:
            return
        if shown and scene.blueprint.view is View.BLUEPRINT:
            self.session.edit(lambda: journey.set_view(scene.blueprint, View.BOTH))  # a row asked for must be seen
        self.session.edit(lambda: journey.show_row(scene.blueprint, kind, shown, tr(DEFAULT_LANE_NAMES[kind]))[0])
        self._sync_journey_controls()

    def _arrow_kind_changed(self) -> None:
        for view in self.views.values():
            view.blueprint_scene.connector_kind = self.kind_box.currentData()

    # ------------------------------------------------------------ edit actions

    def _selection_changed(self, scene: BlueprintScene) -> None:
        """The outline follows the canvas (not while a closing window's scenes are torn down)."""
        if isValid(scene) and isValid(self.outline) and scene.exists():
            self.outline.follow(scene.blueprint_id, scene.selected_card_ids())

    def show_outline(self) -> None:
        self.outline.show()
        self.outline.raise_()
        self.outline.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        scene = self.current_scene()
        if scene is not None:
            self.outline.follow(scene.blueprint_id, scene.selected_card_ids())

    def present(self) -> None:
        from blueprint_studio.ui.present import Presentation

        scene = self.current_scene()
        if scene is not None:
            scene.close_editor()
            self.presentation = Presentation(scene)
            self.presentation.start()

    def _select_all(self) -> None:
        scene = self.current_scene()
        if scene is not None:
            scene.select_all_cards()

    def copy(self) -> bool:
        scene = self.current_scene()
        if scene is None or not scene.selected_card_ids():
            return False
        data, text = clipboard.copy_fragment(self.session.document, scene.blueprint, scene.selected_card_ids())
        mime = QMimeData()
        mime.setData(clipboard.MIME_TYPE, data)
        mime.setText(text)
        QGuiApplication.clipboard().setMimeData(mime)
        return True

    def cut(self) -> None:
        scene = self.current_scene()
        if scene is not None and self.copy():
            self.session.edit(lambda: edits.delete_cards(scene.blueprint, scene.selected_card_ids()))

    def paste(self) -> None:
        scene = self.current_scene()
        cell = scene.target_cell() if scene is not None else None
        if scene is None or cell is None or not self.session.may_edit():
            return
        mime = QGuiApplication.clipboard().mimeData()
        fragment = (
            clipboard.read_fragment(bytes(mime.data(clipboard.MIME_TYPE).data()))
            if mime and mime.hasFormat(clipboard.MIME_TYPE)
            else None
        )
        selected = scene.selected_card_ids()
        if fragment is None and len(selected) == 1 and has_picture(mime):  # a picture onto the selected card
            scene.set_photo(selected[0], mime)
            return
        if fragment is not None and fragment.cards:

            def make() -> tuple[Command, list[str]]:
                return clipboard.paste(self.session.document, scene.blueprint, fragment, *cell)
        elif mime is not None and mime.hasText() and clipboard.cards_from_text(mime.text()):
            from blueprint_studio.model import Card

            texts = clipboard.cards_from_text(mime.text())
            if len(texts) > MAX_PASTED_CARDS:
                self.statusBar().showMessage(
                    tr(
                        "The clipboard holds {count} lines; pasting one card per line would make too many (at most "
                        "{most})."
                    ).format(count=format_number(len(texts)), most=MAX_PASTED_CARDS),
                    8000,
                )
                return

            def make() -> tuple[Command, list[str]]:
                cards = [
                    Card(id=f"pasted-{n}", lane=cell[0], step=cell[1], order=n, text=text)
                    for n, text in enumerate(texts)
                ]
                return edits.paste_cards(scene.blueprint, cards, [], *cell)
        else:
            return
        pasted = self.session.edit_new(make)
        if pasted is not None:
            scene.select_cards(pasted)

    def delete_selection(self) -> None:
        scene = self.current_scene()
        if scene is None:
            return
        cards, arrows = scene.selected_card_ids(), scene.selected_connector_ids()
        if scene.selected_point is not None:
            scene.set_point_score(scene.selected_point, None)
        elif cards:
            self.session.edit(lambda: edits.delete_cards(scene.blueprint, cards))
        elif arrows:
            self.session.edit(lambda: edits.delete_connectors(scene.blueprint, arrows))

    def edit_selected_text(self) -> None:
        scene = self.current_scene()
        if scene is not None and scene.selected_card_ids():
            scene.edit_card(scene.selected_card_ids()[-1])

    def new_card_here(self) -> None:
        scene = self.current_scene()
        cell = scene.target_cell() if scene is not None else None
        if scene is not None and cell is not None:
            scene.start_new_card(*cell)

    def _current_step(self) -> str | None:
        scene = self.current_scene()
        if scene is None:
            return None
        if self.properties.focus and self.properties.focus[0] == "step":
            return self.properties.focus[1]
        return scene.cursor[1] if scene.cursor else (scene.geometry.steps[-1].step_id if scene.geometry.steps else None)

    def _current_lane(self) -> str | None:
        scene = self.current_scene()
        if scene is None:
            return None
        if self.properties.focus and self.properties.focus[0] == "lane":
            return self.properties.focus[1]
        return scene.cursor[0] if scene.cursor else None

    def insert_step(self, after: bool, step_id: str | None = None) -> None:
        scene = self.current_scene()
        if scene is None:
            return
        step_id = step_id or self._current_step()
        steps = [s.id for s in scene.blueprint.steps]
        index = (steps.index(step_id) + (1 if after else 0)) if step_id in steps else len(steps)
        new_step = self.session.edit_new(lambda: edits.insert_step(scene.blueprint, index))
        if new_step is not None:
            self.properties.show_step(new_step)

    def delete_current_step(self, step_id: str | None = None) -> None:
        scene = self.current_scene()
        step_id = step_id or self._current_step()
        if scene is not None and step_id is not None:
            self.session.edit(lambda: edits.delete_step(scene.blueprint, step_id))

    def rename_step(self, step_id: str) -> None:
        scene = self.current_scene()
        if scene is None or not self.session.may_edit():
            return
        name = dialogs.ask_text(self, tr("Rename step"), tr("Step name:"), scene.blueprint.step(step_id).name)
        if name is not None:
            self.session.edit(lambda: edits.edit_step(scene.blueprint, step_id, "name", name))

    def rename_stage(self, stage_id: str) -> None:
        scene = self.current_scene()
        stage = next((s for s in scene.blueprint.stages if s.id == stage_id), None) if scene is not None else None
        if scene is None or stage is None or not self.session.may_edit():
            return
        name = dialogs.ask_text(self, tr("Rename stage"), tr("Stage name:"), stage.name)
        if name is not None:
            self.session.edit(lambda: edits.rename_stage(scene.blueprint, stage_id, name))

    def preview_geometry(self) -> Geometry | None:
        """What the file's preview shows: the first blueprint as laid out on screen (layouts
        are never changed in place, so a worker thread may draw it)."""
        view = self.views.get(self.session.document.blueprints[0].id)
        return view.blueprint_scene.geometry if view is not None else None

    def open_blueprint(self, blueprint_id: str) -> None:
        """Bring a blueprint's tab to the front (an exit leads there)."""
        if blueprint_id in self.views:
            self.tabs.setCurrentWidget(self.views[blueprint_id])

    def write_on_line(self, line: Line, step_id: str, note_id: str | None) -> None:
        """Add words on a line at a step, or change them (emptied: the note goes)."""
        scene = self.current_scene()
        if scene is None or not self.session.may_edit():
            return
        blueprint = scene.blueprint
        current = next((n.text for n in blueprint.line_notes if n.id == note_id), "")
        title = blueprint.line_title(line)
        text = dialogs.ask_text(
            self,
            tr("Note on the line"),
            tr("Written on the {line} at “{step}”:").format(line=title.lower(), step=blueprint.step(step_id).name),
            current,
        )
        if text is None:
            return
        if note_id is None:
            self.session.edit(lambda: annotating.add_line_note(blueprint, line, step_id, text)[0])
        else:
            self.session.edit(lambda: annotating.edit_line_note(blueprint, note_id, text))

    def rename_lane(self, lane_id: str) -> None:
        scene = self.current_scene()
        if scene is None or not self.session.may_edit():
            return
        name = dialogs.ask_text(self, tr("Rename lane"), tr("Lane name:"), scene.blueprint.lane(lane_id).name)
        if name is not None:
            self.session.edit(lambda: edits.rename_lane(scene.blueprint, lane_id, name))

    def add_lane_here(self, lane_id: str | None = None, below: bool = True) -> None:
        scene = self.current_scene()
        lane_id = lane_id or self._current_lane() or (scene.geometry.lanes[-1].lane_id if scene else None)
        if scene is None or lane_id is None or not self.session.may_edit():
            return
        name = dialogs.ask_text(self, tr("Add lane"), tr("Name of the new lane:"), tr("New lane"))
        if not name:
            return
        lanes = [lane.id for lane in scene.blueprint.lanes]
        index = lanes.index(lane_id) + (1 if below else 0)
        new_lane = self.session.edit_new(
            lambda: edits.add_lane(scene.blueprint, scene.blueprint.lane(lane_id).zone, name, index)
        )
        if new_lane is not None:
            self.properties.show_lane(new_lane)

    def delete_current_lane(self, lane_id: str | None = None) -> None:
        scene = self.current_scene()
        lane_id = lane_id or self._current_lane()
        if scene is not None and lane_id is not None:
            self.session.edit(lambda: edits.delete_lane(scene.blueprint, lane_id))

    def _step_menu(self, step_id: str, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(tr("Insert Step Before"), lambda: self.insert_step(False, step_id))
        menu.addAction(tr("Insert Step After"), lambda: self.insert_step(True, step_id))
        menu.addAction(tr("Rename…"), lambda: self.rename_step(step_id))
        menu.addAction(tr("Duration and Stage…"), lambda: self.properties.show_step(step_id))
        menu.addSeparator()
        menu.addAction(tr("Delete Step"), lambda: self.delete_current_step(step_id))
        menu.exec(where)

    def _lane_menu(self, lane_id: str, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(tr("Rename…"), lambda: self.rename_lane(lane_id))
        scene = self.current_scene()
        kind = scene.blueprint.lane(lane_id).kind if scene is not None else None
        if kind in JOURNEY_KINDS:
            menu.addAction(tr("Hide Row"), lambda: self.show_row(kind, False))
        menu.addAction(tr("Add Lane Above (same zone)"), lambda: self.add_lane_here(lane_id, below=False))
        menu.addAction(tr("Add Lane Below (same zone)"), lambda: self.add_lane_here(lane_id, below=True))
        menu.addSeparator()
        menu.addAction(tr("Delete Lane"), lambda: self.delete_current_lane(lane_id))
        menu.exec(where)

    def _tab_menu(self, where: QPoint) -> None:
        index = self.tabs.tabBar().tabAt(where)
        if index >= 0:
            self.tabs.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(tr("New Blueprint"), self.add_blueprint)
        if index >= 0:
            menu.addAction(tr("Rename…"), self.rename_blueprint)
            menu.addAction(tr("Delete"), self.delete_blueprint)
        menu.exec(self.tabs.tabBar().mapToGlobal(where))

    def duplicate_to_be(self) -> None:
        """A to-be copy of the current blueprint in the next tab, compared with its as-is."""
        scene = self.current_scene()
        if scene is None:
            return
        blueprint_id = self.session.edit_new(
            lambda: edits.duplicate_as_variant(self.session.document, scene.blueprint_id)
        )
        if blueprint_id is not None:
            self.open_blueprint(blueprint_id)
            self.compare.raise_()

    def add_blueprint(self) -> None:
        blueprint_id = self.session.edit_new(lambda: edits.add_blueprint(wording=wording()))
        if blueprint_id in self.views:
            self.tabs.setCurrentWidget(self.views[blueprint_id])

    def rename_blueprint(self) -> None:
        scene = self.current_scene()
        if scene is None or not self.session.may_edit():
            return
        title = dialogs.ask_text(self, tr("Rename blueprint"), tr("Title:"), scene.blueprint.title)
        if title is not None:
            self.session.edit(lambda: edits.edit_blueprint(scene.blueprint, "title", title))

    def delete_blueprint(self) -> None:
        scene = self.current_scene()
        if scene is not None:
            self.session.edit(lambda: edits.delete_blueprint(self.session.document, scene.blueprint_id))

    # ------------------------------------------------------------ printing and export

    def print_dialog(self) -> None:
        from blueprint_studio.ui.printdialog import PrintDialog

        scene = self.current_scene()
        if scene is not None:
            PrintDialog(self.session.document, scene.blueprint, self, self.session).exec()

    def export_image(self, suffix: str) -> None:
        from blueprint_studio.export import export
        from blueprint_studio.printing.plan import PrintOptions

        scene = self.current_scene()
        if scene is None:
            return
        chosen = dialogs.ask_image_options(self, suffix)
        if chosen is None:
            return
        path = dialogs.ask_export_path(
            self,
            f"{scene.blueprint.title or 'blueprint'}{suffix}",
            tr("{kind} files (*{suffix})").format(kind=suffix[1:].upper(), suffix=suffix),
        )
        if path is None:
            return
        try:
            export(
                self.session.document,
                [scene.blueprint],
                path,
                PrintOptions(notes=chosen.notes),
                dpi=chosen.dpi,
                say=tr,
                bare=chosen.bare,
                live_text=chosen.live_text,
            )
        except (UsageError, OSError) as error:
            dialogs.show_error(self, tr("Not exported"), f"{path.name}: {getattr(error, 'strerror', None) or error}")
            return
        self.statusBar().showMessage(tr("Exported {name}").format(name=path.name), 4000)

    def export_sheet(self) -> None:
        """Every blueprint as a sheet of a workbook, or the current one as CSV."""
        from blueprint_studio.sheets import SheetError, write_sheets

        scene = self.current_scene()
        if scene is None:
            return
        name = self.session.path.stem if self.session.path else (scene.blueprint.title or "blueprint")
        path = dialogs.ask_export_path(
            self, f"{name}.xlsx", tr("Excel workbook (*.xlsx);;CSV, this blueprint only (*.csv)")
        )
        if path is None:
            return
        chosen = list(self.session.document.blueprints) if path.suffix.lower() != ".csv" else [scene.blueprint]
        try:
            write_sheets(self.session.document, chosen, path)
        except (SheetError, OSError) as error:
            dialogs.show_error(self, tr("Not exported"), f"{path.name}: {getattr(error, 'strerror', None) or error}")
            return
        self.statusBar().showMessage(tr("Exported {name}").format(name=path.name), 4000)

    def import_sheet(self) -> None:
        """A spreadsheet becomes a new, untitled document in its own window (this one is untouched)."""
        from blueprint_studio.sheets import SheetError, read_sheets_reporting

        path = dialogs.ask_import_path(self)
        if path is None:
            return
        try:
            document, report = read_sheets_reporting(path)
        except SheetError as error:
            dialogs.show_error(self, tr("Cannot import"), str(error))
            return
        window = opener().open_new(document)
        # A wrong guess is seen at once.
        dialogs.show_report(window, tr("Imported {name}").format(name=path.name), "\n".join(report))
        window.statusBar().showMessage(
            tr("Imported {name}: {count} blueprint(s). Save to keep it.").format(
                name=path.name, count=len(document.blueprints)
            ),
            8000,
        )

    # ------------------------------------------------------------ window events

    def _docks(self) -> dict[str, QDockWidget]:
        return {
            "properties": self.properties,
            "personas": self.personas,
            "analysis": self.analysis,
            "facets": self.facets,
            "compare": self.compare,
            "overview": self.overview,
            "find": self.finder,
            "outline": self.outline,
        }

    def _restore_layout(self) -> None:
        """Where the window was and how its docks were laid out when one last closed."""
        for name, dock in self._docks().items():
            dock.setObjectName(f"dock_{name}")  # saveState finds docks by name
        settings = QSettings()
        geometry, state = settings.value(LAYOUT_GEOMETRY), settings.value(LAYOUT_STATE)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._fit_to_screen(restored=geometry is not None)
        if state is None or not self.restoreState(state, LAYOUT_VERSION):
            self._fit_docks()

    def _fit_to_screen(self, restored: bool) -> None:
        """Within the screen's available area (a 1280 × 720 laptop, a screen unplugged since the
        last session): a first window takes at most nine tenths of it, and no window starts
        larger than it or off it."""
        area = self.screen().availableGeometry()
        if self.isMaximized():
            return
        most = area.size() if restored else QSize(area.width() * 9 // 10, area.height() * 9 // 10)
        self.resize(self.size().boundedTo(most))
        frame = self.frameGeometry()
        if not area.contains(frame):
            self.move(
                max(area.left(), min(frame.left(), area.right() - frame.width())),
                max(area.top(), min(frame.top(), area.bottom() - frame.height())),
            )

    def _fit_docks(self) -> None:
        """First run: the right-hand docks as wide as their content asks (the register's columns,
        a scenario's sentence), within a third of the screen, so no value starts cut off and a
        small screen keeps room for the canvas (a dock keeps its width when the window shrinks)."""
        right = [self.properties, self.personas, self.facets, self.analysis, self.compare, self.finder]
        wanted = max(420, max(dock.widget().sizeHint().width() for dock in right) + 24)
        screen = self.screen().availableGeometry().width()
        self.resizeDocks([self.properties], [min(wanted, screen // 3)], Qt.Orientation.Horizontal)

    def _remember_layout(self) -> None:
        settings = QSettings()
        settings.setValue(LAYOUT_GEOMETRY, self.saveGeometry())
        settings.setValue(LAYOUT_STATE, self.saveState(LAYOUT_VERSION))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Logout or SIGTERM: no questions, work kept for recovery.
        ending = getattr(QApplication.instance(), "ending", False)
        if ending or self.files.confirm_close():
            self._remember_layout()
            self.files.closed(ending)
            self.properties.attach(None, None)  # the scenes die next; their last signals must reach no one
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if any(url.toLocalFile().lower().endswith(".bpx") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(".bpx"):
                self.files.open_path(Path(url.toLocalFile()))
        event.acceptProposedAction()


def _keys(spec: ActionSpec) -> list[QKeySequence]:
    """A command's keys: the platform's standard ones where it has them."""
    if isinstance(spec.shortcut, QKeySequence.StandardKey):
        keys = QKeySequence.keyBindings(spec.shortcut) or ([QKeySequence(spec.fallback)] if spec.fallback else [])
    else:
        keys = [QKeySequence(k) for k in ((spec.shortcut,) if isinstance(spec.shortcut, str) else spec.shortcut or ())]
    if spec.name == "zoom_in":
        keys.append(QKeySequence("Ctrl+="))  # the unshifted key that carries "+"
    return keys
