"""Preferences, themes and icons as a designer meets them: chosen in the dialog, applied at once,
remembered; dark follows the system; icons crisp at 200 %."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from blueprint_studio.layout import style
from blueprint_studio.painting import scheme
from blueprint_studio.ui import i18n, icons, preferences, theme
from blueprint_studio.ui.application import BlueprintApplication
from blueprint_studio.ui.mainwindow import ICONS
from blueprint_studio.ui.preferences import PreferencesDialog


@pytest.fixture(autouse=True)
def fresh_preferences(qapp: BlueprintApplication) -> Iterator[None]:
    QSettings().remove("preferences")
    yield
    QSettings().remove("preferences")
    qapp.theme.apply()  # back to the system's (light here)


def _choose(qtbot, combo, data: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry the way a keyboard user does: focus the box, then arrow to it."""
    combo.setFocus()
    target = combo.findData(data)
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def test_choosing_dark_turns_the_window_and_the_canvas_dark_at_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(qtbot, dialog.theme, "dark")
    assert QSettings().value(theme.THEME_KEY) == "dark" and scheme.is_dark()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 60
    image = window.current_view().grab().toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert centre.lightness() < 90  # the canvas itself, not only the widgets around it
    _choose(qtbot, dialog.theme, "light")
    assert not scheme.is_dark() and QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_the_system_scheme_is_followed_when_asked(qapp: BlueprintApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(theme, "wants_dark", lambda choice: choice == "system")  # the desktop just went dark
    seen: list[bool] = []
    qapp.theme.changed.connect(seen.append)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert seen == [True] and scheme.is_dark()
    qapp.theme.changed.disconnect(seen.append)


def test_autosave_units_paper_and_language_are_kept(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.autosave.setFocus()
    dialog.autosave.selectAll()
    qtbot.keyClicks(dialog.autosave, "5")
    assert preferences.autosave_minutes() == 5 and window.files.timer.interval() == 5 * 60_000
    _choose(qtbot, dialog.units, "in")
    assert i18n.length_text(72 * 10) == "10.0 in"
    _choose(qtbot, dialog.paper, "A3")
    assert preferences.default_paper() == "A3"
    _choose(qtbot, dialog.language, "ja")
    assert i18n.chosen_language() == "ja" and "next starts" in dialog.language_note.text()


def test_every_icon_is_drawn_crisp_at_twice_the_pixels_in_the_palette_s_colour(qapp: BlueprintApplication) -> None:
    assert set(ICONS.values()) <= set(icons.names())
    ink = QApplication.palette().color(QPalette.ColorRole.WindowText)
    for name in icons.names():
        icon: QIcon = icons.icon(name)
        pixmap = icon.pixmap(QSize(24, 24), 2.0)
        image: QImage = pixmap.toImage()
        assert (image.width(), image.height()) == (48, 48) and pixmap.devicePixelRatio() == 2.0, name
        drawn = [image.pixelColor(x, y) for x in range(48) for y in range(48) if image.pixelColor(x, y).alpha() == 255]
        assert drawn and all(abs(c.lightness() - ink.lightness()) < 40 for c in drawn), name


def test_the_print_preview_stays_light_in_a_dark_window(qapp: BlueprintApplication) -> None:
    qapp.theme.apply("dark")
    with scheme.light():
        assert scheme.shade(style.INK).name() == style.INK
    assert scheme.shade(style.INK).name() != style.INK


def test_the_print_dialog_starts_on_the_preferred_paper(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from blueprint_studio.ui.printdialog import PrintDialog

    QSettings().setValue(preferences.PAPER_KEY, "A2")
    dialog = PrintDialog(window.session.document, window.current_scene().blueprint, window, window.session)
    qtbot.addWidget(dialog)
    assert dialog.paper.currentData() == "A2"


def test_lengths_are_typed_in_inches_when_preferred(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from blueprint_studio.printing.paper import MM
    from blueprint_studio.ui.printdialog import PrintDialog

    QSettings().setValue(i18n.UNITS_KEY, "in")
    dialog = PrintDialog(window.session.document, window.current_scene().blueprint, window, window.session)
    qtbot.addWidget(dialog)
    assert dialog.margin.suffix() == " in" and abs(dialog.margin.value() - 10 * MM / 72) < 0.01
    dialog.margin.selectAll()
    qtbot.keyClicks(dialog.margin, "0.5")
    assert abs(dialog.options().margin - 36) < 0.01  # half an inch, in points
    assert dialog.sticky.suffix() == " in notes" and dialog.wall_width.suffix() == " in"


def test_arrows_and_every_text_follow_a_switch_to_dark_while_running(qtbot, window, qapp) -> None:  # type: ignore[no-untyped-def]
    """Painted once in light, the canvas switched to dark: the arrows take the dark scheme's
    colour (they kept the light one before, 1.4:1 on a dark lane) and so does every text."""
    from blueprint_studio.drawing.ops import Text
    from blueprint_studio.drawing.scheme import night
    from blueprint_studio.layout import style

    scene = window.current_scene()
    window.current_view().viewport().grab()  # painted in light first: what a stale cache would keep
    arrow = next(iter(scene.connector_items.values()))
    card = next(iter(scene.card_items.values()))
    qapp.theme.apply("dark")
    window.current_view().viewport().grab()
    route = next(op for op in arrow._ops[1] if getattr(op, "pen", None) is not None)
    assert route.pen.colour == night(style.CONNECTOR_COLOUR)
    band = scene.geometry.lane(arrow.path.source and scene.geometry.cards[arrow.path.source].lane_id).band_colour
    assert style.contrast(route.pen.colour, night(band)) >= 3.0
    texts = [op for op in card.ops() if type(op) is Text]
    assert texts and all(style.contrast(op.colour, op.ground) >= 4.5 for op in texts if len(op.text()) > 3)
