"""Bounded JSON parsing: size, nesting depth, UTF-8 and duplicate keys checked up front."""

from __future__ import annotations

import json
import math
from typing import Any

from blueprint_studio.quoting import quoted
from blueprint_studio.storage import limits


class JsonError(ValueError):
    """What is wrong with the JSON text, without the file name."""


def loads(data: bytes, max_depth: int = limits.MAX_JSON_DEPTH) -> dict[str, Any]:
    """Parse `data` as a JSON object, refusing anything deeper than `max_depth`."""
    check_bounds(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise JsonError(f"document.json is not valid UTF-8 (at byte offset {error.start:,})") from None
    value = parse(text, max_depth)
    if not isinstance(value, dict):
        raise JsonError("document.json must hold a JSON object")
    check_depth(value, max_depth)
    return value


def check_bounds(data: bytes) -> None:
    """The limits judged from the raw bytes, before anything is parsed."""
    if len(data) > limits.MAX_DOCUMENT_BYTES:
        raise JsonError(f"document.json is {len(data):,} bytes; at most {limits.MAX_DOCUMENT_BYTES:,} are accepted")
    _check_shape(data)


def parse(text: str, max_depth: int = limits.MAX_JSON_DEPTH) -> Any:
    """Any JSON value, with the rules document.json keeps: no repeated keys, no NaN or
    infinity, no number longer than any field can hold."""
    try:
        return json.loads(
            text, object_pairs_hook=_unique_keys, parse_constant=_no_constant, parse_int=_whole, parse_float=_fraction
        )
    except json.JSONDecodeError as error:
        raise JsonError(
            f"document.json is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except RecursionError:
        raise JsonError(f"document.json is nested more than {max_depth} levels deep") from None


def _check_shape(data: bytes) -> None:
    """Bound what json.loads may build, from counts that cost no memory.

    Every value after the first in a container follows a comma and every container opens
    with a bracket, so raw counts (which also count characters inside strings) are upper
    bounds: a hostile file cannot make the parser allocate millions of objects.
    """
    if data.count(b",") > limits.MAX_JSON_VALUES:
        raise JsonError(f"document.json holds more than {limits.MAX_JSON_VALUES:,} values")
    if data.count(b"{") + data.count(b"[") > limits.MAX_JSON_CONTAINERS:
        raise JsonError(f"document.json holds more than {limits.MAX_JSON_CONTAINERS:,} objects and lists")


def check_depth(value: Any, max_depth: int) -> None:
    """Walk the parsed value level by level; the parser itself stops at Python's limit."""
    level: list[Any] = [value]
    depth = 1
    while level:
        if depth > max_depth:
            raise JsonError(f"document.json is nested more than {max_depth} levels deep")
        deeper: list[Any] = []
        for node in level:
            deeper.extend(
                child for child in (node.values() if type(node) is dict else node) if type(child) in _CONTAINERS
            )
        level = deeper
        depth += 1


_CONTAINERS = (dict, list)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):  # rare: find which key, for the message
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise JsonError(f"document.json has the key '{quoted(key, 60)}' twice in one object")
            seen.add(key)
    return result


_MAX_DIGITS = (
    30  # far past any count, order or score the format has; Python refuses past 4,300 with a message naming no file
)


def _whole(digits: str) -> int:
    if len(digits.lstrip("-")) > _MAX_DIGITS:
        raise JsonError(
            f"document.json holds a number of {len(digits.lstrip('-')):,} digits; at most {_MAX_DIGITS} are accepted"
        )
    return int(digits)


def _fraction(text: str) -> float:
    if len(text) > 2 * _MAX_DIGITS + 10:
        raise JsonError(
            f"document.json holds a number written with {len(text):,} characters; at most {2 * _MAX_DIGITS + 10} "
            "are accepted"
        )
    value = float(text)
    if not math.isfinite(value):
        raise JsonError(f"document.json holds the number {quoted(text, 40)}, too large to be one")
    return value


def _no_constant(name: str) -> None:
    raise JsonError(f"document.json contains {name}, which is not valid JSON")
