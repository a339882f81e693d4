"""The executive summary: one page per blueprint with its stages, time and top fail points.

Laid out here as boxes and lines of text (pure), then drawn by the PDF writer and by the print
dialog's preview from the same `Sheet`, so the preview is the page.
"""

from __future__ import annotations

import io
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from blueprint_studio import __version__
from blueprint_studio.analysis import analyse_time, crossings, register, span_text
from blueprint_studio.analysis.register import STATUS_WORDS
from blueprint_studio.drawing.ops import Box, Op, Pen, text
from blueprint_studio.layout import Rect, style
from blueprint_studio.layout.fonts import BOLD, REGULAR
from blueprint_studio.layout.fonts import register as register_fonts
from blueprint_studio.layout.text import wrap
from blueprint_studio.model import Blueprint, Document, Persona
from blueprint_studio.printing.paper import MM, page_size, paper_named
from blueprint_studio.printing.pdfplayer import play
from blueprint_studio.printing.plan import PrintOptions
from blueprint_studio.words import QT_TR_NOOP, Say, english

TOP_FAIL_POINTS = 5
_MARGIN = 15 * MM
_ACCENT = "#0969da"


@dataclass
class Sheet:
    """A page of boxes and words, in points, y down: drawing operations every player plays."""

    width: float
    height: float
    ops: list[Op] = field(default_factory=list)

    def text(self, x: float, y: float, value: str, size: float, bold: bool = False, colour: str = style.INK) -> None:
        self.ops.append(text(x, y, value, size, colour, bold))

    def box(self, rect: Rect, fill: str, edge: str) -> None:
        self.ops.append(Box(rect, fill, Pen(edge, 0.8) if rect.height > 1 else None))

    def paragraph(
        self,
        x: float,
        top: float,
        value: str,
        width: float,
        size: float,
        bold: bool = False,
        colour: str = style.INK,
        most: int = 99,
    ) -> float:
        """Wrapped text from `top`; the y below it. At most `most` lines, the last ending in …"""
        lines = list(wrap(value or " ", width, size, BOLD if bold else REGULAR))
        if len(lines) > most:
            lines = lines[: most - 1] + [lines[most - 1].rstrip() + " …"]
        y = top
        for line in lines:
            self.text(x, y + size, line, size, bold, colour)
            y += size * 1.3
        return y


