"""Read and write .bpx files: a ZIP with document.json, assets/ and an optional thumbnail.

Loading has stages, each with its own guard: container limits → bounded JSON → version
upgrade → pydantic fields → cross-references. Every failure becomes one `BpxError` whose
text is a single line naming the file and what is wrong.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from blueprint_studio import heap
from blueprint_studio.errors import BpxError, summary
from blueprint_studio.model import Document, photos
from blueprint_studio.model.fields import describe_error
from blueprint_studio.model.validation import iter_problems
from blueprint_studio.quoting import quoted
from blueprint_studio.reading import TooLarge, read_bounded
from blueprint_studio.storage import container, encoding, jsonguard, limits, migrations, pieces
from blueprint_studio.storage.atomic import ReadOnly, real_path, write_atomically
from blueprint_studio.storage.limits import MAX_FILE_BYTES
from blueprint_studio.storage.proving import Proofs, Unproven

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + "~")


# ---------------------------------------------------------------- writing


@dataclass(frozen=True)
class Frozen:
    """A document frozen for saving: its JSON value and its assets. Nothing edits either, so
    a worker thread may write it while the window goes on editing the document."""

    body: dict[str, Any]
    assets: dict[str, bytes]

    @classmethod
    def of(cls, document: Document) -> Frozen:
        return cls(document.model_dump(mode="json"), dict(document.assets))


def to_bytes(document: Document, thumbnail: bytes | None = None) -> bytes:
    """The file's bytes. Deterministic: same document (and thumbnail) → same bytes."""
    return encode(Frozen.of(document), thumbnail)


def encode(frozen: Frozen, thumbnail: bytes | None = None) -> bytes:
    """The file's bytes, unproved (a recovery snapshot; tests)."""
    return _archive(encoding.document_text(encoding.payload(frozen.body)).encode("utf-8"), frozen.assets, thumbnail)


def _archive(document_json: bytes, assets: dict[str, bytes], thumbnail: bytes | None) -> bytes:
    entries: dict[str, bytes] = {container.DOCUMENT_ENTRY: document_json}
    for name, data in assets.items():
        entries[container.ASSET_PREFIX + name] = data
    if thumbnail is not None:
        entries[container.THUMBNAIL_ENTRY] = thumbnail
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.create_system = 3  # Unix everywhere: Windows would otherwise write 0
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, entries[name], compresslevel=6)
    return buffer.getvalue()


def save_bpx(document: Document, path: str | Path, thumbnail: bytes | None = None, backup: bool = True) -> None:
    """Save atomically, keeping the previous file as ``name.bpx~`` (unless `backup` is False:
    git's merge driver writes over a temporary file that git itself keeps)."""
    write_frozen(Frozen.of(document), Path(path), thumbnail, backup)


def proved(frozen: Frozen, source: str, thumbnail: bytes | None = None, proofs: Proofs | None = None) -> bytes:
    """The file's bytes, once proved to open as `frozen`; raises BpxError naming `source`."""
    try:
        data = _archive((proofs or Proofs()).document_json(frozen.body, frozen.assets), frozen.assets, thumbnail)
        container.check(data)
    except (Unproven, container.ContainerError) as error:
        raise BpxError(f"{source}: not saved: {error}") from None
    return data


def write_frozen(
    frozen: Frozen, path: Path, thumbnail: bytes | None = None, backup: bool = True, proofs: Proofs | None = None
) -> None:
    """Write a frozen document atomically, keeping the previous file as ``name.bpx~``. Safe on a
    worker thread: every step works in small calls, so the window keeps running.

    The bytes are proved to open as `frozen` before they touch disk (`proofs` remembers what
    an earlier save of the same document proved), and the file on disk is compared with them
    afterwards: success means the file opens.
    """
    data = proved(frozen, path.name, thumbnail, proofs)
    try:
        write_atomically(path, data, backup=backup_path(real_path(path)) if backup else None)
        written = path.read_bytes()
    except ReadOnly:
        raise BpxError(
            f"{path.name}: not saved: the file is read-only; save it under another name (File ▸ Save As…)"
        ) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise BpxError(f"{path.name}: not saved: {reason}; the previous file is unchanged") from None
    if written != data:
        kept = f"; the previous version is in {backup_path(real_path(path)).name}" if backup else ""
        raise BpxError(f"{path.name}: the saved file reads back differently{kept}")


