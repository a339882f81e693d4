"""Spreadsheet files: .xlsx (one sheet per blueprint, with openpyxl) and .csv (one blueprint).

Writing: a workbook is streamed (openpyxl's write-only mode, styles only on the header rows
and the label column), so 10,000 cards take seconds, not minutes; a cell beginning with
"=", "+", "-" or "@" is written as text, never as a formula (a string cell in a workbook, a
leading apostrophe in a CSV), so a colleague opening the sheet runs nothing. What a grid
cannot show is carried beside it (`carry`).

Reading treats a sheet like any file from a client: its size, its inflated size and ratio,
its rows, columns, cells, characters and shared strings are bounded while it is read, before
anything is built; UTF-8 (with or without BOM), UTF-16 and Windows-1252 CSV with commas,
semicolons or tabs are read; every failure becomes one SheetError naming the file (and the
cell, where there is one), and nothing is half imported.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from pathlib import Path

from blueprint_studio.model import Blueprint, Document, Facet, Persona
from blueprint_studio.sheets.carry import MARKER, Store, carried_rows
from blueprint_studio.sheets.grid import Grid, SheetError, column_letter, to_grid
from blueprint_studio.sheets.importer import Imported, from_grid
from blueprint_studio.storage.atomic import write_atomically
from blueprint_studio.storage.reading import TooLarge, read_bounded

MAX_SHEET_BYTES = 30 * 1024 * 1024
MAX_INFLATED = 150 * 1024 * 1024  # a workbook's entries, inflated
MAX_RATIO = 100  # inflated / compressed, for entries over a megabyte
MAX_SHARED_STRINGS = 1_000_000
MAX_ENTRIES = 1_000
MAX_ROWS, MAX_COLUMNS = 50_000, 5_000
MAX_CELLS = 300_000  # filled cells in all
MAX_CHARACTERS = 25_000_000  # in all the cells
MAX_CELL = 32_767  # Excel's own limit for one cell
CELL_CHARACTERS = 32  # a step column's width in characters
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")
_RISKY = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


# ---------------------------------------------------------------- writing


def write_sheets(document: Document, blueprints: list[Blueprint], path: Path) -> None:
    """The blueprints as .xlsx (a sheet each) or .csv (exactly one), written atomically."""
    if path.suffix.lower() == ".csv":
        if len(blueprints) != 1:
            raise SheetError(f"a CSV file holds one blueprint; this document has {len(blueprints)}: choose one, or write .xlsx")
        grid = to_grid(document, blueprints[0])
        rows = [*grid, [], *carried_rows(_kept(document, blueprints), [(path.stem, blueprints[0], grid)])]
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows([[_safe_csv(value) for value in row] for row in rows])
        write_atomically(path, buffer.getvalue().encode("utf-8-sig"))  # the BOM tells spreadsheets it is UTF-8
        return
    write_atomically(path, _workbook_bytes(document, blueprints))


def _kept(document: Document, blueprints: list[Blueprint]) -> Document:
    """The document as far as the file holds it (a CSV holds one blueprint)."""
    return document.model_copy(update={"blueprints": list(blueprints)})


def _safe_csv(value: str) -> str:
    """A cell a spreadsheet will not run: text that would start a formula gets the usual
    leading apostrophe (plain numbers, "-1", stay numbers)."""
    if value.startswith(_RISKY) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def _workbook_bytes(document: Document, blueprints: list[Blueprint]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook(write_only=True)
    used: set[str] = set()
    sheets: list[tuple[str, Blueprint, Grid]] = []
    wrap = Alignment(wrap_text=True, vertical="top")
    bold, band = Font(bold=True), PatternFill("solid", fgColor="EEF1F4")
    for blueprint in blueprints:
        name = _sheet_title(blueprint.title, used)
        sheet = book.create_sheet(name)
        rows = to_grid(document, blueprint)
        sheets.append((name, blueprint, rows))
        sheet.column_dimensions["A"].width = 26
        for n in range(2, max(len(row) for row in rows) + 1):
            sheet.column_dimensions[column_letter(n - 1)].width = CELL_CHARACTERS + 2
        sheet.freeze_panes = "B5"
        for number, row in enumerate(rows):
            cells = []
            for column, value in enumerate(row):
                styled = number < 4 or column == 0
                if not styled and not value.startswith("="):
                    cells.append(value)
                    continue
                cell = WriteOnlyCell(sheet, value)
                cell.data_type = "s"  # text, never a formula
                if styled:
                    cell.font, cell.alignment = bold, wrap
                    if number < 4:
                        cell.fill = band
                cells.append(cell)
            sheet.row_dimensions[number + 1].height = 15 * max([1, *(_wrapped_lines(value) for value in row)])
            sheet.append(cells)
    carried = book.create_sheet(MARKER)
    carried.sheet_state = "hidden"
    for row in carried_rows(document, sheets):
        cells = []
        for value in row:
            cell = WriteOnlyCell(carried, value)
            cell.data_type = "s"
            cells.append(cell)
        carried.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _wrapped_lines(text: str) -> int:
    """About how many lines a cell of CELL_CHARACTERS-wide columns needs for `text`."""
    return sum(max(1, -(-len(line) // CELL_CHARACTERS)) for line in text.split("\n")) if text else 1


def _sheet_title(title: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the workbook (and not ours)."""
    base = _BAD_TITLE.sub(" ", title).strip()[:31] or "Blueprint"
    used.add(MARKER.casefold())
    name, n = base, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name


