"""Play drawing operations on a ReportLab canvas whose y points down, as the layout's does.

Nothing is decided here; the operations carry every size, colour, dash and text run. Text
is real text in the bundled fonts (embedded, subset), so a PDF stays searchable and copyable
in every script; `unicode.py` mends ReportLab's map from glyphs back to characters for those
beyond the 16-bit range (emoji).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from functools import lru_cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from blueprint_studio.drawing.ops import Box, Image, Line, Op, Oval, Path, Pen, Text
from blueprint_studio.layout.fonts import REGULAR
from blueprint_studio.layout.shapes import fit_image


@lru_cache(maxsize=512)
def colour(value: str) -> Color:
    return HexColor(value)


class Player:
    """Keeps the canvas's pen and fill as set, so runs of like shapes set them once."""

    def __init__(self, c: Canvas) -> None:
        self.c = c
        self._pen: Pen | None = None
        self._fill: str | None = None

    def play(self, ops: Iterable[Op]) -> None:
        for op in ops:
            kind = type(op)
            if kind is Text:
                self._text(op)  # type: ignore[arg-type]
            elif kind is Box:
                self._box(op)  # type: ignore[arg-type]
            elif kind is Line:
                self._stroke(op.pen)  # type: ignore[union-attr]
                self.c.line(*op.start, *op.end)  # type: ignore[union-attr]
            elif kind is Path:
                self._path(op)  # type: ignore[arg-type]
            elif kind is Oval:
                fill, pen = op.fill, op.pen  # type: ignore[union-attr]
                self._set(fill, pen)
                (x, y), rx, ry = op.centre, op.rx, op.ry  # type: ignore[union-attr]
                self.c.ellipse(x - rx, y - ry, x + rx, y + ry, stroke=int(pen is not None), fill=int(fill is not None))
            elif kind is Image:
                self._image(op)  # type: ignore[arg-type]

    def _set(self, fill: str | None, pen: Pen | None) -> None:
        if fill is not None and fill != self._fill:
            self.c.setFillColor(colour(fill))
            self._fill = fill
        if pen is not None:
            self._stroke(pen)

    def _stroke(self, pen: Pen) -> None:
        if pen == self._pen:
            return
        before = self._pen
        self.c.setStrokeColor(colour(pen.colour))
        self.c.setLineWidth(pen.width)
        if before is None or before.dash != pen.dash:
            self.c.setDash(list(pen.dash) if pen.dash else [])
        if before is None or before.round_cap != pen.round_cap:
            self.c.setLineCap(1 if pen.round_cap else 0)
        self._pen = pen

    def _box(self, op: Box) -> None:
        self._set(op.fill, op.pen)
        r = op.rect
        stroke, fill = int(op.pen is not None), int(op.fill is not None)
        if op.radius:
            self.c.roundRect(r.x, r.y, r.width, r.height, op.radius, stroke=stroke, fill=fill)
        else:
            self.c.rect(r.x, r.y, r.width, r.height, stroke=stroke, fill=fill)

    def _path(self, op: Path) -> None:
        self._set(op.fill, op.pen)
        path = self.c.beginPath()
        for start, segments in op.pieces:
            path.moveTo(*start)
            for segment in segments:
                if len(segment) == 1:
                    path.lineTo(*segment[0])
                else:
                    path.curveTo(*segment[0], *segment[1], *segment[2])
            if op.closed:
                path.close()
        self.c.drawPath(path, stroke=int(op.pen is not None), fill=int(op.fill is not None))

    def _text(self, op: Text) -> None:
        """One text object for all the lines (a card's lines are one operation, one object)."""
        t = self.c.beginText()
        t.setTextTransform(1, 0, 0, -1, op.x, op.y)
        t.setFillColor(colour(op.colour))
        leading = op.leading or op.size * 1.2
        t.setFont(REGULAR, op.size, leading)  # the leading holds for lines with no text too
        for number, line in enumerate(op.lines):
            if number:
                t.textLine("")  # to the next line's start, `leading` down (the text space is flipped)
            for face, part, _ in line:
                t.setFont(face, op.size, leading)
                t.textOut(part)
        self.c.drawText(t)
        self._fill = None  # the text object set the fill colour to its ink

    def _image(self, op: Image) -> None:
        image, size = _reader(op.data) if op.data is not None else (None, None)
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


@lru_cache(maxsize=32)
def _reader(data: bytes) -> tuple[ImageReader | None, tuple[int, int] | None]:
    try:
        image = ImageReader(io.BytesIO(data))
        return image, image.getSize()
    except Exception:  # noqa: BLE001 - any decoder error: the marked placeholder is drawn instead
        return None, None
