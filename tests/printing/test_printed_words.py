"""Prints speak the reader's language: the legend, the footer, the page labels, the tiles'
assembly map and the executive summary, from the same catalogues as the window. Pure."""

from __future__ import annotations

from pathlib import Path

import pytest

from blueprint_studio.audience import EXECUTIVE
from blueprint_studio.errors import UsageError
from blueprint_studio.export import export
from blueprint_studio.printing.plan import PrintOptions
from blueprint_studio.storage import open_bpx
from blueprint_studio.words import english, languages, reader
from tests.audience.test_audiences import HOTEL, pdf_text, squeezed
from tests.cli.test_cli import run


def test_english_unless_told_and_every_catalogue_is_readable() -> None:
    assert english("Legend") == "Legend" and languages() == ["en", "de", "es", "fr", "ja", "pt_BR"]
    for language in languages()[1:]:
        assert reader(language)("Legend") != "Legend" and reader(language)("not a marked text") == "not a marked text"
    with pytest.raises(UsageError, match="the languages are en, de"):
        reader("xx")


def test_a_german_print_has_a_german_legend_footer_and_assembly_map(tmp_path: Path) -> None:
    document = open_bpx(HOTEL)
    wall, tiles = tmp_path / "wall.pdf", tmp_path / "tiles.pdf"
    export(document, document.blueprints, wall, PrintOptions(paper="A1"), say=reader("de"))
    text = pdf_text(wall)
    assert all(squeezed(word) in text for word in ("Legende", "Fehlerpunkt", "Gedruckt", "Seite 1 von 1"))
    assert squeezed("Printed with") not in text and "Legend" + "F" not in text
    export(document, document.blueprints, tiles, PrintOptions(tile="A4"), say=reader("de"))
    assert squeezed("Montageplan") in pdf_text(tiles) and squeezed("Mit 100 % drucken") in pdf_text(tiles)


def test_the_executive_summary_and_the_command_line_in_japanese(tmp_path: Path) -> None:
    document = open_bpx(HOTEL)
    summary = tmp_path / "summary.pdf"
    export(document, document.blueprints, summary, PrintOptions(), audience=EXECUTIVE, say=reader("ja"))
    assert squeezed("顧客の気持ちが最も落ち込むところ") in pdf_text(summary)
    out = tmp_path / "fr.pdf"
    assert run("export", str(HOTEL), "-o", str(out), "--language", "fr").returncode == 0
    assert squeezed("Légende") in pdf_text(out)
    refused = run("export", str(HOTEL), "-o", str(out), "--language", "klingon")
    assert refused.returncode == 2 and "no catalogue for 'klingon'" in refused.stderr
