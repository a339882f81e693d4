"""The workshop sheet: the empty grid, each cell taking real sticky notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from blueprint_studio.printing.paper import MM
from blueprint_studio.printing.workshop import workshop_poster
from blueprint_studio.storage import open_bpx
from tests.audience.test_audiences import squeezed
from tests.cli.test_cli import run
from tests.conftest import ROOT

HOTEL = ROOT / "resources" / "samples" / "hotel-stay.bpx"


@pytest.mark.parametrize(("sticky", "per_cell"), [(76 * MM, 1), (76 * MM, 3), (102 * MM, 2)])
def test_every_cell_takes_its_notes_at_their_real_size(sticky: float, per_cell: int) -> None:
    document = open_bpx(HOTEL)
    poster, scale = workshop_poster(document, document.blueprints[0], sticky, per_cell)
    geometry = poster.geometry
    assert not geometry.cards and not geometry.connectors
    notes = poster.stickies
    cells = [(band, column) for band in geometry.lanes if band.kind.value != "emotions" for column in geometry.steps]
    assert len(notes) == len(cells) * per_cell
    assert all(abs(note.width * scale - sticky) < 0.01 and abs(note.height * scale - sticky) < 0.01 for note in notes)
    for note in notes:  # inside one cell, clear of its edges
        band, column = next(
            (b, c)
            for b, c in cells
            if c.x <= note.x and note.right <= c.x + c.width and b.rect.y <= note.y < b.rect.bottom
        )
        assert note.bottom <= band.rect.bottom and (note.x - column.x) * scale >= 5 * MM


def test_the_sheet_names_lanes_and_steps_and_holds_no_card(tmp_path: Path) -> None:
    out = tmp_path / "wall.pdf"
    done = run("workshop", str(HOTEL), "-o", str(out), "--per-cell", "2")
    assert done.returncode == 0 and "76 mm notes" in done.stdout
    page = PdfReader(out).pages[0]
    printed = squeezed(page.extract_text())
    blueprint = open_bpx(HOTEL).blueprints[0]
    assert all(squeezed(step.name) in printed for step in blueprint.steps)
    assert all(squeezed(lane.name) in printed for lane in blueprint.lanes if not lane.hidden)
    assert not any(squeezed(card.text) in printed for card in blueprint.cards if len(card.text) > 12)
    assert float(page.mediabox.width) > 2000  # a plotter page at the notes' scale
    tiled = tmp_path / "tiles.pdf"
    assert (
        run("workshop", str(HOTEL), "-o", str(tiled), "--tile", "A4").returncode == 0
        and len(PdfReader(tiled).pages) > 4
    )
    assert run("workshop", str(HOTEL), "-o", str(tmp_path / "x.pdf"), "--sticky", "5mm").returncode == 2
