"""The command line: headless commands (validate, info, schema, export, check, report,
thumbnail, import, diff, textconv, merge, git-setup, templates, new, workshop) or the editor.

`blueprint-studio FILE.bpx` opens the editor; `blueprint-studio COMMAND …` never needs a
display. Qt is imported only on the branches that draw. Exit codes: 0 ok, 1 bad input,
2 bad usage.
"""

from __future__ import annotations

import argparse
import difflib
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from blueprint_studio import __version__
from blueprint_studio.errors import BpxError, UsageError
from blueprint_studio.quoting import one_line

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


def _err(message: object) -> None:
    """A message on stderr, on one line whatever it quotes (the last door: quoting.one_line)."""
    print(one_line(str(message)), file=sys.stderr)


def _out(line: str) -> None:
    """A line of a report on stdout that quotes names and text from a file."""
    print(one_line(line))


LANGUAGE_HELP = "the printed words (legend, footers, summary): en, de, es, fr, ja or pt_BR (default en)"


def _validate(args: argparse.Namespace) -> int:
    from blueprint_studio.storage import open_bpx

    status = EXIT_OK
    for path in args.files:
        try:
            open_bpx(path)
        except BpxError as error:
            status = EXIT_BAD_INPUT
            for problem in error.problems:
                _err(problem)
        else:
            if not args.quiet:
                _out(f"{path}: valid")
    return status


def _info(args: argparse.Namespace) -> int:
    from blueprint_studio.storage import open_bpx
    from blueprint_studio.summary import describe

    for path in args.files:
        print(describe(open_bpx(path), path))
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from blueprint_studio.storage.schema import file_schema

    print(json.dumps(file_schema(), indent=2, ensure_ascii=False, sort_keys=True))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from blueprint_studio.audience import audience_named
    from blueprint_studio.export import check_format, choose_blueprints, export
    from blueprint_studio.printing.plan import PrintOptions
    from blueprint_studio.printing.units import parse_length
    from blueprint_studio.storage import open_bpx
    from blueprint_studio.words import reader

    say = reader(args.language)
    if args.tile and args.paper:
        raise UsageError("choose either --paper (one page) or --tile (office pages), not both")
    if args.strips is not None and args.tile:
        raise UsageError("strips go on one page: choose either --strips or --tile")
    if args.per_stage and (args.tile or args.strips is not None):
        raise UsageError("--per-stage prints a page per stage: leave out --tile and --strips")
    if args.notes and (args.strips is not None or args.per_stage):
        raise UsageError(
            "--notes prints the notes under the whole wall: use it with one page or --tile, not --strips or --per-stage"
        )
    strips = None if args.strips is None else 0 if args.strips == "auto" else _count(args.strips, "--strips")
    if args.per_stage and args.paper is None:
        args.paper = "A3"
    options = PrintOptions(
        paper=args.paper,
        landscape=None if args.orientation is None else args.orientation == "landscape",
        scale=args.scale,
        width=parse_length(args.width, "m") if args.width else None,
        tile=args.tile,
        overlap=parse_length(args.overlap),
        margin=parse_length(args.margin),
        strips=strips,
        per_stage=args.per_stage,
        notes=args.notes,
    )
    out = Path(args.output)
    check_format(out)  # before reading the file: a usage error is said first
    document = open_bpx(args.file)
    audience = audience_named(document, args.audience)
    sizes: list[float | None] = []
    status = _written(
        out,
        True,
        lambda: sizes.append(
            export(
                document,
                choose_blueprints(document, args.blueprint),
                out,
                options,
                dpi=args.dpi,
                audience=audience,
                warn=_warn,
                say=say,
                bare=args.bare,
                live_text=args.live_text,
            )
        ),
    )
    if status == EXIT_OK and not args.quiet:
        print(f"wrote {out}" + (f" (card text {sizes[0]:.1f} pt high)" if sizes and sizes[0] is not None else ""))
    return status