# ---------------------------------------------------------------- reading


class _Budget:
    """What a file may hold in all, counted as it is read."""

    def __init__(self, name: str) -> None:
        self.name, self.cells, self.characters = name, 0, 0

    def row(self, row: list[str], number: int, where: str) -> None:
        if number >= MAX_ROWS:
            raise SheetError(f"{self.name}: {where} has more than {MAX_ROWS:,} rows; is this a blueprint?")
        if len(row) > MAX_COLUMNS:
            raise SheetError(f"{self.name}: {where} row {number + 1} has more than {MAX_COLUMNS:,} columns; is this a blueprint?")
        for column, value in enumerate(row):
            if not value:
                continue
            self.cells += 1
            self.characters += len(value)
            if len(value) > MAX_CELL:
                raise SheetError(f"{self.name}: {where}!{column_letter(column)}{number + 1} holds {len(value):,} characters; a cell holds at most {MAX_CELL:,}")
        if self.cells > MAX_CELLS or self.characters > MAX_CHARACTERS:
            raise SheetError(f"{self.name}: more than {MAX_CELLS:,} filled cells or {MAX_CHARACTERS:,} characters; is this a blueprint?")


def read_sheets(path: Path) -> Document:
    """A document with one blueprint per sheet (or the CSV's one). Raises SheetError."""
    return read_sheets_reporting(path)[0]


def read_sheets_reporting(path: Path) -> tuple[Document, list[str]]:
    """The document, and what was recognised in each sheet (lanes and their kinds, stages,
    cards, marks), in words."""
    try:
        data = read_bounded(path, MAX_SHEET_BYTES)
    except TooLarge as error:
        raise SheetError(f"{path.name}: {error}") from None
    except OSError as error:
        raise SheetError(f"{path.name}: cannot be read: {error.strerror or error}") from None
    csv_file = path.suffix.lower() == ".csv"
    try:
        sheets = _csv_grid(data, path) if csv_file else _xlsx_grids(data, path)
    except SheetError:
        raise
    except (ValueError, OverflowError, MemoryError, RecursionError, csv.Error, zipfile.BadZipFile, KeyError, TypeError, AttributeError, IndexError) as error:
        raise SheetError(f"{path.name}: cannot be read as a {'CSV file' if csv_file else 'workbook'} ({type(error).__name__}: {str(error)[:200]})") from None
    store = next((found for _, grid in sheets if (found := Store.read(grid)) is not None), None)
    personas: list[Persona] = list(store.document.personas) if store is not None else []
    facets: list[Facet] = list(store.document.facets) if store is not None else []
    blueprints: list[Blueprint] = []
    report: list[str] = []
    for name, grid in sheets:
        if grid and grid[0] and grid[0][0] == MARKER:
            continue  # the carried block's own sheet
        body = grid[: next((r for r, row in enumerate(grid) if row and row[0] == MARKER), len(grid))]
        carried = (store.for_sheet(name) or (store.only() if csv_file else None)) if store is not None else None
        try:
            imported: Imported = from_grid(body, f"{path.name} › {name}" if not csv_file else path.name, name if not csv_file else path.stem,
                                           personas, facets, carried)
        except SheetError:
            if carried is None:
                raise
            imported = from_grid(body, f"{path.name} › {name}" if not csv_file else path.name, name, personas, facets)  # read as drafted
        blueprints.append(imported.blueprint)
        personas.extend(imported.personas)
        facets.extend(imported.facets)
        report.extend(imported.report)
    if not blueprints:
        raise SheetError(f"{path.name}: no sheet holds a blueprint (a row of steps over rows of lanes)")
    cards = sum(len(b.cards) for b in blueprints)
    from blueprint_studio.model.document import MAX_ITEMS

    if cards > MAX_ITEMS:
        raise SheetError(f"{path.name}: {cards:,} cards; a document holds at most {MAX_ITEMS:,}")
    extra = {}
    if store is not None:
        ids = {b.id for b in blueprints}
        extra = {"audiences": store.document.audiences,
                 "assets": {name: data for name, data in store.document.assets.items()
                            if any(c.image == name for b in blueprints for c in b.cards) or any(p.photo == name for p in personas)}}
        blueprints = [b.model_copy(update={"variant_of": b.variant_of if b.variant_of in ids else None}) for b in blueprints]
        blueprints = [_without_dead_exits(b, ids) for b in blueprints]
    return Document(blueprints=blueprints, personas=personas, facets=facets, **extra), report