def summary_sheet(
    blueprint: Blueprint, personas: Sequence[Persona] = (), landscape: bool | None = None, say: Say = english
) -> Sheet:
    """One blueprint's executive summary, laid out on A4 (landscape unless asked); larger
    paper prints it larger, as a photocopier would."""
    width, height = page_size(paper_named("A4"), True if landscape is None else landscape)
    sheet = Sheet(width, height)
    inner = width - 2 * _MARGIN
    timing = analyse_time(blueprint)
    crossed = crossings(blueprint)
    rows = register(blueprint)
    y = sheet.paragraph(
        _MARGIN, _MARGIN, blueprint.title or say(QT_TR_NOOP("Untitled blueprint")), inner, 20, bold=True, most=2
    )
    scenario = blueprint.scenario
    if scenario.start or scenario.end:
        y = sheet.paragraph(
            _MARGIN,
            y + 2,
            say(QT_TR_NOOP("From “{start}” to “{end}”")).format(start=scenario.start or "…", end=scenario.end or "…"),
            inner,
            10,
            colour=style.MUTED_INK,
            most=2,
        )
    if scenario.goal:
        y = sheet.paragraph(
            _MARGIN,
            y,
            say(QT_TR_NOOP("Customer's goal: {goal}")).format(goal=scenario.goal),
            inner,
            10,
            colour=style.MUTED_INK,
            most=2,
        )
    y += 10
    verdict = ""
    if timing.acceptable is not None:
        verdict = (
            say(QT_TR_NOOP("over the acceptable time"))
            if timing.over
            else say(QT_TR_NOOP("within the acceptable time"))
        )
    moments = sum(1 for s in blueprint.steps if s.moment_of_truth)
    still_open = sum(1 for r in rows if r.failure.status.value in ("open", "in_progress"))
    figures = [
        (say(QT_TR_NOOP("Journey time")), span_text(timing.journey, say), verdict),
        (say(QT_TR_NOOP("Customer's own time and waits")), span_text(timing.customer, say), ""),
        (
            say(QT_TR_NOOP("Steps")),
            str(len(blueprint.steps)),
            say(QT_TR_NOOP("moments of truth: {count}")).format(count=moments),
        ),
        (say(QT_TR_NOOP("Fail points")), str(len(rows)), say(QT_TR_NOOP("open: {count}")).format(count=still_open)),
        (
            say(QT_TR_NOOP("Encounters · handoffs")),
            f"{crossed.encounters} · {crossed.handoffs}",
            say(QT_TR_NOOP("customer meets staff · work changes hands")),
        ),
    ]
    y = _tiles(sheet, y, figures, inner)
    y += 14
    sheet.text(_MARGIN, y + 12, say(QT_TR_NOOP("Stages")), 12, bold=True)
    y += 20
    stages = [
        (
            stage.name or say(QT_TR_NOOP("(no stage)")),
            span_text(stage.span, say),
            _steps_in(blueprint, stage.stage_id),
            _fails_in(blueprint, stage.stage_id, rows),
        )
        for stage in timing.stages
    ]
    y = _stage_row(sheet, y, stages, inner, say)
    y += 14
    heading = (
        say(QT_TR_NOOP("Top fail points (of {count})")).format(count=len(rows))
        if rows
        else say(QT_TR_NOOP("Fail points: none marked"))
    )
    sheet.text(_MARGIN, y + 12, heading, 12, bold=True)
    y += 22
    y = _fail_table(sheet, y, sorted(rows, key=_risk)[:TOP_FAIL_POINTS], inner, say)
    lows = _lowest_moments(blueprint, {persona.id: persona.name for persona in personas}, say)
    if lows and y < height - _MARGIN - 80:
        sheet.text(_MARGIN, y + 26, say(QT_TR_NOOP("Where the customer feels worst")), 12, bold=True)
        y += 34
        for step_name, score, who, reason in lows:
            line = f"{step_name}: {score:+g} ({who})" + (f" — {reason}" if reason else "")
            y = sheet.paragraph(_MARGIN + 4, y, line, inner - 8, 9, most=2)
    footer = say(QT_TR_NOOP("Executive summary · printed {date} with Blueprint Studio {version}")).format(
        date=time.strftime("%Y-%m-%d"), version=__version__
    )
    sheet.text(_MARGIN, height - _MARGIN + 8, footer, style.SMALL_FONT_SIZE, colour=style.MUTED_INK)
    return sheet


def _tiles(sheet: Sheet, top: float, figures: list[tuple[str, str, str]], inner: float) -> float:
    gap = 8.0
    width = (inner - gap * (len(figures) - 1)) / len(figures)
    height = 58.0
    for n, (label, value, note) in enumerate(figures):
        x = _MARGIN + n * (width + gap)
        sheet.box(Rect(x, top, width, height), style.HEADER_FILL, style.GRID)
        sheet.paragraph(x + 8, top + 6, label, width - 16, 8, colour=style.MUTED_INK, most=1)
        sheet.paragraph(x + 8, top + 19, value, width - 16, 14, bold=True, most=1)
        if note:
            sheet.paragraph(x + 8, top + 40, note, width - 16, 7, colour=style.MUTED_INK, most=1)
    return top + height


