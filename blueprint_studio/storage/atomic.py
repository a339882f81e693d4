"""Atomic file replacement: a failed or interrupted write leaves the old file as it was."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from pathlib import Path


def write_atomically(path: Path, data: bytes, backup: Path | None = None) -> None:
    """Write `data` to `path` through a synced temporary file in the same folder.

    With `backup`, the previous file is first copied there (itself atomically), so the
    last good version survives even a save that writes a wrong document.
    Raises OSError; on failure nothing at `path` or `backup` has changed.
    """
    folder = path.parent
    temporary = folder / f".{path.name}.{secrets.token_hex(4)}.tmp"
    try:
        _write_synced(temporary, data)
        if backup is not None and path.exists():
            backup_temporary = folder / f".{backup.name}.{secrets.token_hex(4)}.tmp"
            try:
                shutil.copyfile(path, backup_temporary)
                with open(backup_temporary, "rb+") as stream:
                    os.fsync(stream.fileno())
                os.replace(backup_temporary, backup)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    backup_temporary.unlink()
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    _sync_folder(folder)


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "xb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform can open a folder."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
