"""The QApplication: windows, opening files (command line, Finder, drops), crash recovery."""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import socket
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QSocketNotifier
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from blueprint_studio import __version__, heap
from blueprint_studio.editing import clipboard as clipboard_format
from blueprint_studio.editing import edits
from blueprint_studio.errors import BpxError
from blueprint_studio.model import Document
from blueprint_studio.painting.fonts import family
from blueprint_studio.storage import limits
from blueprint_studio.storage.atomic import clean_leftovers
from blueprint_studio.storage.bpx import open_for_editing
from blueprint_studio.storage.lock import DocumentLock, DocumentLocked
from blueprint_studio.storage.recovery import discard, orphaned_snapshots, restore, set_aside
from blueprint_studio.ui import dialogs, i18n
from blueprint_studio.ui.files import recovery_folder
from blueprint_studio.ui.i18n import tr, wording
from blueprint_studio.ui.mainwindow import MainWindow
from blueprint_studio.ui.theme import Theme


class BlueprintApplication(QApplication):
    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.setApplicationName("Blueprint Studio")
        self.setOrganizationName("Blueprint Studio")
        self.setApplicationVersion(__version__)
        self.setDesktopFileName("blueprint-studio")
        i18n.install(i18n.language_for(i18n.chosen_language()))  # before any window is built
        try:
            from blueprint_studio.resources import resource_path

            self.setWindowIcon(QIcon(str(resource_path("icons", "blueprint-studio.svg"))))
        except FileNotFoundError:
            pass
        family()  # register the bundled font before any window paints
        self.theme = Theme(self)
        self.theme.changed.connect(self._repaint_windows)
        self.windows: list[MainWindow] = []
        self.ending = False  # the session is ending: windows close without asking, unsaved work kept for recovery
        # Logout: nothing may be lost if it goes on.
        self.commitDataRequest.connect(lambda _manager: self.snapshot_all())
        atexit.register(_release_clipboard)

    def _repaint_windows(self, _dark: bool) -> None:
        for window in self.windows:
            window.repaint_canvas()

    def snapshot_all(self) -> None:
        for window in self.windows:
            window.files.snapshot_now()

    def end_session(self) -> None:
        """SIGTERM (a logout, a shutdown, `kill`): snapshot unsaved work, release the locks, quit."""
        self.snapshot_all()
        self.ending = True
        self.closeAllWindows()
        self.quit()

    def listen_for_termination(self) -> None:
        """SIGTERM reaches Python only when Python runs; Qt's loop is told through a socket the
        signal writes to, so the window ends tidily however long it has been idle."""
        if not hasattr(signal, "SIGTERM") or os.name != "posix":
            return
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        signal.set_wakeup_fd(writer.fileno())
        signal.signal(signal.SIGTERM, lambda *_: None)  # the wakeup byte does the work
        notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)

        def woken() -> None:
            with contextlib.suppress(OSError):
                if signal.SIGTERM in reader.recv(64):
                    self.end_session()

        notifier.activated.connect(woken)
        self._termination = (reader, writer, notifier)  # kept alive with the application

    def event(self, event: QEvent) -> bool:
        # macOS delivers double-clicked documents as QFileOpenEvent, not on the command line.
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.open_path(Path(event.file()))
            return True
        return super().event(event)

    def _track(self, window: MainWindow) -> MainWindow:
        self.windows.append(window)
        window.destroyed.connect(lambda _=None, w=window: self._forget(w))
        window.show()
        return window

    def _forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        heap.resettle()

    def open_new(self, document: Document | None = None, path: Path | None = None) -> MainWindow:
        return self._track(MainWindow(document or edits.new_document(wording()), path))

    def window_for(self, path: Path) -> MainWindow | None:
        resolved = path.resolve()
        for window in self.windows:
            if window.session.path is not None and window.session.path.resolve() == resolved:
                return window
        return None

    def open_path(self, path: Path, reuse: MainWindow | None = None) -> MainWindow | None:
        """Open a file; a window of ours that has it already is brought forward instead.

        Reuses `reuse` (or the only window) when it holds an untouched untitled document.
        """
        existing = self.window_for(path)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        parent = reuse or (self.windows[0] if self.windows else None)
        try:
            document, too_large = open_for_editing(path)
        except BpxError as error:
            dialogs.show_error(parent, tr("Cannot open file"), str(error))
            return None
        lock: DocumentLock | None = DocumentLock(path)
        read_only: str | None = None
        opened_path: Path | None = path
        try:
            lock.acquire()  # type: ignore[union-attr]
            clean_leftovers(path)  # ours now: what a killed save of it left beside it goes
        except DocumentLocked as error:
            choice = dialogs.ask_locked(parent, path.name, i18n.holder_text(error.holder))  # type: ignore[arg-type]
            if choice is dialogs.LockedChoice.CANCEL:
                return None
            lock = None
            if choice is dialogs.LockedChoice.READ_ONLY:
                read_only = tr("open elsewhere by {holder}").format(holder=i18n.holder_text(error.holder))
            opened_path = path if read_only else None
        if too_large is not None and read_only is None:
            read_only = tr("it would be {size} MB when saved, more than the {most} MB a .bpx may hold").format(
                size=f"{too_large / 2**20:.1f}", most=limits.MAX_DOCUMENT_BYTES // 2**20
            )
        target = reuse if reuse is not None and reuse.session.is_pristine() else None
        if target is None and reuse is None and len(self.windows) == 1 and self.windows[0].session.is_pristine():
            target = self.windows[0]
        if target is None:
            target = self.open_new(document, opened_path)  # built once, on the opened document
        else:
            target.session.replace_document(document, opened_path)
            heap.settle()
        target.files.adopt(lock, read_only)
        target.raise_()
        return target

    def offer_recovery(self) -> list[MainWindow]:
        """After a crash: offer the orphaned autosaves, restored as unsaved documents."""
        snapshots = orphaned_snapshots(recovery_folder())
        if not snapshots or not dialogs.ask_restore(None, [i18n.snapshot_text(s) for s in snapshots]):
            return []
        restored = []
        for snapshot in snapshots:
            try:
                document = restore(snapshot)
            except BpxError as error:
                folder = set_aside(snapshot)  # said once: a damaged snapshot is never offered again
                dialogs.show_error(
                    None,
                    tr("Autosave not restored"),
                    tr("{problem}. The snapshot was moved to {folder}.").format(problem=error, folder=folder),
                )
                continue
            window = self.open_new(document)
            if snapshot.original is not None:
                lock = DocumentLock(snapshot.original)
                try:
                    lock.acquire()
                except DocumentLocked:
                    pass  # someone has the original open: keep the restored work untitled
                else:
                    window.session.lock = lock
                    window.session.set_path(snapshot.original)
            window.session.undo_stack.resetClean()  # restored work is unsaved work
            restored.append(window)
            discard(snapshot)
        return restored


