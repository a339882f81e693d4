"""View ▸ Present (F5): full screen, stage by stage, keys to go on and back, Esc returns."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_present_steps_through_the_stages_and_esc_returns(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene = window.current_scene()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    show = window.presentation
    qtbot.waitExposed(show)
    assert show.isFullScreen() and show.slide == 0 and scene.blueprint.title in show.caption.text()
    stages = [span for span in scene.geometry.stages if span.rect.width > 0]
    for number, span in enumerate(stages, 1):
        qtbot.keyClick(show, Qt.Key.Key_Right)
        assert show.slide == number and span.name in show.caption.text()
        seen = show.view.mapToScene(show.view.viewport().rect()).boundingRect()
        # The stage's columns are all on screen.
        assert seen.left() <= span.rect.x + 1 and seen.right() >= span.rect.right - 1
        assert seen.width() < scene.geometry.width  # and it is not the whole wall
    qtbot.keyClick(show, Qt.Key.Key_Right)  # past the last stage: stays there
    assert show.slide == len(stages)
    qtbot.keyClick(show, Qt.Key.Key_Home)
    assert show.slide == 0
    before = len(scene.blueprint.cards)
    qtbot.keyClick(show, Qt.Key.Key_Delete)  # nothing is edited while presenting
    assert len(scene.blueprint.cards) == before
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not show.isVisible())
    assert window.isVisible()
