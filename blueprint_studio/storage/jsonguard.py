"""Bounded JSON parsing: size, nesting depth, UTF-8 and duplicate keys checked up front."""

from __future__ import annotations

import json
import re
from typing import Any

from blueprint_studio.storage import limits

_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(rb"[\[\]{}]")


class JsonError(ValueError):
    """What is wrong with the JSON text, without the file name."""


def loads(data: bytes, max_depth: int = limits.MAX_JSON_DEPTH) -> dict[str, Any]:
    """Parse `data` as a JSON object, refusing anything deeper than `max_depth`."""
    if len(data) > limits.MAX_DOCUMENT_BYTES:
        raise JsonError(f"document.json is {len(data):,} bytes; at most {limits.MAX_DOCUMENT_BYTES:,} are accepted")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise JsonError(f"document.json is not valid UTF-8 (at byte offset {error.start:,})") from None
    _check_depth(data, max_depth)
    try:
        value = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise JsonError(f"document.json is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})") from None
    except RecursionError:
        raise JsonError("document.json is nested too deeply") from None
    if not isinstance(value, dict):
        raise JsonError("document.json must hold a JSON object")
    return value


def _check_depth(data: bytes, max_depth: int) -> None:
    """Count brackets outside strings; json.loads would recurse once per level."""
    depth = 0
    for match in _BRACKETS.finditer(_STRINGS.sub(b"", data)):
        if match.group() in (b"[", b"{"):
            depth += 1
            if depth > max_depth:
                raise JsonError(f"document.json is nested more than {max_depth} levels deep")
        else:
            depth -= 1


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonError(f"document.json has the key '{key[:60]}' twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> None:
    raise JsonError(f"document.json contains {name}, which is not valid JSON")
