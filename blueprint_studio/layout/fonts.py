"""The bundled fonts' metrics, read with ReportLab so the printer measures text the same way.

A text face is a chain: DejaVu Sans for Latin, Greek, Cyrillic, Hebrew and Arabic, then
WenQuanYi Micro Hei for Chinese, Japanese and Korean, Noto Emoji for emoji, and Symbola for
the symbols none of them has (all TrueType outlines, which ReportLab can subset and embed).
Each character is measured and drawn in the first face of the chain that has it, so a line
is split into *runs* of one face each; every renderer draws exactly those runs. The canvas
draws every line as wrapped here, so screen and paper break lines identically whatever each
renderer's own text engine would have chosen.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import NamedTuple

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from blueprint_studio.layout.scripts import IGNORABLE, visual
from blueprint_studio.resources import resource_path

REGULAR = "BlueprintSans"
BOLD = "BlueprintSans-Bold"
CJK = "BlueprintCJK"
EMOJI = "BlueprintEmoji"
SYMBOLS = "BlueprintSymbols"


class Face(NamedTuple):
    filename: str
    family: str  # as Qt and SVG viewers know it


FACES: dict[str, Face] = {
    REGULAR: Face("DejaVuSans.ttf", "DejaVu Sans"),
    BOLD: Face("DejaVuSans-Bold.ttf", "DejaVu Sans"),
    CJK: Face("WenQuanYiMicroHei.ttf", "WenQuanYi Micro Hei"),
    EMOJI: Face("NotoEmoji-Regular.ttf", "Noto Emoji"),
    SYMBOLS: Face("Symbola.ttf", "Symbola"),
}
CHAINS: dict[str, tuple[str, ...]] = {REGULAR: (REGULAR, CJK, EMOJI, SYMBOLS), BOLD: (BOLD, CJK, EMOJI, SYMBOLS)}

Run = tuple[str, str]  # (face, text)

# Look-alikes for characters no bundled face has, beyond what NFKC gives: the wave dash of
# Japanese ranges ("10時〜12時") is drawn as the full-width tilde, as Japanese Windows does.
LOOKALIKES = {"\u301c": "\uff5e", "\u2e3a": "\u2014\u2014", "\u2e3b": "\u2014\u2014\u2014"}


PRIMARY = (REGULAR, BOLD)


@cache
def register() -> None:
    """Register the text faces with ReportLab once (embedded and subset when printing). The
    fallback faces wait until a text needs them (`register_fallbacks`): reading them costs a
    quarter of a second, every start and every thumbnail, for documents that are mostly Latin."""
    for name in PRIMARY:
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", FACES[name].filename))))


@cache
def register_fallbacks() -> None:
    register()
    for name, face in FACES.items():
        if name not in PRIMARY:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", face.filename))))


class Metrics:
    """Advance widths per character across a chain, cached; the numbers ReportLab's stringWidth
    sums for each run. The fallback faces' widths are read the first time a character is
    not in the primary face."""

    def __init__(self, font_name: str) -> None:
        register()
        chain = CHAINS[font_name]
        self.primary = chain[0]
        self._fallbacks = chain[1:]
        self._fallbacks_read = False
        self._widths: dict[int, float] = dict(pdfmetrics.getFont(self.primary).face.charWidths)
        self._faces: dict[int, str] = {}
        for code in IGNORABLE:
            self._widths[code] = 0.0
        face = pdfmetrics.getFont(self.primary).face
        self._default: float = face.defaultWidth
        self.ascent: float = face.ascent / 1000.0
        self.descent: float = face.descent / 1000.0
        self._cache: dict[str, float] = {}
        self._runs: dict[str, tuple[Run, ...]] = {}

    def _read_fallbacks(self) -> None:
        self._fallbacks_read = True
        register_fallbacks()
        primary = pdfmetrics.getFont(self.primary).face.charWidths
        widths: dict[int, float] = {}
        faces: dict[int, str] = {}
        for name in reversed(self._fallbacks):  # earlier faces win
            found = pdfmetrics.getFont(name).face.charWidths
            widths.update(found)
            faces.update(dict.fromkeys(found, name))
        for code, width in widths.items():
            if code not in primary and code not in IGNORABLE:
                self._widths[code] = width
                self._faces[code] = faces[code]

    def shown(self, text: str) -> str:
        """The characters drawn for `text`: visual order, and a look-alike (LOOKALIKES, or the
        NFKC form) for any character no face has, when the faces have that."""
        line = visual(text)
        widths = self._widths
        if all(ord(ch) in widths for ch in line):
            return line
        if not self._fallbacks_read:
            self._read_fallbacks()
            if all(ord(ch) in widths for ch in line):
                return line
        return "".join(ch if ord(ch) in widths else self._lookalike(ch) for ch in line)

    def _lookalike(self, ch: str) -> str:
        for candidate in (LOOKALIKES.get(ch), unicodedata.normalize("NFKC", ch)):
            if candidate and candidate != ch and all(ord(c) in self._widths for c in candidate):
                return candidate
        return ch

    def width(self, text: str, size: float) -> float:
        units = self._cache.get(text)
        if units is None:
            widths, default = self._widths, self._default
            units = sum(widths.get(ord(ch), default) for ch in self.shown(text))
            if len(self._cache) < 200_000:
                self._cache[text] = units
        return units * size / 1000.0

    def runs(self, text: str) -> tuple[Run, ...]:
        """The line as drawn: visual order, split where the face changes."""
        found = self._runs.get(text)
        if found is not None:
            return found
        shown = self.shown(text)
        faces, primary = self._faces, self.primary
        result: list[Run] = []
        start, current = 0, faces.get(ord(shown[0]), primary) if shown else primary
        for index, ch in enumerate(shown):
            face = faces.get(ord(ch), primary)
            if face != current:
                result.append((current, shown[start:index]))
                start, current = index, face
        if shown:
            result.append((current, shown[start:]))
        found = tuple(result)
        if len(self._runs) < 200_000:
            self._runs[text] = found
        return found

    def missing(self, text: str) -> set[str]:
        """Characters no bundled face can draw (they would print as boxes)."""
        return {ch for ch in self.shown(text) if ord(ch) not in self._widths and not ch.isspace()}


@cache
def metrics(font_name: str = REGULAR) -> Metrics:
    return Metrics(font_name)


def runs(text: str, font_name: str = REGULAR) -> tuple[Run, ...]:
    return metrics(font_name).runs(text)
