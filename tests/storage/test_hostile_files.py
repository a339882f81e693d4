"""One test per class of damaged or hostile input; each checks the one-line message."""

from __future__ import annotations

import json
import struct
import zipfile

import pytest

from blueprint_studio.errors import BpxError
from blueprint_studio.storage import FORMAT_VERSION, from_bytes, limits, open_bpx, to_bytes
from tests.bpx_files import blank_document, bpx_of, payload, zip_bytes


def message_for(data: bytes) -> str:
    with pytest.raises(BpxError) as caught:
        from_bytes(data, "client.bpx")
    text = str(caught.value)
    assert "\n" not in text and text.startswith("client.bpx: ")
    return text


def test_empty_file() -> None:
    assert message_for(b"") == "client.bpx: the file is empty"


def test_not_a_zip() -> None:
    assert "not a ZIP archive" in message_for(b"%PDF-1.7 this is something else")


def test_truncated_zip() -> None:
    data = to_bytes(blank_document())
    assert "damaged or truncated" in message_for(data[: len(data) // 2])


def test_corrupted_deflate_stream() -> None:
    data = bytearray(to_bytes(blank_document()))
    data[40:60] = b"\xff" * 20  # inside document.json's compressed bytes
    assert "damaged" in message_for(bytes(data))


def test_no_document_json() -> None:
    assert message_for(zip_bytes({"notes.txt": b"hello"})) == "client.bpx: document.json is missing from the archive"


def test_bad_json() -> None:
    text = message_for(zip_bytes({"document.json": b'{"format_version": 1,'}))
    assert "document.json is not valid JSON" in text and "line 1" in text


def test_json_not_an_object() -> None:
    assert "must hold a JSON object" in message_for(zip_bytes({"document.json": b"[1, 2]"}))


def test_bad_utf8() -> None:
    text = message_for(zip_bytes({"document.json": b'{"a": "caf\xe9"}'}))
    assert text == "client.bpx: document.json is not valid UTF-8 (at byte offset 10)"


def test_deep_nesting() -> None:
    deep = b'{"a": ' * 5_000 + b"1" + b"}" * 5_000
    text = message_for(zip_bytes({"document.json": deep}, zipfile.ZIP_STORED))
    assert text == "client.bpx: document.json is nested more than 32 levels deep"


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    document = blank_document()
    document.blueprints[0].title = "[[[[" * 40
    assert from_bytes(to_bytes(document)) == document


def test_duplicate_json_keys() -> None:
    assert "the key 'format_version' twice" in message_for(
        zip_bytes({"document.json": b'{"format_version": 1, "format_version": 1}'})
    )


def test_nan_is_refused() -> None:
    text = json.dumps(payload()).replace('"app_version": "test"', '"app_version": NaN')
    assert "NaN" in message_for(zip_bytes({"document.json": text.encode()}))


def test_zip_bomb_by_ratio() -> None:
    bomb = zip_bytes({"document.json": b"{" + b" " * (20 * 1024 * 1024) + b"}"})
    assert len(bomb) < 100_000
    text = message_for(bomb)
    assert "ZIP bomb" in text or "at most" in text


def test_zip_bomb_beyond_total_size() -> None:
    entries = {f"assets/{n:064x}.png": b"\0" * 64 for n in range(3)}
    data = zip_bytes(entries)
    # Rewrite the declared sizes to claim 200 MB each: judged before anything inflates.
    forged = _forge_sizes(data, 200 * 1024 * 1024)
    text = message_for(forged)
    assert "inflates to" in text


def test_header_that_lies_about_its_size() -> None:
    data = zip_bytes({"document.json": json.dumps(payload()).encode()})
    forged = _forge_sizes(data, 10)
    assert "damaged" in message_for(forged) or "declared size" in message_for(forged)


def test_too_many_entries() -> None:
    entries = {f"assets/{n:064x}.png": b"" for n in range(limits.MAX_ENTRIES + 1)}
    entries["document.json"] = json.dumps(payload()).encode()
    assert f"at most {limits.MAX_ENTRIES:,} are accepted" in message_for(zip_bytes(entries, zipfile.ZIP_STORED))


@pytest.mark.parametrize("name", ["../evil.json", "assets/../../etc/passwd", "/etc/passwd", "C:/evil", "a\\..\\b"])
def test_path_traversal(name: str) -> None:
    text = message_for(zip_bytes({"document.json": json.dumps(payload()).encode(), name: b"x"}))
    assert "outside the archive" in text or "absolute path" in text


def test_encrypted_entry_is_refused() -> None:
    data = bytearray(zip_bytes({"document.json": json.dumps(payload()).encode()}))
    _set_flag_bits(data, 0x1)
    assert "encrypted" in message_for(bytes(data))


def test_newer_version() -> None:
    text = message_for(bpx_of(payload(format_version=7, app_version="9.0")))
    assert text == (
        "client.bpx: it was written in .bpx format 7 by a newer Blueprint Studio (app 9.0); "
        f"this build reads formats 1 to {FORMAT_VERSION}"
    )


@pytest.mark.parametrize("version", [None, 0, -3, "1", 1.0, True])
def test_missing_or_odd_version(version: object) -> None:
    data = payload(format_version=version)
    assert "format_version is missing or not a positive whole number" in message_for(bpx_of(data))


def test_dangling_reference() -> None:
    document = blank_document()
    body = payload(document)
    body["document"]["blueprints"][0]["cards"] = [{"id": "c1", "lane": "frontstage", "step": "s9"}]
    assert message_for(bpx_of(body)) == "client.bpx: blueprint 'Test journey' > card c1: unknown step 's9'"


def test_connector_to_missing_card() -> None:
    body = payload()
    blueprint = body["document"]["blueprints"][0]
    blueprint["cards"] = [{"id": "c1", "lane": "frontstage", "step": "s1"}]
    blueprint["connectors"] = [{"id": "a1", "source": "c1", "target": "ghost"}]
    assert message_for(bpx_of(body)) == (
        "client.bpx: blueprint 'Test journey' > connector a1: target card 'ghost' does not exist in this blueprint"
    )


def test_duplicate_id() -> None:
    body = payload()
    blueprint = body["document"]["blueprints"][0]
    blueprint["cards"] = [
        {"id": "c1", "lane": "frontstage", "step": "s1"},
        {"id": "c1", "lane": "backstage", "step": "s2"},
    ]
    assert message_for(bpx_of(body)) == (
        "client.bpx: blueprint 'Test journey' > card c1: duplicate id 'c1' (already used by blueprint 'Test "
        "journey' > card c1)"
    )


def test_huge_text() -> None:
    body = payload()
    body["document"]["blueprints"][0]["cards"] = [{"id": "c1", "lane": "frontstage", "step": "s1", "text": "x" * 5000}]
    assert message_for(bpx_of(body)) == (
        "client.bpx: blueprint 'Test journey' > card c1 > text: at most 2,000 characters (this has 5,000)"
    )


def test_lone_surrogate_in_text() -> None:
    body = payload()
    body["document"]["blueprints"][0]["title"] = "\ud800"
    text = message_for(bpx_of(body))
    assert text.endswith("> title: input should be a valid string, unable to parse raw data as a unicode string")
    text.encode("utf-8")  # the message itself must be printable


def test_score_off_the_scale_and_negative_duration() -> None:
    body = payload()
    body["document"]["personas"] = [{"id": "p1", "name": "Ana"}]
    blueprint = body["document"]["blueprints"][0]
    blueprint["emotions"] = [
        {"id": "e1", "persona": "p1", "step": "s1", "score": 2.5},
        {"id": "e2", "persona": "p1", "step": "s2", "score": 0.3},
    ]
    blueprint["steps"][0]["duration"] = {"value": -1, "unit": "min"}
    with pytest.raises(BpxError) as caught:
        from_bytes(bpx_of(body), "client.bpx")
    assert str(caught.value).endswith("(and 2 more problems)")
    assert caught.value.problems == [
        "client.bpx: blueprint 'Test journey' > step s1 > duration > value: input should be greater than or equal to 0",
        "client.bpx: blueprint 'Test journey' > emotion point e1 > score: input should be less than or equal to 2",
        "client.bpx: blueprint 'Test journey' > emotion point e2 > score: input should be a multiple of 0.5",
    ]


def test_format_1_emotion_off_the_scale() -> None:
    body = payload(format_version=1)
    blueprint = body["document"]["blueprints"][0]
    del blueprint["personas"], blueprint["view"], blueprint["emotions"]
    del body["document"]["personas"]
    blueprint["persona"] = {"name": "", "description": ""}
    blueprint["cards"] = [{"id": "c1", "lane": "customer_actions", "step": "s1", "emotion": 5}]
    assert message_for(bpx_of(body)) == (
        "client.bpx: blueprint 'Test journey' > card c1 > emotion: 5 is not a score from -2 to +2"
    )


def test_lane_across_a_line() -> None:
    body = payload()
    lanes = body["document"]["blueprints"][0]["lanes"]
    lanes.append({"id": "partners", "kind": "custom", "name": "Partners", "zone": "frontstage"})
    assert "lanes may not cross a line" in message_for(bpx_of(body))


def test_unknown_field_is_an_error_not_silently_dropped() -> None:
    body = payload()
    body["document"]["blueprints"][0]["colour_scheme"] = "pink"
    assert message_for(bpx_of(body)) == (
        "client.bpx: blueprint 'Test journey' > colour_scheme: extra inputs are not permitted"
    )


def test_asset_whose_hash_does_not_match() -> None:
    name = "0" * 64 + ".png"
    data = zip_bytes({"document.json": json.dumps(payload()).encode(), f"assets/{name}": b"not that"})
    assert "does not match its content hash" in message_for(data)


def test_open_missing_file_and_folder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BpxError, match="^gone.bpx: no such file$"):
        open_bpx(tmp_path / "gone.bpx")
    with pytest.raises(BpxError, match="is a folder"):
        open_bpx(tmp_path)


# ----------------------------------------------------------------- helpers that forge ZIP headers


def _forge_sizes(data: bytes, size: int) -> bytes:
    """Set every entry's declared inflated size (local and central headers) to `size`."""
    out = bytearray(data)
    offset = 0
    while (offset := out.find(b"PK\x03\x04", offset)) != -1:
        struct.pack_into("<I", out, offset + 22, size)
        offset += 4
    offset = 0
    while (offset := out.find(b"PK\x01\x02", offset)) != -1:
        struct.pack_into("<I", out, offset + 24, size)
        offset += 4
    return bytes(out)


def _set_flag_bits(data: bytearray, bits: int) -> None:
    for signature, position in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        offset = data.find(signature)
        flags = struct.unpack_from("<H", data, offset + position)[0]
        struct.pack_into("<H", data, offset + position, flags | bits)


# ------------------------------------------------------------ every rule of the format


def test_an_entry_name_with_a_nul_is_refused() -> None:
    """zipfile cuts 'document.json\\0.txt' to 'document.json'; other tools see another file."""
    data = bytearray(zip_bytes({"document.json\x01.txt": json.dumps(payload()).encode()}))
    for at in range(len(data) - len(b"document.json\x01.txt")):  # in the local header and the directory
        if data[at : at + 15] == b"document.json\x01.":
            data[at + 13] = 0
    assert "an entry name contains a NUL character ('document.json\\x00.txt')" in message_for(bytes(data))


def test_an_entry_named_otherwise_in_its_own_header_is_refused() -> None:
    data = bytearray(bpx_of(payload()))
    data[30 : 30 + len(b"document.json")] = b"document.jsxn"  # the local header only
    assert "its own header names it 'document.jsxn'" in message_for(bytes(data))


@pytest.mark.parametrize("number", ["9" * 5000, "-" + "1" * 31, "1e999", "-1e999", "1" * 400 + ".5"])
def test_numbers_no_field_can_hold_are_refused_by_name(number: str) -> None:
    text = json.dumps(payload()).replace(f'"format_version": {FORMAT_VERSION}', f'"format_version": {number}', 1)
    assert number in text
    message = message_for(zip_bytes({"document.json": text.encode()}))
    assert "document.json holds" in message and len(message) < 200


def test_unknown_keys_at_the_top_level_are_refused() -> None:
    assert message_for(bpx_of(payload(extra={"anything": 1}))) == (
        "client.bpx: document.json has an unknown key 'extra' at its top level (known: format_version, app_version, "
        "document)"
    )


@pytest.mark.parametrize("version", [[[[]]] * 30, 7, "x" * 65, "0.1\n0"])
def test_app_version_is_a_short_line_of_text(version: object) -> None:
    assert "app_version must be a short line of text" in message_for(bpx_of(payload(app_version=version)))


@pytest.mark.parametrize("character", ["\r", "\x7f", "\x85", "\x9b", "\x1b", "\x00"])
def test_every_control_but_tab_and_newline_is_refused_in_text(character: str) -> None:
    data = payload()
    data["document"]["blueprints"][0]["title"] = f"Hotel{character}stay"
    message = message_for(bpx_of(data))
    assert f"title: character U+{ord(character):04X} at position 5 is not allowed in text" in message


def test_tab_and_newline_stay_allowed() -> None:
    data = payload()
    data["document"]["blueprints"][0]["title"] = "Hotel\tstay\nsecond line"
    assert from_bytes(bpx_of(data)).blueprints[0].title == "Hotel\tstay\nsecond line"


def test_a_flood_of_errors_stops_at_a_hundred() -> None:
    data = payload()
    blueprint = data["document"]["blueprints"][0]
    lane, step = blueprint["lanes"][0]["id"], blueprint["steps"][0]["id"]
    blueprint["cards"] = [{"id": f"c{n}", "lane": lane, "step": step, "order": -1} for n in range(5_000)]
    with pytest.raises(BpxError) as caught:
        from_bytes(bpx_of(data), "client.bpx")
    assert len(caught.value.problems) == 101
    assert caught.value.problems[-1] == "client.bpx: stopped after 100 problems; there are more"
    assert str(caught.value).endswith("(and more: the first 100 problems are listed)")


def test_a_flood_of_broken_references_stops_at_a_hundred() -> None:
    data = payload()
    blueprint = data["document"]["blueprints"][0]
    lane = blueprint["lanes"][0]["id"]
    blueprint["cards"] = [{"id": f"d{n}", "lane": lane, "step": "gone"} for n in range(300)]
    with pytest.raises(BpxError) as caught:
        from_bytes(bpx_of(data), "client.bpx")
    assert len(caught.value.problems) == 101 and "unknown step 'gone'" in caught.value.problems[0]


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1_000)
    assert "bytes; at most 1,000 are accepted" in message_for(bpx_of(payload()) + b"\0" * 1_000)


