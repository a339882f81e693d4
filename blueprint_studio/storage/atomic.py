"""Atomic file replacement: a failed or interrupted write leaves the old file as it was.

The new bytes go to a temporary file beside the old one, which is then renamed over it. What
the old file carried besides its bytes goes with it: its mode (a private blueprint stays
private), its owner and group where we may set them, and its extended attributes where the
platform has them. A symlink is written through: the file it points to is replaced and the
link stays a link. A read-only file is refused, never replaced. Temporaries carry a name
that says what they are and who made them, so what a killed save left behind is recognised
and removed at the next save or open.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import stat
import time
from pathlib import Path

from blueprint_studio.storage.lock import process_alive

_PART = ".bpx-part"  # a save's temporary: .NAME.PID.TOKEN.bpx-part
_OLD_PART = re.compile(r"^\.(?P<name>.+)\.[0-9a-f]{8}\.tmp$")  # what builds before 0.2 left behind
_STALE_SECONDS = 600  # no save takes this long: a temporary this old is left from a crash


class ReadOnly(PermissionError):
    """The file is marked read-only: it is not replaced."""


def real_path(path: Path) -> Path:
    """The file a path names, through any symlinks (the path itself when nothing is there yet)."""
    return Path(os.path.realpath(path))


def write_atomically(path: Path, data: bytes, backup: Path | None = None) -> None:
    """Write `data` to the file `path` names (through symlinks) via a synced temporary file.

    With `backup`, the previous file is first copied there (itself atomically), so the
    last good version survives even a save that writes a wrong document.
    Raises OSError (ReadOnly for a read-only file); on failure nothing at `path` or `backup`
    has changed, and no temporary is left.
    """
    target = real_path(path)
    old = _stat(target)
    if old is not None:
        _refuse_read_only(target, old)
    folder = target.parent
    clean_leftovers(target)
    temporary = _temporary_beside(target)
    try:
        _write_synced(temporary, data)
        if old is not None:
            _carry_over(old, target, temporary)
            if backup is not None:
                _write_backup(target, old, backup)
        os.replace(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    _sync_folder(folder)


def _temporary_beside(path: Path) -> Path:
    """A fresh name for a save's temporary next to `path`, saying whose it is (clean_leftovers)."""
    return path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{_PART}"


def clean_leftovers(path: Path) -> list[Path]:
    """Remove the temporaries a killed save of `path` left beside it; the ones removed."""
    target = real_path(path)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    prefix = f".{target.name}."
    for entry in entries:
        if not entry.name.startswith(prefix) or not entry.is_file(follow_symlinks=False):
            continue
        if _is_stale_part(entry.name[len(prefix) :], entry) or _is_stale_old_part(entry, target.name):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _is_stale_part(rest: str, entry: os.DirEntry[str]) -> bool:
    if not rest.endswith(_PART):
        return False
    pid, _, token = rest[: -len(_PART)].partition(".")
    if not pid.isdigit() or not re.fullmatch(r"[0-9a-f]{8}", token):
        return False
    return not process_alive(int(pid)) or _age(entry) > _STALE_SECONDS


def _is_stale_old_part(entry: os.DirEntry[str], name: str) -> bool:
    match = _OLD_PART.match(entry.name)
    return match is not None and match.group("name") == name and _age(entry) > _STALE_SECONDS


def _age(entry: os.DirEntry[str]) -> float:
    try:
        return time.time() - entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return 0.0


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


def _refuse_read_only(target: Path, old: os.stat_result) -> None:
    """Marked read-only (no write bit at all), or not ours to write: refused, even for root."""
    if stat.S_IMODE(old.st_mode) & 0o222 == 0 or not os.access(target, os.W_OK):
        raise ReadOnly(errno.EACCES, "the file is read-only", str(target))


def _carry_over(old: os.stat_result, source: Path, written: Path) -> None:
    """Give the new file what the old one carried: mode, owner and group, extended attributes."""
    if hasattr(os, "chown"):
        with contextlib.suppress(OSError):  # only root (or the owner, for a group it is in) may
            os.chown(written, old.st_uid, old.st_gid)
    os.chmod(written, stat.S_IMODE(old.st_mode))  # after chown, which may clear set-id bits
    if hasattr(os, "listxattr"):
        with contextlib.suppress(OSError):
            for name in os.listxattr(source):
                with contextlib.suppress(OSError):
                    os.setxattr(written, name, os.getxattr(source, name))


def _write_backup(target: Path, old: os.stat_result, backup: Path) -> None:
    backup = real_path(backup)
    temporary = _temporary_beside(backup)
    try:
        shutil.copyfile(target, temporary)
        _carry_over(old, target, temporary)  # a private file's backup is as private
        with open(temporary, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, backup)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


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
