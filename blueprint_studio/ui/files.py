"""Open, save, recent files, locks and autosave for one window. Calls storage only.

A failed open shows its one-line message and leaves the window's document untouched; a
failed save leaves the file on disk as it was (storage guarantees it) and says why.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer

from blueprint_studio.errors import BpxError
from blueprint_studio.painting.png import thumbnail_png
from blueprint_studio.storage.bpx import Frozen, write_frozen
from blueprint_studio.storage.lock import DocumentLock, DocumentLocked
from blueprint_studio.storage.proving import Proofs
from blueprint_studio.storage.recovery import RecoveryStore
from blueprint_studio.ui import dialogs
from blueprint_studio.ui.i18n import tr, wording
from blueprint_studio.ui.opener import opener
from blueprint_studio.ui.preferences import autosave_minutes

if TYPE_CHECKING:
    from blueprint_studio.layout import Geometry
    from blueprint_studio.ui.mainwindow import MainWindow

MAX_RECENT = 10


def recovery_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"


def recent_files() -> list[str]:
    value = QSettings().value("recent_files", [])
    return [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])


def remember_recent(path: Path) -> None:
    files = [str(path)] + [p for p in recent_files() if p != str(path)]
    QSettings().setValue("recent_files", files[:MAX_RECENT])


NEARLY_FULL = 0.8  # of the largest document.json a reader accepts: warn from here on


class FileController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.recovery = RecoveryStore(recovery_folder())
        self._proofs = Proofs()  # what the last save or autosave proved: the next proves only what changed
        self._snapshot_index = -1
        self.timer = QTimer(self)
        self.timer.setInterval(autosave_minutes() * 60_000)  # Preferences; a minute unless changed
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        window.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        window.session.undo_stack.cleanChanged.connect(self._clean_changed)

    @property
    def session(self):  # type: ignore[no-untyped-def]
        return self.window.session

    # ------------------------------------------------------------ opening

    def new_window(self) -> None:
        opener().open_new()

    def new_from_template(self) -> None:
        template = dialogs.choose_template(self.window)
        if template is not None:
            opener().open_new(template.make(wording()))

    def open_dialog(self) -> None:
        folder = str(self.session.path.parent) if self.session.path else ""
        path = dialogs.ask_open_path(self.window, folder)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> None:
        opener().open_path(path, reuse=self.window)

    def adopt(self, lock: DocumentLock | None, read_only: str | None) -> None:
        """Take charge of the document now in this window: its lock, mode (`read_only`: why
        it may not be edited, or None) and recent entry."""
        if self.session.lock is not lock:
            self.release_lock()
        self.session.lock = lock
        self.session.set_read_only(read_only)
        if self.session.path is not None:
            remember_recent(self.session.path)

    def _fill_recent_menu(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        for entry in recent_files():
            action = menu.addAction(entry)
            action.triggered.connect(lambda checked=False, p=entry: self.open_path(Path(p)))
        if menu.isEmpty():
            menu.addAction(tr("(none)")).setEnabled(False)

    # ------------------------------------------------------------ saving

    def save(self, then: Callable[[bool], None] = lambda saved: None) -> None:
        """Save to the document's file (asking for one if it has none); `then` hears whether
        it was saved, once the worker is done."""
        if self.session.path is None or self.session.read_only:
            self.save_as(then)
        else:
            self._write(self.session.path, then)

    def save_as(self, then: Callable[[bool], None] = lambda saved: None) -> None:
        suggestion = (
            str(self.session.path)
            if self.session.path
            else (self.window.session.document.blueprints[0].title or tr("Untitled")) + ".bpx"
        )
        path = dialogs.ask_save_path(self.window, suggestion)
        if path is None:
            then(False)
            return
        if path == self.session.path:
            self._write(path, then)
            return
        lock = DocumentLock(path)
        try:
            lock.acquire()
        except DocumentLocked as error:
            dialogs.show_error(self.window, tr("Cannot save"), tr("{error}. Choose another name.").format(error=error))
            then(False)
            return

        def adopt(saved: bool) -> None:
            if not saved:
                lock.release()
            else:
                self.release_lock()
                self.session.lock = lock
                self.session.set_path(path)
                self.session.set_read_only(None)  # the copy is ours to edit
            then(saved)

        self._write(path, adopt)

    def save_and_wait(self) -> bool:
        """Save and wait for the file (closing the window needs it written)."""
        outcome: list[bool] = []
        self.save(outcome.append)
        self.window.background.wait()
        return outcome == [True]

    def _write(self, path: Path, then: Callable[[bool], None]) -> None:
        stack = self.session.undo_stack
        preview = self.window.preview_geometry()
        taken_at: list[int] = []

        def take() -> None:
            self.session.end_typing()  # later keystrokes are a new step, not part of what is saved
            taken_at.append(stack.index())

        def work(frozen: Frozen) -> None:
            write_frozen(frozen, path, _thumbnail(preview), proofs=self._proofs)

        def done(_: None, problem: str | None) -> None:
            if problem is not None:
                self.window.statusBar().clearMessage()
                dialogs.show_error(self.window, tr("Not saved"), problem)
                then(False)
                return
            if stack.index() == taken_at[0]:
                stack.setClean()  # edits made while it was written stay unsaved
            remember_recent(path)
            if not self._warn_if_nearly_full():
                self.window.statusBar().showMessage(tr("Saved {name}").format(name=path.name), 4000)
            then(True)

        self.window.statusBar().showMessage(tr("Saving {name}…").format(name=path.name))
        self.window.background.run(work, done, take)

    # ------------------------------------------------------------ autosave and closing

    def autosave(self) -> None:
        """Snapshot unsaved work to the recovery folder (never over the user's file)."""
        stack = self.session.undo_stack
        if stack.isClean() or stack.index() == self._snapshot_index:
            return
        original, recovery = self.session.path, self.recovery
        self._snapshot_index = stack.index()

        def done(_: None, problem: str | None) -> None:
            if problem is not None:
                self._snapshot_index = -1  # try again next time
                self.window.statusBar().showMessage(tr("Autosave failed: {problem}").format(problem=problem), 8000)
            elif stack.isClean():
                recovery.discard()  # a save finished meanwhile: nothing is left to recover
            else:
                self._warn_if_nearly_full()

        self.window.background.run(lambda frozen: recovery.save(frozen, original, self._proofs), done)

    def _warn_if_nearly_full(self) -> bool:
        """Say so while there is room to act: past NEARLY_FULL of what a .bpx may hold, the
        document is one large paste away from a save that must be refused."""
        fullness = self._proofs.fullness()
        if fullness < NEARLY_FULL:
            return False
        self.window.statusBar().showMessage(
            tr(
                "This document is {percent}% of the largest Blueprint Studio can save; move some blueprints into a "
                "file of their own"
            ).format(percent=round(fullness * 100)),
            15000,
        )
        return True

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.recovery.discard()
            self._snapshot_index = self.session.undo_stack.index()

    def confirm_close(self) -> bool:
        scene = self.window.current_scene()
        if scene is not None:
            scene.close_editor()  # text being typed counts as a change
        if not self.session.is_modified():
            return True
        choice = dialogs.ask_save_changes(self.window, self.session.display_name())
        if choice is dialogs.SaveChoice.SAVE:
            return self.save_and_wait()
        return choice is dialogs.SaveChoice.DISCARD

    def closed(self, ending: bool = False) -> None:
        """The window goes. When the session ends (`ending`: logout, SIGTERM) unsaved work
        stays in the recovery folder, offered back at the next start."""
        self.timer.stop()
        self.window.background.close()  # writes in flight finish before the lock goes
        self.session.undo_stack.cleanChanged.disconnect(self._clean_changed)  # the stack dies next
        self.release_lock()
        if not ending or not self.session.is_modified():
            self.recovery.discard()

    def snapshot_now(self) -> None:
        """Unsaved work to the recovery folder at once, on this thread: the session is ending
        and no worker may finish. Never raises; a failed snapshot is no reason to hang a logout."""
        if not self.session.is_modified():
            return
        with contextlib.suppress(OSError, BpxError):
            self.recovery.save(Frozen.of(self.session.document), self.session.path)

    def release_lock(self) -> None:
        if self.session.lock is not None:
            self.session.lock.release()
            self.session.lock = None


def _thumbnail(geometry: Geometry | None) -> bytes | None:
    """The preview for file managers, drawn on the worker. A preview that cannot be drawn is
    left out; it never stops a save."""
    if geometry is None:
        return None
    try:
        return thumbnail_png(geometry)
    except Exception:  # noqa: BLE001 - the document matters, its picture does not
        return None
