"""A lock file beside an open document, so two windows or two instances never both edit it.

The lock says who holds it (host, process id, user, time), and its holder keeps the system's
lock on it. A lock left by a process that no longer runs on this host is stale and is taken
over silently; so is one that cannot be read some seconds after it was written (a process
killed between creating and writing it).
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO


def lock_path(document: Path) -> Path:
    """Beside the file itself: a symlink and the file it points to share one lock."""
    real = Path(os.path.realpath(document))
    return real.with_name(f".~lock.{real.name}#")


@dataclass(frozen=True)
class LockInfo:
    host: str
    pid: int
    user: str
    since: float  # when it was taken (an unreadable lock: when it was last written)
    readable: bool = True

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


UNREADABLE_GRACE = 10.0  # seconds: a lock still empty or garbled after this was left by a crash


def _parse(raw: bytes, mtime: float) -> LockInfo:
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockInfo(str(data["host"]), int(data["pid"]), str(data["user"]), float(data["since"]))
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        return LockInfo("unknown host", 0, "someone", mtime, readable=False)


def _read(path: Path) -> tuple[bytes, LockInfo] | None:
    """The lock file's bytes and what they say; None when there is none."""
    try:
        with open(path, "rb") as stream:
            return _read_open(stream)
    except FileNotFoundError:
        return None
    except OSError:
        return b"", LockInfo("unknown host", 0, "someone", time.time(), readable=False)  # unreadable now: not stale


def read_lock(document: Path) -> LockInfo | None:
    found = _read(lock_path(document))
    return found[1] if found else None


def is_stale(holder: LockInfo) -> bool:
    """Left by a process no longer running here, or unreadable for longer than a save takes
    to write one (an empty lock from a process killed between creating and writing it)."""
    if not holder.readable:
        return time.time() - holder.since > UNREADABLE_GRACE
    return holder.host == socket.gethostname() and not process_alive(holder.pid)


class DocumentLock:
    """Held while a document is open for editing; `release()` removes the lock file.

    Two processes can never both hold it: the holder keeps the lock file open with the
    operating system's lock on it (flock on Linux and macOS, a locked byte on Windows), which
    only one process can have and which goes when its process dies, however it dies. What
    the file says (who, since when) names the holder in messages and keeps older builds,
    which did not take the system's lock, and other hosts' processes respected."""

    def __init__(self, document: Path) -> None:
        self.document = document
        self.path = lock_path(document)
        self._held = False
        self._stream: BinaryIO | None = None

    def acquire(self) -> None:
        """Take the lock, taking over a stale one; raise DocumentLocked if someone holds it."""
        for _ in range(20):  # the file was replaced under us: look again
            try:
                stream, created = _open_lock_file(self.path)
            except OSError:
                return  # a read-only folder: opening is still fine, there is just no lock to leave
            if not _system_lock(stream):
                stream.close()
                holder = self._holder_named()
                if holder is not None and holder.pid == os.getpid() and holder.host == socket.gethostname():
                    raise DocumentLocked(self.document, holder)
                raise DocumentLocked(
                    self.document, holder or LockInfo("unknown host", 0, "someone", time.time(), readable=False)
                )
            if not _same_file(stream, self.path):  # released and removed while we waited: not the lock any more
                stream.close()
                continue
            found = None if created else _read_open(stream)
            if found is not None:  # left by a process that had no system lock on it (or died)
                holder = found[1]
                if (holder.pid == os.getpid() and holder.host == socket.gethostname()) or not is_stale(holder):
                    stream.close()  # an older build, another host, or another window of ours
                    raise DocumentLocked(self.document, holder)
            me = _me()
            stream.seek(0)
            stream.truncate()
            stream.write(
                json.dumps({"host": me.host, "pid": me.pid, "user": me.user, "since": me.since}).encode("utf-8")
            )
            stream.flush()
            self._stream, self._held = stream, True
            return
        raise DocumentLocked(self.document, read_lock(self.document) or _me())

    def _holder_named(self) -> LockInfo | None:
        """Who holds it, as the file says; a holder that has the system's lock but has not yet
        written its name is given a moment."""
        for _ in range(5):
            found = _read(self.path)
            if found is None or found[0]:
                return found[1] if found else None
            time.sleep(0.01)
        return read_lock(self.document)

    def release(self) -> None:
        if self._held:
            if sys.platform == "win32" and self._stream is not None:  # Windows removes no open file
                self._stream.close()
            with contextlib.suppress(OSError):
                self.path.unlink()  # while still held (POSIX): nobody takes the old file in between
            if self._stream is not None:
                with contextlib.suppress(OSError):
                    self._stream.close()  # the system's lock goes with it
            self._stream, self._held = None, False


def _read_open(stream: BinaryIO) -> tuple[bytes, LockInfo]:
    """An open lock file's bytes and what they say (an unreadable one dated by its mtime)."""
    stream.seek(0)
    raw = stream.read(4096)
    return raw, _parse(raw, os.fstat(stream.fileno()).st_mtime)


def _open_lock_file(path: Path) -> tuple[BinaryIO, bool]:
    """The lock file open for writing, and whether this call created it (empty, so no one's)."""
    try:
        descriptor, created = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644), True
    except FileExistsError:
        descriptor, created = os.open(path, os.O_RDWR), False
    return os.fdopen(descriptor, "r+b"), created


def _same_file(stream: BinaryIO, path: Path) -> bool:
    try:
        mine, there = os.fstat(stream.fileno()), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def _system_lock(stream: BinaryIO) -> bool:
    """Take the operating system's exclusive lock on the open lock file, without waiting."""
    try:
        if sys.platform == "win32":
            import msvcrt

            stream.seek(_WINDOWS_LOCK_OFFSET)  # a byte far past the text, which stays readable
            msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            # flock, not lockf: a POSIX record lock goes when the process closes any descriptor
            # of the file (reading it to name the holder did), a flock only with this one.
            fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        # Otherwise no system locks here (some network shares): what the file says decides.
        return error.errno not in (errno.EACCES, errno.EAGAIN, errno.EDEADLK)
    return True


_WINDOWS_LOCK_OFFSET = 1 << 20