# ---------------------------------------------------------------- reading


def open_bpx(path: str | Path) -> Document:
    """Open a .bpx file from disk; raises BpxError with a one-line message."""
    return from_bytes(_file_bytes(Path(path)), Path(path).name)


def _file_bytes(path: Path) -> bytes:
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except TooLarge as error:
        raise BpxError(
            f"{path.name}: the file is {error.size:,} bytes; at most {MAX_FILE_BYTES:,} are accepted"
        ) from None
    except IsADirectoryError:
        raise BpxError(f"{path.name}: is a folder, not a file") from None
    except FileNotFoundError:
        raise BpxError(f"{path.name}: no such file") from None
    except OSError as error:
        raise BpxError(f"{path.name}: cannot be read: {error.strerror or error}") from None
    return data


def open_for_editing(path: str | Path) -> tuple[Document, int | None]:
    """`open_bpx`, and the size document.json would have when saved, if that is past what a
    .bpx may hold (None: it can be saved). A file written compactly by another tool may open
    and yet not fit once written with every field: the window opens it read-only, saying so."""
    path = Path(path)
    read: list[bytes] = []
    document = from_bytes(_file_bytes(path), path.name, read.append)
    return document, _saved_size_if_too_large(document, read[0])


_MOST_ADDED_PER_ITEM = 450  # a card written with every field at its default (397 bytes) and its indent, rounded up
_MOST_ADDED_PER_VALUE = 3  # the spaces after ':' and ',' and a number written longer ("1e1" → "10.0")


def _saved_size_if_too_large(document: Document, raw: bytes) -> int | None:
    items = (
        len(document.personas)
        + len(document.facets)
        + sum(
            len(b.cards)
            + len(b.connectors)
            + len(b.emotions)
            + len(b.line_notes)
            + len(b.steps)
            + len(b.lanes)
            + len(b.stages)
            for b in document.blueprints
        )
    )
    if len(raw) + items * _MOST_ADDED_PER_ITEM + raw.count(b",") * _MOST_ADDED_PER_VALUE <= limits.MAX_DOCUMENT_BYTES:
        return None  # certainly fits: nothing written to find out (the usual case)
    size = len(encoding.document_text(encoding.payload(pieces.dump(document))).encode("utf-8"))
    return size if size > limits.MAX_DOCUMENT_BYTES else None


def read_thumbnail(path: str | Path) -> bytes | None:
    """The preview a file carries (None when it has none), read with the same limits as a
    document; for file managers, which must not wait for a full open."""
    path = Path(path)
    try:
        return container.read(read_bounded(path, MAX_FILE_BYTES)).thumbnail
    except (OSError, TooLarge, container.ContainerError):
        return None


