"""Spreadsheet files: .xlsx (one sheet per blueprint, through `xlsx`) and .csv (one blueprint).

Writing: a workbook is written as text (bold banded header rows, stages merged over their
steps, a bold label column), so 10,000 cards take about a second; a cell beginning with
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
import zlib
from pathlib import Path

from blueprint_studio import heap
from blueprint_studio.model import Blueprint, Document, Facet, Persona
from blueprint_studio.quoting import quoted
from blueprint_studio.reading import TooLarge, read_bounded
from blueprint_studio.sheets.carry import MARKER, Store, carried_rows
from blueprint_studio.sheets.grid import Grid, SheetError, column_letter, to_grid
from blueprint_studio.sheets.importer import MAX_CARDS, Imported, from_grid
from blueprint_studio.sheets.xlsx import SheetOut, read_workbook, write_workbook
from blueprint_studio.storage.atomic import write_atomically

MAX_SHEET_BYTES = 30 * 1024 * 1024
MAX_INFLATED = 150 * 1024 * 1024  # a workbook's entries, inflated
MAX_RATIO = 100  # inflated / compressed, for entries over a megabyte
MAX_SHARED_STRINGS = 200_000  # a 10,000-card workbook saved by Excel shares about 30,000
MAX_ENTRIES = 1_000
MAX_ROWS, MAX_COLUMNS = 50_000, 5_000
MAX_CELLS = 100_000  # filled cells in all (a 10,000-card export fills about 50,000)
MAX_CHARACTERS = 25_000_000  # in all the cells
MAX_CELL = 32_767  # Excel's own limit for one cell
CELL_CHARACTERS = 32  # a step column's width in characters
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")
_RISKY = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


# ---------------------------------------------------------------- writing


@heap.paused()
def write_sheets(document: Document, blueprints: list[Blueprint], path: Path) -> None:
    """The blueprints as .xlsx (a sheet each) or .csv (exactly one), written atomically."""
    if path.suffix.lower() == ".csv":
        if len(blueprints) != 1:
            raise SheetError(
                f"a CSV file holds one blueprint; this document has {len(blueprints)}: choose one, or write .xlsx"
            )
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
    used: set[str] = set()
    sheets: list[tuple[str, Blueprint, Grid]] = []
    out: list[SheetOut] = []
    for blueprint in blueprints:
        name = _sheet_title(blueprint.title, used)
        rows = to_grid(document, blueprint)
        sheets.append((name, blueprint, rows))
        width = max(len(row) for row in rows)
        stage_row, merges = _merged_stages(rows[1])
        shown = [rows[0], stage_row, *rows[2:]]
        out.append(
            SheetOut(
                name,
                shown,
                header_rows=4,
                widths=[26.0] + [CELL_CHARACTERS + 2.0] * (width - 1),
                heights=[15.0 * max([1, *(_wrapped_lines(value) for value in row)]) for row in rows],
                merges=[(1, a, b) for a, b in merges],
            )
        )
    out.append(SheetOut(MARKER, carried_rows(document, sheets), hidden=True))
    return write_workbook(out)


def _merged_stages(row: list[str]) -> tuple[list[str], list[tuple[int, int]]]:
    """The stage row with each run of one stage in its first cell, and the runs to merge, so a
    stage reads as one header over its steps (import spreads it back)."""
    shown, merges, start = list(row), [], 1
    for column in range(2, len(row) + 1):
        if column == len(row) or row[column] != row[start]:
            if row[start] and column - start > 1:
                merges.append((start, column - 1))
                shown[start + 1 : column] = [""] * (column - 1 - start)
            start = column
    return shown, merges


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
            raise SheetError(
                f"{self.name}: {where} row {number + 1} has more than {MAX_COLUMNS:,} columns; is this a blueprint?"
            )
        for column, value in enumerate(row):
            if not value:
                continue
            self.cells += 1
            self.characters += len(value)
            if len(value) > MAX_CELL:
                raise SheetError(
                    f"{self.name}: {where}!{column_letter(column)}{number + 1} holds {len(value):,} characters; a "
                    f"cell holds at most {MAX_CELL:,}"
                )
        if self.cells > MAX_CELLS or self.characters > MAX_CHARACTERS:
            raise SheetError(
                f"{self.name}: more than {MAX_CELLS:,} filled cells or {MAX_CHARACTERS:,} characters; is this a "
                "blueprint?"
            )


def read_sheets(path: Path) -> Document:
    """A document with one blueprint per sheet (or the CSV's one). Raises SheetError."""
    return read_sheets_reporting(path)[0]


@heap.paused()
def read_sheets_reporting(path: Path) -> tuple[Document, list[str]]:
    """The document, and what was recognised in each sheet (lanes and their kinds, stages,
    cards, marks), in words."""
    csv_file = path.suffix.lower() == ".csv"
    sheets = _read_grids(path, csv_file)
    store = next((found for _, grid in sheets if (found := Store.read(grid)) is not None), None)
    personas: list[Persona] = list(store.document.personas) if store is not None else []
    facets: list[Facet] = list(store.document.facets) if store is not None else []
    blueprints: list[Blueprint] = []
    report: list[str] = []
    made = 0  # cards so far, in all the sheets
    for name, grid in sheets:
        if grid and grid[0] and grid[0][0] == MARKER:
            continue  # the carried block's own sheet
        body = grid[: next((r for r, row in enumerate(grid) if row and row[0] == MARKER), len(grid))]
        carried = (store.for_sheet(name) or (store.only() if csv_file else None)) if store is not None else None
        try:
            imported: Imported = from_grid(
                body,
                f"{path.name} › {name}" if not csv_file else path.name,
                name if not csv_file else path.stem,
                personas,
                facets,
                carried,
                max_cards=MAX_CARDS - made,
            )
        except SheetError:
            if carried is None:
                raise
            # Read as drafted.
            imported = from_grid(
                body,
                f"{path.name} › {name}" if not csv_file else path.name,
                name,
                personas,
                facets,
                max_cards=MAX_CARDS - made,
            )
        made += len(imported.blueprint.cards)
        blueprints.append(imported.blueprint)
        personas.extend(imported.personas)
        facets.extend(imported.facets)
        report.extend(imported.report)
    if not blueprints:
        raise SheetError(f"{path.name}: no sheet holds a blueprint (a row of steps over rows of lanes)")
    if store is None:
        return Document(blueprints=blueprints, personas=personas, facets=facets), report
    return _with_carried(store, blueprints, personas, facets), report


def _read_grids(path: Path, csv_file: bool) -> list[tuple[str, Grid]]:
    """Each sheet's name and grid; anything a reader can raise on a broken file is one SheetError."""
    try:
        data = read_bounded(path, MAX_SHEET_BYTES)
    except TooLarge as error:
        raise SheetError(f"{path.name}: {error}") from None
    except OSError as error:
        raise SheetError(f"{path.name}: cannot be read: {error.strerror or error}") from None
    try:
        return _csv_grid(data, path) if csv_file else _xlsx_grids(data, path)
    except SheetError:
        raise
    except (
        ValueError,
        OverflowError,
        MemoryError,
        RecursionError,
        csv.Error,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
        RuntimeError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
    ) as error:
        raise SheetError(
            f"{path.name}: cannot be read as a {'CSV file' if csv_file else 'workbook'} ({type(error).__name__}: "
            f"{quoted(str(error), 200)})"
        ) from None


def _with_carried(store: Store, blueprints: list[Blueprint], personas: list[Persona], facets: list[Facet]) -> Document:
    """The document with what our own export carried beside the grids: audiences, the photos
    still shown, and links between blueprints that are still there."""
    ids = {b.id for b in blueprints}
    assets = {
        name: data
        for name, data in store.document.assets.items()
        if any(c.image == name for b in blueprints for c in b.cards) or any(p.photo == name for p in personas)
    }
    kept = [b.model_copy(update={"variant_of": b.variant_of if b.variant_of in ids else None}) for b in blueprints]
    return Document(
        blueprints=[_without_dead_exits(b, ids) for b in kept],
        personas=personas,
        facets=facets,
        audiences=store.document.audiences,
        assets=assets,
    )


def _without_dead_exits(blueprint: Blueprint, ids: set[str]) -> Blueprint:
    if all(card.exit_to is None or card.exit_to in ids for card in blueprint.cards):
        return blueprint
    return blueprint.model_copy(
        update={
            "cards": [
                c if c.exit_to is None or c.exit_to in ids else c.model_copy(update={"exit_to": None})
                for c in blueprint.cards
            ]
        }
    )


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
    archive = zipfile.ZipFile(io.BytesIO(data))
    _check_archive(archive, path.name)
    budget = _Budget(path.name)
    sheets = read_workbook(archive, path.name, budget.row, MAX_SHARED_STRINGS, MAX_CHARACTERS)
    return [(sheet.title, sheet.rows) for sheet in sheets if sheet.rows and (not sheet.hidden or sheet.title == MARKER)]


def _check_archive(archive: zipfile.ZipFile, name: str) -> None:
    """Bound what the workbook inflates to before any of it is parsed."""
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise SheetError(f"{name}: the workbook has {len(entries):,} parts; is this a spreadsheet?")
    if sum(info.file_size for info in entries) > MAX_INFLATED:
        raise SheetError(f"{name}: the workbook inflates to more than {MAX_INFLATED:,} bytes")
    for info in entries:
        if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise SheetError(
                f"{name}: {quoted(info.filename)} inflates {info.file_size // max(1, info.compress_size)} times; is "
                "this a spreadsheet?"
            )
    shared = next((info for info in entries if info.filename.lower() == "xl/sharedstrings.xml"), None)
    if shared is not None:
        with archive.open(shared) as handle:
            head = handle.read(4096).decode("utf-8", errors="replace")
        found = re.search(r'uniqueCount="(\d{1,12})"', head) or re.search(r'\bcount="(\d{1,12})"', head)
        if found is not None and int(found.group(1)) > MAX_SHARED_STRINGS:
            raise SheetError(
                f"{name}: the workbook lists {int(found.group(1)):,} texts; at most {MAX_SHARED_STRINGS:,} are read"
            )
