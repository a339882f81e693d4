"""The outline, by keyboard alone: build and edit a small blueprint; what a screen reader hears."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def key(qtbot, widget, *keys) -> None:  # type: ignore[no-untyped-def]
    for k in keys:
        qtbot.keyClick(widget, k)


def test_build_and_edit_a_blueprint_from_the_outline_by_keyboard(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    window = qapp.open_new()  # File ▸ New: a blank blueprint
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    tree = window.outline.tree
    assert window.outline.isVisible() and tree.hasFocus()
    blueprint = window.session.document.blueprints[0]
    key(qtbot, tree, Qt.Key.Key_Home, Qt.Key.Key_Down, Qt.Key.Key_Down)  # blueprint, its stage, the first step
    assert tree.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole) == f"step {blueprint.steps[0].name}"
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "Arrive")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: blueprint.steps[0].name == "Arrive")  # Qt commits an item's edit on the next turn
    # Open the step: its lanes; to Customer actions.
    key(qtbot, tree, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down)
    lane = tree.currentIndex()
    assert lane.data(Qt.ItemDataRole.AccessibleTextRole) == "lane Customer actions, cards: 0"
    qtbot.keyClick(tree, Qt.Key.Key_Insert)  # a new card there, its text being edited
    qtbot.keyClicks(QApplication.focusWidget(), "Walks in")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [c.text for c in blueprint.cards] == ["Walks in"])
    (card,) = blueprint.cards
    assert (card.text, blueprint.lane(card.lane).name, card.step) == (
        "Walks in",
        "Customer actions",
        blueprint.steps[0].id,
    )
    qtbot.waitUntil(
        lambda: (
            tree.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole)
            == "card, Customer actions, step Arrive: Walks in"
        )
    )
    assert window.current_scene().selected_card_ids() == [card.id]  # the canvas follows the outline
    key(qtbot, tree, Qt.Key.Key_Insert)  # another beside it
    qtbot.keyClicks(QApplication.focusWidget(), "Asks for a table")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [c.text for c in blueprint.cards] == ["Walks in", "Asks for a table"])
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert [c.text for c in blueprint.cards] == ["Walks in"]
    window.session.undo_stack.undo()
    assert len(blueprint.cards) == 2


def test_the_outline_follows_the_canvas_and_names_marks(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_outline()
    scene = window.current_scene()
    card = next(c for c in scene.blueprint.cards if c.marks.fail_point)
    scene.select_cards([card.id])
    current = window.outline.tree.currentIndex()
    spoken = current.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("card, ") and card.text in spoken and "fail point" in spoken
    assert current.siblingAtColumn(1).data() and "fail point" in current.siblingAtColumn(1).data()


def test_a_screen_reader_hears_each_row_by_its_accessible_name(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """Read through Qt's accessibility interface, as AT-SPI, UIA or VoiceOver would."""
    from PySide6.QtGui import QAccessible

    window = qapp.open_new()
    qtbot.waitExposed(window)
    window.outline.show()
    tree = QAccessible.queryAccessibleInterface(window.outline.tree)
    assert tree.role() == QAccessible.Role.Tree and tree.text(QAccessible.Text.Name) == "Outline of the document"
    rows = [tree.child(n) for n in range(tree.childCount())]
    heard = [row.text(QAccessible.Text.Name) for row in rows if row is not None]
    assert heard[:2] == ["Item", "Marks and time"]
    assert "blueprint Untitled blueprint, steps: 4, cards: 0" in heard and "stage (no stage)" in heard
    canvas = QAccessible.queryAccessibleInterface(window.current_view())
    assert canvas.text(QAccessible.Text.Name) == "Blueprint canvas" and "Outline" in canvas.text(
        QAccessible.Text.Description
    )
