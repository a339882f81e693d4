"""The .xlsx container, read and written here rather than through openpyxl. Pure.

Why our own: a workbook is a zip of a few SpreadsheetML parts, and we need only cell texts
from it and a styled grid into it. openpyxl builds an object per cell and took 3.7 s to write
and 1.9 s to read 10,000 cards (the issue's bound is 3 s for the whole round); streaming the
XML through expat and writing it as text does both in a fraction of that, and puts every
limit where it belongs — checked as each row arrives, before anything is built.

Reading follows ECMA-376 where real files differ: prefixed or strict namespaces, rows and
cells without references, shared and inline and rich texts (phonetic runs skipped), cached
formula results (the formula's own text when nothing was cached), booleans, errors, numbers
shown as dates or times by their style, `_xHHHH_` escapes, merged ranges. A document type
declaration is refused outright: no workbook has one, and without it no entity can expand.
Writing gives every text cell an inline string (text, never a formula), plain numbers a
number cell, and a small fixed style table (bold banded header rows, a bold label column,
wrapped cards).
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from xml.parsers import expat

from blueprint_studio.sheets.grid import Grid, SheetError, column_letter

RowCheck = Callable[[list[str], int, str], None]
"""Called with each finished row, its number (from 0) and the sheet's name; raises SheetError."""

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CHUNK = 1 << 20


# ---------------------------------------------------------------- writing


@dataclass
class SheetOut:
    """One sheet to write: its rows and how they look."""

    title: str
    rows: Grid
    hidden: bool = False
    header_rows: int = 0  # bold, banded rows at the top, frozen with the label column
    widths: list[float] = field(default_factory=list)  # per column, in characters
    heights: list[float] = field(default_factory=list)  # per row, in points; missing rows keep the default
    merges: list[tuple[int, int, int]] = field(default_factory=list)  # (row, first column, last column)


_PLAIN = 0
_CARD = 1  # wrapped, top-aligned
_LABEL = 2  # bold, wrapped
_HEADER = 3  # bold, wrapped, banded
_NUMBER = re.compile(r"-?(?:0|[1-9]\d{0,14})(?:\.\d{0,5}[1-9])?")  # written as a number, read back as the same text
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")


def write_workbook(sheets: list[SheetOut]) -> bytes:
    """The sheets as an .xlsx file's bytes; the first visible sheet is the one that opens."""
    if not any(not sheet.hidden for sheet in sheets):
        raise ValueError("a workbook shows at least one sheet")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr("[Content_Types].xml", _content_types(len(sheets)))
        archive.writestr("_rels/.rels", _rels([("officeDocument", "xl/workbook.xml")], package=True))
        archive.writestr("xl/workbook.xml", _workbook(sheets))
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            _rels(
                [
                    *(("worksheet", f"worksheets/sheet{n}.xml") for n in range(1, len(sheets) + 1)),
                    ("styles", "styles.xml"),
                ]
            ),
        )
        archive.writestr("xl/styles.xml", _STYLES)
        selected = next(n for n, sheet in enumerate(sheets) if not sheet.hidden)
        for n, sheet in enumerate(sheets, 1):
            archive.writestr(f"xl/worksheets/sheet{n}.xml", "".join(_worksheet(sheet, n - 1 == selected)))
    return buffer.getvalue()