def _without_dead_exits(blueprint: Blueprint, ids: set[str]) -> Blueprint:
    if all(card.exit_to is None or card.exit_to in ids for card in blueprint.cards):
        return blueprint
    return blueprint.model_copy(update={"cards": [c if c.exit_to is None or c.exit_to in ids else c.model_copy(update={"exit_to": None}) for c in blueprint.cards]})


def _decode(data: bytes) -> str:
    """A CSV's text: UTF-8 (with or without its BOM), UTF-16 (with a BOM), else Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4 and data[::2].count(0) < len(data) // 16:
        return data.decode("utf-16-le", errors="replace")  # UTF-16 saved without its BOM: every other byte is 0
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # what older spreadsheets save "CSV" as


def _csv_grid(data: bytes, path: Path) -> list[tuple[str, Grid]]:
    text = _decode(data)
    sample = text[:8192]
    delimiter = max(",;\t", key=lambda d: sum(line.count(d) for line in sample.splitlines()[:20]))
    csv.field_size_limit(MAX_CELL + 1)
    budget = _Budget(path.name)
    rows: Grid = []
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)):
            budget.row(row, number, "the sheet")
            rows.append([_unescape(value.strip()) for value in row])
    except csv.Error as error:
        raise SheetError(f"{path.name}: line {len(rows) + 1}: {error}") from None
    while rows and not any(rows[-1]):
        rows.pop()
    return [(path.stem, rows)]


def _unescape(value: str) -> str:
    """A CSV cell written with the leading apostrophe that keeps it from being a formula."""
    return value[1:] if value.startswith("'") and value[1:2] in _RISKY else value


def _xlsx_grids(data: bytes, path: Path) -> list[tuple[str, Grid]]:
    from openpyxl import load_workbook

    archive = zipfile.ZipFile(io.BytesIO(data))
    _check_archive(archive, path.name)
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    budget = _Budget(path.name)
    grids = []
    try:
        for sheet in book.worksheets:
            sheet.reset_dimensions()  # rows as long as their cells, not as the sheet claims to be (a claim can be 16,384 columns)
            rows: Grid = []
            for number, values in enumerate(sheet.iter_rows(values_only=True)):
                row = [_text(value) for value in values]
                while row and not row[-1]:
                    row.pop()
                budget.row(row, number, sheet.title)
                rows.append(row)
            while rows and not any(rows[-1]):
                rows.pop()
            _spread_merged(rows, archive, getattr(sheet, "_worksheet_path", None))
            if rows:
                grids.append((sheet.title, rows))
    finally:
        book.close()
    return grids


def _check_archive(archive: zipfile.ZipFile, name: str) -> None:
    """Bound what the workbook inflates to before openpyxl reads any of it."""
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise SheetError(f"{name}: the workbook has {len(entries):,} parts; is this a spreadsheet?")
    if sum(info.file_size for info in entries) > MAX_INFLATED:
        raise SheetError(f"{name}: the workbook inflates to more than {MAX_INFLATED:,} bytes")
    for info in entries:
        if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise SheetError(f"{name}: {info.filename} inflates {info.file_size // max(1, info.compress_size)} times; is this a spreadsheet?")
    shared = next((info for info in entries if info.filename.lower() == "xl/sharedstrings.xml"), None)
    if shared is not None:
        with archive.open(shared) as handle:
            head = handle.read(4096).decode("utf-8", errors="replace")
        found = re.search(r'uniqueCount="(\d{1,12})"', head) or re.search(r'\bcount="(\d{1,12})"', head)
        if found is not None and int(found.group(1)) > MAX_SHARED_STRINGS:
            raise SheetError(f"{name}: the workbook lists {int(found.group(1)):,} texts; at most {MAX_SHARED_STRINGS:,} are read")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}" if value == value and abs(value) < 1e15 else str(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return,attr-defined]
    return str(value).strip()


_MERGE = re.compile(rb'<mergeCell[^>]*\bref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"')


def _spread_merged(rows: Grid, archive: zipfile.ZipFile, part: str | None) -> None:
    """A merged cell's text in every column it spans (a stage merged across its steps); the
    merge list is read from the sheet's XML, which openpyxl's streaming reader does not give."""
    if part is None or part not in archive.namelist():
        return
    with archive.open(part) as handle:
        tail = b""
        found = []
        while chunk := handle.read(1 << 20):
            tail = tail[-200:] + chunk
            found.extend(_MERGE.findall(tail))
    for first_col, first_row, last_col, last_row in dict.fromkeys(found):
        c0, c1, r0 = _column(first_col.decode()), _column(last_col.decode()), int(first_row) - 1
        if not 0 <= r0 < len(rows) or c0 >= len(rows[r0]) or c1 - c0 > MAX_COLUMNS:
            continue
        value, row = rows[r0][c0], rows[r0]
        for c in range(c0 + 1, c1 + 1):  # across only: a label or a card merged down its rows is one, not copies
            while len(row) <= c:
                row.append("")
            row[c] = row[c] or value


def _column(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number - 1
