"""Format versions and the step-by-step upgrades between them, on raw dicts. Pure.

One integer decides what a file is; `app_version` is information only. A migration is
registered under the version it upgrades *from* and returns the next version's data, so a
file of any older version walks the chain one step at a time before pydantic sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _from_format1(data: dict[str, Any]) -> dict[str, Any]:
    # Format 1's own models: read only when a format-1 file is opened (40 ms)
    from blueprint_studio.storage import (
        format2,
    )

    return format2.upgrade(data)


def _line_breaks(value: Any) -> Any:
    """Every string's carriage returns as newlines (CRLF as one): format 6 refuses CR in text,
    and a CSV cell imported by an earlier build could hold CRLF."""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n") if "\r" in value else value
    if isinstance(value, list):
        return [_line_breaks(item) for item in value]
    if isinstance(value, dict):
        return {key: _line_breaks(item) for key, item in value.items()}
    return value


def _from_format5(data: dict[str, Any]) -> dict[str, Any]:
    return {**data, "document": _line_breaks(data.get("document"))}


FORMAT_VERSION = 6

Migration = Callable[[dict[str, Any]], dict[str, Any]]

# {from_version: migration to from_version + 1}. Format 1 is the first published format (0.1.0).
MIGRATIONS: dict[int, Migration] = {
    1: _from_format1,
    2: lambda data: data,
    3: lambda data: data,
    4: lambda data: data,
    5: _from_format5,
}
# Formats 3 to 5 only add fields with defaults (3: facets, line notes, descriptions,
# start/end/exit and item-missing marks, arrow notes; 4: the document's print audiences;
# 5: a blueprint's own names for its three lines, for blueprints begun in another language), so
# an older file is a newer one as it stands. The bump is what lets an older build refuse a
# newer file by name instead of by its unknown fields. Format 6 refuses carriage returns, DEL
# and C1 controls in text; an older file's CRs become newlines.


class VersionError(ValueError):
    """The file's version cannot be read by this build (the message says why)."""


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring `data` (a whole document.json object) to FORMAT_VERSION."""
    version = data.get("format_version")
    if type(version) is not int or version < 1:  # bool is an int subclass: refuse it too
        raise VersionError("format_version is missing or not a positive whole number")
    if version > FORMAT_VERSION:
        raise VersionError(
            f"it was written in .bpx format {version} by a newer Blueprint Studio "
            f"(app {str(data.get('app_version', 'unknown'))[:40]}); this build reads formats 1 to {FORMAT_VERSION}"
        )
    while version < FORMAT_VERSION:
        migration = MIGRATIONS.get(version)
        if migration is None:
            raise VersionError(f"no upgrade is known from format {version}")
        try:
            data = migration(dict(data))
        except ValueError as error:  # a migration names what it cannot carry over
            raise VersionError(str(error)) from None
        version += 1
        data["format_version"] = version
    return data
