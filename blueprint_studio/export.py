"""Export a document to PDF, PNG, SVG or a spreadsheet: the one path the CLI and the window share.

PNG needs Qt's raster painter, so it is imported only when a PNG is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from blueprint_studio.audience import FULL, for_audience, hides_anything
from blueprint_studio.drawing.ops import Drawing
from blueprint_studio.drawing.poster import make_poster, whole
from blueprint_studio.errors import UsageError
from blueprint_studio.layout import compute_for
from blueprint_studio.model import Audience, Blueprint, Document
from blueprint_studio.printing.executive import summary_pdf
from blueprint_studio.printing.legible import advice, printed_text_size
from blueprint_studio.printing.pdf import Progress, pdf_bytes
from blueprint_studio.printing.plan import PrintOptions
from blueprint_studio.printing.svg import svg_text
from blueprint_studio.sheets import write_sheets
from blueprint_studio.storage.atomic import write_atomically
from blueprint_studio.words import Say, english

FORMATS = (".pdf", ".png", ".svg", ".xlsx", ".csv")


def write_pdf(
    document: Document,
    blueprints: list[Blueprint],
    path: Path,
    options: PrintOptions,
    progress: Progress | None = None,
    say: Say = english,
) -> None:
    """Write the PDF atomically: a failed or cancelled export leaves no half-written file."""
    write_atomically(
        path, pdf_bytes([make_poster(document, b, say=say, notes=options.notes) for b in blueprints], options, progress)
    )


def write_report(document: Document, blueprints: list[Blueprint], path: Path, source: str = "") -> None:
    """The analysis report (PDF), written atomically."""
    from blueprint_studio.printing.report import report_bytes

    write_atomically(path, report_bytes(document, blueprints, source))


def choose_blueprints(document: Document, selector: str | None) -> list[Blueprint]:
    """All blueprints, or the one named by number (1-based) or title."""
    if selector is None:
        return list(document.blueprints)
    if selector.isdigit():
        index = int(selector)
        if not 1 <= index <= len(document.blueprints):
            raise UsageError(f"there is no blueprint {index}; the file holds {len(document.blueprints)}")
        return [document.blueprints[index - 1]]
    matches = [b for b in document.blueprints if b.title.casefold() == selector.casefold()]
    if not matches:
        titles = ", ".join(f"'{b.title}'" for b in document.blueprints)
        raise UsageError(f"no blueprint is titled '{selector}' (the file holds {titles})")
    return matches[:1]


def check_format(out: Path) -> str:
    """The export format named by the file's ending (UsageError if none of ours)."""
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise UsageError(f"cannot tell the format from '{out.name}': end it in .pdf, .png, .svg, .xlsx or .csv")
    return suffix


def export(
    document: Document,
    blueprints: list[Blueprint],
    out: Path,
    options: PrintOptions,
    dpi: float = 150.0,
    progress: Progress | None = None,
    audience: Audience = FULL,
    warn: Callable[[str], None] | None = None,
    say: Say = english,
    bare: bool = False,
    live_text: bool = False,
) -> float | None:
    """What each blueprint's view shows (journey map, blueprint or both), in the chosen format,
    with only what `audience` may see. `warn` hears of prints too small to read. For a print
    of the wall, how high its smallest card text prints (points). `say` words the print (the
    legend, footers, the summary) in the reader's language. A PNG or SVG carries the title
    block, legend and persona cards as the PDF does, unless `bare` (the diagram alone); an SVG
    draws its text as outlines unless `live_text`."""
    suffix = check_format(out)
    if hides_anything(audience):
        document = for_audience(document, audience)
        blueprints = [document.blueprint(blueprint.id) for blueprint in blueprints]
    if audience.summary:
        if suffix != ".pdf":
            raise UsageError(f"the executive summary is a one-page PDF; end '{out.name}' in .pdf")
        write_atomically(out, summary_pdf(document, blueprints, options, say))
        return None
    if suffix == ".pdf":
        return _export_pdf(document, blueprints, out, options, progress, warn, say)
    if suffix == ".xlsx":
        write_sheets(document, blueprints, out)
        return None
    if len(blueprints) != 1:  # the formats below hold one blueprint each
        raise UsageError(
            f"a {suffix[1:].upper()} holds one blueprint; choose it with --blueprint (1 to {len(blueprints)})"
        )
    if suffix == ".csv":
        write_sheets(document, blueprints, out)
        return None
    drawing = whole(
        make_poster(document, blueprints[0], compute_for(document, blueprints[0]), say, options.notes), bare=bare
    )
    if suffix == ".svg":
        write_atomically(out, svg_text(drawing, blueprints[0].title, live_text).encode("utf-8"))
    else:
        write_atomically(out, _png(drawing, dpi))
    return None


def _export_pdf(
    document: Document,
    blueprints: list[Blueprint],
    out: Path,
    options: PrintOptions,
    progress: Progress | None,
    warn: Callable[[str], None] | None,
    say: Say,
) -> float:
    posters = [make_poster(document, blueprint, say=say, notes=options.notes) for blueprint in blueprints]
    for poster in posters if warn is not None else ():
        said = advice(poster, options)
        if said is not None and warn is not None:
            warn(said)
    write_atomically(out, pdf_bytes(posters, options, progress))
    return min(printed_text_size(poster, options) for poster in posters)


def _png(drawing: Drawing, dpi: float) -> bytes:
    if not 10 <= dpi <= 1200:
        raise UsageError("the DPI must be between 10 and 1200")
    from blueprint_studio.painting.png import render_image_bytes

    try:
        return render_image_bytes(drawing, dpi)
    except ValueError as error:
        raise UsageError(str(error)) from None