def _escape(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    if _ILLEGAL.search(text):  # what XML cannot hold, and text that looks like an escape, in Excel's own escape
        text = _ILLEGAL.sub(lambda m: f"_x{ord(m.group()):04X}_" if len(m.group()) == 1 else "_x005F" + m.group(), text)
    return text


def _worksheet(sheet: SheetOut, selected: bool) -> Iterator[str]:
    width = max((len(row) for row in sheet.rows), default=1) or 1
    yield f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}" xmlns:r="{_RELS}">'
    yield f'<dimension ref="A1:{column_letter(width - 1)}{max(1, len(sheet.rows))}"/>'
    yield '<sheetViews><sheetView workbookViewId="0"' + (' tabSelected="1">' if selected else ">")
    if sheet.header_rows:
        top = f"B{sheet.header_rows + 1}"
        yield (
            f'<pane xSplit="1" ySplit="{sheet.header_rows}" topLeftCell="{top}" activePane="bottomRight" '
            'state="frozen"/>'
        )
        yield f'<selection pane="bottomRight" activeCell="{top}" sqref="{top}"/>'
    yield '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
    if sheet.widths:
        yield (
            "<cols>"
            + "".join(
                f'<col min="{n}" max="{n}" width="{w:g}" customWidth="1"/>' for n, w in enumerate(sheet.widths, 1)
            )
            + "</cols>"
        )
    yield "<sheetData>"
    letters = [column_letter(n) for n in range(width)]
    for r, row in enumerate(sheet.rows):
        height = sheet.heights[r] if r < len(sheet.heights) else None
        cells = []
        header = r < sheet.header_rows
        for c, value in enumerate(row):
            style = (
                _HEADER
                if header
                else _LABEL
                if c == 0 and sheet.header_rows
                else _CARD
                if sheet.header_rows
                else _PLAIN
            )
            if not value:
                if header:
                    cells.append(f'<c r="{letters[c]}{r + 1}" s="{style}"/>')
                continue
            if _NUMBER.fullmatch(value) and not header:
                cells.append(f'<c r="{letters[c]}{r + 1}" s="{style}"><v>{value}</v></c>')
            else:
                space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
                cells.append(
                    f'<c r="{letters[c]}{r + 1}" s="{style}" t="inlineStr"><is><t{space}>{_escape(value)}</t></is></c>'
                )
        size = f' ht="{height:g}" customHeight="1"' if height else ""
        yield f'<row r="{r + 1}"{size}>{"".join(cells)}</row>'
    yield "</sheetData>"
    if sheet.merges:
        yield f'<mergeCells count="{len(sheet.merges)}">'
        yield "".join(f'<mergeCell ref="{letters[a]}{r + 1}:{letters[b]}{r + 1}"/>' for r, a, b in sheet.merges)
        yield "</mergeCells>"
    yield '<pageMargins left="0.5" right="0.5" top="0.5" bottom="0.5" header="0.3" footer="0.3"/></worksheet>'


def _workbook(sheets: list[SheetOut]) -> str:
    hidden = ' state="hidden"'
    entries = "".join(
        f'<sheet name="{_escape(sheet.title).replace(chr(34), "&quot;")}" sheetId="{n}"'
        f'{hidden if sheet.hidden else ""} r:id="rId{n}"/>'
        for n, sheet in enumerate(sheets, 1)
    )
    active = next(n for n, sheet in enumerate(sheets) if not sheet.hidden)
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_MAIN}" xmlns:r="{_RELS}">'
        f'<bookViews><workbookView activeTab="{active}"/></bookViews><sheets>{entries}</sheets></workbook>'
    )


