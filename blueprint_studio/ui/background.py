"""Work on a snapshot of the document, off the window's thread: saves, autosaves, analysis.

Between two edits the window takes a snapshot of the document: a few milliseconds, because
each card's JSON is kept from the last snapshot until an edit touches that card (missing ones
are dumped in slices between events first). One worker thread then runs each job on its
snapshot, in the order they were asked for; the outcome comes back to the window's thread.
Jobs must work in small calls (storage.pieces shows how): Python runs one thread at a time,
and one long call on the worker stalls the window as surely as running it here.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from blueprint_studio import heap
from blueprint_studio.editing import Change
from blueprint_studio.errors import BpxError
from blueprint_studio.storage.bpx import Frozen
from blueprint_studio.storage.pieces import Dumps
from blueprint_studio.ui.session import DocumentSession

SLICE_SECONDS = 0.008  # dumping between events: well inside a frame

Work = Callable[[Frozen], Any]  # runs on the worker thread
# On the window's thread: (what the work returned, None) or (None, why it failed)
Done = Callable[[Any, str | None], None]


@dataclass
class _Job:
    work: Work
    done: Done
    taken: Callable[[], None]  # runs as the snapshot is taken, between the same two edits


class Background(QObject):
    _ready = Signal()  # the worker finished something: hand out the outcomes

    def __init__(self, session: DocumentSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._dumps = Dumps()
        self._asked: list[_Job] = []
        self._running: list[Future[None]] = []
        self._unfinished = 0  # asked for and not yet reported back
        self._closed = False
        self._outcomes: queue.SimpleQueue[tuple[Done, Any, str | None]] = queue.SimpleQueue()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="blueprint-background")
        self._slicer = QTimer(self, singleShot=True, interval=0)
        self._slicer.timeout.connect(self._take_snapshots)
        self._ready.connect(self._hand_out)
        session.changed.connect(self._forget)

    def _forget(self, change: Change) -> None:
        self._dumps.forget(change.blueprint_id, change.touched)

    def busy(self) -> bool:
        return self._unfinished > 0

    def run(self, work: Work, done: Done, taken: Callable[[], None] = lambda: None) -> None:
        """Snapshot the document soon, then run `work` on it off the window's thread."""
        if self._closed:
            return  # the window is going: a panel's last timer must not start a job
        self._asked.append(_Job(work, done, taken))
        self._unfinished += 1
        self._slicer.start()

    def _take_snapshots(self, seconds: float = SLICE_SECONDS) -> None:
        document = self._session.document
        if not self._dumps.fill(document, seconds):
            self._slicer.start()  # more next time round the event loop
            return
        frozen = Frozen(self._dumps.snapshot(document), dict(document.assets))
        asked, self._asked = self._asked, []
        for job in asked:
            job.taken()
            self._running.append(self._pool.submit(self._perform, job, frozen))
        self._running = [future for future in self._running if not future.done()]

    def _perform(self, job: _Job, frozen: Frozen) -> None:
        """On the worker thread: every failure becomes a message, never an escaped exception."""
        value, problem = None, None
        try:
            with heap.paused():
                value = job.work(frozen)
        except BpxError as error:
            problem = str(error)
        except OSError as error:
            problem = error.strerror or str(error)
        except Exception as error:  # noqa: BLE001 - a bug must still reach the user, as words
            problem = f"unexpected {type(error).__name__}: {error} (a bug; please report it)"
        self._outcomes.put((job.done, value, problem))
        self._ready.emit()

    def _hand_out(self) -> None:
        while True:
            try:
                done, value, problem = self._outcomes.get_nowait()
            except queue.Empty:
                return
            self._unfinished -= 1
            done(value, problem)
            heap.settle()  # the kept dumps and what the job brought back live on: keep the collector off them

    def wait(self) -> None:
        """Finish everything asked for, here and now (closing the window needs the file)."""
        self._slicer.stop()
        if self._asked:
            self._take_snapshots(float("inf"))
        wait(self._running)
        self._running.clear()
        self._hand_out()

    def close(self) -> None:
        self.wait()
        self._closed = True
        self._pool.shutdown(wait=True)