def _stage_row(sheet: Sheet, top: float, stages: list[tuple[str, str, int, int]], inner: float, say: Say) -> float:
    if not stages:
        return sheet.paragraph(
            _MARGIN,
            top,
            say(QT_TR_NOOP("No stages: name stages in the editor to see the journey in phases.")),
            inner,
            9,
            colour=style.MUTED_INK,
        )
    per_row = min(len(stages), 6)
    gap = 6.0
    width = (inner - gap * (per_row - 1)) / per_row
    height = 62.0
    for n, (name, span, steps, fails) in enumerate(stages):
        row, column = divmod(n, per_row)
        x, y = _MARGIN + column * (width + gap), top + row * (height + gap)
        sheet.box(Rect(x, y, width, height), "#ffffff", _ACCENT)
        sheet.paragraph(x + 8, y + 6, f"{n + 1}. {name}", width - 16, 10, bold=True, most=2)
        sheet.paragraph(x + 8, y + 32, span, width - 16, 9, most=1)
        sheet.paragraph(
            x + 8,
            y + 45,
            say(QT_TR_NOOP("steps: {steps} · fail points: {fails}")).format(steps=steps, fails=fails),
            width - 16,
            8,
            colour=style.MUTED_INK,
            most=1,
        )
    rows = -(-len(stages) // per_row)
    return top + rows * height + (rows - 1) * gap


_COLUMNS = (
    (QT_TR_NOOP("RPN"), 0.07),
    (QT_TR_NOOP("Fail point"), 0.33),
    (QT_TR_NOOP("Step"), 0.18),
    (QT_TR_NOOP("Effect"), 0.30),
    (QT_TR_NOOP("Status"), 0.12),
)


def _lowest_moments(
    blueprint: Blueprint, names: dict[str, str], say: Say, most: int = 3
) -> list[tuple[str, float, str, str]]:
    """(step, score, persona, reason) of the lowest as-is scores below zero, lowest first."""
    steps = {step.id: step.name for step in blueprint.steps}
    points = sorted(
        (p for p in blueprint.emotions if not p.to_be and p.score < 0 and p.step in steps), key=lambda p: p.score
    )
    return [
        (steps[p.step], p.score, names.get(p.persona, say(QT_TR_NOOP("a persona"))), p.reason) for p in points[:most]
    ]


def _fail_table(sheet: Sheet, top: float, rows: list, inner: float, say: Say) -> float:  # type: ignore[type-arg]
    """The rows under their headings; the y below the table."""
    if not rows:
        return top
    xs = [_MARGIN]
    for _, share in _COLUMNS[:-1]:
        xs.append(xs[-1] + share * inner)
    for (label, _), x in zip(_COLUMNS, xs, strict=True):
        sheet.text(x + 4, top + 9, say(label), 8, bold=True, colour=style.MUTED_INK)
    y = top + 14
    for row in rows:
        values = (
            str(row.failure.rpn or "–"),
            row.text,
            row.step,
            row.failure.effect or row.failure.mode or "",
            say(STATUS_WORDS[row.failure.status]),
        )
        bottom = y
        for (_, share), x, value in zip(_COLUMNS, xs, values, strict=True):
            bottom = max(
                bottom, sheet.paragraph(x + 4, y + 3, value, share * inner - 8, 9, bold=value is values[0], most=3)
            )
        sheet.box(Rect(_MARGIN, bottom + 3, inner, 0.6), style.GRID, style.GRID)
        y = bottom + 6
    return y


def _risk(row) -> tuple[int, int, str]:  # type: ignore[no-untyped-def]
    """Riskiest first: by RPN, then by severity; unrated last."""
    return (-(row.failure.rpn or 0), -(row.failure.severity or 0), row.text)


def _steps_in(blueprint: Blueprint, stage_id: str | None) -> int:
    return sum(1 for step in blueprint.steps if step.stage == stage_id)


def _fails_in(blueprint: Blueprint, stage_id: str | None, rows: list) -> int:  # type: ignore[type-arg]
    steps = {step.id for step in blueprint.steps if step.stage == stage_id}
    step_of = {card.id: card.step for card in blueprint.cards}
    return sum(1 for row in rows if step_of.get(row.card_id) in steps)


def summary_pdf(document: Document, blueprints: list[Blueprint], options: PrintOptions, say: Say = english) -> bytes:
    """The executive summary of each blueprint, a page each, on the options' paper (A4 unless
    a sheet is named; a roll or tiles make no sense for one page)."""
    paper = paper_named(options.paper if options.paper is not None and not paper_named(options.paper).is_roll else "A4")
    buffer = io.BytesIO()
    register_fonts()
    c = Canvas(buffer, initialFontName=REGULAR, pageCompression=1)
    c.setTitle(" / ".join(say(QT_TR_NOOP("{title} — executive summary")).format(title=b.title) for b in blueprints))
    c.setCreator(f"Blueprint Studio {__version__}")
    for blueprint in blueprints:
        sheet = summary_sheet(blueprint, document.personas, options.landscape, say)
        width, height = page_size(paper, sheet.width > sheet.height)
        k = min(width / sheet.width, height / sheet.height)
        c.setPageSize((width, height))
        c.saveState()
        c.translate((width - sheet.width * k) / 2, height - (height - sheet.height * k) / 2)
        c.scale(k, -k)
        play(c, sheet.ops)
        c.restoreState()
        c.showPage()
    c.save()
    return buffer.getvalue()
