"""Zoomed far out the canvas sketches its cards; the Overview dock shows all and takes you there."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from tests.qt.test_editing_gui import card_by_text


def test_far_out_cards_are_sketched_and_still_selectable(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.current_view()
    scene = view.blueprint_scene
    queue = card_by_text(scene.blueprint, "Queue at reception")
    view.set_zoom(0.2)
    view.viewport().repaint()
    assert scene.overview
    assert all(item.opacity() == 0.0 for item in scene.card_items.values())
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    view.viewport().render(image)
    box = scene.geometry.cards[queue.id]
    at = view.mapFromScene(box.rect.x + box.rect.width / 2, box.rect.y + 2)
    assert image.pixelColor(at).name() == box.fill  # the sketch draws the card in its own colour
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(*box.rect.center))
    assert scene.selected_card_ids() == [queue.id]
    assert scene.card_items[queue.id].opacity() == 1.0  # the selection stays drawn in full
    view.set_zoom(1.0)
    view.viewport().repaint()
    assert not scene.overview and all(item.opacity() == 1.0 for item in scene.card_items.values())


def test_clicking_the_overview_shows_that_part(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.current_view()
    overview = window.overview.map
    overview.resize(600, 120)
    overview.repaint()
    view.set_zoom(1.0)
    view.horizontalScrollBar().setValue(0)
    geometry = view.blueprint_scene.geometry
    target = QPoint(overview.width() - 5, 10)
    point = overview.scene_point(target.x(), target.y())
    assert point is not None and point.x() > geometry.width / 2
    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=target)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.right() >= min(point.x(), geometry.width) - 1
