"""Reading a file someone sent: its size is checked before a byte is read. No Qt."""

from __future__ import annotations

from pathlib import Path


class TooLarge(ValueError):
    """The file is larger than the caller accepts; each caller says so in its own words."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"the file is {size:,} bytes; at most {limit:,} are read")
        self.size, self.limit = size, limit


def read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes, or TooLarge without reading them. OSError passes through."""
    size = path.stat().st_size
    if size > limit:
        raise TooLarge(size, limit)
    return path.read_bytes()
