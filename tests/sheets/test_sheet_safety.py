"""Our own exports come back whole, and no sheet can hurt: hostile or huge sheets are read or
refused in one line naming the file (within bounded time and memory), and nothing exported
runs as a formula in a colleague's spreadsheet. No Qt."""

from __future__ import annotations

import csv
import io
import json
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from blueprint_studio.compare import diff
from blueprint_studio.editing import edits
from blueprint_studio.model import Blueprint, Document, problems
from blueprint_studio.sheets import SheetError, read_sheets, write_sheets
from blueprint_studio.sheets.xlsx import SheetOut, write_workbook
from blueprint_studio.storage import open_bpx
from blueprint_studio.templates import TEMPLATES
from tests.conftest import ROOT, SAMPLES
from tests.material import multiscript, word_times

DOCUMENTS = [(path.name, lambda path=path: open_bpx(path)) for path in SAMPLES] + [(t.name, t.make) for t in TEMPLATES]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize(
    "name, make",
    [*DOCUMENTS, ("42 steps in six scripts", multiscript), ("41 steps with times in words", word_times)],
    ids=[*(n for n, _ in DOCUMENTS), "multiscript", "word-times"],
)
def test_an_export_comes_back_as_it_was(tmp_path: Path, name: str, make, suffix: str) -> None:  # type: ignore[no-untyped-def]
    document = make()
    for blueprint in document.blueprints:
        if blueprint.lanes[-1].kind.value != "emotions":
            # A hidden row too.
            blueprint.lanes[-1].hidden = not blueprint.lanes[-1].hidden or blueprint.lanes[-1].hidden
    chosen = document.blueprints[:1] if suffix == ".csv" else document.blueprints
    path = tmp_path / f"sheet{suffix}"
    write_sheets(document, chosen, path)
    back = read_sheets(path)
    assert problems(back) == []
    expected = document.model_copy(update={"blueprints": chosen}) if suffix == ".csv" else document
    if suffix == ".csv":  # what the CSV's one blueprint does not name is not in it
        used = {p for b in chosen for p in b.personas} | {p.persona for b in chosen for p in b.emotions}
        expected = expected.model_copy(
            update={"blueprints": [b.model_copy(update={"variant_of": None}) for b in chosen]}
        )
        back = back.model_copy(
            update={"personas": [p for p in back.personas if p.id in used or p in document.personas]}
        )
    assert [c.line() for c in diff(expected, back)] == []


def test_an_edited_export_keeps_the_edits_and_what_it_could_not_show(tmp_path: Path) -> None:
    document = open_bpx(SAMPLES[-1])
    path = tmp_path / "edited.xlsx"
    write_sheets(document, document.blueprints, path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "Backstage")
    sheet.cell(row, 2).value = ((sheet.cell(row, 2).value or "") + "\n\nNew check by the night auditor").strip()
    book.save(path)
    back = read_sheets(path)
    blueprint = back.blueprints[0]
    assert any(card.text == "New check by the night auditor" for card in blueprint.cards)
    kept = [c for c in diff(document, back)]
    assert [c.kind for c in kept] == ["added"], [c.line() for c in kept]
    noted = [c for c in document.blueprints[0].cards if c.notes]
    assert noted and all(blueprint.card(c.id).notes == c.notes for c in noted)  # notes survived the hand edit


