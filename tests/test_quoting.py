"""Every message that quotes a file's content shows it on one line, visibly, in reading order.

Each builder is fed the strings that did harm (a newline that starts a fake verdict, an ANSI
escape, the 8-bit CSI, a right-to-left override, a carriage return) and its message checked.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from blueprint_studio.errors import BpxError
from blueprint_studio.quoting import one_line, quoted, visible
from blueprint_studio.sheets import SheetError, read_sheets
from blueprint_studio.storage import from_bytes, save_bpx
from tests.bpx_files import blank_document, bpx_of, payload, sample_document, zip_bytes

HOSTILE = [
    "x\nclient.bpx: valid",
    "red \x1b[31mALERT\x1b[0m",
    "csi \x9b2J",
    "reversed \u202etxt.exe",
    "over\rwrite",
    "del \x7f",
    "isolate \u2066x\u2069",
    "line\u2028separator",
    "tab\there",
]
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def assert_one_safe_line(message: str) -> None:
    assert not UNSAFE.search(message), f"unsafe character in {message!r}"


@pytest.mark.parametrize("text", HOSTILE)
def test_quoted_text_is_visible_and_on_one_line(text: str) -> None:
    shown = quoted(text)
    assert_one_safe_line(shown)
    # The escapes read back as the text.
    assert shown.encode("ascii", "backslashreplace").decode("unicode_escape") == text


def test_escapes_read_like_python_literals() -> None:
    assert visible("a\nb\x1bc\u202ed\x9b") == "a\\nb\\x1bc\\u202ed\\x9b"
    assert quoted("x" * 100, 10) == "x" * 10 + "…"
    # Scripts pass as they are.
    assert one_line("no harm in this — ü, 日本, עברית") == "no harm in this — ü, 日本, עברית"


def _refusal(data: bytes) -> str:
    with pytest.raises(BpxError) as caught:
        from_bytes(data, "client.bpx")
    for line in [str(caught.value), *caught.value.problems]:
        assert_one_safe_line(line)
    return str(caught.value)


@pytest.mark.parametrize("text", HOSTILE)
def test_a_broken_file_names_its_hostile_ids_and_titles_safely(text: str) -> None:
    data = payload()
    blueprint = data["document"]["blueprints"][0]
    blueprint["title"] = text  # a valid title (or not), quoted in the place of every error
    blueprint["lanes"][0]["id"] = text  # never a valid id: named in the message
    blueprint["lanes"][0]["colour"] = 12
    _refusal(bpx_of(data))


@pytest.mark.parametrize("text", HOSTILE)
def test_container_and_json_messages_quote_names_safely(text: str) -> None:
    _refusal(zip_bytes({"document.json": b"{}", text: b"?"}))
    _refusal(
        zip_bytes(
            {"document.json": ('{"a": 1, "{key}": 2, "{key}": 3}'.replace("{key}", json.dumps(text)[1:-1])).encode()}
        )
    )
    _refusal(bpx_of({**payload(), text: 1}))
    _refusal(bpx_of(payload(app_version=text)))


def test_a_hostile_card_text_breaks_no_cross_reference_message() -> None:
    document = sample_document()
    blueprint = document.blueprints[0]
    blueprint.title = HOSTILE[0]
    blueprint.lanes[1].name = HOSTILE[3]
    data = json.loads(json.dumps(payload(document)))
    data["document"]["blueprints"][0]["cards"][0]["step"] = "no-such-step"
    message = _refusal(bpx_of(data) if not document.assets else _with_assets(data, document.assets))
    assert "unknown step 'no-such-step'" in message and "\\nclient.bpx: valid" in message


def _with_assets(data: dict[str, object], assets: dict[str, bytes]) -> bytes:
    return zip_bytes(
        {"document.json": json.dumps(data).encode(), **{f"assets/{name}": blob for name, blob in assets.items()}}
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_sheet_messages_quote_cells_safely(tmp_path: Path, text: str) -> None:
    sheet = tmp_path / "drafted.csv"
    rows = [
        ["", "Arrive", "Check in"],
        ["Customer actions", "Walks in", "Queues"],
        ["Frontstage", "", ""],
        ["Arrows", "", ""],
        ["Arrive › Customer actions › 1: Walks in", f"Check in › Custo{text}mers › 1: Queues", "", ""],
    ]
    with sheet.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    with pytest.raises(SheetError) as caught:
        read_sheets(sheet)
    assert_one_safe_line(str(caught.value))
    assert f"there is no lane called 'Custo{visible(text)}mers'" in str(caught.value)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "blueprint_studio", *args], capture_output=True, text=True, encoding="utf-8", check=False
    )


def test_the_command_line_prints_no_line_a_file_did_not_earn(tmp_path: Path) -> None:
    data = payload()
    blueprint = data["document"]["blueprints"][0]
    blueprint["title"] = "Hotel\nclient.bpx: valid"
    blueprint["cards"] = [
        {"id": "c1\u202e", "lane": blueprint["lanes"][0]["id"], "step": blueprint["steps"][0]["id"], "text": "\x1b[2J"}
    ]
    hostile = tmp_path / "client.bpx"
    hostile.write_bytes(bpx_of(data))
    done = _cli("validate", str(hostile))
    assert done.returncode == 1 and done.stdout == ""
    for line in done.stderr.splitlines():
        assert_one_safe_line(line)
    assert not any(line.endswith(": valid") for line in done.stderr.splitlines())


def test_diff_and_check_lines_quote_card_text(tmp_path: Path) -> None:
    before, after = blank_document(), blank_document()
    save_bpx(before, tmp_path / "a.bpx")
    after.blueprints[0].title = "As is\n\u202eto be"  # allowed in a title, harmful on a terminal
    save_bpx(after, tmp_path / "b.bpx")
    for done in (
        _cli("diff", str(tmp_path / "a.bpx"), str(tmp_path / "b.bpx")),
        _cli("check", str(tmp_path / "b.bpx")),
        _cli("info", str(tmp_path / "b.bpx")),
    ):
        assert done.stdout, done.stderr
        for line in done.stdout.splitlines():
            assert_one_safe_line(line)
        assert "As is\\n\\u202eto be" in done.stdout
