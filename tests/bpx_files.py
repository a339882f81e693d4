"""Builders for hand-made (often broken) .bpx files."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from blueprint_studio.model import Blueprint, Document
from blueprint_studio.storage.migrations import FORMAT_VERSION


def blank_document() -> Document:
    return Document(blueprints=[Blueprint.blank("bp", "Test journey", ["s1", "s2"])])


def payload(document: Document | None = None, **overrides: Any) -> dict[str, Any]:
    body = (document or blank_document()).model_dump(mode="json")
    result: dict[str, Any] = {"format_version": FORMAT_VERSION, "app_version": "test", "document": body}
    result.update(overrides)
    return result


def zip_bytes(entries: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def bpx_of(data: dict[str, Any]) -> bytes:
    return zip_bytes({"document.json": json.dumps(data).encode()})


def sample_document() -> Document:
    """A bundled sample: stages, arrows, fail points and photos, as a designer makes them."""
    from blueprint_studio.resources import resource_path
    from blueprint_studio.storage import open_bpx

    return open_bpx(resource_path("samples", "hotel-stay.bpx"))
