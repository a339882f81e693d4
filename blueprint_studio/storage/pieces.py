"""The document as a frame and its long lists, validated and dumped a few hundred items at a time.

A save runs on a worker thread beside the window, but Python runs one thread at a time and
one pydantic call over 10,000 cards holds the interpreter for a fifth of a second: the window
would freeze as if the save ran in it. Small calls let it run in between. Opening takes the
same path, so what a save verifies is exactly what an open accepts.
"""

from __future__ import annotations

import time
from functools import cache
from typing import Annotated, Any, get_args

from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from blueprint_studio.model import Blueprint, Document

LONG_LISTS = ("cards", "connectors", "emotions", "line_notes")
CHUNK = 256  # items per pydantic call: a few milliseconds

ErrorList = list[ErrorDetails]


MAX_ERRORS = 100  # validation stops once it has found so many: a flood is not read to its end


class PieceErrors(ValueError):
    """pydantic's error dicts, their locations counted from the document's top; `complete`
    is False when validation stopped early (more errors may follow those listed)."""

    def __init__(self, errors: ErrorList, complete: bool = True) -> None:
        super().__init__(f"{len(errors)} validation errors")
        self.errors = errors
        self.complete = complete


@cache
def adapters(name: str) -> tuple[TypeAdapter[Any], TypeAdapter[Any]]:
    """(the list's own limits, the list of its items) for one of the long lists."""
    field = Blueprint.model_fields[name]
    (item_type,) = get_args(field.annotation)
    return TypeAdapter(Annotated[list[Any], *field.metadata]), TypeAdapter(list[item_type])  # type: ignore[valid-type]


def validate(body: dict[str, Any], assets: dict[str, bytes], consume: bool = False) -> Document:
    """What `Document.model_validate({**body, "assets": assets})` gives, in small calls.

    With `consume`, each run of items is dropped from `body`'s lists once it has become
    models (its place kept, as None): a 23 MiB file no longer holds its JSON and its models
    whole at once (314 → 200 MB). Only for a body no one else holds (a file just read).

    Raises PieceErrors with the errors found, frame first, then each long list in order;
    once MAX_ERRORS are found, the rest is not validated (a file of 100,000 broken cards took
    25 s and 3 GB to list them all).
    """
    body, long_lists = split(body)
    errors: ErrorList = []
    document: Document | None = None
    try:
        document = Document.model_validate({**body, "assets": assets})
    except ValidationError as error:
        errors.extend(error.errors(include_url=False))
    for index, lists in enumerate(long_lists):
        for name, raw_items in lists.items():
            if len(errors) >= MAX_ERRORS:
                raise PieceErrors(errors[:MAX_ERRORS], complete=False)
            items = _validated_list(name, raw_items, ("blueprints", index, name), errors, consume)
            if document is not None and items is not None:
                setattr(document.blueprints[index], name, items)
    if errors or document is None:
        raise PieceErrors(errors[:MAX_ERRORS], complete=len(errors) <= MAX_ERRORS)
    return document


def same(dumped: dict[str, Any], body: dict[str, Any]) -> bool:
    """`dumped == body`, compared a few hundred items at a time: one comparison of two
    10,000-card documents holds the interpreter for 9 ms."""
    frame, lists = split(dumped)
    other_frame, other_lists = split(body)
    if frame != other_frame or [list(each) for each in lists] != [list(each) for each in other_lists]:
        return False
    for mine, theirs in zip(lists, other_lists, strict=True):
        for name, items in mine.items():
            others = theirs[name]
            if len(items) != len(others):
                return False
            if any(
                items[start : start + CHUNK] != others[start : start + CHUNK] for start in range(0, len(items), CHUNK)
            ):
                return False
    return True


