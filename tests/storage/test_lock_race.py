"""Many processes opening one document at once: at most one of them ever holds its lock.

Each trial leaves a lock behind that must be taken over (a dead process's, an empty one from a
process killed between creating and writing it, a garbled one), then starts several processes
that wait at a barrier and all try to take the lock at the same moment. Before locks were
taken over atomically, two processes both got a stale lock in 85 of 200 trials.
BLUEPRINT_LOCK_TRIALS sets the number of trials (1,000 for a longer run).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from blueprint_studio.storage.lock import UNREADABLE_GRACE, DocumentLock, DocumentLocked, lock_path

TRIALS = int(os.environ.get("BLUEPRINT_LOCK_TRIALS", "60"))
PROCESSES = 5

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork: POSIX only")


def _contender(
    document: str,
    barrier: multiprocessing.synchronize.Barrier,
    owners: multiprocessing.Queue,
    done: multiprocessing.synchronize.Event,
) -> None:  # type: ignore[type-arg]
    lock = DocumentLock(Path(document))
    barrier.wait()
    try:
        lock.acquire()
    except DocumentLocked:
        owners.put(None)
        return
    owners.put(os.getpid())
    done.wait(20)  # hold it until every other process has tried, then die without letting go


def _dead_pid() -> int:
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


def _leave_stale_lock(document: Path, kind: int, dead: int) -> None:
    path = lock_path(document)
    if kind == 0:
        path.write_text(json.dumps({"host": socket.gethostname(), "pid": dead, "user": "gone", "since": 0}))
    else:
        path.write_bytes(b"" if kind == 1 else b"{garbled")
        old = time.time() - UNREADABLE_GRACE - 5
        os.utime(path, (old, old))


def test_at_most_one_process_holds_a_lock(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    document = tmp_path / "workshop.bpx"
    document.write_bytes(b"")
    dead = _dead_pid()
    shared = 0
    for trial in range(TRIALS):
        _leave_stale_lock(document, trial % 3, dead)
        barrier = context.Barrier(PROCESSES)
        owners, done = context.Queue(), context.Event()
        contenders = [
            context.Process(target=_contender, args=(str(document), barrier, owners, done)) for _ in range(PROCESSES)
        ]
        for process in contenders:
            process.start()
        results = [owners.get(timeout=20) for _ in contenders]
        done.set()
        for process in contenders:
            process.join(timeout=20)
        holders = [pid for pid in results if pid is not None]
        shared += len(holders) > 1
        assert len(holders) == 1, f"trial {trial}: {len(holders)} owners"
        lock_path(document).unlink(missing_ok=True)  # the owner exited without releasing: the next trial's stale lock
    assert shared == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["workshop.bpx"]  # no claimed or half-made lock left behind


def test_a_fresh_empty_lock_is_not_stale_yet(tmp_path: Path) -> None:
    """A lock being written this instant by an older build is empty for a moment: respected."""
    document = tmp_path / "workshop.bpx"
    lock_path(document).write_bytes(b"")
    with pytest.raises(DocumentLocked):
        DocumentLock(document).acquire()
    old = time.time() - UNREADABLE_GRACE - 1
    os.utime(lock_path(document), (old, old))
    lock = DocumentLock(document)
    lock.acquire()  # the crashed process's empty lock no longer blocks the document for good
    assert json.loads(lock_path(document).read_text())["pid"] == os.getpid()
    lock.release()
