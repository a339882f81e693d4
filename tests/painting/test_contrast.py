"""Readable in light and in dark: every text the canvas draws has at least 4.5:1 contrast with
what it is drawn on (WCAG 2.x AA), and each badge's glyph at least 3:1 with its badge
(WCAG 1.4.11, graphical objects). Measured on the laid-out samples, in both schemes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from blueprint_studio.layout import compute_for, style
from blueprint_studio.painting import scheme
from blueprint_studio.storage import open_bpx
from tests.conftest import SAMPLES

TEXT, GRAPHIC = 4.5, 3.0


def pairs() -> Iterator[tuple[str, str, str]]:
    """(what, text colour, background) for each text the canvas draws, as the layout colours it."""
    yield "stage name", style.INK, style.STAGE_FILL
    yield "step name", style.INK, style.HEADER_FILL
    yield "step time", style.MUTED_INK, style.HEADER_FILL
    yield "line title", style.LINE_COLOUR, "#ffffff"
    yield "badge label", style.INK, "#ffffff"
    yield "arrow label", style.INK, "#ffffff"
    yield "note", style.INK, style.NOTE_FILL
    for path in SAMPLES:
        document = open_bpx(path)
        for blueprint in document.blueprints:
            geometry = compute_for(document, blueprint)
            for band in geometry.lanes:
                yield f"lane name {band.name_lines}", style.INK, band.band_colour
                yield f"lane purpose {band.name_lines}", style.MUTED_INK, band.band_colour
            for box in geometry.cards.values():
                yield f"card {box.card_id}", style.INK, box.fill


def shown(colour: str, dark: bool) -> str:
    return scheme.night(colour) if dark else colour


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_reads_at_least_4_5_to_1(dark: bool) -> None:
    poor = sorted({
        f"{what}: {ratio:.2f}" for what, ink, ground in pairs()
        if (ratio := style.contrast(shown(ink, dark), shown(ground, dark))) < TEXT
    })
    assert poor == []


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_badge_glyph_stands_out_from_its_badge(dark: bool) -> None:
    white, ink = shown("#ffffff", dark), shown(style.INK, dark)
    for name, mark in style.MARK_STYLES.items():
        badge = shown(mark.colour, dark)
        glyph = style.ink_on(badge, light=white, dark=ink)
        assert style.contrast(glyph, badge) >= GRAPHIC, name


def test_the_dark_scheme_turns_paper_dark_and_ink_light() -> None:
    assert style.luminance(scheme.night("#ffffff")) < 0.05
    assert style.luminance(scheme.night(style.INK)) > 0.55
    with scheme.light():
        assert not scheme.is_dark()
