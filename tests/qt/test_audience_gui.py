"""A custom audience made in the print dialog's editor, then printed."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from blueprint_studio.ui import dialogs
from blueprint_studio.ui.audienceeditor import AudienceEditor
from blueprint_studio.ui.printdialog import PrintDialog


def test_make_an_audience_without_the_support_lane_and_print_for_it(qtbot, window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session, blueprint = window.session, window.current_scene().blueprint
    editor = AudienceEditor(session, blueprint, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.name, "Housekeeping partners")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    support = editor.zones[next(z for z in editor.zones if z.value == "support")]
    qtbot.mouseClick(support, Qt.MouseButton.LeftButton, pos=support.rect().topLeft() + support.rect().center() / 4)
    (audience,) = session.document.audiences
    assert audience.name == "Housekeeping partners" and "support" not in [z.value for z in audience.zones]
    qtbot.keyClicks(editor.name, "x")
    editor.name.setText("Customer-facing")  # a built-in name is refused, said, and nothing changes
    editor.name.editingFinished.emit()
    assert "already an audience" in editor.message.text() and audience.name == "Housekeeping partners"
    dialog = PrintDialog(session.document, blueprint, window, session)
    qtbot.addWidget(dialog)
    dialog.audience.setCurrentIndex(dialog.audience.findText("Housekeeping partners"))
    target = tmp_path / "partners.pdf"
    monkeypatch.setattr(dialogs, "ask_export_path", lambda parent, suggestion, file_filter: target)
    dialog.export_button.click()
    printed = "".join(page.extract_text() for page in PdfReader(target).pages)
    # Chips on cards elsewhere may share a support card's words.
    facets = {facet.name for facet in session.document.facets}
    support_texts = [
        c.text
        for c in blueprint.cards
        if blueprint.lane(c.lane).zone.value == "support" and len(c.text) > 12 and c.text not in facets
    ]
    backstage_texts = [
        c.text for c in blueprint.cards if blueprint.lane(c.lane).zone.value == "backstage" and len(c.text) < 24
    ]
    squeezed = "".join(printed.split())
    assert support_texts and not any("".join(text.split()) in squeezed for text in support_texts)
    assert any(text in printed for text in backstage_texts)  # the backstage is still there
    while session.undo_stack.canUndo() and session.document.audiences:
        session.undo_stack.undo()
    assert session.document.audiences == []
