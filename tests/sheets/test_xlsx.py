"""The .xlsx container: workbooks other programs write read as their cells show, and ours open
in another reader (openpyxl) with their styles, merges, frozen headers and hidden sheet. No Qt."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from blueprint_studio.model import Document
from blueprint_studio.sheets import SheetError, read_sheets, write_sheets
from blueprint_studio.sheets.xlsx import SheetOut, read_workbook, write_workbook
from blueprint_studio.storage import open_bpx

ROOT = Path(__file__).resolve().parents[2]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _read(data: bytes) -> dict[str, list[list[str]]]:
    def any_row(row: list[str], number: int, where: str) -> None:
        pass

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {sheet.title: sheet.rows for sheet in read_workbook(archive, "book.xlsx", any_row, 1000, 10_000)}


def _book(rows: list[list[object]], setup=None) -> bytes:  # type: ignore[no-untyped-def]
    book = Workbook()
    sheet = book.active
    sheet.title = "Draft"
    for row in rows:
        sheet.append(row)
    if setup is not None:
        setup(book, sheet)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_values_read_as_the_cells_show_them() -> None:
    data = _book(
        [
            ["Step", "Arrive", 3, 2.5, True, None, "  padded  "],
            ["When", date(2026, 12, 7), datetime(2026, 12, 7, 9, 30), time(10, 15), 1234567890123, 0.1 + 0.2],
        ]
    )
    rows = _read(data)["Draft"]
    assert rows[0] == ["Step", "Arrive", "3", "2.5", "TRUE", "", "padded"]
    assert rows[1] == ["When", "2026-12-07", "2026-12-07 9:30", "10:15", "1234567890123", "0.3"]


def test_merged_cells_spread_across_but_not_down() -> None:
    def merge(book, sheet):  # type: ignore[no-untyped-def]
        sheet.merge_cells("B1:D1")
        sheet.merge_cells("A2:A3")
        sheet.merge_cells("B4:XFD4")  # a merge that claims the whole row

    rows = _read(
        _book(
            [["Stage", "Arrive", None, None], ["Lane", "x"], [None, "y"], ["Wide", "w"], ["Step", "a", "b", "c"]], merge
        )
    )["Draft"]
    assert rows[0] == ["Stage", "Arrive", "Arrive", "Arrive"]
    assert rows[1][0] == "Lane" and rows[2][0] == ""
    assert len(rows[3]) == 4  # as wide as the widest row, not 16,384 copies


def test_formulas_read_as_their_result_or_their_own_text() -> None:
    def formula(book, sheet):  # type: ignore[no-untyped-def]
        sheet["B2"] = "=1+2"  # openpyxl stores no result: nothing has calculated it

    rows = _read(_book([["Step", "a"], ["Lane", None]], formula))["Draft"]
    assert rows[1] == ["Lane", "=1+2"]
    cached = _replace(
        _book([["Step", "a"], ["Lane", None]], formula),
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b"<f>1+2</f><v></v>", b"<f>1+2</f><v>3</v>").replace(
            b"<f>1+2</f><v />", b"<f>1+2</f><v>3</v>"
        ),
    )
    assert _read(cached)["Draft"][1] == ["Lane", "3"]


def _replace(data: bytes, part: str, change) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info)
            target.writestr(info.filename, change(body) if info.filename == part else body)
    return out.getvalue()


def _package(sheet_xml: str, strings_xml: str | None = None, workbook_extra: str = "", prefix: str = "") -> bytes:
    """A workbook written by hand, the way .NET's SDK or an old exporter may write one."""
    colon = f"{prefix}:" if prefix else ""
    namespace = f' xmlns:{prefix}="{MAIN}"' if prefix else f' xmlns="{MAIN}"'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="r1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="/xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<{colon}workbook{namespace} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'{workbook_extra}<{colon}sheets><{colon}sheet name="Hand" sheetId="1" '
            f'r:id="s1"/></{colon}sheets></{colon}workbook>',
        )
        rels = (
            '<Relationship Id="s1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/one.xml"/>'
        )
        if strings_xml is not None:
            rels += (
                '<Relationship Id="s2" '
                'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                'Target="strings.xml"/>'
            )
            archive.writestr("xl/strings.xml", strings_xml)
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
        )
        archive.writestr(
            "xl/worksheets/one.xml",
            f"<{colon}worksheet{namespace}><{colon}sheetData>{sheet_xml}</{colon}sheetData></{colon}worksheet>",
        )
    return out.getvalue()


def test_prefixed_namespaces_missing_references_rich_and_phonetic_texts() -> None:
    strings = (
        f'<sst xmlns="{MAIN}"><si><t>Step</t></si>'
        "<si><r><t>Check </t></r><r><rPr><b/></rPr><t>in</t></r></si>"
        '<si><t>受付</t><rPh sb="0" eb="2"><t>ウケツケ</t></rPh></si>'
        "<si><t>line_x000D_break _x005F_x0041_</t></si></sst>"
    )
    sheet = (
        '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>'
        '<x:row r="3"><x:c r="C3" t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c><x:c '
        't="s"><x:v>3</x:v></x:c></x:row>'
    )
    rows = _read(_package(sheet, strings.replace(f'xmlns="{MAIN}"', f'xmlns="{MAIN}"'), prefix="x"))["Hand"]
    assert rows == [["Step", "Check in", "受付"], [], ["", "", "inline", "line\rbreak _x0041_"]]


