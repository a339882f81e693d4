"""Help: the shortcuts of every menu, the notation legend, the licences."""

from __future__ import annotations

from blueprint_studio.ui import help


def test_the_help_menu_lists_shortcuts_notation_and_licences(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    titles = [entry.text().replace("&", "") for entry in window.menuBar().actions()]
    assert titles[-1] == "Help"
    shortcuts = help.shortcuts_html(window.menu_actions())
    for name in ("find", "replace", "present", "new_from_template", "undo"):
        action = window.actions_by_name[name]
        assert action.text().replace("&", "") in shortcuts and action.shortcuts(), name
        assert action.shortcuts()[0].toString() in shortcuts.replace("&amp;", "&") or name == "undo"
    assert "F5" in shortcuts and "Ctrl+Shift+N" in shortcuts
    legend = help.legend_html()
    assert "Fail point" in legend and "Line of visibility" in legend and "moment of truth" in legend
    about = help.about_html()
    assert "SIL Open Font Licence" in about and "LGPL-3.0" in about
    dialog = help._dialog(window, "Keyboard Shortcuts", shortcuts)  # noqa: SLF001 - shown without blocking
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def test_window_size_and_docks_come_back_as_they_were_left(qtbot, qapp, window, sample_copy) -> None:  # type: ignore[no-untyped-def]
    window.resize(712, 505)  # inside the offscreen screen (a restored window is kept on its screen)
    window.finder.open(replacing=False)
    window.overview.close()  # the designer closes the overview with its X
    window.close()
    qapp.processEvents()
    again = qapp.open_new()
    qtbot.waitExposed(again)
    assert again.width() == 712  # the height is held up by the docks' least sizes, differently with one closed
    assert again.finder.isVisible() and not again.overview.isVisible()


def test_every_command_is_reachable_from_the_keyboard(window) -> None:  # type: ignore[no-untyped-def]
    """Alt and a letter opens each menu, and each command has its letter or a shortcut."""
    for entry in window.menuBar().actions():
        assert "&" in entry.text(), entry.text()
        for action in entry.menu().actions():
            if action.isSeparator() or action.menu() is not None and "&" in action.text():
                continue
            assert "&" in action.text() or not action.shortcut().isEmpty(), f"{entry.text()} ▸ {action.text()}"


def test_the_canvas_shows_when_it_has_the_keyboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    view = window.current_view()
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    edge = view.viewport().grab().toImage().pixelColor(view.viewport().width() // 2, 2)
    assert abs(edge.hue() - highlight.hue()) < 12 and edge.saturation() > 90
    window.tabs.tabBar().setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    edge = view.viewport().grab().toImage().pixelColor(view.viewport().width() // 2, 2)
    assert edge.saturation() < 60 or abs(edge.hue() - highlight.hue()) > 12
    assert QApplication.focusWidget() is window.tabs.tabBar()
