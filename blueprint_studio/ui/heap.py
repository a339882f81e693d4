"""Keep Python's cycle collector off the open documents.

A 10,000-card document is a few million long-lived Python objects. Every so often the cycle
collector walks all of them (a fifth of a second, holding the interpreter): a drag stutters,
and a save on the worker thread stalls the window just the same. Once a document is open and
drawn, and again when a background job has brought back what stays (the kept dumps of a
snapshot, an analysis), what exists is moved out of the collector's sight (`gc.freeze`);
reference counting still frees it when no longer used. Editing, saving and analysing leave
no cycles (measured: none after a hundred edits, a save and the analyses), but a closed
window may, so closing hands everything back for one collection, then freezes the rest.
While a background job runs, the collector is off altogether (`paused`).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


def settle() -> None:
    """A document has been opened and drawn: its objects live as long as its window."""
    gc.freeze()


def resettle() -> None:
    """A window has gone: collect what it left in cycles, then settle what remains."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """For a background job: it builds and drops a copy of the document, hundreds of
    thousands of short-lived, acyclic objects that reference counting frees. Left on, the
    collector would walk them again and again, each pass holding the interpreter, and the
    window would stall."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
