"""Play drawing operations on a ReportLab canvas whose y points down, as the layout's does.

Nothing is decided here; the operations carry every size, colour, dash and text run. Text
is real text in the bundled fonts (embedded, subset), so a PDF stays searchable and copyable
in every script; `unicode.py` mends ReportLab's map from glyphs back to characters for those
beyond the 16-bit range (emoji).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from blueprint_studio.drawing.ops import Box, Image, Line, Op, Oval, Path, Pen, Text
from blueprint_studio.layout.shapes import fit_image
from blueprint_studio.printing.photos import print_photo


@lru_cache(maxsize=512)
def colour(value: str) -> Color:
    return HexColor(value)


@lru_cache(maxsize=512)
def _fill_operator(value: str) -> str:
    """The PDF operator that sets the fill (and text) colour to `value`."""
    ink = colour(value)
    return f"{fp_str(ink.red, ink.green, ink.blue)} rg"


@lru_cache(maxsize=512)
def _stroke_operator(value: str) -> str:
    ink = colour(value)
    return f"{fp_str(ink.red, ink.green, ink.blue)} RG"


# How a path is painted, by (stroked, filled): even-odd filling, as ReportLab's canvas does.
_PAINT = {(False, False): "n", (True, False): "S", (False, True): "f*", (True, True): "B*"}
_QUADRANT = 0.4472  # ReportLab's Bézier factor for a rounded corner: cards keep the corners they had


_ROUNDED = " ".join(["%.2f %.2f m", *["%.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c"] * 4, "h"])


def _rounded(x: float, y: float, width: float, height: float, radius: float) -> str:
    """A rounded rectangle's outline, clockwise from the top edge's start (y points down)."""
    x0, x1 = min(x, x + width), max(x, x + width)
    y0, y1 = min(y, y + height), max(y, y + height)
    r = max(0.0, min(radius, (x1 - x0) / 2, (y1 - y0) / 2))
    t = _QUADRANT * r
    return _ROUNDED % (
        x0 + r,
        y0,
        x1 - r,
        y0,
        x1 - t,
        y0,
        x1,
        y0 + t,
        x1,
        y0 + r,
        x1,
        y1 - r,
        x1,
        y1 - t,
        x1 - t,
        y1,
        x1 - r,
        y1,
        x0 + r,
        y1,
        x0 + t,
        y1,
        x0,
        y1 - t,
        x0,
        y1 - r,
        x0,
        y0 + r,
        x0,
        y0 + t,
        x0 + t,
        y0,
        x0 + r,
        y0,
    )


@cache
def _font(face: str) -> TTFont:
    return pdfmetrics.getFont(face)


class Player:
    """Keeps the canvas's pen and fill as set, so runs of like shapes set them once."""

    def __init__(self, c: Canvas) -> None:
        self.c = c
        self._pen: Pen | None = None
        self._fill: str | None = None

    def play(self, ops: Iterable[Op]) -> None:
        for op in ops:
            match op:
                case Text():
                    self._text(op)
                case Box():
                    self._box(op)
                case Line():
                    self._stroke(op.pen)
                    self.c.line(*op.start, *op.end)
                case Path():
                    self._path(op)
                case Oval(fill=fill, pen=pen, centre=(x, y), rx=rx, ry=ry):
                    self._set(fill, pen)
                    self.c.ellipse(
                        x - rx, y - ry, x + rx, y + ry, stroke=int(pen is not None), fill=int(fill is not None)
                    )
                case Image():
                    self._image(op)

    def _set(self, fill: str | None, pen: Pen | None) -> None:
        if fill is not None and fill != self._fill:
            self.c.addLiteral(_fill_operator(fill))
            self._fill = fill
        if pen is not None:
            self._stroke(pen)

    def _stroke(self, pen: Pen) -> None:
        if pen == self._pen:
            return
        before = self._pen
        code = [_stroke_operator(pen.colour), f"{fp_str(pen.width)} w"]
        if before is None or before.dash != pen.dash:
            code.append(f"[{fp_str(*pen.dash)}] 0 d" if pen.dash else "[] 0 d")
        if before is None or before.round_cap != pen.round_cap:
            code.append("1 J" if pen.round_cap else "0 J")
        self.c.addLiteral(" ".join(code))
        self._pen = pen

    def _box(self, op: Box) -> None:
        self._set(op.fill, op.pen)
        r = op.rect
        if op.radius:
            self.c.addLiteral(
                f"{_rounded(r.x, r.y, r.width, r.height, op.radius)} {_PAINT[op.pen is not None, op.fill is not None]}"
            )
        else:
            self.c.rect(r.x, r.y, r.width, r.height, stroke=int(op.pen is not None), fill=int(op.fill is not None))

    def _path(self, op: Path) -> None:
        """Written as PDF operators with every number formatted in one call (to a hundredth
        of a point): ReportLab's path object took two method calls and a format per point
        (10,000 arrows on a wall)."""
        self._set(op.fill, op.pen)
        numbers: list[float] = []
        template: list[str] = []
        for start, segments in op.pieces:
            numbers.extend(start)
            template.append("%.2f %.2f m")
            for segment in segments:
                for point in segment:
                    numbers.extend(point)
                template.append("%.2f %.2f l" if len(segment) == 1 else "%.2f %.2f %.2f %.2f %.2f %.2f c")
            if op.closed:
                template.append("h")
        template.append(_PAINT[op.pen is not None, op.fill is not None])
        self.c.addLiteral(" ".join(template) % tuple(numbers))

    def _text(self, op: Text) -> None:
        """One text object for all the lines, written as PDF operators: ReportLab's text object
        measured every run again and formatted each number through a call of its own (half
        the time of a 10,000-card page). The runs' bytes still come from the font's own
        `splitString`, which picks the subset each glyph goes in and marks it for embedding."""
        c = self.c
        document = c._doc  # the fonts' subsets are kept per document
        size = fp_str(op.size)
        code = [
            f"BT 1 0 0 -1 {fp_str(op.x, op.y)} Tm {_fill_operator(op.colour)} {fp_str(op.leading or op.size * 1.2)} TL"
        ]
        current = None
        for number, line in enumerate(op.lines):
            if number:
                code.append("T*")  # to the next line's start, `leading` down (the text space is flipped)
            for face, part, _ in line:
                font = _font(face)
                for subset, chunk in font.splitString(part, document):
                    name = font.getSubsetInternalName(subset, document)
                    if name != current:
                        code.append(f"{name} {size} Tf")
                        current = name
                    code.append(f"({escapePDF(chunk)}) Tj")
        code.append("ET")
        c.addLiteral(" ".join(code))
        self._fill = None  # the text object set the fill colour to its ink

    def _image(self, op: Image) -> None:
        photo = print_photo(op.name, op.data, op.frame.width, op.frame.height) if op.data is not None else None
        image, size = (ImageReader(photo), photo.size) if photo is not None else (None, None)
        if image is None or size is None:
            self._set(None, Pen(op.edge, 1.0))
            f = op.frame
            self.c.rect(f.x, f.y, f.width, f.height, stroke=1, fill=0)
            self.c.line(f.x, f.y, f.right, f.bottom)
            self.c.line(f.right, f.y, f.x, f.bottom)
            return
        fitted = fit_image(op.frame, *size)
        self.c.saveState()
        self.c.translate(fitted.x, fitted.bottom)
        self.c.scale(1, -1)
        self.c.drawImage(image, 0, 0, fitted.width, fitted.height, mask="auto")
        self.c.restoreState()


def play(c: Canvas, ops: Iterable[Op]) -> None:
    Player(c).play(ops)
