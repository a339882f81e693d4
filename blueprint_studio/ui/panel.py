"""What the document panels (Personas, Facets) share: following the current document and
blueprint, redrawing on every change, and turning a refused edit into a line under the panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDockWidget, QLabel, QWidget

from blueprint_studio.editing import Command, edits
from blueprint_studio.model import Document
from blueprint_studio.painting.scheme import shade
from blueprint_studio.ui.session import DocumentSession


class DocumentPanel(QDockWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.session: DocumentSession | None = None
        self.blueprint_id: str | None = None
        self._updating = False
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {shade('#b3261e').name()};")
        self.problem.hide()

    def attach(self, session: DocumentSession | None, blueprint_id: str | None) -> None:
        if self.session is not None and self.session is not session:
            try:
                self.session.changed.disconnect(self._model_changed)
            except (RuntimeError, TypeError):
                pass
        if session is not None and session is not self.session:
            session.changed.connect(self._model_changed)
        self.session, self.blueprint_id = session, blueprint_id
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def _model_changed(self, change: object) -> None:
        self.refresh()

    def _document(self) -> Document:
        assert self.session is not None
        return self.session.document

    def _push(self, make: Callable[[], Command | None]) -> bool:
        """Build and run a command; a broken rule shows under the panel instead."""
        if self._updating or self.session is None:
            return False
        try:
            command = make()
        except edits.EditError as error:
            self.show_problem(str(error))
            return False
        self.problem.hide()
        self.session.push(command)
        return True

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
