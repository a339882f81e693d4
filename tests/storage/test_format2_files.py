"""Files written in format 2 (the journey-map builds) open unchanged in format 3.

`tests/fixtures/format2/` holds the three samples as those builds saved them; never rewritten.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from blueprint_studio.storage import FORMAT_VERSION, from_bytes, open_bpx, to_bytes
from tests.storage.test_format1_files import kept, raw

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "format2").glob("*.bpx"))


def test_the_fixtures_are_format_2() -> None:
    assert len(FIXTURES) == 3 and FORMAT_VERSION == 3
    assert all(raw(path)["format_version"] == 2 for path in FIXTURES)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_everything_a_format_2_file_said_is_still_said(path: Path) -> None:
    document = open_bpx(path)
    assert kept(raw(path)["document"], document.model_dump(mode="json"))
    saved = to_bytes(document)
    assert from_bytes(saved) == document
