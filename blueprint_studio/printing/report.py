"""The printable analysis report: time, critical path, encounters and handoffs, the fail-point
register, checks and synergies, one section each, as tables a workshop can read.

Only shows what `analysis` computed; set in the bundled fonts, embedded like every print.
"""

from __future__ import annotations

import io
import time
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from blueprint_studio import __version__
from blueprint_studio.analysis import Analysis, analyse, format_seconds, span_text
from blueprint_studio.analysis.crossings import ENCOUNTER_LINES
from blueprint_studio.analysis.register import STATUS_WORDS
from blueprint_studio.layout import style
from blueprint_studio.layout.fonts import BOLD, REGULAR, register, runs
from blueprint_studio.model import Blueprint, Document, Line

_BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=8.5, leading=11, textColor=colors.HexColor(style.INK))
_SMALL = ParagraphStyle("small", parent=_BODY, fontSize=7.5, leading=9.5)
_HEAD = ParagraphStyle("head", parent=_SMALL, fontName=BOLD)
_H1 = ParagraphStyle("h1", parent=_BODY, fontName=BOLD, fontSize=18, leading=22, spaceAfter=4)
_H2 = ParagraphStyle(
    "h2", parent=_BODY, fontName=BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4, keepWithNext=1
)
_MUTED = ParagraphStyle("muted", parent=_BODY, textColor=colors.HexColor(style.MUTED_INK))
_SEVERITY_COLOURS = {"error": "#b3261e", "warning": "#9a6700", "info": style.MUTED_INK}


def _p(text: str, paragraph_style: ParagraphStyle = _SMALL) -> Paragraph:
    """A paragraph whose Japanese, emoji or Arabic parts are set in the face that has them."""
    chain = paragraph_style.fontName
    lines = (
        "".join(
            escape(part) if face == chain else f'<font face="{face}">{escape(part)}</font>'
            for face, part in runs(line, chain)
        )
        for line in text.split("\n")
    )
    return Paragraph("<br/>".join(lines), paragraph_style)


_PADDING = 6  # a table cell's left and right padding together


def _cell(value: Any, width: float) -> Any:
    """A cell's content: a short one-line text in one face as it is (drawn at once), anything
    longer as a paragraph that wraps. A report of thousands of rows builds in seconds, not minutes."""
    if isinstance(value, Paragraph):
        return value
    text = str(value)
    if "\n" not in text and len(text) < 120:
        parts = runs(text, REGULAR)
        if len(parts) <= 1 and stringWidth(text, REGULAR, _SMALL.fontSize) <= width - _PADDING:
            return text
    return _p(text)


def _table(header: list[str], rows: list[list[Any]], widths: list[float]) -> LongTable:
    data = [[_p(h, _HEAD) for h in header]] + [[_cell(c, w) for c, w in zip(row, widths, strict=True)] for row in rows]
    # A long table, or a long note, runs on.
    table = LongTable(data, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 1), (-1, -1), REGULAR, _SMALL.fontSize, _SMALL.leading),
                ("TEXTCOLOR", (0, 1), (-1, -1), colors.HexColor(style.INK)),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(style.STAGE_FILL)),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(style.GRID)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f9fafb")]),
            ]
        )
    )
    return table


