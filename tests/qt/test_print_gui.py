"""File ▸ Print: the dialog plans, previews, exports and hands the PDF to the print service."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from blueprint_studio.printing import spool
from blueprint_studio.printing.paper import MM
from blueprint_studio.ui import dialogs
from blueprint_studio.ui.printdialog import PrintDialog


def make_dialog(qtbot, window) -> PrintDialog:  # type: ignore[no-untyped-def]
    dialog = PrintDialog(window.session.document, window.current_scene().blueprint, window)
    qtbot.addWidget(dialog)
    return dialog


def test_tiled_export_from_the_dialog(qtbot, window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, window)
    dialog.tiled.setChecked(True)
    dialog.size_mode.setCurrentIndex(dialog.size_mode.findData("width"))
    dialog.wall_width.set_points(1500 * MM)
    assert "Pages of A4" in dialog.summary.text() and dialog.export_button.isEnabled()
    target = tmp_path / "wall.pdf"
    monkeypatch.setattr(dialogs, "ask_export_path", lambda parent, suggestion, file_filter: target)
    dialog.export_button.click()
    assert len(PdfReader(target).pages) > 2
    assert dialog.summary.text() == "Exported wall.pdf."


def test_an_oversized_page_is_explained_and_can_be_scaled_down(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, window)
    dialog.paper.setCurrentIndex(dialog.paper.findData(None))
    dialog.size_mode.setCurrentIndex(dialog.size_mode.findData("width"))
    dialog.wall_width.set_points(8000 * MM)
    assert "200 in" in dialog.summary.text() and not dialog.export_button.isEnabled()
    dialog.fix_button.click()
    assert dialog.export_button.isEnabled() and dialog.summary.text().startswith("One page of")


def test_print_without_a_print_service_says_so(qtbot, window, monkeypatch, no_real_dialogs) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, window)
    monkeypatch.setattr(spool, "print_command", lambda: None)
    monkeypatch.setattr(spool.sys, "platform", "linux")
    dialog.print_button.click()
    title, message = no_real_dialogs[-1]
    assert title == "Cannot print" and "neither lp nor lpr" in message and ".pdf" in message


def test_print_hands_the_pdf_to_lp(qtbot, window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fake = tmp_path / "lp"
    log = tmp_path / "lp.log"
    fake.write_text(f"#!/bin/sh\necho \"$@\" > {log}\necho 'request id is wall-42'\n")
    fake.chmod(0o755)
    monkeypatch.setattr(spool, "print_command", lambda: [str(fake)])
    monkeypatch.setattr(spool.sys, "platform", "linux")
    dialog = make_dialog(qtbot, window)
    dialog.print_button.click()
    assert log.read_text().strip().endswith(".pdf")
    assert "wall-42" in dialog.summary.text()


def test_a_print_for_the_customer_and_strips_for_a_small_text(qtbot, window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.audience.setFocus()
    qtbot.keyClick(dialog.audience, Qt.Key.Key_Down)  # Full → Customer-facing
    assert dialog.chosen_audience().name == "Customer-facing"
    target = tmp_path / "guest.pdf"
    monkeypatch.setattr(dialogs, "ask_export_path", lambda parent, suggestion, file_filter: target)
    dialog.export_button.click()
    printed = "".join(page.extract_text() for page in PdfReader(target).pages)
    blueprint = window.current_scene().blueprint
    backstage = [
        card.text for card in blueprint.cards if blueprint.lane(card.lane).zone.value in ("backstage", "support")
    ]
    assert backstage and not any(
        text.split()[0] + " " + text.split()[1] in printed for text in backstage if len(text.split()) > 1
    )
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    assert "too small to read" in dialog.legible.text() and dialog.strips_button.isVisible()
    before = float(dialog.legible.text().split(" pt")[0].split()[-1])
    qtbot.mouseClick(dialog.strips_button, Qt.MouseButton.LeftButton)
    assert dialog.in_strips.isChecked() and "Strips: " in dialog.summary.text()
    assert float(dialog.legible.text().split(" pt")[0].split()[-1]) > before


def test_the_executive_summary_is_previewed_as_its_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, window)
    dialog.audience.setCurrentIndex(dialog.audience.findText("Executive summary"))
    assert dialog.preview.sheet is not None and not dialog.tiled.isEnabled()
    assert "One page of A1 per blueprint" in dialog.summary.text()
    assert not dialog.preview.grab().isNull()


def test_a_workshop_sheet_from_the_dialog(qtbot, window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(
        dialog.workshop,
        Qt.MouseButton.LeftButton,
        pos=dialog.workshop.rect().topLeft() + dialog.workshop.rect().center() / 4,
    )
    assert dialog.workshop.isChecked() and dialog.preview.poster.stickies and not dialog.audience.isEnabled()
    dialog.paper.setCurrentIndex(dialog.paper.findData(None))  # exactly the sheet's size: a plotter page
    assert dialog.export_button.isEnabled(), dialog.summary.text()
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(dialogs, "ask_export_path", lambda parent, suggestion, file_filter: target)
    dialog.export_button.click()
    page = PdfReader(target).pages[0]
    blueprint = window.current_scene().blueprint
    printed = page.extract_text()
    assert blueprint.steps[0].name in printed and not any(
        card.text in printed for card in blueprint.cards if len(card.text) > 15
    )
    note = dialog.preview.poster.stickies[0]
    assert abs(note.width * dialog.options().scale - 76 * 72 / 25.4) < 0.1  # type: ignore[operator]
