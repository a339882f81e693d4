"""The JSON Schema of document.json, generated from the model so it can never drift."""

from __future__ import annotations

from typing import Any

from blueprint_studio.model import Document
from blueprint_studio.model.fields import CLEAN_LINE_PATTERN
from blueprint_studio.storage.bpx import MAX_APP_VERSION
from blueprint_studio.storage.migrations import FORMAT_VERSION


def file_schema() -> dict[str, Any]:
    document = Document.model_json_schema(mode="serialization")
    definitions = document.pop("$defs", {})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Blueprint Studio document.json",
        "type": "object",
        "required": ["format_version", "document"],
        "additionalProperties": False,
        "properties": {
            "format_version": {"const": FORMAT_VERSION},
            "app_version": {
                "type": "string",
                "maxLength": MAX_APP_VERSION,
                "pattern": CLEAN_LINE_PATTERN,
                "description": "The app that wrote the file; information only.",
            },
            "document": {"$ref": "#/$defs/Document"},
        },
        "$defs": {**definitions, "Document": document},
    }
