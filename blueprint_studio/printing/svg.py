"""Play drawing operations as SVG text. Pure (fontTools reads the bundled fonts' outlines).

By default text is written as outlines, as design tools export: each glyph used is defined
once and placed where the layout measured it, so the SVG looks the same in browsers,
Inkscape, PowerPoint, wikis and librsvg on a machine without any of our fonts. With
`live_text`, text stays text (searchable, selectable) in the bundled fonts, embedded as
subset `@font-face` data, which browsers honour.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterable
from functools import cache, lru_cache
from xml.sax.saxutils import escape, quoteattr

from fontTools.pens.svgPathPen import SVGPathPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont

from blueprint_studio.drawing.ops import Box, Drawing, Image, Line, Op, Oval, Path, Pen, Text
from blueprint_studio.layout.fonts import FACES
from blueprint_studio.layout.scripts import is_rtl
from blueprint_studio.layout.shapes import fit_image
from blueprint_studio.model.photos import matches_name
from blueprint_studio.resources import resource_path


def _n(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _stroke(pen: Pen | None) -> str:
    if pen is None:
        return ' stroke="none"'
    dash = f' stroke-dasharray="{" ".join(_n(d) for d in pen.dash)}"' if pen.dash else ""
    cap = ' stroke-linecap="round"' if pen.round_cap else ""
    return f' stroke="{pen.colour}" stroke-width="{_n(pen.width)}"{dash}{cap}'


def _fill(fill: str | None) -> str:
    return f' fill="{fill}"' if fill is not None else ' fill="none"'


class _Face:
    """One bundled font's glyph outlines and advances, read once."""

    def __init__(self, name: str, number: int) -> None:
        self.font = TTFont(str(resource_path("fonts", FACES[name].filename)), lazy=True)
        self.cmap: dict[int, str] = self.font.getBestCmap()
        self.glyphs = self.font.getGlyphSet()
        self.metrics = self.font["hmtx"].metrics
        self.units = self.font["head"].unitsPerEm
        self.prefix = f"g{number}"

    def glyph(self, ch: str) -> str:
        return self.cmap.get(ord(ch), ".notdef")

    def outline(self, glyph: str) -> str:
        pen = SVGPathPen(self.glyphs)
        self.glyphs[glyph].draw(pen)
        commands: str = pen.getCommands()
        return commands


@cache
def _face(name: str) -> _Face:
    return _Face(name, list(FACES).index(name))


class _Writer:
    def __init__(self, live_text: bool) -> None:
        self.live_text = live_text
        self.out: list[str] = []
        self.defined: dict[tuple[str, str], str] = {}  # (face, glyph) -> id
        self.definitions: list[str] = []
        self.used: dict[str, set[str]] = {}  # face -> characters, for the embedded subsets

    def play(self, ops: Iterable[Op]) -> None:
        out = self.out
        for op in ops:
            match op:
                case Text():
                    self._text(op)
                case Box(rect=r, radius=radius):
                    rounded = f' rx="{_n(radius)}"' if radius else ""
                    out.append(
                        f'<rect x="{_n(r.x)}" y="{_n(r.y)}" width="{_n(r.width)}" '
                        f'height="{_n(r.height)}"{rounded}{_fill(op.fill)}{_stroke(op.pen)}/>'
                    )
                case Line(start=(x1, y1), end=(x2, y2)):
                    out.append(f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}"{_stroke(op.pen)}/>')
                case Path():
                    out.append(f'<path d="{_d(op)}"{_fill(op.fill)}{_stroke(op.pen)}/>')
                case Oval(centre=(cx, cy)):
                    out.append(
                        f'<ellipse cx="{_n(cx)}" cy="{_n(cy)}" rx="{_n(op.rx)}" '
                        f'ry="{_n(op.ry)}"{_fill(op.fill)}{_stroke(op.pen)}/>'
                    )
                case Image():
                    out.append(_image(op))

    def _text(self, op: Text) -> None:
        if self.live_text:
            self._live(op)
            return
        uses = []
        k = op.size
        for number, line in enumerate(op.lines):
            y = op.y + number * op.leading
            for face_name, part, at in line:
                face = _face(face_name)
                scale = k / face.units
                x = op.x + at
                for ch in part:
                    glyph = face.glyph(ch)
                    key = (face_name, glyph)
                    ref = self.defined.get(key)
                    if ref is None:
                        ref = self.defined[key] = f"{face.prefix}-{len(self.defined)}"
                        self.definitions.append(f'<path id="{ref}" d="{face.outline(glyph)}"/>')
                    if not ch.isspace():
                        uses.append(
                            f'<use xlink:href="#{ref}" transform="translate({_n(x)} {_n(y)}) scale({scale:.5f} '
                            f'{-scale:.5f})"/>'
                        )
                    x += face.metrics[glyph][0] * scale
        if uses:
            # The words, for search and screen readers.
            self.out.append(f'<g fill="{op.colour}" role="img" aria-label={quoteattr(op.text())}>{"".join(uses)}</g>')

    def _live(self, op: Text) -> None:
        for number, line in enumerate(op.lines):
            y = op.y + number * op.leading
            for face_name, part, at in line:
                self.used.setdefault(face_name, set()).update(part)
                shown = f"\u202d{part}\u202c" if is_rtl(part) else part
                self.out.append(
                    f'<text x="{_n(op.x + at)}" y="{_n(y)}" font-family="{face_name}" font-size="{_n(op.size)}" '
                    f'fill="{op.colour}" '
                    f'xml:space="preserve">{escape(shown)}</text>'
                )

    def fonts(self) -> str:
        """The subset fonts the live text uses, as @font-face rules."""
        rules = []
        for face_name, characters in sorted(self.used.items()):
            rules.append(
                f"@font-face {{ font-family: '{face_name}'; src: "
                f"url(data:font/ttf;base64,{_subset(face_name, frozenset(characters))}) format('truetype'); }}"
            )
        return f"<style>{''.join(rules)}</style>" if rules else ""