def _rels(targets: list[tuple[str, str]], package: bool = False) -> str:
    kinds = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    entries = "".join(
        f'<Relationship Id="rId{n}" Type="{kinds}{kind}" Target="{target}"/>'
        for n, (kind, target) in enumerate(targets, 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
        f'xmlns="{_PACKAGE_RELS}">{entries}</Relationships>'
    )


def _content_types(count: int) -> str:
    main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    sheets = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{main}.worksheet+xml"/>'
        for n in range(1, count + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{main}.sheet.main+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{main}.styles+xml"/>{sheets}</Types>'
    )


_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<styleSheet xmlns="{_MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name '
    'val="Calibri"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFEEF1F4"/><bgColor '
    'indexed="64"/></patternFill></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="4">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" '
    'wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment '
    'vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)


# ---------------------------------------------------------------- reading


@dataclass
class SheetIn:
    title: str
    rows: Grid
    hidden: bool


def read_workbook(
    archive: zipfile.ZipFile, name: str, check_row: RowCheck, max_strings: int, max_characters: int
) -> list[SheetIn]:
    """Every worksheet's cells as text, merged ranges spread across their columns. Raises
    SheetError naming `name` and, where there is one, the part or cell."""
    parts = {info.filename.lstrip("/"): info for info in archive.infolist()}
    workbook = _workbook_part(archive, parts, name)
    if workbook is None:
        raise SheetError(f"{name}: this is a zip file but not a workbook (it has no xl/workbook.xml)")
    entries, date1904 = _sheet_entries(archive, parts[workbook], name)
    targets = _relationships(archive, parts, _rels_of(workbook), workbook.rpartition("/")[0], name)
    by_type = {kind: target for kind, target in targets.values()}
    styles = _date_styles(archive, parts, by_type.get("styles"), name)
    strings = _shared_strings(archive, parts, by_type.get("sharedStrings"), name, max_strings, max_characters)
    sheets = []
    for title, relation, hidden in entries:
        kind, target = targets.get(relation, ("", ""))
        if kind != "worksheet" or target not in parts:
            continue  # a chart sheet or a dangling entry: nothing of ours is on it
        reader = _SheetReader(title, strings, styles, date1904, check_row)
        _parse(archive, parts[target], reader.parser(), f"{name}: {title}")
        sheets.append(SheetIn(title, reader.finish(), hidden))
    return sheets


def _workbook_part(archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo], name: str) -> str | None:
    """Where the package's relationships say the workbook is (xl/workbook.xml nearly always)."""
    for kind, target in _relationships(archive, parts, "_rels/.rels", "", name).values():
        if kind == "officeDocument" and target in parts:
            return target
    return "xl/workbook.xml" if "xl/workbook.xml" in parts else None


def _local(tag: str) -> str:
    """An element's or attribute's name without its prefix: files differ in prefixes (`x:c`)
    and in transitional or strict namespaces, never in the names. Namespaces are not resolved
    (a third of the time of reading a sheet); nothing in a workbook has two meanings for a name."""
    found = _LOCALS.get(tag)
    if found is None:
        found = tag.rpartition(":")[2]
        if len(_LOCALS) < 500:  # a workbook uses a few dozen names; a hostile one may invent millions
            _LOCALS[tag] = found
    return found


_LOCALS: dict[str, str] = {}


def _parser() -> expat.XMLParserType:
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = 1 << 16

    def refuse(*_: object) -> None:
        raise SheetError("the XML declares a document type, which no workbook does")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    return parser


def _parse(archive: zipfile.ZipFile, info: zipfile.ZipInfo, parser: expat.XMLParserType, where: str) -> None:
    """Feed a part through `parser` a megabyte at a time."""
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except SheetError as error:
        raise SheetError(
            str(error) if str(error).startswith(where.partition(":")[0] + ":") else f"{where}: {error}"
        ) from None
    except expat.ExpatError as error:
        raise SheetError(
            f"{where}: broken XML at line {error.lineno}, column {error.offset} ({expat.ErrorString(error.code)})"
        ) from None


def _sheet_entries(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str
) -> tuple[list[tuple[str, str, bool]], bool]:
    """The workbook's sheets in tab order (name, relationship id, hidden) and its date system."""
    entries: list[tuple[str, str, bool]] = []
    date1904 = [False]

    def start(tag: str, attributes: dict[str, str]) -> None:
        local = _local(tag)
        if local == "sheet":
            relation = next((value for key, value in attributes.items() if ":" in key and _local(key) == "id"), "")
            entries.append(
                (
                    attributes.get("name", f"Sheet{len(entries) + 1}"),
                    relation,
                    attributes.get("state", "visible") != "visible",
                )
            )
        elif local == "workbookPr":
            date1904[0] = attributes.get("date1904", "").lower() in {"1", "true"}

    parser = _parser()
    parser.StartElementHandler = start
    _parse(archive, info, parser, f"{name}: {info.filename}")
    return entries, date1904[0]


def _rels_of(part: str) -> str:
    folder, _, file = part.rpartition("/")
    return f"{folder}/_rels/{file}.rels" if folder else f"_rels/{file}.rels"


