"""Fresh ids for new document objects. Pure.

Ids are chosen by whoever builds a command, never inside `apply`, so redo recreates the
same objects and references to them still resolve.
"""

from __future__ import annotations

import secrets


def new_id(prefix: str) -> str:
    """A short random id such as ``card-3f9a1c0b52e4``: 48 random bits, so even a 100,000-card
    import is unlikely to draw the same one twice (32 bits did, about once in 20 imports of
    10,000 cards with their arrows)."""
    return f"{prefix}-{secrets.token_hex(6)}"