@lru_cache(maxsize=32)
def _subset(face_name: str, characters: frozenset[str]) -> str:
    font = TTFont(str(resource_path("fonts", FACES[face_name].filename)))
    options = Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=[ord(ch) for ch in characters])
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _d(path: Path) -> str:
    parts = []
    for (x, y), segments in path.pieces:
        parts.append(f"M{_n(x)},{_n(y)}")
        for segment in segments:
            if len(segment) == 1:
                parts.append(f"L{_n(segment[0][0])},{_n(segment[0][1])}")
            else:
                (a, b), (c, d), (e, f) = segment
                parts.append(f"C{_n(a)},{_n(b)} {_n(c)},{_n(d)} {_n(e)},{_n(f)}")
        if path.closed:
            parts.append("Z")
    return " ".join(parts)


def picture_type(data: bytes) -> tuple[str, tuple[int, int]] | None:
    """The MIME type and pixel size of a PNG or JPEG, read from its bytes (never its name);
    None for anything else, which is drawn as a marked placeholder."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return "image/png", (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big"))
    if data[:2] == b"\xff\xd8":
        at = 2
        while at + 9 < len(data):
            if data[at] != 0xFF:
                return None
            marker, length = data[at + 1], int.from_bytes(data[at + 2 : at + 4], "big")
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                return "image/jpeg", (
                    int.from_bytes(data[at + 7 : at + 9], "big"),
                    int.from_bytes(data[at + 5 : at + 7], "big"),
                )
            at += 2 + length
    return None


def _image(op: Image) -> str:
    # Only what its name declares.
    found = picture_type(op.data) if op.data is not None and matches_name(op.name, op.data) else None
    f = op.frame
    if found is None:
        return (
            f'<g fill="none" stroke="{op.edge}"><rect x="{_n(f.x)}" y="{_n(f.y)}" width="{_n(f.width)}" '
            f'height="{_n(f.height)}"/>'
            f'<line x1="{_n(f.x)}" y1="{_n(f.y)}" x2="{_n(f.right)}" y2="{_n(f.bottom)}"/>'
            f'<line x1="{_n(f.right)}" y1="{_n(f.y)}" x2="{_n(f.x)}" y2="{_n(f.bottom)}"/></g>'
        )
    mime, (width, height) = found
    fitted = fit_image(f, width, height)
    uri = f"data:{mime};base64,{base64.b64encode(op.data or b'').decode('ascii')}"
    return (
        f'<image x="{_n(fitted.x)}" y="{_n(fitted.y)}" width="{_n(fitted.width)}" height="{_n(fitted.height)}" '
        f'xlink:href="{uri}"/>'
    )


def svg_text(drawing: Drawing, title: str, live_text: bool = False) -> str:
    writer = _Writer(live_text)
    writer.out.append(f'<rect width="{_n(drawing.width)}" height="{_n(drawing.height)}" fill="#ffffff"/>')
    writer.play(drawing.ops())
    head = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{_n(drawing.width)}pt" '
        f'height="{_n(drawing.height)}pt" viewBox="0 0 {_n(drawing.width)} {_n(drawing.height)}">'
    )
    defs = f"<defs>{''.join(writer.definitions)}</defs>" if writer.definitions else ""
    return "\n".join([head, f"<title>{escape(title)}</title>", writer.fonts(), defs, *writer.out, "</svg>"]) + "\n"