def _relationships(
    archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo], rels: str, folder: str, name: str
) -> dict[str, tuple[str, str]]:
    """Relationship id → (the last word of its type, the part it points to, from the archive's root)."""
    found: dict[str, tuple[str, str]] = {}
    if rels not in parts:
        return found

    def start(tag: str, attributes: dict[str, str]) -> None:
        if _local(tag) == "Relationship" and attributes.get("TargetMode") != "External":
            target = attributes.get("Target", "")
            path = _normal(target if target.startswith("/") else f"{folder}/{target}")
            found[attributes.get("Id", "")] = (attributes.get("Type", "").rpartition("/")[2], path)

    parser = _parser()
    parser.StartElementHandler = start
    _parse(archive, parts[rels], parser, f"{name}: {rels}")
    return found


def _normal(path: str) -> str:
    kept: list[str] = []
    for piece in path.split("/"):
        if piece == "..":
            if kept:
                kept.pop()
        elif piece and piece != ".":
            kept.append(piece)
    return "/".join(kept)


# -------------------------------------------------------- styles: which numbers are dates

_BUILTIN_FORMATS = {
    **dict.fromkeys((14, 15, 16, 17, *range(27, 32), *range(34, 37), *range(50, 59)), "date"),
    **dict.fromkeys((18, 19, 20, 21, 32, 33, 45, 47), "time"),
    22: "datetime",
    46: "elapsed",
}
_LITERALS = re.compile(r'"[^"]*"|\\.|_.|\*.')


def _format_kind(code: str) -> str | None:
    """ "date", "time", "datetime", "elapsed" or None (a plain number) for a number format."""
    section = _LITERALS.sub("", code).split(";")[0].lower()
    if re.search(r"\[(h+|m+|s+)\]", section):
        return "elapsed"
    section = re.sub(r"\[[^\]]*\]", "", section)
    has_time = "h" in section or "s" in section
    has_date = "d" in section or "y" in section or ("m" in section and not has_time)
    if not has_date and not has_time:
        return None
    return "datetime" if has_date and has_time else "date" if has_date else "time"


def _date_styles(
    archive: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo], part: str | None, name: str
) -> dict[int, str]:
    """Cell style index → the kind of date or time its number format shows."""
    if part is None or part not in parts:
        return {}
    custom: dict[int, str] = {}
    formats: list[int] = []
    inside = [False]

    def start(tag: str, attributes: dict[str, str]) -> None:
        local = _local(tag)
        if local == "numFmt":
            kind = _format_kind(attributes.get("formatCode", ""))
            if kind is not None and attributes.get("numFmtId", "").isdecimal():
                custom[int(attributes["numFmtId"])] = kind
        elif local == "cellXfs":
            inside[0] = True
        elif local == "xf" and inside[0]:
            number = attributes.get("numFmtId", "0")
            formats.append(int(number) if number.isdecimal() and len(number) < 6 else 0)

    def end(tag: str) -> None:
        if _local(tag) == "cellXfs":
            inside[0] = False

    parser = _parser()
    parser.StartElementHandler, parser.EndElementHandler = start, end
    _parse(archive, parts[part], parser, f"{name}: {part}")
    return {n: kind for n, number in enumerate(formats) if (kind := custom.get(number) or _BUILTIN_FORMATS.get(number))}


# ------------------------------------------------------------------ texts

_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescape(text: str) -> str:
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def _shared_strings(
    archive: zipfile.ZipFile,
    parts: dict[str, zipfile.ZipInfo],
    part: str | None,
    name: str,
    limit: int,
    max_characters: int,
) -> list[str]:
    """The workbook's shared texts, counted as they are read (a file may claim any count)."""
    if part is None or part not in parts:
        return []
    reader = _SharedStrings(name, limit, max_characters)
    parser = _parser()
    parser.StartElementHandler, parser.EndElementHandler = reader.start, reader.end
    parser.CharacterDataHandler = reader.text
    _parse(archive, parts[part], parser, f"{name}: {part}")
    return reader.strings