@heap.paused()
def from_bytes(
    data: bytes, source: str = "document", document_json: Callable[[bytes], object] | None = None
) -> Document:
    """Parse a whole .bpx held in memory; `source` names it in messages; `document_json` is
    handed the document.json read (to judge the size it will be saved at)."""
    try:
        contents = container.read(data)
        if document_json is not None:
            document_json(contents.document)
        raw = jsonguard.loads(contents.document)
        _check_top(raw)
        raw = migrations.upgrade(raw)
    except (container.ContainerError, jsonguard.JsonError, migrations.VersionError) as error:
        raise BpxError(f"{source}: {error}") from None
    body = raw.get("document")
    if not isinstance(body, dict):
        raise BpxError(f"{source}: document.json has no 'document' object")
    for name, asset in contents.assets.items():
        if hashlib.sha256(asset).hexdigest() != name.partition(".")[0]:
            raise BpxError(f"{source}: asset '{name}' does not match its content hash (damaged?)")
        if not photos.matches_name(name, asset):
            raise BpxError(
                f"{source}: asset '{name}' is not the {photos.declared_format(name)} image its name says (its bytes "
                "are another kind of file)"
            )
    try:
        document = pieces.validate(body, contents.assets, consume=True)  # the body is ours alone: read just now
    except pieces.PieceErrors as error:
        lines = [f"{source}: {_locate(body, e['loc'])}: {describe_error(e)}" for e in error.errors]
        raise _refusal(source, lines, error.complete) from None
    except RecursionError:
        raise BpxError(f"{source}: the document is nested too deeply") from None
    found = list(itertools.islice(iter_problems(document), MAX_PROBLEMS + 1))
    if found:
        lines = [f"{source}: {problem}" for problem in found[:MAX_PROBLEMS]]
        raise _refusal(source, lines, len(found) <= MAX_PROBLEMS)
    return document


MAX_PROBLEMS = pieces.MAX_ERRORS  # listed for one file; the rest are not looked for


def _refusal(source: str, lines: list[str], complete: bool) -> BpxError:
    """One line for the window, and the list for `validate`, which ends by saying it stopped."""
    if complete:
        return BpxError(summary(lines), lines)
    return BpxError(
        f"{lines[0]} (and more: the first {len(lines)} problems are listed)",
        [*lines, f"{source}: stopped after {len(lines)} problems; there are more"],
    )


_TOP_KEYS = ("format_version", "app_version", "document")
MAX_APP_VERSION = 64


def _check_top(raw: dict[str, Any]) -> None:
    """document.json's top level as the published schema has it: nothing else rides along."""
    unknown = [key for key in raw if key not in _TOP_KEYS]
    if unknown:
        raise jsonguard.JsonError(
            f"document.json has an unknown key '{quoted(unknown[0], 60)}' at its top level (known: "
            f"{', '.join(_TOP_KEYS)})"
        )
    version = raw.get("app_version")
    if version is not None and not (
        isinstance(version, str) and len(version) <= MAX_APP_VERSION and quoted(version) == version
    ):
        raise jsonguard.JsonError(
            f"document.json's app_version must be a short line of text (at most {MAX_APP_VERSION} characters, no "
            "control characters)"
        )


_NAMED_LISTS = {
    "stages": "stage",
    "steps": "step",
    "lanes": "lane",
    "cards": "card",
    "connectors": "connector",
    "personas": "persona",
    "emotions": "emotion point",
}


def _locate(body: Any, loc: tuple[Any, ...]) -> str:
    """Turn pydantic's location into words a designer can follow, using the raw data's names.

    ``('blueprints', 0, 'cards', 3, 'text')`` → ``blueprint 'Hotel' > card c17 > text``.
    """
    parts: list[str] = []
    node: Any = body
    index = 0
    while index < len(loc):
        key = loc[index]
        child = _child(node, key)
        following = loc[index + 1] if index + 1 < len(loc) else None
        if isinstance(key, str) and isinstance(child, list) and isinstance(following, int):
            node = _child(child, following)
            parts.append(_describe_item(key, following, node))
            index += 2
        else:
            parts.append(quoted(str(key)))
            node = child
            index += 1
    return " > ".join(parts) if parts else "document"


def _child(node: Any, key: Any) -> Any:
    if isinstance(node, dict):
        return node.get(key)
    if isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
        return node[key]
    return None


def _describe_item(list_name: str, position: int, item: Any) -> str:
    if list_name == "blueprints":
        title = item.get("title") if isinstance(item, dict) else None
        return f"blueprint '{quoted(title, 60)}'" if isinstance(title, str) and title else f"blueprints[{position}]"
    word = _NAMED_LISTS.get(list_name)
    item_id = item.get("id") if isinstance(item, dict) else None
    if word and isinstance(item_id, str) and item_id:
        return f"{word} {quoted(item_id, 64)}"
    return f"{list_name}[{position}]"
