"""The migration chain: step by step from any older format, never from a newer one."""

from __future__ import annotations

from typing import Any

import pytest

from blueprint_studio.errors import BpxError
from blueprint_studio.storage import from_bytes, migrations
from tests.bpx_files import blank_document, bpx_of, payload


def test_every_older_version_has_a_migration() -> None:
    assert set(migrations.MIGRATIONS) == set(range(1, migrations.FORMAT_VERSION))


def test_current_files_pass_through_unchanged() -> None:
    data = payload()
    assert migrations.upgrade(dict(data)) == data


def test_old_files_are_upgraded_one_step_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend we are at format 3: v1 renamed 'name' → 'title'; v2 added the view."""
    seen: list[int] = []

    def v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
        seen.append(data["format_version"])
        for blueprint in data["document"]["blueprints"]:
            blueprint["title"] = blueprint.pop("name")
        return data

    def v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
        seen.append(data["format_version"])
        for blueprint in data["document"]["blueprints"]:
            blueprint.setdefault("view", "both")
        return data

    monkeypatch.setattr(migrations, "FORMAT_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: v1_to_v2, 2: v2_to_v3})
    old = payload(format_version=1)
    blueprint = old["document"]["blueprints"][0]
    blueprint["name"] = blueprint.pop("title")
    del blueprint["view"]
    assert from_bytes(bpx_of(old), "old.bpx") == blank_document()
    assert seen == [1, 2]


def test_a_gap_in_the_chain_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "FORMAT_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: lambda data: data})
    with pytest.raises(BpxError, match="^old.bpx: no upgrade is known from format 2$"):
        from_bytes(bpx_of(payload(format_version=1)), "old.bpx")