def report_bytes(document: Document, blueprints: list[Blueprint], source: str = "") -> bytes:
    register()
    buffer = io.BytesIO()
    page = landscape(A4)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        title="Analysis: " + " / ".join(b.title for b in blueprints),
        author="Blueprint Studio",
        creator=f"Blueprint Studio {__version__}",
    )
    width = page[0] - 24 * mm
    story: list[Any] = []
    for number, blueprint in enumerate(blueprints):
        if number:
            story.append(PageBreak())
        story.extend(_blueprint_story(document, blueprint, analyse(document, blueprint), width, source))

    def footer(canvas: Any, _doc: Any) -> None:
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor(style.MUTED_INK))
        canvas.drawString(
            12 * mm,
            7 * mm,
            f"Printed {time.strftime('%Y-%m-%d')} with Blueprint Studio {__version__} · page {canvas.getPageNumber()}",
        )

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _blueprint_story(
    document: Document, blueprint: Blueprint, analysis: Analysis, width: float, source: str
) -> list[Any]:
    timing = analysis.time
    story: list[Any] = [_p(f"Analysis: {blueprint.title or 'Untitled blueprint'}", _H1)]
    if source:
        story.append(_p(source, _MUTED))
    summary = [
        f"Journey time: {span_text(timing.journey)}"
        + (f"; acceptable {format_seconds(timing.acceptable)}" if timing.acceptable is not None else "")
        + (" — OVER the acceptable time" if timing.over else ""),
        f"Customer's own time and waits: {span_text(timing.customer)}; the organisation's: "
        f"{span_text(timing.organisation)}",
        f"Encounters (arrows across the line of interaction): {analysis.crossings.encounters}; "
        f"handoffs (across the lines of visibility and internal interaction): {analysis.crossings.handoffs}",
        f"Fail points: {len(analysis.register)}; findings: "
        + ", ".join(
            f"{sum(1 for f in analysis.findings if f.severity.value == s and not f.dismissed)} {s}s"
            for s in ("error", "warning", "info")
        ),
    ]
    story.extend(_p(line, _BODY) for line in summary)
    story.extend(_time_section(analysis, width))
    story.extend(_path_section(blueprint, analysis, width))
    story.extend(_crossings_section(blueprint, analysis, width))
    story.extend(_register_section(analysis, width))
    story.extend(_checks_section(analysis, width))
    story.extend(_notes_section(blueprint, width))
    story.extend(_synergies_section(analysis, width))
    story.append(Spacer(1, 4))
    return story


def _time_section(analysis: Analysis, width: float) -> list[Any]:
    story: list[Any] = []
    timing = analysis.time
    story.append(_p("Time", _H2))
    stage_rows = [[s.name or "(no stage)", span_text(s.span)] for s in timing.stages]
    step_rows = [
        [
            t.name,
            span_text(t.span),
            format_seconds(t.acceptable) if t.acceptable is not None else "",
            "over" if t.over else "",
        ]
        for t in timing.steps
    ]
    # One table after the other: each splits across pages.
    story.append(_table(["Stage", "Time"], stage_rows, [width * 0.4, width * 0.3]))
    story.append(Spacer(1, 6))
    story.append(
        _table(["Step", "Time", "Acceptable", ""], step_rows, [width * 0.4, width * 0.3, width * 0.18, width * 0.08])
    )
    return story


def _path_section(blueprint: Blueprint, analysis: Analysis, width: float) -> list[Any]:
    story: list[Any] = []
    timing = analysis.time
    path = timing.critical_path
    story.append(_p("Critical path", _H2))
    if path.card_ids:
        lanes = {lane.id: lane.name for lane in blueprint.lanes}
        steps = {step.id: step.name for step in blueprint.steps}
        rows = []
        for n, card_id in enumerate(path.card_ids, 1):
            card = blueprint.card(card_id)
            own = card.duration.text() if card.duration else ""
            wait = card.marks.wait_duration.text() if card.marks.wait_point and card.marks.wait_duration else ""
            rows.append([str(n), card.text, lanes[card.lane], steps[card.step], own, wait])
        story.append(
            _p(
                f"The longest chain along flow arrows: {len(path.card_ids)} cards, {span_text(path.span)} of the "
                "cards' own times and waits.",
                _BODY,
            )
        )
        story.append(
            _table(
                ["", "Card", "Lane", "Step", "Takes", "Wait"],
                rows,
                [width * 0.04, width * 0.4, width * 0.16, width * 0.2, width * 0.1, width * 0.1],
            )
        )
    else:
        story.append(_p("No chain of two or more cards along flow arrows.", _MUTED))
    return story


def _crossings_section(blueprint: Blueprint, analysis: Analysis, width: float) -> list[Any]:
    story: list[Any] = []
    story.append(_p("Encounters and handoffs", _H2))
    crossing_rows = []
    for step in blueprint.steps:
        counts = [
            analysis.crossings.in_step(step.id, (line,))
            for line in (Line.INTERACTION, Line.VISIBILITY, Line.INTERNAL_INTERACTION)
        ]
        if any(counts):
            crossing_rows.append([step.name, *map(str, counts)])
    crossing_rows.append(
        [
            "All steps",
            str(analysis.crossings.total(ENCOUNTER_LINES)),
            str(analysis.crossings.total((Line.VISIBILITY,))),
            str(analysis.crossings.total((Line.INTERNAL_INTERACTION,))),
        ]
    )
    story.append(
        _table(
            [
                "Step",
                "Encounters (line of interaction)",
                "Handoffs (line of visibility)",
                "Handoffs (line of internal interaction)",
            ],
            crossing_rows,
            [width * 0.34, width * 0.22, width * 0.22, width * 0.22],
        )
    )
    return story


