"""Spreadsheet round trips and what a hand-made sheet may say. No Qt."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from blueprint_studio.compare import diff
from blueprint_studio.model import MARK_NAMES, LaneKind, Zone, problems
from blueprint_studio.sheets import SheetError, read_sheets, read_sheets_reporting, write_sheets
from blueprint_studio.sheets.tags import MARK_WORDS
from tests.sample_sources import SAMPLE_BUILDERS


@pytest.mark.parametrize("name", sorted(SAMPLE_BUILDERS))
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_round_trip_keeps_what_a_spreadsheet_carries(name: str, suffix: str, tmp_path: Path) -> None:
    document = SAMPLE_BUILDERS[name]()
    path = tmp_path / f"sheet{suffix}"
    write_sheets(document, document.blueprints[:1] if suffix == ".csv" else document.blueprints, path)
    back = read_sheets(path)
    assert problems(back) == []
    original = document.model_copy(update={"blueprints": document.blueprints[:1]}) if suffix == ".csv" else document
    if suffix == ".csv":
        back.blueprints[0].title = original.blueprints[0].title  # a CSV has no sheet title; the file name stands in
    assert diff(original, back, ignore_ids=True) == []
    for before, after in zip(original.blueprints, back.blueprints, strict=True):
        assert _cells(before) == _cells(after)


def _cells(blueprint):  # type: ignore[no-untyped-def]
    """Every card as (lane name, step name, position, text, marks, time), independent of ids."""
    return sorted(
        (
            blueprint.lane(c.lane).name,
            blueprint.step(c.step).name,
            blueprint.cards_in_cell(c.lane, c.step).index(c),
            c.text,
            c.marks.model_dump_json(),
            c.duration.text() if c.duration else "",
        )
        for c in blueprint.cards
    )


def test_every_mark_has_a_word() -> None:
    assert set(MARK_WORDS) == set(MARK_NAMES)


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_a_hand_made_sheet_becomes_a_valid_blueprint(tmp_path: Path) -> None:
    rows = [
        ["Stage", "Apply", "Apply", "Wait"],
        ["Step", "Fill in the form", "Pay the fee", "Get the licence"],
        ["Duration", "20 min", "2-3 min", "1 to 25 days"],
        ["Emotions: Lea", "1", "-0.5", "-2"],
        [
            "Customer",
            "Fills in the form online\n[start] [channel: Web]",
            "Pays by card",
            "Waits for the letter\n[wait 3 wk] [pain]",
        ],
        ["Onstage", "", "Clerk checks payment\n[team: Licensing team] [takes 5 min]", ""],
        ["IT systems", "Form service\n[system: Forms]", "", ""],  # a lane of our own, in the frontstage zone
        ["Line of visibility", "", "", ""],
        ["Back stage", "", "Licence approved\n[decision] [team: Licensing team]", "Letter printed\n[team: Post room]"],
    ]
    document = read_sheets(_write(tmp_path / "licence.csv", rows))
    (blueprint,) = document.blueprints
    assert problems(document) == []
    kinds = {lane.name: (lane.kind, lane.zone) for lane in blueprint.lanes}
    assert kinds["Customer"] == (LaneKind.CUSTOMER_ACTIONS, Zone.CUSTOMER)
    assert kinds["Onstage"] == (LaneKind.FRONTSTAGE, Zone.FRONTSTAGE)
    assert kinds["IT systems"] == (LaneKind.CUSTOM, Zone.FRONTSTAGE)
    assert kinds["Back stage"][0] is LaneKind.BACKSTAGE
    assert {LaneKind.PHYSICAL_EVIDENCE, LaneKind.SUPPORT} <= {lane.kind for lane in blueprint.lanes}  # added, empty
    assert [s.duration.text() for s in blueprint.steps] == ["20 min", "2–3 min", "1–25 d"]
    assert [s.name for s in blueprint.stages] == ["Apply", "Wait"]
    licensing = next(f for f in document.facets if f.name == "Licensing team")
    assert sum(licensing.id in card.facets for card in blueprint.cards) == 2  # one facet, named twice
    waiting = next(c for c in blueprint.cards if c.text == "Waits for the letter")
    assert waiting.marks.wait_point and waiting.marks.wait_duration.text() == "3 wk" and waiting.marks.pain_point
    assert [p.score for p in blueprint.emotions] == [1, -0.5, -2] and document.personas[0].name == "Lea"


@pytest.mark.parametrize(
    "cell, value, message",
    [
        ("C5", "Pays by card\n[urgent]", "[urgent] is not a mark"),
        ("B4", "7", "7 is not a score"),
    ],
)
def test_bad_cells_are_named_and_nothing_is_imported(tmp_path: Path, cell: str, value: str, message: str) -> None:
    rows = [
        ["Stage", "", "", ""],
        ["Step", "a", "b", "c"],
        ["Duration", "", "", ""],
        ["Emotions", "", "", ""],
        ["Customer actions", "x", "y", "z"],
    ]
    column, row = "ABCD".index(cell[0]), int(cell[1:]) - 1
    rows[row][column] = value
    with pytest.raises(SheetError) as raised:
        read_sheets(_write(tmp_path / "bad.csv", rows))
    assert str(raised.value).startswith(f"bad.csv!{cell}: ") and message in str(raised.value)


def test_lanes_out_of_order_stay_lanes_and_unknown_arrow_ends_are_refused(tmp_path: Path) -> None:
    rows = [["Step", "a", "b"], ["Backstage", "x", ""], ["Customer actions", "y", ""]]
    document, report = read_sheets_reporting(_write(tmp_path / "order.csv", rows))
    lanes = {lane.name: lane for lane in document.blueprints[0].lanes}
    # Kept where drawn, said.
    assert lanes["Customer actions"].kind is LaneKind.CUSTOM and lanes["Customer actions"].zone is Zone.BACKSTAGE
    assert "'Customer actions' → a lane of its own (backstage zone)" in "\n".join(report)
    rows = [
        ["Step", "a", "b"],
        ["Customer actions", "x", "y"],
        [],
        ["Arrows", "from", "to", "kind"],
        ["", "a › Customer actions › 1: x", "b › Customer actions › 2: z", "flow"],
    ]
    with pytest.raises(SheetError, match=r"^arrows.csv!C5: no card 'z' at position 2"):
        read_sheets(_write(tmp_path / "arrows.csv", rows))


def test_a_csv_holds_one_blueprint(tmp_path: Path) -> None:
    hotel, coffee = SAMPLE_BUILDERS["hotel-stay.bpx"](), SAMPLE_BUILDERS["coffee-order-ahead.bpx"]()
    document = hotel.model_copy(
        update={"blueprints": [*hotel.blueprints, *coffee.blueprints], "personas": [*hotel.personas, *coffee.personas]}
    )
    with pytest.raises(SheetError, match="a CSV file holds one blueprint"):
        write_sheets(document, document.blueprints, tmp_path / "x.csv")


def test_a_workbook_holds_a_sheet_per_blueprint(tmp_path: Path) -> None:
    hotel, coffee = SAMPLE_BUILDERS["hotel-stay.bpx"](), SAMPLE_BUILDERS["coffee-order-ahead.bpx"]()
    document = hotel.model_copy(
        update={
            "blueprints": [*hotel.blueprints, *coffee.blueprints],
            "personas": [*hotel.personas, *coffee.personas],
            "facets": hotel.facets,
        }
    )
    write_sheets(document, document.blueprints, tmp_path / "both.xlsx")
    back = read_sheets(tmp_path / "both.xlsx")
    assert [b.title for b in back.blueprints] == ["Hotel overnight stay", "Order coffee ahead in the app"]
    assert diff(document, back, ignore_ids=True) == []


def test_long_titles_and_loose_whitespace_survive_a_workbook(tmp_path: Path) -> None:
    document = SAMPLE_BUILDERS["hotel-stay.bpx"]()
    blueprint = document.blueprints[0]
    blueprint.title = (
        "Genehmigungsverfahren · 申請手続き · Atendimento ao cliente 🧾"  # longer than a sheet name may be
    )
    blueprint.cards[0].text = "  Comparison website \n\n with reviews  "
    write_sheets(document, [blueprint], tmp_path / "long.xlsx")
    back = read_sheets(tmp_path / "long.xlsx")
    assert back.blueprints[0].title == blueprint.title
    assert diff(document, back, ignore_ids=True) == []
    # Carried as typed.
    assert any(card.text == "  Comparison website \n\n with reviews  " for card in back.blueprints[0].cards)
