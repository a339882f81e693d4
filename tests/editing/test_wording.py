"""A blueprint begun in another language keeps its words: lane names, line titles and step
names are the blueprint's own, drawn, printed, saved and read back from a spreadsheet."""

from __future__ import annotations

from pathlib import Path

from blueprint_studio.editing import edits
from blueprint_studio.editing.edits import Wording
from blueprint_studio.layout import compute_for
from blueprint_studio.model.lanes import DEFAULT_LANE_NAMES, LINE_TITLES, LaneKind, Line
from blueprint_studio.sheets import read_sheets, write_sheets
from blueprint_studio.storage import from_bytes, to_bytes

GERMAN = Wording(
    lane_names={**DEFAULT_LANE_NAMES, LaneKind.CUSTOMER_ACTIONS: "Kundenaktionen", LaneKind.BACKSTAGE: "Hinterbühne"},
    line_titles={
        Line.INTERACTION: "Interaktionslinie",
        Line.VISIBILITY: "Sichtbarkeitslinie",
        Line.INTERNAL_INTERACTION: "Linie der internen Interaktion",
    },
    step="Schritt {number}",
    blueprint="Unbenannter Blueprint",
)


def test_an_english_blueprint_stores_no_line_titles_of_its_own() -> None:
    blueprint = edits.new_document().blueprints[0]
    assert blueprint.line_titles == {} and blueprint.title == "Untitled blueprint"
    assert [blueprint.line_title(line) for line in Line] == list(LINE_TITLES.values())


def test_a_german_blueprint_is_german_on_the_canvas_and_after_a_save() -> None:
    document = edits.new_document(GERMAN)
    blueprint = document.blueprints[0]
    assert blueprint.title == "Unbenannter Blueprint" and [s.name for s in blueprint.steps][:2] == [
        "Schritt 1",
        "Schritt 2",
    ]
    assert blueprint.lane_of_kind(LaneKind.BACKSTAGE).name == "Hinterbühne"
    assert [rule.title for rule in compute_for(document, blueprint).lines] == list(GERMAN.line_titles.values())
    again = from_bytes(to_bytes(document))
    assert again == document and again.blueprints[0].line_title(Line.VISIBILITY) == "Sichtbarkeitslinie"


def test_a_german_spreadsheet_reads_back_with_its_lines_in_place(tmp_path: Path) -> None:
    document = edits.new_document(GERMAN)
    blueprint = document.blueprints[0]
    blueprint.cards = []
    path = tmp_path / "de.csv"
    write_sheets(document, [blueprint], path)
    assert "Sichtbarkeitslinie" in path.read_text(encoding="utf-8-sig")
    imported = read_sheets(path).blueprints[0]
    assert [(lane.name, lane.zone) for lane in imported.lanes] == [(lane.name, lane.zone) for lane in blueprint.lanes]
    assert imported.line_titles == blueprint.line_titles
