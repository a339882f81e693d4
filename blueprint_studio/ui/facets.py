"""The Facets panel: the document's vocabulary of teams, systems, channels, touchpoints and
actors, and highlighting on the canvas ("everything the licensing team does").

A thin widget: changes are commands from `editing.annotations`; highlighting is a view
state of the scene, never saved.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.editing import annotations as annotating
from blueprint_studio.model import FacetKind
from blueprint_studio.ui.i18n import tr
from blueprint_studio.ui.panel import DocumentPanel, scrolled
from blueprint_studio.ui.properties import swatch
from blueprint_studio.words import QT_TR_NOOP

KIND_TITLES = {
    FacetKind.TEAM: QT_TR_NOOP("Teams and departments"),
    FacetKind.SYSTEM: QT_TR_NOOP("Systems and software"),
    FacetKind.CHANNEL: QT_TR_NOOP("Channels"),
    FacetKind.TOUCHPOINT: QT_TR_NOOP("Touchpoints"),
    FacetKind.ACTOR: QT_TR_NOOP("Actors"),
}


class FacetsDock(DocumentPanel):
    """Tick facets to highlight their cards; double-click a name to rename it."""

    highlight_changed = Signal(frozenset)  # the facet ids ticked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Facets"), parent)
        self.setObjectName("facets")
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(QLabel(tr("Tick to highlight their cards; tag cards in Properties.")))
        self.tree = QTreeWidget()
        self.tree.setObjectName("facet_tree")
        self.tree.setHeaderLabels([tr("Facet"), tr("Cards")])
        self.tree.setColumnWidth(0, 220)
        self.tree.itemChanged.connect(self._item_changed)
        column.addWidget(self.tree, 1)
        adding = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("facet_kind")
        for kind, title in KIND_TITLES.items():
            self.kind.addItem(tr(title), kind)
        self.name = QLineEdit()
        self.name.setObjectName("facet_name")
        self.name.setPlaceholderText(tr("new facet, e.g. Licensing team"))
        self.name.returnPressed.connect(self.add)
        add = QPushButton(tr("Add"))
        add.setObjectName("add_facet")
        add.clicked.connect(self.add)
        adding.addWidget(self.kind)
        adding.addWidget(self.name, 1)
        adding.addWidget(add)
        column.addLayout(adding)
        self._editing: list[QWidget] = [self.kind, self.name, add]  # greyed while the document is read-only
        buttons = QHBoxLayout()
        for text, name, handler in (
            (tr("Colour…"), "facet_colour", self.choose_colour),
            (tr("Delete"), "delete_facet", self.delete),
            (tr("Clear highlight"), "clear_highlight", self.clear_highlight),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(handler)
            buttons.addWidget(button)
            if name != "clear_highlight":
                self._editing.append(button)
        column.addLayout(buttons)
        column.addWidget(self.problem)
        self.setWidget(scrolled(body))
        self.ticked: frozenset[str] = frozenset()

    def refresh(self) -> None:
        """Rebuild the tree from the vocabulary, keeping what is ticked and current."""
        self._updating = True
        try:
            current = self.current()
            self.tree.clear()
            if self.session is None:
                self.setEnabled(False)
                return
            self.setEnabled(True)
            editable = self.editable()
            for widget in self._editing:
                widget.setEnabled(editable)
            # Ticking (highlighting) always works.
            renaming = Qt.ItemFlag.ItemIsEditable if editable else Qt.ItemFlag.NoItemFlags
            document = self._document()
            blueprint = next((b for b in document.blueprints if b.id == self.blueprint_id), None)
            counts = Counter(
                f for card in (blueprint.cards if blueprint and document.facets else []) for f in card.facets
            )
            self.ticked = frozenset(f for f in self.ticked if any(facet.id == f for facet in document.facets))
            for kind, title in KIND_TITLES.items():
                members = sorted((f for f in document.facets if f.kind is kind), key=lambda f: f.name.casefold())
                if not members:
                    continue
                group = QTreeWidgetItem(self.tree, [title, ""])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                for facet in members:
                    item = QTreeWidgetItem(group, [facet.name, str(counts[facet.id]) if counts[facet.id] else ""])
                    item.setData(0, Qt.ItemDataRole.UserRole, facet.id)
                    item.setIcon(0, swatch(facet.colour))
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | renaming
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    item.setCheckState(0, Qt.CheckState.Checked if facet.id in self.ticked else Qt.CheckState.Unchecked)
                    if facet.id == current:
                        self.tree.setCurrentItem(item)
                group.setExpanded(True)
        finally:
            self._updating = False

    def current(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def add(self) -> None:
        name, kind = self.name.text(), FacetKind(self.kind.currentData())
        if self._edit(lambda: annotating.add_facet(self._document(), kind, name)[0]):
            self.name.clear()

    def delete(self) -> None:
        facet_id = self.current()
        if facet_id is not None:
            self._edit(lambda: annotating.delete_facet(self._document(), facet_id))

    def choose_colour(self) -> None:
        facet_id = self.current()
        if facet_id is None:
            return
        facet = next(f for f in self._document().facets if f.id == facet_id)
        colour = QColorDialog.getColor(QColor(facet.colour), self, tr("Colour of {facet}").format(facet=facet.name))
        if colour.isValid():
            self._edit(lambda: annotating.edit_facet(self._document(), facet_id, "colour", colour.name()))

    def clear_highlight(self) -> None:
        self.ticked = frozenset()
        self.refresh()
        self.highlight_changed.emit(self.ticked)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        facet_id = item.data(0, Qt.ItemDataRole.UserRole)
        if self._updating or facet_id is None:
            return
        facet = next(f for f in self._document().facets if f.id == facet_id)
        if item.text(0) != facet.name:  # renamed in place
            name = item.text(0)
            if not self._edit(lambda: annotating.edit_facet(self._document(), facet_id, "name", name)):
                self.refresh()
            return
        ticked = item.checkState(0) == Qt.CheckState.Checked
        self.ticked = self.ticked | {facet_id} if ticked else self.ticked - {facet_id}
        self.highlight_changed.emit(self.ticked)