class _SharedStrings:
    """The handlers that collect sharedStrings.xml's texts, leaving out phonetic readings."""

    def __init__(self, name: str, limit: int, max_characters: int) -> None:
        self.name, self.limit, self.max_characters = name, limit, max_characters
        self.strings: list[str] = []
        self.pieces: list[str] = []
        self.characters = 0
        self.in_text = self.phonetic = False

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        local = _local(tag)
        if local == "t":
            self.in_text = not self.phonetic
        elif local == "rPh":
            self.phonetic = True

    def end(self, tag: str) -> None:
        local = _local(tag)
        if local == "t":
            self.in_text = False
        elif local == "rPh":
            self.phonetic = False
        elif local == "si":
            self._finish()

    def text(self, data: str) -> None:
        if self.in_text:
            self.pieces.append(data)

    def _finish(self) -> None:
        if len(self.strings) >= self.limit:
            raise SheetError(
                f"{self.name}: the workbook holds more than {self.limit:,} texts; at most {self.limit:,} are read"
            )
        self.strings.append(_unescape("".join(self.pieces)))
        self.pieces.clear()
        self.characters += len(self.strings[-1])
        if self.characters > self.max_characters:
            raise SheetError(
                f"{self.name}: the workbook's texts run past {self.max_characters:,} characters; is this a blueprint?"
            )


# ------------------------------------------------------------------ a worksheet

_EXCEL_ROWS, _EXCEL_COLUMNS = 1_048_576, 16_384
_REFERENCE = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d{1,7})")


def _column_of(letters: str) -> int:
    found = _COLUMNS.get(letters)
    if found is None:
        number = 0
        for ch in letters.upper():
            number = number * 26 + ord(ch) - 64
        found = _COLUMNS[letters] = number - 1
    return found


_COLUMNS: dict[str, int] = {}


