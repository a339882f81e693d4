"""One open document: the model, its file, its undo stack and its lock.

Views never write to the document; they push commands here. Every change is announced
through `changed`, after the command has run.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from blueprint_studio.editing import Change, Command
from blueprint_studio.model import Document
from blueprint_studio.storage.lock import DocumentLock
from blueprint_studio.ui.i18n import tr

_MERGEABLE = 1


class QtCommand(QUndoCommand):
    """Runs a pure command on the session's document. QUndoStack.push() calls redo()."""

    def __init__(self, session: DocumentSession, command: Command) -> None:
        super().__init__(tr(command.label))  # Undo and Redo say what they undo, in the window's language
        self._session = session
        self.command = command
        self.sealed = False  # set when the user leaves the field: later typing is a new step

    def redo(self) -> None:
        self._session.changed.emit(self.command.apply(self._session.document))

    def undo(self) -> None:
        self._session.changed.emit(self.command.revert(self._session.document))

    def id(self) -> int:
        return _MERGEABLE

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        return not self.sealed and isinstance(other, QtCommand) and self.command.merge(other.command)


class DocumentSession(QObject):
    changed = Signal(object)  # editing.Change
    path_changed = Signal()

    def __init__(self, document: Document, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.path = path
        self.read_only = False
        self.lock: DocumentLock | None = None
        self.undo_stack = QUndoStack(self)

    @property
    def document(self) -> Document:
        return self._document

    def push(self, command: Command | None) -> None:
        if command is not None:
            self.undo_stack.push(QtCommand(self, command))

    def end_typing(self) -> None:
        """Stop merging keystrokes into the last command (a new undo step starts)."""
        last = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(last, QtCommand):
            last.sealed = True

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def is_pristine(self) -> bool:
        """An untouched untitled document: opening a file may simply replace it."""
        return self.path is None and self.undo_stack.count() == 0

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.path_changed.emit()

    def replace_document(self, document: Document, path: Path | None) -> None:
        """Swap in another document (open into a pristine window); history starts afresh."""
        self._document = document
        self.undo_stack.clear()
        self.set_path(path)
        self.changed.emit(Change(None))

    def display_name(self) -> str:
        return self.path.name if self.path else tr("Untitled")
