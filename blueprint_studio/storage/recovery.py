"""Autosave snapshots in the app-data folder, never over the user's file; offered after a crash.

Each running editor window owns one snapshot (its .bpx plus a small JSON note naming the
original file and the process). A snapshot whose process is gone is what a crash left.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from blueprint_studio.model import Document
from blueprint_studio.storage.atomic import write_atomically
from blueprint_studio.storage.bpx import Frozen, open_bpx, proved
from blueprint_studio.storage.lock import process_alive
from blueprint_studio.storage.proving import Proofs


@dataclass(frozen=True)
class Snapshot:
    data_path: Path
    note_path: Path
    original: Path | None
    saved_at: float
    pid: int
    host: str

    def describe(self) -> str:
        name = self.original.name if self.original else "an unsaved document"
        return f"{name}, autosaved {time.strftime('%Y-%m-%d %H:%M', time.localtime(self.saved_at))}"


class RecoveryStore:
    """One window's snapshot slot in the recovery folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.key = uuid.uuid4().hex
        self.data_path = folder / f"{self.key}.bpx"
        self.note_path = folder / f"{self.key}.json"

    def save(self, frozen: Frozen, original: Path | None, proofs: Proofs | None = None) -> None:
        """Raises BpxError when the snapshot would not restore: better no snapshot than one
        offered at every start that fails to open."""
        data = proved(frozen, "the recovery snapshot", proofs=proofs)
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomically(self.data_path, data)
        note = {
            "original": str(original) if original else None,
            "saved_at": time.time(),
            "pid": os.getpid(),
            "host": socket.gethostname(),
        }
        write_atomically(self.note_path, json.dumps(note).encode("utf-8"))

    def discard(self) -> None:
        for path in (self.data_path, self.note_path):
            with contextlib.suppress(OSError):
                path.unlink()


DAMAGED = "damaged"  # where snapshots that cannot be restored are set aside, never offered again


def orphaned_snapshots(folder: Path) -> list[Snapshot]:
    """Snapshots left by editors that are no longer running: what a crash leaves behind.
    A note that cannot be read is set aside with its snapshot (it could never be offered)."""
    found: list[Snapshot] = []
    if not folder.is_dir():
        return found
    for note_path in sorted(folder.glob("*.json")):
        data_path = note_path.with_suffix(".bpx")
        try:
            note = json.loads(note_path.read_text(encoding="utf-8"))
            snapshot = Snapshot(
                data_path,
                note_path,
                Path(note["original"]) if note.get("original") else None,
                float(note["saved_at"]),
                int(note["pid"]),
                str(note["host"]),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            _move_aside(folder, (note_path, data_path))
            continue
        if not data_path.exists():
            continue
        if snapshot.host == socket.gethostname() and process_alive(snapshot.pid):
            continue
        found.append(snapshot)
    return sorted(found, key=lambda s: s.saved_at, reverse=True)


def restore(snapshot: Snapshot) -> Document:
    """The snapshot's document; raises BpxError if the snapshot itself is damaged."""
    return open_bpx(snapshot.data_path)


def set_aside(snapshot: Snapshot) -> Path:
    """Move a snapshot that cannot be restored out of the way; the folder it went to."""
    return _move_aside(snapshot.data_path.parent, (snapshot.data_path, snapshot.note_path))


def _move_aside(folder: Path, paths: tuple[Path, ...]) -> Path:
    aside = folder / DAMAGED
    with contextlib.suppress(OSError):
        aside.mkdir(exist_ok=True)
    for path in paths:
        try:
            os.replace(path, aside / path.name)
        except FileNotFoundError:
            pass
        except OSError:  # cannot move it: remove it rather than offer it at every start
            with contextlib.suppress(OSError):
                path.unlink()
    return aside


def discard(snapshot: Snapshot) -> None:
    for path in (snapshot.data_path, snapshot.note_path):
        with contextlib.suppress(OSError):
            path.unlink()
