"""Fresh ids for new document objects. Pure.

Ids are chosen by whoever builds a command, never inside `apply`, so redo recreates the
same objects and references to them still resolve.
"""

from __future__ import annotations

import secrets


def new_id(prefix: str) -> str:
    """A short random id such as ``card-3f9a1c0b``."""
    return f"{prefix}-{secrets.token_hex(4)}"
