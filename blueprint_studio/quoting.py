"""One way to put text from a file into a message: visible, on one line, in reading order.

Messages quote names, ids and cell values from files other people made. Printed raw, a
newline in an id starts a line that reads like another verdict ("client.bpx: valid"), an
escape sequence recolours or clears the terminal, and a right-to-left override turns the
rest of the line around. Every message that quotes content goes through `quoted` (or, for
a whole message, `one_line`): such characters come out as Python writes them in a string
literal (`\\n`, `\\x1b`, `\\u202e`), which a reader can see and a terminal cannot act on.
Pure; no imports beyond the standard library, so every layer may use it.
"""

from __future__ import annotations

import re

# Every Unicode control (Cc: C0, DEL, C1), the line and paragraph separators, and the
# characters that change the direction of what follows (embeddings, overrides, isolates,
# marks). Tab is escaped too: in a message it would look like spaces.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    named = _NAMED.get(ch)
    if named is not None:
        return named
    code = ord(ch)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every control, separator and direction character written as an escape."""
    return _UNSAFE.sub(_escape, text)


def quoted(value: object, limit: int = 80) -> str:
    """A value from a file, made safe to show and cut to `limit` characters (with …)."""
    text = value if isinstance(value, str) else repr(value)
    shown = visible(text[:limit])
    return shown + "…" if len(text) > limit else shown


def one_line(message: str) -> str:
    """A whole message made safe at the door (the CLI's stderr, a dialog): whatever a builder
    missed is escaped here, so no message can break a line or steer the terminal."""
    return visible(message)
