"""Ctrl+F finds across the document and shows each match's card; Ctrl+H replaces, undoably."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_find_types_steps_through_matches_and_shows_each_card(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    finder = window.finder
    assert finder.isVisible() and finder.query.hasFocus() and not finder.replace_row.isVisible()
    qtbot.keyClicks(finder.query, "room")
    qtbot.waitUntil(lambda: finder.model.rowCount() > 3)
    assert finder.count.text().startswith(f"Matches: {finder.model.rowCount()} · cards: ")
    scene = window.current_scene()
    seen = []
    for _ in range(3):
        qtbot.keyClick(finder.query, Qt.Key.Key_Return)
        hit = finder.current_hit()
        if hit.card_id is not None:
            assert scene.selected_card_ids() == [hit.card_id]
            assert "room" in getattr(scene.blueprint.card(hit.card_id), hit.field).lower()
            seen.append(hit.card_id)
    assert len(set(seen)) >= 2
    qtbot.keyClick(finder.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # back one
    assert finder.results.currentIndex().row() == 1


def test_replace_all_with_ctrl_h_is_one_undo_step(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    finder = window.finder
    assert finder.replace_row.isVisible()
    qtbot.keyClicks(finder.query, "guest")
    finder.whole_words.click()
    qtbot.waitUntil(lambda: finder.model.rowCount() > 0)
    found = finder.model.rowCount()
    qtbot.keyClicks(finder.replacement, "visitor")
    qtbot.mouseClick(finder.replace_all_button, Qt.MouseButton.LeftButton)
    blueprint = window.current_scene().blueprint
    assert finder.model.rowCount() == 0 and finder.count.text().startswith(f"Replaced: {found}")
    assert window.session.undo_stack.undoText() == ("Replace matches" if found != 1 else "Replace match")
    assert any("visitor" in card.text.lower() for card in blueprint.cards)
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: finder.model.rowCount() == found)
    assert not any("visitor" in card.text.lower() for card in blueprint.cards)
