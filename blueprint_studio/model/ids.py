"""Fresh ids for new document objects. Pure.

Ids are chosen by whoever builds a command, never inside `apply`, so redo recreates the
same objects and references to them still resolve.
"""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Iterator

_counter: Iterator[int] | None = None


def new_id(prefix: str) -> str:
    """A short random id such as ``card-3f9a1c0b``; deterministic after `use_counter()`."""
    if _counter is not None:
        return f"{prefix}-{next(_counter)}"
    return f"{prefix}-{secrets.token_hex(4)}"


def use_counter(start: int = 1) -> None:
    """Make ids predictable (tests, reproducible sample generation)."""
    global _counter
    _counter = itertools.count(start)


def use_random() -> None:
    global _counter
    _counter = None