def test_nothing_exported_runs_as_a_formula(tmp_path: Path) -> None:
    document = Document(blueprints=[Blueprint.blank("bp", '=HYPERLINK("http://x","click")', ["s1", "s2"])])
    blueprint = document.blueprints[0]
    blueprint.steps[0].name = "+SUM(1,2)"
    hostile = ["=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", '=WEBSERVICE("http://x")']
    for text in hostile:
        edits.add_card(blueprint, "customer_actions", "s2", None, text)[0].apply(document)
    write_sheets(document, document.blueprints, tmp_path / "x.xlsx")
    with zipfile.ZipFile(tmp_path / "x.xlsx") as archive:
        assert all(b"<f>" not in archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/"))
    write_sheets(document, document.blueprints, tmp_path / "x.csv")
    cells = [
        cell for row in csv.reader(io.StringIO((tmp_path / "x.csv").read_text(encoding="utf-8-sig"))) for cell in row
    ]
    assert not any(
        cell.startswith(("=", "+", "@")) or (cell.startswith("-") and not cell.lstrip("-").replace(".", "").isdigit())
        for cell in cells
    )
    for suffix in (".xlsx", ".csv"):
        back = read_sheets(tmp_path / f"x{suffix}").blueprints[0]
        assert sorted(c.text for c in back.cards) == sorted(hostile) and back.steps[0].name == "+SUM(1,2)", suffix


def _hostile(tmp_path: Path) -> list[Path]:
    made = []

    def csv_file(name: str, data: bytes) -> None:
        (tmp_path / name).write_bytes(data)
        made.append(tmp_path / name)

    csv_file("huge-number.csv", b"Step,a\nCustomer actions,x\nEmotions: Ana," + b"9" * 5000 + b"\n")
    csv_file(
        "superscript.csv",
        "Step,a\nCustomer actions,x\n\nArrows,from,to\n"
        ",a › Customer actions › ²: x,a › Customer actions › 1: x\n".encode(),
    )
    csv_file("long-cell.csv", b"Step,a\nCustomer actions," + b"x" * 200_000 + b"\n")
    csv_file("stray-newline.csv", b'Step,a\r\nCustomer actions,x\ry\r\n"unclosed,\n')
    csv_file("utf16-no-bom.csv", "Step,a\nCustomer actions,x\n".encode("utf-16-le"))
    csv_file("binary.csv", bytes(random.Random(1).randrange(256) for _ in range(5000)))
    csv_file(
        "many-cells.csv",
        (
            "Step,"
            + ",".join("s" for _ in range(3000))
            + "\n"
            + ("Customer actions," + ",".join("c" for _ in range(3000)) + "\n") * 200
        ).encode(),
    )
    csv_file(
        "many-cards.csv", ("Step,a\nCustomer actions," + '"' + "\n\n".join("c" for _ in range(10_000)) + '"\n').encode()
    )
    csv_file("bad-duration.csv", ("Step,a\nDuration," + "x" * 300 + "\nCustomer actions,y\n").encode())
    csv_file("no-grid.csv", b"just some words\nand more words\n")
    book = Workbook()
    book.active.append(["Step", "a"])
    book.active.append(["Customer actions", "x" * 40])
    buffer = io.BytesIO()
    book.save(buffer)
    data = buffer.getvalue()
    (tmp_path / "bomb.xlsx").write_bytes(_zip_bomb())
    made.append(tmp_path / "bomb.xlsx")
    for name, claim, held in (("strings-claimed.xlsx", 16_000_000, 1000), ("strings-held.xlsx", 1000, 250_000)):
        with (
            zipfile.ZipFile(io.BytesIO(data)) as archive,
            zipfile.ZipFile(tmp_path / name, "w", zipfile.ZIP_DEFLATED) as out,
        ):
            for info in archive.infolist():
                body = archive.read(info)
                if info.filename == "xl/_rels/workbook.xml.rels":  # the texts are the workbook's shared strings
                    body = body.replace(
                        b"</Relationships>",
                        b'<Relationship Id="rS" Target="sharedStrings.xml" Type="http://schemas.'
                        b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>',
                    )
                out.writestr(info, body)
            out.writestr(
                "xl/sharedStrings.xml",
                f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{claim}" '
                f'uniqueCount="{claim}">'.encode()
                + b"<si><t>x</t></si>" * held
                + b"</sst>",
            )
        made.append(tmp_path / name)
    (tmp_path / "truncated.xlsx").write_bytes(data[: len(data) // 2])
    made.append(tmp_path / "truncated.xlsx")
    (tmp_path / "not-a-zip.xlsx").write_bytes(b"PK\x03\x04 nothing")
    made.append(tmp_path / "not-a-zip.xlsx")
    wide = [["Step", *(f"s{n}" for n in range(1499))]] + [
        [f"Lane {r}", *(f"c{r}-{n}" for n in range(1499))] for r in range(199)
    ]
    (tmp_path / "300k-cells.xlsx").write_bytes(write_workbook([SheetOut("S", wide)]))
    made.append(tmp_path / "300k-cells.xlsx")
    csv_file(
        "13k-cards.csv",
        (
            "Step,"
            + ",".join(f"s{n}" for n in range(1300))
            + "\n"
            + "".join(f"Lane {r}," + ",".join("c" for _ in range(1300)) + "\n" for r in range(10))
        ).encode(),
    )
    laughs = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    with zipfile.ZipFile(io.BytesIO(data)) as archive, zipfile.ZipFile(tmp_path / "laughs.xlsx", "w") as out:
        for info in archive.infolist():
            body = archive.read(info)
            out.writestr(
                info, laughs + body.split(b"?>", 1)[-1] if info.filename == "xl/worksheets/sheet1.xml" else body
            )
    made.append(tmp_path / "laughs.xlsx")
    return made


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * 200_000_000 + b"</a>")
    return buffer.getvalue()


def test_hostile_sheets_are_read_or_refused_in_one_line_naming_the_file(tmp_path: Path) -> None:
    """Each file in a fresh process's hands: read or refused in one line naming it, within 2 s,
    the process never above 300 MB."""
    paths = _hostile(tmp_path)
    script = (
        "import json, sys, time\n"
        "from pathlib import Path\n"
        "from blueprint_studio.sheets import SheetError, read_sheets\n"
        "from blueprint_studio.model import problems\n"
        "from benchmarks.memory import peak_mb\n"
        "for name in sys.argv[1:]:\n"
        "    started = time.perf_counter()\n"
        "    try:\n"
        "        outcome = 'valid' if problems(read_sheets(Path(name))) == [] else 'INVALID'\n"
        "    except SheetError as error:\n"
        "        outcome = str(error)\n"
        "    print(json.dumps([Path(name).name, time.perf_counter() - started, outcome, peak_mb()]), flush=True)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, paths)], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r[0] for r in results] == [p.name for p in paths]
    for name, seconds, outcome, peak in results:
        assert outcome == "valid" or (outcome.startswith(name) and "\n" not in outcome and len(outcome) < 400), (
            name,
            outcome,
        )
        assert seconds < 2, (name, seconds)
        assert peak < 300, (name, peak)
    assert {r[0] for r in results if r[2] == "valid"} <= {"stray-newline.csv", "utf16-no-bom.csv", "many-cards.csv"}, (
        results
    )


@pytest.mark.parametrize("seed", range(40))
def test_mutated_sheets_open_or_are_refused(tmp_path: Path, seed: int) -> None:
    """A fuzz test, like the .bpx one: random edits of real exports' bytes and cells."""
    rng = random.Random(seed)
    name, make = DOCUMENTS[seed % len(DOCUMENTS)]
    document = make()
    suffix = ".xlsx" if seed % 2 else ".csv"
    path = tmp_path / f"m{suffix}"
    write_sheets(document, document.blueprints[:1] if suffix == ".csv" else document.blueprints, path)
    data = bytearray(path.read_bytes())
    if suffix == ".csv" or seed % 4 == 1:
        for _ in range(rng.randint(1, 12)):
            i = rng.randrange(len(data))
            data[i : i + rng.randint(0, 8)] = bytes(rng.randrange(256) for _ in range(rng.randint(0, 8)))
        path.write_bytes(bytes(data))
    else:
        book = load_workbook(path)
        sheet = book.worksheets[0]
        for _ in range(rng.randint(1, 10)):
            cell = sheet.cell(rng.randint(1, sheet.max_row + 2), rng.randint(1, sheet.max_column + 2))
            cell.value = rng.choice(
                [
                    "",
                    "[fail] [bogus]",
                    "Step",
                    "Line of visibility",
                    "=1+1",
                    "-",
                    "9" * 400,
                    "x\n\n\n[team: ]",
                    "⚠ (F) (W)",
                    None,
                ]
            )
        book.save(path)
    try:
        back = read_sheets(path)
    except SheetError as error:
        assert str(error).startswith(path.name) and "\n" not in str(error)
    else:
        assert problems(back) == []