def _count(text: str, option: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 50:
        raise UsageError(f"{option} takes a number from 1 to 50, or auto")
    return int(text)


def _warn(message: str) -> None:
    _err(f"blueprint-studio: warning: {message}")


def _workshop(args: argparse.Namespace) -> int:
    from blueprint_studio.export import choose_blueprints
    from blueprint_studio.printing.paper import MM
    from blueprint_studio.printing.pdf import pdf_bytes
    from blueprint_studio.printing.plan import PrintOptions
    from blueprint_studio.printing.units import format_length, parse_length
    from blueprint_studio.printing.workshop import workshop_poster
    from blueprint_studio.storage import open_bpx
    from blueprint_studio.storage.atomic import write_atomically
    from blueprint_studio.words import reader

    say = reader(args.language)
    out = Path(args.output)
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"'{out.name}': a workshop sheet is a PDF; end the name in .pdf")
    sticky = parse_length(args.sticky)
    if not 25 * MM <= sticky <= 200 * MM:
        raise UsageError("--sticky must be between 25mm and 200mm")
    per_cell = _count(args.per_cell, "--per-cell")
    document = open_bpx(args.file)
    made = [
        workshop_poster(document, blueprint, sticky, per_cell, say)
        for blueprint in choose_blueprints(document, args.blueprint)
    ]
    poster, scale = made[0]  # the scale depends on the note size only: the same for every sheet
    options = PrintOptions(
        scale=scale, tile=args.tile, overlap=parse_length(args.overlap), margin=parse_length(args.margin)
    )
    data = pdf_bytes([p for p, _ in made], options)
    if not args.quiet:
        print(
            f"cells for {format_length(sticky)} notes, {per_cell} a cell; finished size "
            f"{format_length(poster.width * scale)} × {format_length(poster.height * scale)}"
        )
    return _written(out, args.quiet, lambda: write_atomically(out, data))


def _templates(args: argparse.Namespace) -> int:
    from blueprint_studio.templates import TEMPLATES

    for template in TEMPLATES:
        print(template.name if args.names else f"{template.name:<22}{template.sector:<24}{template.about}")
    return EXIT_OK


def _new(args: argparse.Namespace) -> int:
    from blueprint_studio.editing.edits import ENGLISH
    from blueprint_studio.storage import save_bpx
    from blueprint_studio.templates import template_named

    out = Path(args.output)
    if out.suffix.lower() != ".bpx":
        raise UsageError(f"'{out.name}': a new document is written as .bpx")
    if out.exists() and not args.force:
        raise UsageError(f"'{out.name}' exists; choose another name or add --force to replace it")
    document = template_named(args.template).make(ENGLISH)
    return _written(out, args.quiet, lambda: save_bpx(document, out))