def _release_clipboard() -> None:
    """Take our data off the clipboard before Python shuts down: PySide6 6.11 crashes at exit
    when the clipboard still holds a QMimeData made in Python (reproduced in 10 lines)."""
    instance = QApplication.instance()
    if isinstance(instance, QApplication):
        clipboard = instance.clipboard()
        data = clipboard.mimeData()
        if data is not None and data.hasFormat(clipboard_format.MIME_TYPE):
            clipboard.clear()


def app() -> BlueprintApplication:
    instance = QApplication.instance()
    assert isinstance(instance, BlueprintApplication)
    return instance


def _report_unexpected(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """A bug of ours reaches the user as one sentence; the details go to a log file."""
    import traceback

    from blueprint_studio.ui.files import recovery_folder

    log = recovery_folder().parent / "errors.log"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with open(log, "a", encoding="utf-8") as stream:
            stream.write("".join(traceback.format_exception(kind, error, trace)))
    except OSError:
        pass
    parent = QApplication.activeWindow()
    dialogs.show_error(
        parent,
        tr("Something went wrong"),
        tr("{kind}: {error}\n\nYour open documents are unchanged and autosaved; details are in {log}.").format(
            kind=kind.__name__, error=error, log=log
        ),
    )


def run_application(files: list[str]) -> int:
    application = BlueprintApplication([os.environ.get("BLUEPRINT_STUDIO_ARGV0", "blueprint-studio")])
    application.listen_for_termination()
    sys.excepthook = _report_unexpected
    restored = application.offer_recovery()
    opened = [application.open_path(Path(name)) for name in files]
    if not restored and not any(opened):
        application.open_new()
    return application.exec()
