"""Model → file → model is exact, and saving is byte-for-byte deterministic."""

from __future__ import annotations

import hashlib
import zipfile
from io import BytesIO

from hypothesis import given

from blueprint_studio.model import problems
from blueprint_studio.storage import from_bytes, to_bytes
from tests.bpx_files import blank_document
from tests.sample_sources import SAMPLE_BUILDERS
from tests.strategies import documents


@given(documents())
def test_generated_documents_round_trip_exactly(document) -> None:  # type: ignore[no-untyped-def]
    assert problems(document) == []
    data = to_bytes(document)
    assert from_bytes(data) == document
    assert to_bytes(from_bytes(data)) == data


def test_samples_round_trip() -> None:
    for builder in SAMPLE_BUILDERS.values():
        document = builder()
        assert from_bytes(to_bytes(document)) == document


def test_same_document_gives_identical_bytes() -> None:
    assert to_bytes(SAMPLE_BUILDERS["hotel-stay.bpx"]()) == to_bytes(SAMPLE_BUILDERS["hotel-stay.bpx"]())


def test_entries_are_sorted_with_fixed_metadata() -> None:
    document = blank_document()
    png = b"\x89PNG\r\n\x1a\n fake"
    name = hashlib.sha256(png).hexdigest() + ".png"
    document.assets[name] = png
    document.blueprints[0].cards = []
    archive = zipfile.ZipFile(BytesIO(to_bytes(document, thumbnail=b"thumb")))
    infos = archive.infolist()
    assert [i.filename for i in infos] == [f"assets/{name}", "document.json", "thumbnail.png"]
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert {i.create_system for i in infos} == {3}


def test_assets_round_trip_and_are_referenced_by_hash() -> None:
    document = blank_document()
    photo = b"\xff\xd8\xff" + bytes(range(256)) * 10  # a JPEG by its first bytes (the reader checks them, not the rest)
    name = hashlib.sha256(photo).hexdigest() + ".jpg"
    document.assets[name] = photo
    from blueprint_studio.model import Card

    document.blueprints[0].cards.append(Card(id="c1", lane="physical_evidence", step="s1", text="Key card", image=name))
    assert from_bytes(to_bytes(document)) == document


def test_card_image_without_its_asset_is_a_problem() -> None:
    from blueprint_studio.model import Card

    document = blank_document()
    document.blueprints[0].cards.append(Card(id="c1", lane="physical_evidence", step="s1", image="a" * 64 + ".png"))
    assert problems(document) == [
        f"blueprint 'Test journey' > card c1: image '{'a' * 64}.png' is not among the file's assets"
    ]