def test_document_json_over_its_size_limit_is_refused_before_it_is_parsed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 500)
    assert "entry 'document.json' inflates to" in message_for(bpx_of(payload()))


@pytest.mark.parametrize(
    ("limit", "said"), [("MAX_JSON_VALUES", "values"), ("MAX_JSON_CONTAINERS", "objects and lists")]
)
def test_more_json_values_than_a_document_needs_are_refused_by_count(monkeypatch, limit: str, said: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(limits, limit, 10)
    assert f"document.json holds more than 10 {said}" in message_for(bpx_of(payload()))


def test_an_asset_over_its_size_limit_is_refused(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(limits, "MAX_ASSET_BYTES", 10)
    photo = b"\xff\xd8\xff" + b"\0" * 100
    data = zip_bytes({"document.json": json.dumps(payload()).encode(), f"assets/{'0' * 64}.jpg": photo})
    assert "inflates to 103 bytes; at most 10 are accepted" in message_for(data)


def test_an_unknown_compression_method_is_refused() -> None:
    data = bytearray(zip_bytes({"document.json": json.dumps(payload()).encode()}, zipfile.ZIP_STORED))
    for offset in (8, data.rfind(b"PK\x01\x02") + 10):  # the method, in the local header and the directory
        data[offset : offset + 2] = struct.pack("<H", 12)  # bzip2
    assert "unsupported compression method (12)" in message_for(bytes(data))


@pytest.mark.parametrize("content", [b'<svg xmlns="http://www.w3.org/2000/svg"/>', b"%PDF-1.7", b"II*\0 a tiff"])
def test_an_asset_that_is_not_its_declared_format_is_refused(content: bytes) -> None:
    import hashlib

    name = f"{hashlib.sha256(content).hexdigest()}.png"
    data = zip_bytes({"document.json": json.dumps(payload()).encode(), f"assets/{name}": content})
    assert "is not the png image its name says" in message_for(data)
