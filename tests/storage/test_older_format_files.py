"""Files written in formats 2 (the journey-map builds), 3 (facets, line notes, the
analysis builds), 4 (print audiences) and 5 (line titles) open unchanged in the current format.

`tests/fixtures/format2/` to `format5/` hold the three samples as those builds saved them;
never rewritten.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from blueprint_studio.errors import BpxError
from blueprint_studio.storage import FORMAT_VERSION, from_bytes, open_bpx, to_bytes
from tests.storage.test_format1_files import kept, raw

FOLDER = Path(__file__).parents[1] / "fixtures"
FIXTURES = [(version, path) for version in (2, 3, 4, 5) for path in sorted((FOLDER / f"format{version}").glob("*.bpx"))]


def test_the_fixtures_are_of_their_format() -> None:
    assert len(FIXTURES) == 12 and FORMAT_VERSION == 6
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


def test_an_older_files_carriage_returns_become_newlines() -> None:
    """Format 6 refuses CR in text; an earlier build's CSV import could store CRLF."""
    data = raw(FOLDER / "format5" / "hotel-stay.bpx")
    card = data["document"]["blueprints"][0]["cards"][0]
    card["text"] = "Queue at\r\nreception\rdesk"
    document = from_bytes(_zipped(data, FOLDER / "format5" / "hotel-stay.bpx"))
    assert document.blueprints[0].cards[0].text == "Queue at\nreception\ndesk"


def test_a_current_files_carriage_return_is_refused_by_place() -> None:
    data = raw(FOLDER / "format5" / "hotel-stay.bpx")
    data["format_version"] = FORMAT_VERSION
    card = data["document"]["blueprints"][0]["cards"][0]
    card["text"] = "Queue at\r\nreception"
    with pytest.raises(
        BpxError, match=rf"card {card['id']} > text: character U\+000D at position 8 is not allowed in text"
    ):
        from_bytes(_zipped(data, FOLDER / "format5" / "hotel-stay.bpx"))


def _zipped(data: dict[str, object], beside: Path) -> bytes:
    """`data` as document.json, with the photos of the file `beside`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(beside) as source, zipfile.ZipFile(buffer, "w") as archive:
        for name in source.namelist():
            archive.writestr(name, json.dumps(data) if name == "document.json" else source.read(name))
    return buffer.getvalue()