class _SheetReader:
    """One worksheet's cells as rows of text, streamed."""

    def __init__(
        self, title: str, strings: list[str], styles: dict[int, str], date1904: bool, check_row: RowCheck
    ) -> None:
        self.title, self.strings, self.styles, self.check_row = title, strings, styles, check_row
        self.epoch = datetime(1904, 1, 1) if date1904 else datetime(1899, 12, 30)
        self.rows: Grid = []
        self.merges: list[tuple[int, int, int, int]] = []
        self.row: list[str] = []
        self.row_number = -1
        self.column = -1
        self.kind, self.style = "", 0
        self.value: list[str] | None = None
        self.formula: list[str] | None = None
        self.inline: list[str] | None = None
        self.capture: list[str] | None = None
        self.phonetic = False

    def parser(self) -> expat.XMLParserType:
        parser = _parser()
        parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = (
            self.start,
            self.end,
            self.text,
        )
        return parser

    def where(self) -> str:
        return f"{self.title}!{column_letter(self.column)}{self.row_number + 1}"

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        local = _local(tag)
        if local == "c":
            self._cell_starts(attributes)
        elif local == "v":
            self.value = self.capture = []
        elif local == "f":
            self.formula = self.capture = []
        elif local == "t" and self.inline is not None and not self.phonetic:
            self.capture = self.inline
        elif local == "is":
            self.inline = []
        elif local == "rPh":
            self.phonetic = True
        elif local == "row":
            self._row_starts(attributes)
        elif local == "mergeCell":
            self._merge(attributes)

    def _cell_starts(self, attributes: dict[str, str]) -> None:
        reference = attributes.get("r")
        found = _REFERENCE.fullmatch(reference) if reference else None
        if reference and found is None:
            raise SheetError(f"{self.title} row {self.row_number + 1}: '{reference[:12]}' is not a cell's place")
        self.column = _column_of(found.group(1)) if found else self.column + 1
        if self.column >= _EXCEL_COLUMNS:
            raise SheetError(f"{self.title} row {self.row_number + 1}: a cell beyond the last column a sheet has")
        self.kind, self.value, self.formula, self.inline = attributes.get("t", "n"), None, None, None
        style = attributes.get("s", "0")
        self.style = int(style) if style.isdecimal() and len(style) < 7 else 0

    def _row_starts(self, attributes: dict[str, str]) -> None:
        number = attributes.get("r", "")
        self.row_number = (
            max(int(number) - 1, len(self.rows)) if number.isdecimal() and len(number) < 8 else len(self.rows)
        )
        if self.row_number >= _EXCEL_ROWS:
            raise SheetError(f"{self.title}: a row beyond the last row a sheet has")
        self.row, self.column = [], -1

    def _merge(self, attributes: dict[str, str]) -> None:
        first, _, last = attributes.get("ref", "").partition(":")
        a, b = _REFERENCE.fullmatch(first), _REFERENCE.fullmatch(last or first)
        if a and b:
            self.merges.append(
                (int(a.group(2)) - 1, _column_of(a.group(1)), int(b.group(2)) - 1, _column_of(b.group(1)))
            )

    def end(self, tag: str) -> None:
        local = _local(tag)
        if local in ("v", "f", "t"):
            self.capture = None
        elif local == "rPh":
            self.phonetic = False
        elif local == "c":
            text = self.cell_text().strip()
            if text:
                row = self.row
                if len(row) <= self.column:
                    row.extend([""] * (self.column + 1 - len(row)))
                row[self.column] = text
        elif local == "row":
            row = self.row
            while row and not row[-1]:
                row.pop()
            self.check_row(row, self.row_number, self.title)
            if row:
                self.rows.extend([] for _ in range(self.row_number - len(self.rows)))
                self.rows.append(row)

    def text(self, data: str) -> None:
        if self.capture is not None:
            self.capture.append(data)

    def cell_text(self) -> str:
        raw = "".join(self.value) if self.value is not None else None
        kind = self.kind
        if kind == "inlineStr":
            return _unescape("".join(self.inline or ()))
        if raw is None or raw == "":
            return "=" + "".join(self.formula) if self.formula else ""  # a formula nothing has calculated: its own text
        if kind == "s":
            index = int(raw) if raw.strip().isdecimal() else -1
            if not 0 <= index < len(self.strings):
                raise SheetError(f"{self.where()}: refers to text number {raw[:12]}, which the workbook does not hold")
            return self.strings[index]
        if kind == "b":
            return "TRUE" if raw.strip() in ("1", "true") else "FALSE"
        if kind in ("str", "e", "d"):
            return _unescape(raw)
        return self.number(raw)

    def number(self, raw: str) -> str:
        try:
            value = float(raw)
        except ValueError:
            return raw
        if not math.isfinite(value):
            return raw
        kind = self.styles.get(self.style)
        if kind is not None and 0 <= value < 2_958_466:  # up to 9999-12-31
            return self.moment(value, kind)
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.15g}"

    def moment(self, serial: float, kind: str) -> str:
        seconds = round(serial * 86_400)
        if kind == "elapsed":
            hours, rest = divmod(seconds, 3600)
            return f"{hours}:{rest // 60:02d}" + (f":{rest % 60:02d}" if rest % 60 else "")
        when = self.epoch + timedelta(seconds=seconds)
        clock = f"{when.hour}:{when.minute:02d}" + (f":{when.second:02d}" if when.second else "")
        if kind == "time":
            return clock
        return when.date().isoformat() + (f" {clock}" if kind == "datetime" else "")

    def finish(self) -> Grid:
        """The rows, each merged range's text spread across the columns it spans (a stage
        merged over its steps); down its rows it stays one (a label or card is one, not copies)."""
        rows = self.rows
        width = max(map(len, rows), default=0)
        for r0, c0, _, last in self.merges:
            c1 = min(last, width - 1)  # not past the widest row: a merge may claim the whole sheet
            if not 0 <= r0 < len(rows) or c0 >= len(rows[r0]) or c1 <= c0:
                continue
            row, value = rows[r0], rows[r0][c0]
            if len(row) <= c1:
                row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0 + 1, c1 + 1):
                row[c] = row[c] or value
        return rows
