"""Prove a document opens again, as itself, before its bytes reach disk; redo only what changed.

Reading a save's bytes back in full (parse, validate, dump, compare) took 400 of the 650 ms a
save of 10,000 cards took. Here each item of the long lists is encoded, parsed back, validated
and dumped again once, when its JSON value first appears. The window's snapshots hand out the
same value object for an item until an edit touches it (pieces.Dumps), so a later save finds
it by identity and reuses its line, its model and its verdict. The frame around the lists is
small and proved in full every time; what stays whole-document is cheap: the raw counts the
JSON guard bounds, the cross-references, the archive's directory.

The proof runs the reader's own rules (jsonguard, migrations, the pydantic adapters of
storage.pieces, model.problems), so a file that passes is one `from_bytes` accepts, giving
back exactly the saved value; tests compare both ways of saving byte for byte.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from blueprint_studio.errors import summary
from blueprint_studio.model import Document, photos, problems
from blueprint_studio.storage import encoding, jsonguard, migrations, pieces
from blueprint_studio.storage.limits import MAX_DOCUMENT_BYTES, MAX_JSON_DEPTH

_ITEM_LEVEL = 5  # containers holding a long list's item: top, document, blueprints, blueprint, list
_BUG = "the document did not survive being read back (a bug; please report it)"


class Unproven(ValueError):
    """Why the document would not open as it is (without the file's name)."""


@dataclass(frozen=True, slots=True)
class _Item:
    value: dict[str, Any]  # held, so no other object can take its id() while it is remembered
    line: str
    model: BaseModel


class Proofs:
    """What the last save proved, item by item. Kept by whoever saves one document again and
    again (the window); used by one thread at a time."""

    def __init__(self) -> None:
        self._items: dict[int, _Item] = {}
        self._assets: dict[str, bytes] = {}
        self.size = 0  # bytes of document.json the last proved save wrote
        # The last frame proved (its JSON value, held unchanged), the document it validated to,
        # and the lines of its blueprints' other lists (steps, lanes…) by blueprint and name.
        self._frame: tuple[dict[str, Any], dict[str, bytes], Document, list[dict[str, list[str]]]] | None = None

    def document_json(self, body: dict[str, Any], assets: dict[str, bytes]) -> bytes:
        """document.json's bytes for `body`, once shown to open as `body` with `assets`.

        Raises Unproven. Items proved earlier are forgotten unless `body` still holds them."""
        frame, long_lists = pieces.split(body)
        remembered: dict[int, _Item] = {}
        lines: encoding.Lines = {}
        models: list[dict[str, list[BaseModel]]] = []
        for lists in long_lists:
            made: dict[str, list[BaseModel]] = {}
            for name, values in lists.items():
                items = self._items_of(name, values)
                remembered.update((id(item.value), item) for item in items)
                lines[id(values)] = [item.line for item in items]
                made[name] = [item.model for item in items]
            models.append(made)
        document, frame_lines = self._proved_frame(frame, assets)
        for blueprint_frame, named in zip(frame["blueprints"], frame_lines, strict=True):
            lines.update((id(blueprint_frame[name]), made) for name, made in named.items())
        for blueprint, made in zip(document.blueprints, models, strict=True):
            for name, items in made.items():
                setattr(blueprint, name, items)
        found = problems(document)
        if found:
            raise Unproven(summary(found))
        data = encoding.document_text(encoding.payload(body), lines).encode("utf-8")
        if len(data) > MAX_DOCUMENT_BYTES:
            raise Unproven(
                f"the document is too large to save: {len(data) / 2**20:.1f} MB of text, at most "
                f"{MAX_DOCUMENT_BYTES / 2**20:.0f} MB "
                "(the limit every reader of .bpx files keeps); move some blueprints into a file of their own"
            )
        try:
            jsonguard.check_bounds(data)
        except jsonguard.JsonError as error:
            raise Unproven(str(error)) from None
        self._items, self._assets = remembered, dict(assets)
        self.size = len(data)
        return data

    def fullness(self) -> float:
        """How much of the largest document.json a reader accepts the last proved save took (0–1)."""
        return self.size / MAX_DOCUMENT_BYTES

    def _items_of(self, name: str, values: Any) -> list[_Item]:
        list_limits, adapter = pieces.adapters(name)
        try:
            list_limits.validate_python(values)
        except ValidationError as error:
            raise Unproven(f"{name}: {error.errors()[0]['msg']}") from None
        found: list[_Item | None] = [self._items.get(id(value)) for value in values]
        fresh = [
            index
            for index, (value, item) in enumerate(zip(values, found, strict=True))
            if item is None or item.value is not value
        ]
        for start in range(0, len(fresh), pieces.CHUNK):  # small calls: this runs beside the window
            places = fresh[start : start + pieces.CHUNK]
            for index, item in zip(places, _proved(adapter, [values[index] for index in places]), strict=True):
                found[index] = item
        return found  # type: ignore[return-value]  # every gap was filled

    def _proved_frame(
        self, frame: dict[str, Any], assets: dict[str, bytes]
    ) -> tuple[Document, list[dict[str, list[str]]]]:
        """The document without its long lists, and the lines of its blueprints' other lists.

        Proved in full unless it equals the last frame proved (one comparison in C; 1,250
        steps took 25 ms to validate again), with the same assets."""
        last = self._frame
        if last is not None and last[0] == frame and _same_assets(last[1], assets):
            return last[2], last[3]
        document = self._frame_document(frame, assets)
        frame_lines = [
            {
                name: [encoding.item_line(item) for item in value]
                for name, value in blueprint.items()
                if _is_list_of_objects(value)
            }
            for blueprint in frame["blueprints"]
        ]
        self._frame = (frame, dict(assets), document, frame_lines)
        return document, frame_lines

    def _frame_document(self, frame: dict[str, Any], assets: dict[str, bytes]) -> Document:
        top = encoding.payload(frame)
        try:
            raw = jsonguard.parse(encoding.document_text(top))
            jsonguard.check_depth(raw, MAX_JSON_DEPTH)
            raw = migrations.upgrade(raw)
        except (jsonguard.JsonError, migrations.VersionError) as error:
            raise Unproven(str(error)) from None
        if raw != top:
            raise Unproven(_BUG)
        for name, data in assets.items():
            if self._assets.get(name) is data:
                continue
            if hashlib.sha256(data).hexdigest() != name.partition(".")[0]:
                raise Unproven(f"asset '{name}' does not match its content hash")
            if not photos.matches_name(name, data):
                raise Unproven(f"asset '{name}' is not the {photos.declared_format(name)} image its name says")
        try:
            document = Document.model_validate({**raw["document"], "assets": assets})
        except ValidationError:
            raise Unproven(_BUG) from None
        emptied = {
            **frame,
            "blueprints": [
                {**blueprint, **{name: [] for name in pieces.LONG_LISTS}} for blueprint in frame["blueprints"]
            ],
        }
        if document.model_dump(mode="json") != emptied:
            raise Unproven(_BUG)
        return document


def _same_assets(kept: dict[str, bytes], assets: dict[str, bytes]) -> bool:
    return kept.keys() == assets.keys() and all(kept[name] is data for name, data in assets.items())


def _is_list_of_objects(value: Any) -> bool:
    """A blueprint's list whose items document.json writes one per line."""
    return isinstance(value, list) and any(isinstance(item, (dict, list)) for item in value)


def _proved(adapter: Any, values: list[Any]) -> list[_Item]:
    """Items seen for the first time: their lines read back as themselves, and validate."""
    lines = [encoding.item_line(value) for value in values]
    try:
        parsed = jsonguard.parse("[" + ",".join(lines) + "]")
    except jsonguard.JsonError:
        raise Unproven(_BUG) from None
    if parsed != values:
        raise Unproven(_BUG)
    try:
        for value in parsed:
            jsonguard.check_depth(value, MAX_JSON_DEPTH - _ITEM_LEVEL)
    except jsonguard.JsonError:
        raise Unproven(f"document.json would be nested more than {MAX_JSON_DEPTH} levels deep") from None
    try:
        models = adapter.validate_python(parsed)
    except ValidationError:
        raise Unproven(_BUG) from None
    if [model.model_dump(mode="json") for model in models] != values:
        raise Unproven(_BUG)
    return [_Item(value, line, model) for value, line, model in zip(values, lines, models, strict=True)]
