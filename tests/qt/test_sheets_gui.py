"""File ▸ Export Spreadsheet and Import Spreadsheet, as a designer uses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from blueprint_studio.compare import diff
from blueprint_studio.ui import dialogs


def test_export_then_import_opens_an_equal_untitled_document(
    qtbot, window, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_real_dialogs
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "hotel.xlsx"
    monkeypatch.setattr(dialogs, "ask_export_path", lambda *args: target)
    window.actions_by_name["export_sheet"].trigger()
    assert target.exists()
    monkeypatch.setattr(dialogs, "ask_import_path", lambda *args: target)
    before = list(qapp.windows)
    window.actions_by_name["import_sheet"].trigger()
    (imported,) = [w for w in qapp.windows if w not in before]
    assert imported.session.path is None and imported.session.document.blueprints[0].title == "Hotel overnight stay"
    assert diff(window.session.document, imported.session.document) == []  # lossless: ids, notes, photos and all
    title, said = no_real_dialogs[-1]
    assert title == "Imported hotel.xlsx" and "'Frontstage' → frontstage" in said  # what was recognised, shown at once


def test_a_bad_sheet_is_refused_with_its_cell_and_no_window(
    qtbot, window, qapp, tmp_path: Path, no_real_dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "draft.csv"
    bad.write_text('Step,a,b\nCustomer actions,"x\n[explode]",y\n', encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_import_path", lambda *args: bad)
    before = list(qapp.windows)
    window.actions_by_name["import_sheet"].trigger()
    assert list(qapp.windows) == before
    assert no_real_dialogs and no_real_dialogs[-1][1].startswith("draft.csv!B2: [explode] is not a mark")