def split(body: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The document's JSON without its blueprints' long lists, and those lists, blueprint by
    blueprint (whatever the JSON holds: it may not be a document yet)."""
    raw_blueprints = body.get("blueprints")
    if not isinstance(raw_blueprints, list):
        return body, []
    frames: list[Any] = []
    long_lists: list[dict[str, Any]] = []
    for raw in raw_blueprints:
        lists = {name: raw[name] for name in LONG_LISTS if name in raw} if isinstance(raw, dict) else {}
        frames.append({key: value for key, value in raw.items() if key not in lists} if lists else raw)
        long_lists.append(lists)
    return {**body, "blueprints": frames}, long_lists


def _validated_list(
    name: str, raw_items: Any, where: tuple[Any, ...], errors: ErrorList, consume: bool = False
) -> list[Any] | None:
    limits, items_adapter = adapters(name)
    try:
        limits.validate_python(raw_items)
    except ValidationError as error:
        errors.extend({**e, "loc": where + tuple(e["loc"])} for e in error.errors())
        return None
    items: list[Any] = []
    complete = True
    for start in range(0, len(raw_items), CHUNK):
        if len(errors) >= MAX_ERRORS:
            return None
        try:
            items.extend(items_adapter.validate_python(raw_items[start : start + CHUNK]))
            if consume:
                raw_items[start : start + CHUNK] = [None] * len(raw_items[start : start + CHUNK])
        except ValidationError as error:
            complete = False
            errors.extend(
                {**e, "loc": where + (start + int(e["loc"][0]),) + tuple(e["loc"][1:])}
                for e in error.errors(include_url=False)
            )
    return items if complete else None


class Dumps:
    """Each item's JSON value from the last snapshot, kept until an edit touches that item.

    A snapshot must be taken on the window's thread, between edits, so it is consistent;
    with the dumps kept it costs one pass over the lists rather than dumping 10,000 cards.
    """

    FEW = 500  # so many missing dumps are made during the snapshot itself (about a millisecond)

    def __init__(self) -> None:
        self._lists: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}  # (blueprint, list) → id → JSON
        self._missing: int | None = None  # at most this many dumps are missing; None: unknown
        # What the last snapshot held, to start the next from: a blueprint's frame while
        # nothing outside its long lists changed, and each long list with the place of each
        # id, and the ids touched since.
        self._frames: dict[str, dict[str, Any]] = {}
        self._taken: dict[tuple[str, str], tuple[list[dict[str, Any]], dict[str, int]]] = {}
        self._since: dict[tuple[str, str], set[str]] = {}

    def forget(self, blueprint_id: str | None, touched: frozenset[tuple[str, str]] | None) -> None:
        """Drop what an edit may have changed (a command's Change: None means anything)."""
        if blueprint_id is None:
            self._lists.clear()
            self._frames.clear()
            self._taken.clear()
            self._missing = None
        elif touched is None:
            for name in LONG_LISTS:
                self._lists.pop((blueprint_id, name), None)
                self._taken.pop((blueprint_id, name), None)
            self._frames.pop(blueprint_id, None)
            self._missing = None
        else:
            for collection, object_id in touched:
                self._lists.get((blueprint_id, collection), {}).pop(object_id, None)
                if collection in LONG_LISTS:
                    self._since.setdefault((blueprint_id, collection), set()).add(object_id)
                else:
                    self._frames.pop(blueprint_id, None)
            if self._missing is not None:
                self._missing += len(touched)

    def fill(self, document: Document, seconds: float) -> bool:
        """Dump missing items for at most about `seconds`; True when few enough are missing
        for `snapshot` to stay quick."""
        if self._missing is not None and self._missing <= self.FEW:
            return True
        deadline = time.perf_counter() + seconds
        for blueprint in document.blueprints:
            for name in LONG_LISTS:
                kept = self._lists.setdefault((blueprint.id, name), {})
                for item in getattr(blueprint, name):
                    if item.id not in kept:
                        kept[item.id] = item.model_dump(mode="json")
                        if time.perf_counter() > deadline:
                            return False
        self._missing = 0
        return True

    def snapshot(self, document: Document) -> dict[str, Any]:
        """`document.model_dump(mode="json")`, from the kept dumps where they are current."""
        body = document.model_dump(mode="json", exclude={"blueprints"})
        body["blueprints"] = [self._blueprint(blueprint) for blueprint in document.blueprints]
        self._missing = 0
        self._since.clear()
        return body

    def _blueprint(self, blueprint: Blueprint) -> dict[str, Any]:
        frame = self._frames.get(blueprint.id)
        if frame is None:
            frame = self._frames[blueprint.id] = blueprint.model_dump(mode="json", exclude=set(LONG_LISTS))
        frame = dict(frame)  # the kept frame is never handed out: the lists go into this one
        for name in LONG_LISTS:
            frame[name] = self._list(blueprint, name)
        return frame

    def _list(self, blueprint: Blueprint, name: str) -> list[dict[str, Any]]:
        """One long list's dumps. After edits that only changed items in place (the usual
        case), the last snapshot's list with those items replaced: a pass over 10,000 cards
        took 12 ms of the window's time on every save."""
        key = (blueprint.id, name)
        items = getattr(blueprint, name)
        kept = self._lists.setdefault(key, {})
        taken = self._taken.get(key)
        changed = self._since.get(key, set())
        if taken is not None and len(taken[0]) == len(items):
            dumps, place = taken
            if all(object_id in place and items[place[object_id]].id == object_id for object_id in changed):
                dumps = list(dumps)
                for object_id in changed:
                    item = items[place[object_id]]
                    dumps[place[object_id]] = kept.get(object_id) or kept.setdefault(
                        object_id, item.model_dump(mode="json")
                    )
                self._taken[key] = (dumps, place)
                return dumps
        get = kept.get
        dumps = [get(item.id) or kept.setdefault(item.id, item.model_dump(mode="json")) for item in items]
        self._taken[key] = (dumps, {item.id: index for index, item in enumerate(items)})
        return dumps


def dump(document: Document) -> dict[str, Any]:
    """`document.model_dump(mode="json")` in small calls (for a worker thread)."""
    return Dumps().snapshot(document)
