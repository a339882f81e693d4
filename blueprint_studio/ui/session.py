"""One open document and the one door every change to it goes through.

Canvas gestures, keys, docks, dialogs, the outline, find and replace, tab moves, photos and
paste all hand their command to `DocumentSession.edit`; nothing else touches the undo stack
(a test holds every module to it). The door owns the policy around an edit, once:

- a read-only document refuses every edit, and says why;
- a command whose rules are broken (`EditError`) is refused, and the reason is said;
- typing into a field merges into one undo step until the field is left; every other
  edit is a step of its own.

A refusal is announced on `refused`, and the window shows it the same way whatever asked.
A change is announced twice: `changed` first, where the canvas lays the document out again,
then `followed`, where panels that read the canvas (its selection, its layout) refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from blueprint_studio.editing import Change, Command
from blueprint_studio.editing.edits import EditError
from blueprint_studio.model import Document
from blueprint_studio.storage.lock import DocumentLock
from blueprint_studio.ui.i18n import tr

_MERGEABLE = 1
T = TypeVar("T")

Edit = Command | Callable[[], Command | None] | None


class QtCommand(QUndoCommand):
    """Runs a pure command on the session's document. QUndoStack.push() calls redo()."""

    def __init__(self, session: DocumentSession, command: Command, typing: bool) -> None:
        super().__init__(tr(command.label))  # Undo and Redo say what they undo, in the window's language
        self._session = session
        self.command = command
        self.typing = typing
        self.sealed = False  # set when the user leaves the field: later typing is a new step

    def redo(self) -> None:
        self._session.announce(self.command.apply(self._session.document))

    def undo(self) -> None:
        self._session.announce(self.command.revert(self._session.document))

    def id(self) -> int:
        return _MERGEABLE

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        return (
            self.typing
            and not self.sealed
            and isinstance(other, QtCommand)
            and other.typing
            and self.command.merge(other.command)
        )


class DocumentSession(QObject):
    changed = Signal(object)  # editing.Change: the canvas brings itself up to date
    followed = Signal(object)  # the same Change, once every canvas has: panels refresh
    refused = Signal(str)  # an edit was not made: why, in the window's language
    mode_changed = Signal()  # read-only was turned on or off
    path_changed = Signal()

    def __init__(self, document: Document, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.path = path
        self._read_only: str | None = None  # why nothing may be edited (e.g. who else has it open)
        self.lock: DocumentLock | None = None
        self.undo_stack = QUndoStack(self)

    @property
    def document(self) -> Document:
        return self._document

    # ------------------------------------------------------------ the door

    def edit(self, make: Edit, *, typing: bool = False) -> bool:
        """Make one change: `make` is a command, or builds one (so its rules are checked only
        when the edit is allowed at all). True when the document changed; a refusal is said on
        `refused`. `typing`: a keystroke in a field, merged with the ones before it."""
        if not self.may_edit():
            return False
        try:
            command = make() if callable(make) else make
        except EditError as error:
            self.refused.emit(str(error))
            return False
        if command is None:
            return False
        self.undo_stack.push(QtCommand(self, command, typing))
        return True

    def edit_new(self, make: Callable[[], tuple[Command | None, T]]) -> T | None:
        """An edit that makes something: `make` returns (command, what it makes, e.g. the new
        card's id). What was made, once the edit is done; None when it was refused."""
        made: list[T] = []

        def command() -> Command | None:
            built, new = make()
            made.append(new)
            return built

        return made[0] if self.edit(command) else None

    def may_edit(self) -> bool:
        """May anything be edited now? When not, say why (once per attempt) and answer False:
        gestures ask before they start, so nothing moves that cannot land."""
        if self._read_only is not None:
            self.refused.emit(self.read_only_message())
            return False
        return True

    def announce(self, change: Change) -> None:
        self.changed.emit(change)
        self.followed.emit(change)

    def end_typing(self) -> None:
        """Stop merging keystrokes into the last command (a new undo step starts)."""
        last = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(last, QtCommand):
            last.sealed = True

    # ------------------------------------------------------------ read-only

    @property
    def read_only(self) -> bool:
        return self._read_only is not None

    @property
    def read_only_reason(self) -> str:
        return self._read_only or ""

    def set_read_only(self, reason: str | None) -> None:
        """Read-only for `reason` ("open elsewhere by Kim on studio-3 since 14:02"), or editable (None)."""
        if reason != self._read_only:
            self._read_only = reason
            self.mode_changed.emit()

    def read_only_message(self) -> str:
        return tr("Read-only: {reason}. Save a Copy… to make changes of your own.").format(reason=self._read_only or "")

    # ------------------------------------------------------------ the file

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
        self.announce(Change(None))

    def display_name(self) -> str:
        return self.path.name if self.path else tr("Untitled")
