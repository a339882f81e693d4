"""What the document panels (Personas, Facets, Compare) share: following the current document
and blueprint, redrawing on every change and when the document turns read-only, and handing
edits to the session (the one door, which refuses and explains)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QScrollArea, QWidget

from blueprint_studio.editing import Command
from blueprint_studio.model import Document
from blueprint_studio.painting.scheme import shade
from blueprint_studio.ui.session import DocumentSession


def scrolled(body: QWidget) -> QScrollArea:
    """A dock's page that scrolls when the dock is shorter than the page (a persona's form is
    640 px tall; docks tabbed together take the tallest page's height as their least)."""
    scroller = QScrollArea()
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    scroller.setWidget(body)
    return scroller


class DocumentPanel(QDockWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.session: DocumentSession | None = None
        self.blueprint_id: str | None = None
        self._updating = False
        self.problem = QLabel()  # what went wrong outside the document (a picture or a file that would not open)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {shade('#b3261e').name()};")
        self.problem.hide()

    def attach(self, session: DocumentSession | None, blueprint_id: str | None) -> None:
        if self.session is not None and self.session is not session:
            try:
                self.session.followed.disconnect(self._model_changed)
                self.session.mode_changed.disconnect(self.refresh)
            except (RuntimeError, TypeError):
                pass
        if session is not None and session is not self.session:
            session.followed.connect(self._model_changed)
            session.mode_changed.connect(self.refresh)
        self.session, self.blueprint_id = session, blueprint_id
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def editable(self) -> bool:
        return self.session is not None and not self.session.read_only

    def _model_changed(self, change: object) -> None:
        self.refresh()

    def _document(self) -> Document:
        assert self.session is not None
        return self.session.document

    def _edit(self, make: Callable[[], Command | None], typing: bool = False) -> bool:
        """Hand an edit to the session, unless the panel is only filling its own fields."""
        return not self._updating and self.session is not None and self.session.edit(make, typing=typing)

    def _edit_new(self, make: Callable[[], tuple[Command | None, str]]) -> str | None:
        return None if self._updating or self.session is None else self.session.edit_new(make)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
