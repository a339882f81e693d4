"""A wall wider than the window: items are made as their columns come into view, and the
designer never notices (what is on screen can be clicked, selected and dragged)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt

from benchmarks.synthetic import blueprint_with
from blueprint_studio.storage import save_bpx
from blueprint_studio.ui.application import BlueprintApplication
from blueprint_studio.ui.mainwindow import MainWindow
from tests.qt.conftest import viewport_point


@pytest.fixture
def wide(qapp: BlueprintApplication, qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    path = tmp_path / "wide.bpx"
    save_bpx(blueprint_with(600), path)  # 75 steps: five runs of columns
    window = qapp.open_path(path)
    assert window is not None
    window.resize(1400, 900)
    qtbot.waitExposed(window)
    return window


def _in_view(window: MainWindow) -> set[str]:
    view, scene = window.current_view(), window.current_scene()
    assert view is not None and scene is not None
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    return {
        card_id
        for card_id, box in scene.geometry.cards.items()
        if visible.intersects(QRectF(box.rect.x, box.rect.y, box.rect.width, box.rect.height))
    }


def _agrees(window: MainWindow) -> None:
    """Every item that exists stands where the layout puts its card or arrow."""
    scene = window.current_scene()
    assert scene is not None
    for card_id, item in scene.card_items.items():
        box = scene.geometry.cards[card_id]
        assert (item.pos().x(), item.pos().y(), item.box) == (box.rect.x, box.rect.y, box)
    paths = {path.connector_id: path for path in scene.geometry.connectors}
    assert all(item.path == paths[connector_id] for connector_id, item in scene.connector_items.items())


def test_only_the_columns_seen_have_items_and_scrolling_makes_the_rest(qtbot, wide) -> None:  # type: ignore[no-untyped-def]
    scene, view = wide.current_scene(), wide.current_view()
    total = len(scene.geometry.cards)
    assert _in_view(wide) <= scene.card_items.keys()
    assert len(scene.card_items) < total / 2
    last = max(scene.geometry.cards.values(), key=lambda box: box.rect.x)
    assert last.card_id not in scene.card_items
    # The designer drags the scroll bar to the end.
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    qtbot.waitUntil(lambda: last.card_id in scene.card_items)
    assert _in_view(wide) <= scene.card_items.keys()
    _agrees(wide)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(wide, *last.rect.center))
    assert scene.selected_card_ids() == [last.card_id]


def test_select_all_takes_every_card_even_those_never_seen(qtbot, wide) -> None:  # type: ignore[no-untyped-def]
    scene, view = wide.current_scene(), wide.current_view()
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert set(scene.selected_card_ids()) == set(scene.geometry.cards)
    _agrees(wide)


def test_cards_chosen_by_name_far_away_are_selected(qtbot, wide) -> None:  # type: ignore[no-untyped-def]
    scene = wide.current_scene()
    far = max(scene.geometry.cards.values(), key=lambda box: box.rect.x).card_id
    scene.select_cards([far])  # as the analysis panel and the compare view do
    assert scene.selected_card_ids() == [far]


def test_edits_keep_unseen_columns_right_when_they_come_into_view(qtbot, wide) -> None:  # type: ignore[no-untyped-def]
    scene, view = wide.current_scene(), wide.current_view()
    blueprint = scene.blueprint
    near = next(card for card in blueprint.cards if card.step == blueprint.steps[0].id)
    box = scene.geometry.cards[near.id]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(wide, *box.rect.center))
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)  # every card behind it in its cell moves up
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wide.insert_step(False, blueprint.steps[0].id)  # every column shifts one to the right
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    last = max(scene.geometry.cards.values(), key=lambda b: b.rect.x)
    qtbot.waitUntil(lambda: last.card_id in scene.card_items)
    _agrees(wide)
    scene.select_all_cards()
    _agrees(wide)


def test_a_dragged_card_pulls_arrows_to_cards_not_yet_seen(qtbot, wide) -> None:  # type: ignore[no-untyped-def]
    scene, view = wide.current_scene(), wide.current_view()
    run = scene.geometry.run_at
    arrow = next(
        c
        for c in scene.blueprint.connectors
        if run(scene.geometry.cards[c.source].rect.x) == 0
        and c.target not in scene.card_items
        and c.target in scene.geometry.cards
    )
    laid_out = next(path for path in scene.geometry.connectors if path.connector_id == arrow.id)
    source = scene.geometry.cards[arrow.source]
    start = viewport_point(wide, *source.rect.center)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(
        viewport, pos=start + (viewport_point(wide, source.rect.center[0], source.rect.center[1] + 40) - start)
    )
    item = scene.connector_items[arrow.id]
    target = scene.geometry.cards[arrow.target].rect
    assert item.path.points[-1][0] in (target.x, target.right)  # still ends at the unseen card
    assert item.path.points[0] != laid_out.points[0]  # it follows the dragged card
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start)
