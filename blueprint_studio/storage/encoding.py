"""document.json's text: sorted UTF-8 JSON with one line per card, step, lane and arrow.

Line-per-item keeps diffs of .bpx files readable, and encoding each item in one call keeps
json's C encoder in use (with indent=, json falls back to pure Python: 10x slower). A caller
that already holds an item's line (storage.proving keeps them between saves) passes it in.
"""

from __future__ import annotations

import json
from typing import Any

from blueprint_studio import __version__
from blueprint_studio.storage import migrations

_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # one encoder: C-speed, reused
_ONE_LINE_DEPTH = 4  # below this, a value is one line: the long lists' items sit at depth 5

Lines = dict[int, list[str]]  # id() of a list in the value → its items' lines, already made


def payload(body: dict[str, Any]) -> dict[str, Any]:
    """document.json's top level around a document's JSON value."""
    return {"format_version": migrations.FORMAT_VERSION, "app_version": __version__, "document": body}


def item_line(value: Any) -> str:
    """One item of a long list, as it appears on its line (without the indent)."""
    return _ENCODER.encode(value)


def document_text(value: Any, lines: Lines | None = None) -> str:
    """The text of `value` (document.json's top level), ending in a newline."""
    out: list[str] = []
    _write(value, 0, lines or {}, out)
    out.append("\n")
    return "".join(out)  # one join: nested joins copied a 10,000-card text once per level


def _write(value: Any, depth: int, lines: Lines, out: list[str]) -> None:
    if depth > _ONE_LINE_DEPTH:
        out.append(_ENCODER.encode(value))
        return
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    if not any(isinstance(child, (dict, list)) for child in children):
        out.append(_ENCODER.encode(value))
        return
    pad, inner = "  " * depth, "  " * (depth + 1)
    if isinstance(value, list):
        made = lines.get(id(value))
        if made is not None:
            out.extend(("[\n", inner, (",\n" + inner).join(made), f"\n{pad}]"))
            return
        out.append("[\n")
        for index, item in enumerate(value):
            out.append(",\n" + inner if index else inner)
            _write(item, depth + 1, lines, out)
        out.append(f"\n{pad}]")
        return
    out.append("{\n")
    for index, key in enumerate(sorted(value)):
        out.append((",\n" + inner if index else inner) + _ENCODER.encode(key) + ": ")
        _write(value[key], depth + 1, lines, out)
    out.append(f"\n{pad}}}")
