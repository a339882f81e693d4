"""Seeded mutants of real files: each opens, or is refused with the one error type; what opens
also lays out, saves and opens again equal. No Qt."""

from __future__ import annotations

import io
import json
import random
import zipfile
from typing import Any

import pytest

from blueprint_studio.errors import BpxError
from blueprint_studio.layout import compute_for
from blueprint_studio.model import Document
from blueprint_studio.storage import from_bytes, to_bytes
from tests.conftest import ROOT

FILES = sorted((ROOT / "resources" / "samples").glob("*.bpx")) + sorted((ROOT / "tests" / "fixtures").rglob("*.bpx"))
ORIGINALS = [path.read_bytes() for path in FILES]


def _flip(rng: random.Random, data: bytes) -> bytes:
    """A few random byte edits: overwrite, cut, insert, copy from elsewhere."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(out))
        roll = rng.random()
        if roll < 0.5:
            out[i] = rng.randrange(256)
        elif roll < 0.7:
            del out[i : i + rng.randint(1, 64)]
        elif roll < 0.85:
            out[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        else:
            j = rng.randrange(len(out))
            out[i : i + 4] = out[j : j + 4]
    return bytes(out)


def _with_document(data: bytes, text: bytes) -> bytes:
    """The same archive with another document.json (so the ZIP itself is sound)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, text if info.filename == "document.json" else source.read(info))
    return out.getvalue()


_ODD_VALUES: list[Any] = [None, 0, -1, 1e308, "", "x" * 3000, [], {}, True, "#zzzzzz", "\u0000", [{}], {"id": "x"}]


def _twist(rng: random.Random, node: Any, depth: int = 0) -> Any:
    """One structural edit somewhere in the JSON: a value replaced, a key dropped, an item
    duplicated (same id twice) or removed."""
    if isinstance(node, dict) and node:
        key = rng.choice(list(node))
        roll = rng.random()
        if roll < 0.15:
            node.pop(key)
        elif roll < 0.35 or depth > 6:
            node[key] = rng.choice(_ODD_VALUES)
        else:
            node[key] = _twist(rng, node[key], depth + 1)
    elif isinstance(node, list) and node:
        i = rng.randrange(len(node))
        roll = rng.random()
        if roll < 0.2:
            node.append(node[i])
        elif roll < 0.35:
            del node[i]
        else:
            node[i] = _twist(rng, node[i], depth + 1)
    elif rng.random() < 0.5:
        return rng.choice(_ODD_VALUES)
    return node


def _opens_or_is_refused(data: bytes) -> Document | None:
    try:
        return from_bytes(data, "mutant.bpx")
    except BpxError as error:
        assert str(error).startswith("mutant.bpx") and "\n" not in str(error).split("\n")[0]
        return None


def _survives(document: Document) -> None:
    for blueprint in document.blueprints:
        compute_for(document, blueprint)
    assert from_bytes(to_bytes(document)) == document


@pytest.mark.parametrize("seed", range(4))
def test_byte_mutants_open_or_are_refused(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(1_000):
        document = _opens_or_is_refused(_flip(rng, rng.choice(ORIGINALS)))
        if document is not None:
            _survives(document)


@pytest.mark.parametrize("seed", range(4))
def test_document_mutants_open_or_are_refused(seed: int) -> None:
    rng = random.Random(1_000 + seed)
    opened = 0
    for _ in range(400):
        original = rng.choice(ORIGINALS)
        with zipfile.ZipFile(io.BytesIO(original)) as archive:
            body = json.loads(archive.read("document.json"))
        twisted = rng.random() >= 0.3
        text = json.dumps(_twist(rng, body)).encode() if twisted else _flip(rng, json.dumps(body).encode())
        document = _opens_or_is_refused(_with_document(original, text))
        if document is not None:
            opened += 1
            _survives(document)
    assert opened  # some mutants are still valid documents, and those went all the way through
