"""Keep Python's cycle collector off the open documents.

A 10,000-card document is a few million long-lived Python objects. Every so often the cycle
collector walks all of them (a fifth of a second, holding the interpreter): a drag stutters,
and a save on the worker thread stalls the window just the same. Once a document is open and
drawn, and again when a background job has brought back what stays (the kept dumps of a
snapshot, an analysis), what exists is moved out of the collector's sight (`gc.freeze`);
reference counting still frees it when no longer used. Editing, saving and analysing leave
no cycles (measured: none after a hundred edits, a save and the analyses), but a closed
window may, so closing hands everything back for one collection, then freezes the rest.

While a file is read, a blueprint laid out or its items made, and while a background job
runs, the collector is off altogether (`paused`): each builds hundreds of thousands of
objects that either all live on or all go at once, and the collector's passes over them
found nothing and took half the time of opening a 10,000-card file (measured: 0.75 s of
1.6 s). What such work leaves is settled at once: otherwise the first allocation after it
would walk all it built (80 ms at 10,000 cards).

No Qt here: storage and layout use it too.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator


def settle() -> None:
    """What exists now lives on (a document opened and drawn lives as long as its window)."""
    gc.freeze()


def resettle() -> None:
    """A window has gone: collect what it left in cycles, then settle what remains."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


_lock = threading.Lock()
_pauses = 0  # works under way that paused the collector, on any thread
_enabled_before = False  # whether the collector ran before the first of them


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """For work that builds many objects at once (also a decorator). A background job
    builds and drops a copy of the document, short-lived and acyclic, freed by reference
    counting; left on, the collector would walk it again and again, each pass holding the
    interpreter, and the window would stall. Reading and laying out build what will live as
    long as the document: the collector would walk it all for nothing.

    The collector is one for all threads, so pauses are counted: a layout that ends in the
    window while a save runs on the worker must not turn it back on under the save (it did:
    a full collection in the middle of a 10,000-card save held the window 130 ms)."""
    global _pauses, _enabled_before
    with _lock:
        if _pauses == 0:
            _enabled_before = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        settle()
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _enabled_before:
                gc.enable()
