"""What designers write on the back of a sticky note reaches the wall print, the PNG, the SVG
and the report when asked for, numbered on the cards; never for customers; and the PDF's
text reads back in every script, emoji included."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader

from blueprint_studio.audience import CUSTOMER_FACING
from blueprint_studio.drawing.ops import Text
from blueprint_studio.drawing.poster import make_poster, poster_drawing
from blueprint_studio.editing import edits
from blueprint_studio.export import export
from blueprint_studio.model import Blueprint, Document
from blueprint_studio.printing.pdf import pdf_bytes
from blueprint_studio.printing.plan import PrintOptions
from blueprint_studio.printing.report import report_bytes
from tests.sample_sources import SAMPLE_BUILDERS


def _hotel() -> Document:
    document = SAMPLE_BUILDERS["hotel-stay.bpx"]()
    blueprint = document.blueprints[0]
    porter = next(c for c in blueprint.cards if c.text.startswith("Porter brings luggage"))
    edits.edit_card(blueprint, porter.id, "notes", "Bags wait at the desk when the lift is out").apply(document)
    edits.edit_card(blueprint, porter.id, "owner", "Head porter").apply(document)
    return document


def _text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).replace("\n", " ")


def test_notes_are_numbered_on_the_cards_and_listed_by_stage() -> None:
    document = _hotel()
    blueprint = document.blueprints[0]
    poster = make_poster(document, blueprint, notes=True)
    written = [c for c in blueprint.cards if c.notes.strip() or c.owner.strip()]
    assert [note.number for note in poster.footnotes] == list(range(1, len(written) + 1))
    porter = next(note for note in poster.footnotes if "Bags wait" in " ".join(note.lines))
    assert "Owner: Head porter" in porter.lines and porter.where.startswith(
        blueprint.step(blueprint.card(porter.card_id).step).name
    )
    drawing = poster_drawing(poster)
    box = poster.geometry.cards[porter.card_id].rect
    markers = [op for op in drawing.ops(box.adjusted(6)) if type(op) is Text and op.text() == str(porter.number)]
    assert markers, "the card carries its note's number"
    assert poster.height == poster.geometry.height + poster.notes_height + poster.block_height
    text = _text(pdf_bytes([poster], PrintOptions(paper="A1")))
    assert (
        "Notes on the cards" in text and "Bags wait at the desk when the lift is out" in text and "Head porter" in text
    )
    plain = _text(pdf_bytes([make_poster(document, blueprint)], PrintOptions(paper="A1")))
    assert "Bags wait at the desk" not in plain and "Notes on the cards" not in plain


def test_customers_never_see_the_notes(tmp_path: Path) -> None:
    out = tmp_path / "guest.pdf"
    export(_hotel(), _hotel().blueprints, out, PrintOptions(paper="A1", notes=True), audience=CUSTOMER_FACING)
    text = _text(out.read_bytes())
    assert "Bags wait" not in text and "Head porter" not in text and "Notes on the cards" not in text


def test_png_and_svg_carry_the_notes_and_the_title_block(tmp_path: Path) -> None:
    document = _hotel()
    export(document, document.blueprints, tmp_path / "wall.svg", PrintOptions(notes=True), live_text=True)
    svg = (tmp_path / "wall.svg").read_text(encoding="utf-8")
    for words in ("Bags wait at the desk", "Notes on the cards", "Legend", "Hotel overnight stay", "Ana Müller"):
        assert words in svg, words
    export(document, document.blueprints, tmp_path / "bare.svg", PrintOptions(notes=True), live_text=True, bare=True)
    bare = (tmp_path / "bare.svg").read_text(encoding="utf-8")
    assert "Legend" not in bare and "Bags wait" not in bare


def test_the_report_lists_the_notes() -> None:
    document = _hotel()
    text = _text(report_bytes(document, document.blueprints))
    assert "Notes on the cards" in text and "Bags wait at the desk when the lift is out" in text


def test_emoji_and_every_script_extract_from_the_pdf() -> None:
    document = Document(blueprints=[Blueprint.blank("bp", "Check-in 🏨", ["s1", "s2"])])
    blueprint = document.blueprints[0]
    edits.add_card(blueprint, "customer_actions", "s1", None, "Coffee ☕ and cake 🎉")[0].apply(document)
    edits.add_card(blueprint, "customer_actions", "s2", None, "チェックイン 고객 עברית")[0].apply(document)
    text = _text(pdf_bytes([make_poster(document, blueprint)], PrintOptions(paper="A3")))
    for words in ("Check-in 🏨", "Coffee ☕ and cake 🎉", "チェックイン", "고객"):
        assert words in text, (words, text)
    assert not re.search(r"[\u1f00-\u1fff]", text), "an emoji came back as a Greek letter"
