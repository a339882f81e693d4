"""A lock file beside an open document, so two windows or two instances never both edit it.

The lock says who holds it (host, process id, user, time). A lock left by a process that no
longer runs on this host is stale and is taken over silently.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path


def lock_path(document: Path) -> Path:
    return document.with_name(f".~lock.{document.name}#")


@dataclass(frozen=True)
class LockInfo:
    host: str
    pid: int
    user: str
    since: float

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.since))
        return f"{self.user} on {self.host} (process {self.pid}) since {when}"


class DocumentLocked(Exception):
    def __init__(self, path: Path, holder: LockInfo) -> None:
        super().__init__(f"{path.name} is already open: {holder.describe()}")
        self.holder = holder


def _me() -> LockInfo:
    try:
        user = getpass.getuser()
    except Exception:  # no user database entry (containers): still lock
        user = "unknown"
    return LockInfo(socket.gethostname(), os.getpid(), user, time.time())


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _windows_process_alive(pid: int) -> bool:
    """os.kill(pid, 0) would terminate the process on Windows: ask the kernel instead."""
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def read_lock(document: Path) -> LockInfo | None:
    try:
        raw = json.loads(lock_path(document).read_text(encoding="utf-8"))
        return LockInfo(str(raw["host"]), int(raw["pid"]), str(raw["user"]), float(raw["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return LockInfo("unknown host", 0, "someone", 0.0)  # unreadable: someone else's, not stale


def is_stale(holder: LockInfo) -> bool:
    return holder.host == socket.gethostname() and not process_alive(holder.pid)


class DocumentLock:
    """Held while a document is open for editing; `release()` removes the lock file."""

    def __init__(self, document: Path) -> None:
        self.document = document
        self.path = lock_path(document)
        self._held = False

    def acquire(self) -> None:
        """Take the lock, taking over a stale one; raise DocumentLocked if someone holds it."""
        holder = read_lock(self.document)
        if holder is not None and holder.pid == os.getpid() and holder.host == socket.gethostname():
            raise DocumentLocked(self.document, holder)  # open in another window of this process
        if holder is not None and not is_stale(holder):
            raise DocumentLocked(self.document, holder)
        me = _me()
        data = json.dumps({"host": me.host, "pid": me.pid, "user": me.user, "since": me.since})
        with contextlib.suppress(FileNotFoundError):
            if holder is not None:
                self.path.unlink()
        try:
            with open(self.path, "x", encoding="utf-8") as stream:
                stream.write(data)
        except FileExistsError:
            raise DocumentLocked(self.document, read_lock(self.document) or me) from None
        except OSError:
            return  # a read-only folder: opening is still fine, there is just no lock to leave
        self._held = True

    def release(self) -> None:
        if self._held:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self._held = False