def _written(out: Path, quiet: bool, write: Callable[[], object]) -> int:
    """Run `write`; a disk that refuses is bad input, said in one line with the file's name."""
    try:
        write()
    except OSError as error:
        _err(f"{out.name}: not written: {error.strerror or error}")
        return EXIT_BAD_INPUT
    if not quiet:
        print(f"wrote {out}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from blueprint_studio.analysis import Severity, check
    from blueprint_studio.export import choose_blueprints
    from blueprint_studio.storage import open_bpx

    document = open_bpx(args.file)
    results = [
        (blueprint, check(blueprint, facets=document.facets))
        for blueprint in choose_blueprints(document, args.blueprint)
    ]
    if args.format == "json":
        findings = [{"blueprint": b.title, **f.as_json()} for b, found in results for f in found]
        print(json.dumps({"file": args.file, "findings": findings}, ensure_ascii=False, indent=2))
    else:
        for blueprint, found in results:
            shown = [f for f in found if not f.dismissed]
            for finding in shown:
                _out(f"{args.file}: {blueprint.title}: {finding.severity.value}: {finding.check}: {finding.message}")
            set_aside = len(found) - len(shown)
            _out(
                f"{args.file}: {blueprint.title}: {len(shown)} finding{'' if len(shown) == 1 else 's'}"
                + (f" ({set_aside} dismissed)" if set_aside else "")
            )
    errors = any(f.severity is Severity.ERROR and not f.dismissed for _, found in results for f in found)
    return EXIT_BAD_INPUT if errors else EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from blueprint_studio.export import choose_blueprints
    from blueprint_studio.storage import open_bpx
    from blueprint_studio.storage.atomic import write_atomically

    out = Path(args.output)
    if out.suffix.lower() not in (".pdf", ".csv"):
        raise UsageError(
            f"cannot tell the format from '{out.name}': end it in .pdf (the report) or .csv (the fail-point register)"
        )
    from blueprint_studio.audience import audience_named, for_audience

    document = open_bpx(args.file)
    document = for_audience(document, audience_named(document, args.audience))
    blueprints = choose_blueprints(document, args.blueprint)
    if out.suffix.lower() == ".csv":
        from blueprint_studio.analysis import register_csv

        if len(blueprints) != 1:
            raise UsageError(f"a register holds one blueprint; choose it with --blueprint (1 to {len(blueprints)})")
        # The BOM tells spreadsheets the file is UTF-8.
        return _written(out, args.quiet, lambda: write_atomically(out, register_csv(blueprints[0]).encode("utf-8-sig")))
    from blueprint_studio.export import write_report

    return _written(out, args.quiet, lambda: write_report(document, blueprints, out, source=Path(args.file).name))


def _thumbnail(args: argparse.Namespace) -> int:
    """For file managers (the Linux package's thumbnailer): the preview saved in the file,
    or one drawn from its first blueprint when it has none."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage

    from blueprint_studio.layout import compute_for
    from blueprint_studio.painting.png import ensure_gui_application, thumbnail_png
    from blueprint_studio.storage import open_bpx
    from blueprint_studio.storage.atomic import write_atomically
    from blueprint_studio.storage.bpx import read_thumbnail

    if not 16 <= args.size <= 2048:
        raise UsageError("--size must be between 16 and 2048 pixels")
    ensure_gui_application()
    image = QImage()
    stored = read_thumbnail(args.file)
    if stored is None or not image.loadFromData(stored):
        document = open_bpx(args.file)
        image.loadFromData(thumbnail_png(compute_for(document, document.blueprints[0]), args.size))
    if max(image.width(), image.height()) > args.size:
        image = image.scaled(
            args.size, args.size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # takes str; the stubs say bytes
    write_atomically(Path(args.output), bytes(buffer.data().data()))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from blueprint_studio.sheets import SheetError, read_sheets_reporting
    from blueprint_studio.storage import save_bpx

    source, out = Path(args.file), Path(args.output)
    if source.suffix.lower() not in (".xlsx", ".csv"):
        raise UsageError(f"cannot tell the format from '{source.name}': import reads .xlsx or .csv")
    if out.suffix.lower() != ".bpx":
        raise UsageError(f"'{out.name}': the imported document is written as .bpx")
    try:
        document, report = read_sheets_reporting(source)
    except SheetError as error:
        _err(error)
        return EXIT_BAD_INPUT
    if not args.quiet:
        for line in report:  # what was recognised: a wrong guess is seen at once
            _out(line)
    return _written(out, args.quiet, lambda: save_bpx(document, out))


def _diff(args: argparse.Namespace) -> int:
    from blueprint_studio.compare import diff
    from blueprint_studio.storage import open_bpx

    changes = diff(open_bpx(args.a), open_bpx(args.b), ignore_ids=args.ignore_ids)
    if args.format == "json":
        print(
            json.dumps(
                {
                    "equal": not changes,
                    "changes": [
                        {
                            "kind": c.kind,
                            "what": c.what,
                            "blueprint": c.where,
                            "name": c.name,
                            "details": list(c.details),
                            "ids": list(c.ids),
                        }
                        for c in changes
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for change in changes:
            _out(change.line())
        if not changes:
            print("no differences" + (" (matched by name, place and text)" if args.ignore_ids else ""))
    return EXIT_BAD_INPUT if changes else EXIT_OK


def _textconv(args: argparse.Namespace) -> int:
    from blueprint_studio.compare.text import as_text
    from blueprint_studio.storage import open_bpx

    sys.stdout.write(as_text(open_bpx(args.file)))
    return EXIT_OK


def _merge(args: argparse.Namespace) -> int:
    """git's merge driver: `merge %O %A %B` writes the result over %A (ours); exit 1 on conflicts."""
    from blueprint_studio.compare.merge import merge
    from blueprint_studio.storage import open_bpx, save_bpx

    base_path = Path(args.base)
    name = args.path or Path(args.ours).name  # git's own files are temporary (.merge_file_…): say the .bpx's path
    try:
        # No common ancestor: empty.
        base = open_bpx(base_path) if base_path.exists() and base_path.stat().st_size else None
        result = merge(base, open_bpx(args.ours), open_bpx(args.theirs))
    except BpxError as error:
        raise BpxError(f"{name}: cannot merge: {str(error).split(': ', 1)[-1]}") from None
    out = Path(args.output or args.ours)
    # Git keeps no ~ file of its own.
    status = _written(out, True, lambda: save_bpx(result.document, out, backup=args.output is not None))
    for conflict in result.conflicts:
        _err(f"{name}: conflict: {conflict}")
    return status if status != EXIT_OK else (EXIT_BAD_INPUT if result.conflicts else EXIT_OK)


def _git_setup(args: argparse.Namespace) -> int:
    """Teach the repository around the current folder to diff and merge .bpx files."""
    import shlex
    import shutil
    import subprocess

    if getattr(sys, "frozen", False):
        command = shlex.quote(sys.executable)
    elif shutil.which("blueprint-studio"):
        command = "blueprint-studio"
    else:
        command = f"{shlex.quote(sys.executable)} -m blueprint_studio"

    def git(*words: str) -> str:
        done = subprocess.run(["git", *words], capture_output=True, text=True)
        if done.returncode != 0:
            raise UsageError(
                f"git {' '.join(words[:2])} failed: {done.stderr.strip() or 'is this inside a git repository?'}"
            )
        return done.stdout.strip()

    top = Path(git("rev-parse", "--show-toplevel"))
    attributes, ignore = top / ".gitattributes", top / ".gitignore"
    line = "*.bpx diff=bpx merge=bpx"
    # Every check first: nothing (git's config included) is changed unless all can be done.
    writes = [
        (path, text)
        for path, text in ((attributes, _with_line(attributes, line)), (ignore, _with_line(ignore, "*.bpx~")))
        if text is not None
    ]
    git("config", "diff.bpx.textconv", f"{command} textconv")
    git("config", "diff.bpx.binary", "true")
    git("config", "merge.bpx.name", "Blueprint Studio three-way merge")
    git("config", "merge.bpx.driver", f"{command} merge %O %A %B --path %P")
    from blueprint_studio.storage.atomic import write_atomically

    for path, text in writes:
        try:
            write_atomically(path, text.encode("utf-8"))
        except OSError as error:
            raise UsageError(f"{path.name}: not written: {error.strerror or error}") from None
    print(f"{attributes}: {line}")
    print(f"{ignore}: *.bpx~ (the backups each save keeps)")
    print(f"git config: diff.bpx.textconv, merge.bpx.driver → {command}")
    return EXIT_OK


def _with_line(path: Path, line: str) -> str | None:
    """A repository file's text with `line` added (None: it has it). Refuses what git-setup
    must not write: a symlink (its target lies outside the repository), a folder, a file that
    is not UTF-8 text."""
    if path.is_symlink():
        raise UsageError(
            f"{path.name} is a symbolic link; git-setup writes through no link: add '{line}' to it yourself"
        )
    if path.exists() and not path.is_file():
        raise UsageError(f"{path.name} is not a file; git-setup needs to add '{line}' to it")
    try:
        existing = path.read_bytes().decode("utf-8") if path.exists() else ""
    except UnicodeDecodeError:
        raise UsageError(
            f"{path.name} is not UTF-8 text; git-setup leaves it alone: add '{line}' to it yourself"
        ) from None
    except OSError as error:
        raise UsageError(f"{path.name}: cannot be read: {error.strerror or error}") from None
    if line in existing.splitlines():
        return None
    return existing + ("" if not existing or existing.endswith("\n") else "\n") + line + "\n"


Handler = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Handler] = {
    "validate": _validate,
    "info": _info,
    "schema": _schema,
    "export": _export,
    "check": _check,
    "report": _report,
    "thumbnail": _thumbnail,
    "import": _import,
    "diff": _diff,
    "textconv": _textconv,
    "merge": _merge,
    "git-setup": _git_setup,
    "templates": _templates,
    "new": _new,
    "workshop": _workshop,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="blueprint-studio",
        description="Edit, check and print service blueprints (.bpx files).",
        epilog="Without a command, opens the editor on the given files: blueprint-studio [FILE.bpx ...]; "
        "blueprint-studio --self-test checks an installation without a screen.",
    )
    parser.add_argument("--version", action="version", version=f"Blueprint Studio {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation without a screen (opens and closes the editor offscreen)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    validate = commands.add_parser("validate", help="check .bpx files; one line per problem on stderr")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.add_argument("-q", "--quiet", action="store_true", help="print nothing for valid files")
    info = commands.add_parser("info", help="describe the blueprints in .bpx files")
    info.add_argument("files", nargs="+", metavar="FILE")
    commands.add_parser("schema", help="print the JSON Schema of document.json")
    export = commands.add_parser(
        "export",
        help="print a blueprint to PDF (one page or tiled), PNG or SVG, or write it as a spreadsheet (.xlsx, .csv)",
        description="One page on a named paper or roll, a page of the asked size, or tiles on office paper.",
    )
    export.add_argument("file", metavar="FILE.bpx")
    export.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="OUT.pdf, OUT.png, OUT.svg, OUT.xlsx or OUT.csv"
    )
    export.add_argument(
        "--blueprint", metavar="N|TITLE", help="which blueprint (default: all, one page or tile set each)"
    )
    export.add_argument(
        "--paper", metavar="SIZE", help="A0–A4, Letter, Legal, Tabloid, ANSI-C/D/E, ARCH-C/D/E, roll-24in/36in/44in"
    )
    export.add_argument("--orientation", choices=("landscape", "portrait"))
    export.add_argument("--scale", type=float, help="print scale (1 = layout size, 1 pt per point)")
    export.add_argument("--width", metavar="LENGTH", help="overall width of the print, e.g. 2m or 150cm")
    export.add_argument("--tile", metavar="SIZE", help="tile onto office paper: A4, A3, Letter or Tabloid")
    export.add_argument(
        "--strips",
        metavar="N|auto",
        help="wrap a wide blueprint into N strips stacked on the one page, cut between stages (auto: the count that "
        "prints largest)",
    )
    export.add_argument(
        "--per-stage",
        action="store_true",
        help="each stage on its own page of --paper (default A3), lane names and headers repeated: handouts",
    )
    export.add_argument("--overlap", default="10mm", metavar="LENGTH", help="overlap between tiles (default 10mm)")
    export.add_argument("--margin", default="10mm", metavar="LENGTH", help="page margin (default 10mm)")
    export.add_argument("--dpi", type=float, default=150.0, help="resolution of a PNG (default 150)")
    export.add_argument(
        "--notes",
        action="store_true",
        help="print card notes and owners: a number on each card, the notes listed by stage under the blueprint",
    )
    export.add_argument(
        "--bare",
        action="store_true",
        help="a PNG or SVG of the diagram alone, without the title block, legend and personas",
    )
    export.add_argument(
        "--live-text",
        action="store_true",
        help="an SVG whose text stays text (searchable; fonts embedded for browsers) instead of outlines that look "
        "the same everywhere",
    )
    export.add_argument(
        "--audience",
        default="Full",
        metavar="NAME",
        help="who it is for: Full (default), Customer-facing, Team, 'Executive summary', or one of the document's own",
    )
    export.add_argument("--language", default="en", metavar="CODE", help=LANGUAGE_HELP)
    export.add_argument("-q", "--quiet", action="store_true")
    check = commands.add_parser(
        "check",
        help="analyse blueprints like a linter; exit 1 when a finding is an error",
        description="Checks each blueprint against the method: evidence, links, fail points, waits, times, duplicates.",
    )
    check.add_argument("file", metavar="FILE.bpx")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--blueprint", metavar="N|TITLE", help="which blueprint (default: all)")
    report = commands.add_parser(
        "report",
        help="write the analysis report (PDF) or the fail-point register (CSV)",
        description="Time roll-up, critical path, encounters and handoffs, fail-point register, checks and synergies.",
    )
    report.add_argument("file", metavar="FILE.bpx")
    report.add_argument("-o", "--output", required=True, metavar="OUT", help="OUT.pdf (report) or OUT.csv (register)")
    report.add_argument("--blueprint", metavar="N|TITLE", help="which blueprint (default: all)")
    report.add_argument(
        "--audience", default="Full", metavar="NAME", help="leave out what this audience may not see (default: Full)"
    )
    report.add_argument("-q", "--quiet", action="store_true")
    imported = commands.add_parser("import", help="make a .bpx from a spreadsheet (.xlsx: a blueprint per sheet; .csv)")
    imported.add_argument("file", metavar="SHEET.xlsx|SHEET.csv")
    imported.add_argument("-o", "--output", required=True, metavar="FILE.bpx")
    imported.add_argument("-q", "--quiet", action="store_true")
    compared = commands.add_parser("diff", help="what changed between two .bpx files; exit 1 when they differ")
    compared.add_argument("a", metavar="A.bpx")
    compared.add_argument("b", metavar="B.bpx")
    compared.add_argument("--format", choices=("text", "json"), default="text")
    compared.add_argument(
        "--ignore-ids",
        action="store_true",
        help="match by name, place and text, not by id (a redesign copied as a variant, or a sheet whose hidden "
        "sheet was deleted)",
    )
    textconv = commands.add_parser("textconv", help="a .bpx as stable text, for git diff")
    textconv.add_argument("file", metavar="FILE.bpx")
    merged = commands.add_parser(
        "merge", help="three-way merge by id (git's merge driver); exit 1 when there were conflicts"
    )
    merged.add_argument("base", metavar="BASE.bpx")
    merged.add_argument("ours", metavar="OURS.bpx")
    merged.add_argument("theirs", metavar="THEIRS.bpx")
    merged.add_argument("--path", help="the file's path in the repository, for messages (git's %%P)")
    merged.add_argument(
        "-o", "--output", metavar="OUT.bpx", help="where to write the result (default: over OURS, as git expects)"
    )
    commands.add_parser(
        "git-setup", help="make git diff and merge .bpx files in this repository (.gitattributes and git config)"
    )
    sheet = commands.add_parser(
        "workshop", help="print the empty grid (lanes, lines, named steps) with cells sized for sticky notes"
    )
    sheet.add_argument("file", metavar="FILE.bpx")
    sheet.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    sheet.add_argument("--blueprint", metavar="N|TITLE", help="which blueprint (default: all, a sheet each)")
    sheet.add_argument(
        "--sticky", default="76mm", metavar="LENGTH", help="the notes' side (default 76mm, the common 3 in note)"
    )
    sheet.add_argument("--per-cell", default="1", metavar="N", help="notes stacked in each cell (default 1)")
    sheet.add_argument(
        "--tile", metavar="SIZE", help="tile onto office paper (A4, A3, Letter, Tabloid) instead of one plotter page"
    )
    sheet.add_argument("--overlap", default="10mm", metavar="LENGTH")
    sheet.add_argument("--margin", default="10mm", metavar="LENGTH")
    sheet.add_argument("--language", default="en", metavar="CODE", help=LANGUAGE_HELP)
    sheet.add_argument("-q", "--quiet", action="store_true")
    listed = commands.add_parser("templates", help="list the templates a new document can start from")
    listed.add_argument("--names", action="store_true", help="one name a line, nothing else")
    created = commands.add_parser("new", help="create a .bpx from a template (see `templates`)")
    created.add_argument(
        "--template", default="blank-blueprint", metavar="NAME", help="which template (default: blank-blueprint)"
    )
    created.add_argument("-o", "--output", required=True, metavar="FILE.bpx")
    created.add_argument("--force", action="store_true", help="replace FILE.bpx if it exists")
    created.add_argument("-q", "--quiet", action="store_true")
    thumbnail = commands.add_parser("thumbnail", help="write a PNG preview of a .bpx (what file managers show)")
    thumbnail.add_argument("file", metavar="FILE.bpx")
    thumbnail.add_argument("output", metavar="OUT.png")
    thumbnail.add_argument("--size", type=int, default=256, help="largest side in pixels (default 256)")
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="blueprint-studio", description="Open the Blueprint Studio editor.")
    parser.add_argument("files", nargs="*", metavar="FILE.bpx", help="documents to open")
    parser.add_argument("--self-test", action="store_true", help="check this installation without a screen, then exit")
    return parser


