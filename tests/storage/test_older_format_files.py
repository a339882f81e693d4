"""Files written in formats 2 (the journey-map builds), 3 (facets, line notes, the
analysis builds) and 4 (print audiences) open unchanged in the current format.

`tests/fixtures/format2/` to `format4/` hold the three samples as those builds saved them;
never rewritten.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from blueprint_studio.storage import FORMAT_VERSION, from_bytes, open_bpx, to_bytes
from tests.storage.test_format1_files import kept, raw

FOLDER = Path(__file__).parents[1] / "fixtures"
FIXTURES = [(version, path) for version in (2, 3, 4) for path in sorted((FOLDER / f"format{version}").glob("*.bpx"))]


def test_the_fixtures_are_of_their_format() -> None:
    assert len(FIXTURES) == 9 and FORMAT_VERSION == 5
    assert all(raw(path)["format_version"] == version for version, path in FIXTURES)


@pytest.mark.parametrize(("version", "path"), FIXTURES, ids=lambda p: p.name if isinstance(p, Path) else f"format{p}")
def test_everything_an_older_file_said_is_still_said(version: int, path: Path) -> None:
    document = open_bpx(path)
    assert kept(raw(path)["document"], document.model_dump(mode="json"))
    saved = to_bytes(document)
    assert from_bytes(saved) == document
    assert raw_version(saved) == FORMAT_VERSION


def raw_version(data: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return int(json.loads(archive.read("document.json"))["format_version"])
