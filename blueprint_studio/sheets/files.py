"""Spreadsheet files: .xlsx (one sheet per blueprint, with openpyxl) and .csv (one blueprint).

Reading treats a workbook like any file from a client: sizes are bounded before anything is
built, and a failure names the cell and leaves nothing half imported.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

from blueprint_studio.model import Blueprint, Document, Facet, Persona
from blueprint_studio.sheets.grid import Grid, SheetError, from_grid, to_grid
from blueprint_studio.storage.atomic import write_atomically
from blueprint_studio.storage.reading import TooLarge, read_bounded

MAX_SHEET_BYTES = 50 * 1024 * 1024
MAX_ROWS, MAX_COLUMNS = 2_000, 2_000
CELL_CHARACTERS = 32  # a step column's width in characters
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


def write_sheets(document: Document, blueprints: list[Blueprint], path: Path) -> None:
    """The blueprints as .xlsx (a sheet each) or .csv (exactly one), written atomically."""
    if path.suffix.lower() == ".csv":
        if len(blueprints) != 1:
            raise SheetError(f"a CSV file holds one blueprint; this document has {len(blueprints)}: choose one, or write .xlsx")
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows(to_grid(document, blueprints[0]))
        write_atomically(path, buffer.getvalue().encode("utf-8-sig"))  # the BOM tells spreadsheets it is UTF-8
        return
    write_atomically(path, _workbook_bytes(document, blueprints))


def _workbook_bytes(document: Document, blueprints: list[Blueprint]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for blueprint in blueprints:
        sheet = book.create_sheet(_sheet_title(blueprint.title, used))
        rows = to_grid(document, blueprint)
        for row in rows:
            sheet.append(row)
        wrap = Alignment(wrap_text=True, vertical="top")
        for row in sheet.iter_rows():
            for cell in row:
                cell.alignment = wrap
        bold, band = Font(bold=True), PatternFill("solid", fgColor="EEF1F4")
        for row in sheet.iter_rows(max_row=4):
            for cell in row:
                cell.font, cell.fill = bold, band
        for cell in sheet["A"]:
            cell.font = bold
        sheet.column_dimensions["A"].width = 26
        for n in range(2, len(rows[0]) + 1):
            sheet.column_dimensions[sheet.cell(row=1, column=n).column_letter].width = CELL_CHARACTERS + 2
        for number, row in enumerate(rows, 1):  # spreadsheets do not grow rows to fit text they open
            sheet.row_dimensions[number].height = 15 * max([1, *(_wrapped_lines(value) for value in row)])
        sheet.freeze_panes = "B5"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _wrapped_lines(text: str) -> int:
    """About how many lines a cell of CELL_CHARACTERS-wide columns needs for `text`."""
    return sum(max(1, -(-len(line) // CELL_CHARACTERS)) for line in text.split("\n")) if text else 1


def _sheet_title(title: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = _BAD_TITLE.sub(" ", title).strip()[:31] or "Blueprint"
    name, n = base, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name


def read_sheets(path: Path) -> Document:
    """A document with one blueprint per sheet (or the CSV's one). Raises SheetError."""
    try:
        data = read_bounded(path, MAX_SHEET_BYTES)
    except TooLarge as error:
        raise SheetError(f"{path.name}: {error}") from None
    except OSError as error:
        raise SheetError(f"{path.name}: cannot be read: {error.strerror or error}") from None
    sheets = _csv_grid(data, path) if path.suffix.lower() == ".csv" else _xlsx_grids(data, path)
    blueprints: list[Blueprint] = []
    personas: list[Persona] = []
    facets: list[Facet] = []
    for name, grid in sheets:  # a persona or facet named on several sheets is one
        imported = from_grid(grid, name, name if path.suffix.lower() != ".csv" else path.stem, personas, facets)
        blueprints.append(imported.blueprint)
        personas.extend(imported.personas)
        facets.extend(imported.facets)
    if not blueprints:
        raise SheetError(f"{path.name}: there is no sheet with a Step row")
    return Document(blueprints=blueprints, personas=personas, facets=facets)


def _csv_grid(data: bytes, path: Path) -> list[tuple[str, Grid]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # what older spreadsheets save "CSV" as
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    _check_size(rows, path.name)
    return [(path.stem, rows)]


def _xlsx_grids(data: bytes, path: Path) -> list[tuple[str, Grid]]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:  # bound what will be inflated
            if sum(info.file_size for info in archive.infolist()) > 8 * MAX_SHEET_BYTES:
                raise SheetError(f"{path.name}: the workbook inflates to more than {8 * MAX_SHEET_BYTES:,} bytes")
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except SheetError:
        raise
    except Exception as error:  # noqa: BLE001 - any parser failure is the file's, said in one line
        raise SheetError(f"{path.name}: not a workbook Blueprint Studio can read ({type(error).__name__}: {error})") from None
    grids = []
    for sheet in book.worksheets:
        rows = [["" if value is None else str(value) for value in row] for row in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 1)]
        _check_size(rows, f"{path.name} › {sheet.title}")
        while rows and not any(rows[-1]):
            rows.pop()
        if rows and any(row and row[0].strip().casefold() == "step" for row in rows[:6]):
            grids.append((sheet.title, rows))
    book.close()
    return grids


def _check_size(rows: Grid, where: str) -> None:
    if len(rows) > MAX_ROWS or any(len(row) > MAX_COLUMNS for row in rows):
        raise SheetError(f"{where}: more than {MAX_ROWS:,} rows or {MAX_COLUMNS:,} columns; is this a blueprint?")
