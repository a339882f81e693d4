"""Readable in light and in dark, checked on the drawing itself, so every player is covered at
once: each text of the picture has at least 4.5:1 contrast with what it is set on (WCAG 2.x
AA), a badge's glyph, the arrows and the three lines at least 3:1 with what they cross (WCAG
1.4.11, graphical objects). Measured on every sample and template, on paper (the poster with
its title block, notes and legend) and on a dark screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from blueprint_studio.drawing import blueprint as parts
from blueprint_studio.drawing.ops import Drawing, Line, Path, Text
from blueprint_studio.drawing.poster import make_poster, whole
from blueprint_studio.drawing.scheme import DARK, LIGHT, Scheme, night
from blueprint_studio.layout import compute_for, style
from blueprint_studio.model import Document
from blueprint_studio.storage import open_bpx
from blueprint_studio.templates import TEMPLATES
from tests.conftest import SAMPLES

TEXT, GRAPHIC = 4.5, 3.0
MARKS = {mark.colour for mark in style.MARK_STYLES.values()}


def documents() -> Iterator[tuple[str, Document]]:
    for path in SAMPLES:
        yield path.name, open_bpx(path)
    for template in TEMPLATES:
        yield template.name, template.make()


def drawings(s: Scheme) -> Iterator[tuple[str, Document, Drawing]]:
    for name, document in documents():
        for blueprint in document.blueprints:
            if s is LIGHT:  # paper: the whole poster
                yield name, document, whole(make_poster(document, blueprint, notes=True))
            else:  # a dark screen: the blueprint as the canvas draws it
                yield name, document, parts.blueprint(compute_for(document, blueprint), s)


@pytest.mark.parametrize("s", [LIGHT, DARK], ids=["paper", "dark screen"])
def test_every_text_reads_at_least_4_5_to_1(s: Scheme) -> None:
    glyph_grounds = {s(colour) for colour in MARKS} | {s(style.INK)}
    poor = set()
    for name, _, drawing in drawings(s):
        for op in drawing.ops():
            if type(op) is not Text:
                continue
            assert op.ground is not None, f"{name}: text without the colour it is set on: {op.text()!r}"
            # A badge's glyph or a note number.
            least = GRAPHIC if op.ground in glyph_grounds and len(op.text()) <= 3 else TEXT
            if (ratio := style.contrast(op.colour, op.ground)) < least:
                poor.add(f"{name}: {op.text()!r} {op.colour} on {op.ground}: {ratio:.2f}")
    assert sorted(poor) == []


@pytest.mark.parametrize("s", [LIGHT, DARK], ids=["paper", "dark screen"])
def test_arrows_and_lines_stand_out_from_every_lane(s: Scheme) -> None:
    poor = set()
    for name, document, drawing in drawings(s):
        for blueprint in document.blueprints:
            bands = compute_for(document, blueprint).lanes
            for op in drawing.ops():
                pen = op.pen if isinstance(op, (Path, Line)) else None
                if pen is None or pen.colour not in (s(style.CONNECTOR_COLOUR), s(style.LINE_COLOUR)):
                    continue
                for band in bands:
                    if (
                        op.bounds.intersects(band.rect)
                        and (ratio := style.contrast(pen.colour, s(band.band_colour))) < GRAPHIC
                    ):
                        poor.add(f"{name}: {pen.colour} over the {band.name} lane: {ratio:.2f}")
    assert sorted(poor) == []


def test_the_dark_scheme_turns_paper_dark_and_ink_light() -> None:
    assert style.luminance(night("#ffffff")) < 0.05
    assert style.luminance(night(style.INK)) > 0.55
    from blueprint_studio.painting import scheme

    with scheme.light():
        assert not scheme.is_dark()
