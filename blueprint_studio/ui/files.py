"""Open, save, recent files, locks and autosave for one window. Calls storage only.

A failed open shows its one-line message and leaves the window's document untouched; a
failed save leaves the file on disk as it was (storage guarantees it) and says why.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer

from blueprint_studio.errors import BpxError
from blueprint_studio.storage import save_bpx
from blueprint_studio.storage.lock import DocumentLock, DocumentLocked
from blueprint_studio.storage.recovery import RecoveryStore
from blueprint_studio.ui import dialogs

if TYPE_CHECKING:
    from blueprint_studio.ui.mainwindow import MainWindow

AUTOSAVE_INTERVAL_MS = 60_000
MAX_RECENT = 10


def recovery_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"


def recent_files() -> list[str]:
    value = QSettings().value("recent_files", [])
    return [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])


def remember_recent(path: Path) -> None:
    files = [str(path)] + [p for p in recent_files() if p != str(path)]
    QSettings().setValue("recent_files", files[:MAX_RECENT])


class FileController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.recovery = RecoveryStore(recovery_folder())
        self._snapshot_index = 0
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        window.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        window.session.undo_stack.cleanChanged.connect(self._clean_changed)

    @property
    def session(self):  # type: ignore[no-untyped-def]
        return self.window.session

    # ------------------------------------------------------------ opening

    def new_window(self) -> None:
        from blueprint_studio.ui.application import app

        app().open_new()

    def open_dialog(self) -> None:
        folder = str(self.session.path.parent) if self.session.path else ""
        path = dialogs.ask_open_path(self.window, folder)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> None:
        from blueprint_studio.ui.application import app

        app().open_path(path, reuse=self.window)

    def adopt(self, lock: DocumentLock | None, read_only: bool) -> None:
        """Take charge of the document now in this window: its lock, mode and recent entry."""
        if self.session.lock is not lock:
            self.release_lock()
        self.session.lock = lock
        self.session.read_only = read_only
        self.window._update_title()
        if self.session.path is not None:
            remember_recent(self.session.path)

    def _fill_recent_menu(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        for entry in recent_files():
            action = menu.addAction(entry)
            action.triggered.connect(lambda checked=False, p=entry: self.open_path(Path(p)))
        if menu.isEmpty():
            menu.addAction("(none)").setEnabled(False)

    # ------------------------------------------------------------ saving

    def save(self) -> bool:
        if self.session.path is None or self.session.read_only:
            return self.save_as()
        return self._write(self.session.path)

    def save_as(self) -> bool:
        suggestion = str(self.session.path) if self.session.path else (self.window.session.document.blueprints[0].title or "Untitled") + ".bpx"
        path = dialogs.ask_save_path(self.window, suggestion)
        if path is None:
            return False
        if path != self.session.path:
            lock = DocumentLock(path)
            try:
                lock.acquire()
            except DocumentLocked as error:
                dialogs.show_error(self.window, "Cannot save", f"{error}. Choose another name.")
                return False
            if not self._write(path):
                lock.release()
                return False
            self.release_lock()
            self.session.lock = lock
            self.session.read_only = False
            self.session.set_path(path)
            return True
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            save_bpx(self.session.document, path, self.window.thumbnail())
        except BpxError as error:
            dialogs.show_error(self.window, "Not saved", str(error))
            return False
        self.session.end_typing()
        self.session.undo_stack.setClean()
        remember_recent(path)
        self.recovery.discard()
        self.window.statusBar().showMessage(f"Saved {path.name}", 4000)
        return True

    # ------------------------------------------------------------ autosave and closing

    def autosave(self) -> None:
        """Snapshot unsaved work to the recovery folder (never over the user's file)."""
        stack = self.session.undo_stack
        if stack.isClean() or stack.index() == self._snapshot_index:
            return
        try:
            self.recovery.save(self.session.document, self.session.path)
        except (OSError, BpxError) as error:
            self.window.statusBar().showMessage(f"Autosave failed: {error}", 8000)
            return
        self._snapshot_index = stack.index()

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
            return self.save()
        return choice is dialogs.SaveChoice.DISCARD

    def closed(self) -> None:
        self.session.undo_stack.cleanChanged.disconnect(self._clean_changed)  # the stack dies next
        self.timer.stop()
        self.release_lock()
        self.recovery.discard()

    def release_lock(self) -> None:
        if self.session.lock is not None:
            self.session.lock.release()
            self.session.lock = None