def _register_section(analysis: Analysis, width: float) -> list[Any]:
    story: list[Any] = []
    story.append(_p("Fail-point register", _H2))
    if analysis.register:
        rows = [
            [
                r.text,
                r.step,
                r.failure.mode,
                r.failure.effect,
                r.failure.cause,
                *(
                    str(v) if v is not None else ""
                    for v in (r.failure.severity, r.failure.occurrence, r.failure.detection, r.rpn)
                ),
                r.owner,
                STATUS_WORDS[r.failure.status],
                "; ".join(r.recovery),
            ]
            for r in analysis.register
        ]
        fractions = [0.12, 0.1, 0.12, 0.115, 0.115, 0.03, 0.03, 0.03, 0.04, 0.095, 0.07, 0.135]
        story.append(
            _table(
                [
                    "Fail point",
                    "Step",
                    "Failure mode",
                    "Effect",
                    "Cause",
                    "S",
                    "O",
                    "D",
                    "RPN",
                    "Owner",
                    "Status",
                    "Recovery",
                ],
                rows,
                [width * f for f in fractions],
            )
        )
    else:
        story.append(_p("No fail points are marked.", _MUTED))
    return story


def _checks_section(analysis: Analysis, width: float) -> list[Any]:
    story: list[Any] = []
    story.append(_p("Checks", _H2))
    active = [f for f in analysis.findings if not f.dismissed]
    dismissed = [f for f in analysis.findings if f.dismissed]
    if active:
        story.append(
            _table(
                ["Severity", "Check", "Finding"],
                [
                    [
                        Paragraph(
                            f'<font color="{_SEVERITY_COLOURS[f.severity.value]}">{f.severity.value}</font>', _SMALL
                        ),
                        f.check,
                        f.message,
                    ]
                    for f in active
                ],
                [width * 0.08, width * 0.16, width * 0.76],
            )
        )
    else:
        story.append(_p("No findings.", _MUTED))
    if dismissed:
        story.append(
            _p(f"{len(dismissed)} finding(s) set aside by the team: " + "; ".join(f.message for f in dismissed), _MUTED)
        )
    return story


def _notes_section(blueprint: Blueprint, width: float) -> list[Any]:
    story: list[Any] = []
    story.append(_p("Notes on the cards", _H2))
    lanes = {lane.id: lane.name for lane in blueprint.lanes}
    steps = {step.id: (n, step.name) for n, step in enumerate(blueprint.steps)}
    written = sorted(
        (card for card in blueprint.cards if card.notes.strip() or card.owner.strip()),
        key=lambda c: (steps[c.step][0], c.lane, c.order),
    )
    if written:
        story.append(
            _table(
                ["Card", "Step", "Lane", "Owner", "Notes"],
                [[card.text, steps[card.step][1], lanes[card.lane], card.owner, card.notes] for card in written],
                [width * 0.22, width * 0.14, width * 0.12, width * 0.12, width * 0.4],
            )
        )
    else:
        story.append(_p("No card carries notes or an owner.", _MUTED))
    return story


def _synergies_section(analysis: Analysis, width: float) -> list[Any]:
    story: list[Any] = []
    story.append(_p("Synergies: what to share or automate", _H2))
    if analysis.synergies:
        story.append(
            _table(
                ["Kind", "Name", "Used by steps", "Blueprints", "Lanes"],
                [[s.kind, s.name, str(s.steps), str(s.blueprints), ", ".join(s.lanes)] for s in analysis.synergies],
                [width * 0.14, width * 0.4, width * 0.1, width * 0.1, width * 0.26],
            )
        )
    else:
        story.append(_p("Nothing is used by more than one step.", _MUTED))
    return story