def test_a_document_type_declaration_is_refused() -> None:
    laughs = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    data = _package('<row><c t="inlineStr"><is><t>&b;</t></is></c></row>')
    data = _replace(data, "xl/worksheets/one.xml", lambda xml: laughs.encode() + xml)
    with pytest.raises(SheetError, match="document type"):
        _read(data)


@pytest.mark.parametrize(
    "xml, message",
    [
        ('<row><c r="ZZZZ1"><v>1</v></c></row>', "'ZZZZ1' is not a cell's place"),
        ('<row><c r="XFE1"><v>1</v></c></row>', "beyond the last column"),
        ('<row r="9999999"><c><v>1</v></c></row>', "beyond the last row"),
        ('<row><c t="s"><v>7</v></c></row>', "Hand!A1: refers to text number 7"),
        ("<row><c><v>1</v></row>", "broken XML at line 1"),
    ],
)
def test_broken_sheets_say_where(xml: str, message: str) -> None:
    with pytest.raises(SheetError, match=message):
        _read(_package(xml, f'<sst xmlns="{MAIN}"><si><t>a</t></si></sst>'))


def test_shared_texts_are_counted_as_they_are_read() -> None:
    many = f'<sst xmlns="{MAIN}" count="1">' + "<si><t>x</t></si>" * 1001 + "</sst>"  # claims one, holds 1,001
    with pytest.raises(SheetError, match="more than 1,000 texts"):
        _read(_package('<row><c t="s"><v>0</v></c></row>', many))


def test_the_1904_date_system() -> None:
    data = _package('<row><c s="1"><v>0</v></c></row>', workbook_extra='<workbookPr date1904="1"/>')
    styles = (
        f'<styleSheet xmlns="{MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>'
    )
    data = _add(
        data,
        "xl/styles.xml",
        styles,
        '<Relationship Id="s3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
        'Target="styles.xml"/>',
    )
    assert _read(data)["Hand"] == [["1904-01-01"]]


def _add(data: bytes, part: str, body: str, relationship: str) -> bytes:
    data = _replace(
        data,
        "xl/_rels/workbook.xml.rels",
        lambda xml: xml.replace(b"</Relationships>", relationship.encode() + b"</Relationships>"),
    )
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a") as archive:
        archive.writestr(part, body)
    return out.getvalue()


def test_our_workbook_opens_in_another_reader_as_designed(tmp_path: Path) -> None:
    document = open_bpx(ROOT / "resources" / "samples" / "hotel-stay.bpx")
    path = tmp_path / "hotel.xlsx"
    write_sheets(document, document.blueprints, path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert book.sheetnames[-1] == "Blueprint Studio" and book.worksheets[-1].sheet_state == "hidden"
    assert sheet.sheet_state == "visible" and sheet.freeze_panes == "B5"
    assert sheet["A3"].value == "Step" and sheet["A3"].font.b and sheet["A3"].fill.fgColor.rgb.endswith("EEF1F4")
    assert sheet["B6"].alignment.wrap_text and sheet.column_dimensions["B"].width == 34
    stage_runs = [str(r) for r in sheet.merged_cells.ranges]
    assert stage_runs and all(r.endswith("2") and r.startswith(tuple("BCDEFGHIJ")) for r in stage_runs)
    scores = [
        cell.value
        for cell in next(row for row in sheet.iter_rows() if str(row[0].value).startswith("Emotions:"))[1:]
        if cell.value is not None
    ]
    assert scores and all(isinstance(score, int | float) for score in scores)  # numbers, ready for a chart
    assert read_sheets(path).blueprints[0].title == document.blueprints[0].title


def test_texts_xml_cannot_hold_and_texts_that_look_escaped_come_back(tmp_path: Path) -> None:
    texts = [
        "a\rb",
        "literal _x0041_ stays",
        "tab\tand <b>tags</b> & ampersand",
        "  leading and trailing  ",
        "-12",
        "007",
        "1e5",
    ]
    data = write_workbook([SheetOut("One", [["Lane", *texts]], header_rows=0)])
    assert _read(data)["One"] == [["Lane", *(t.strip() for t in texts)]]
    book = load_workbook(io.BytesIO(data))
    assert [c.value for c in book.active[1]][1:] == [
        "a\rb",
        "literal _x005F_x0041_ stays",  # openpyxl leaves Excel's escape as it is
        "tab\tand <b>tags</b> & ampersand",
        "  leading and trailing  ",
        -12,
        "007",
        "1e5",
    ]


def test_a_workbook_needs_a_shown_sheet() -> None:
    with pytest.raises(ValueError):
        write_workbook([SheetOut("only", [["x"]], hidden=True)])


def test_hidden_sheets_of_a_draft_are_left_out(tmp_path: Path) -> None:
    def hide(book, sheet):  # type: ignore[no-untyped-def]
        scratch = book.create_sheet("Scratch")
        scratch.append(["Step", "not", "this"])
        scratch.append(["Customer actions", "old idea"])
        scratch.sheet_state = "hidden"
        sheet["A1"].font = Font(bold=True)

    path = tmp_path / "draft.xlsx"
    path.write_bytes(_book([["Step", "Arrive"], ["Customer actions", "Walks in"]], hide))
    document: Document = read_sheets(path)
    assert [b.title for b in document.blueprints] == ["Draft"]
