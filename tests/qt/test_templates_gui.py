"""File ▸ New from Template: pick one by its picture; it opens in a new window, untitled."""

from __future__ import annotations

from PySide6.QtCore import Qt

from blueprint_studio.templates import TEMPLATES, template_named
from blueprint_studio.ui import dialogs
from blueprint_studio.ui.templatepicker import TemplatePicker


def test_the_picker_shows_every_template_and_describes_the_one_clicked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    picker = TemplatePicker(window)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    assert picker.list.count() == len(TEMPLATES) and not picker.list.item(3).icon().isNull()
    row = next(n for n, t in enumerate(TEMPLATES) if t.name == "hospital-outpatient")
    rect = picker.list.visualItemRect(picker.list.item(row))
    qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "Hospital outpatient visit" in picker.about.text() and "Walter Brandt" in picker.about.text()
    qtbot.mouseClick(picker.create_button, Qt.MouseButton.LeftButton)
    assert picker.result() == picker.DialogCode.Accepted and picker.chosen().name == "hospital-outpatient"


def test_new_from_template_opens_a_new_untitled_window(qtbot, qapp, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "choose_template", lambda parent: template_named("online-return"))
    before = len(qapp.windows)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(qapp.windows) == before + 1
    opened = qapp.windows[-1]
    assert opened.session.document.blueprints[0].title == "Returning an online order"
    assert opened.session.path is None and not opened.isWindowModified()