class _QuietPipe(io.TextIOBase):
    """stdout for the commands: when the reader goes away (`diff A B | head`), the rest of the
    output goes nowhere and the command still ends with its own status, with no traceback."""

    def __init__(self, stream: TextIO) -> None:
        self.stream, self.broken = stream, False

    def write(self, text: str) -> int:
        if not self.broken:
            try:
                return self.stream.write(text)
            except BrokenPipeError:
                self._sink()
        return len(text)

    def flush(self) -> None:
        if not self.broken:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self._sink()

    def _sink(self) -> None:
        self.broken = True
        os.dup2(os.open(os.devnull, os.O_WRONLY), self.stream.fileno())  # the interpreter's last flush finds a sink too

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def unknown_command(word: str) -> str | None:
    """Why `word` is refused: a word in the command's place that is no command and no file."""
    if (
        not word
        or word.startswith("-")
        or word in COMMANDS
        or Path(word).suffix
        or "/" in word
        or os.sep in word
        or Path(word).exists()
    ):
        return None
    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"unknown command '{word}'{hint}; `blueprint-studio --help` lists the commands"


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        return _run(arguments)
    except SystemExit as exit_:  # argparse: --help, --version and usage errors
        return int(exit_.code or 0) if isinstance(exit_.code, int) else EXIT_USAGE
    except BpxError as error:
        _err(error)
        return EXIT_BAD_INPUT
    except UsageError as error:
        _err(f"blueprint-studio: {error}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `blueprint-studio check … | head`: the reader had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:  # a bug of ours: one line for the user, details on request
        if os.environ.get("BLUEPRINT_STUDIO_DEBUG"):
            raise
        _err(
            f"blueprint-studio: unexpected error ({type(error).__name__}: {error}); "
            "run again with BLUEPRINT_STUDIO_DEBUG=1 for details, and please report it"
        )
        return EXIT_BAD_INPUT


def _run(arguments: list[str]) -> int:
    """A command, or the window (with files to open, or the self test)."""
    refused = unknown_command(arguments[0]) if arguments else None
    if refused is not None:
        _err(f"blueprint-studio: {refused}")
        return EXIT_USAGE
    if arguments and (arguments[0] in COMMANDS or arguments[0] in ("-h", "--help", "--version")):
        args = build_parser().parse_args(arguments)
        if not isinstance(sys.stdout, _QuietPipe) and sys.stdout is not None:
            sys.stdout = _QuietPipe(sys.stdout)
        status = COMMANDS[args.command](args)
        if sys.stdout is not None:
            sys.stdout.flush()
        return status
    args = build_gui_parser().parse_args(arguments)
    if args.self_test:
        from blueprint_studio.ui.selftest import run_self_test

        return run_self_test()
    from blueprint_studio.ui.launch import run_gui

    return run_gui(args.files)
