"""A designer's work driven through the real view with mouse and keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtWidgets import QApplication

from blueprint_studio.model import LaneKind
from blueprint_studio.storage import open_bpx
from blueprint_studio.ui import dialogs
from tests.qt.conftest import viewport_point


def scene_and_view(window):  # type: ignore[no-untyped-def]
    return window.current_scene(), window.current_view()


def card_by_text(blueprint, prefix: str):  # type: ignore[no-untyped-def]
    return next(card for card in blueprint.cards if card.text.startswith(prefix))


def test_double_click_an_empty_cell_and_type_creates_a_card(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    blueprint = scene.blueprint
    frontstage = blueprint.lane_of_kind(LaneKind.FRONTSTAGE).id
    first_step = blueprint.steps[0].id
    assert blueprint.cards_in_cell(frontstage, first_step) == []
    cell = scene.geometry.cell(frontstage, first_step)
    point = viewport_point(window, cell.x + 40, cell.y + cell.height - 10)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert scene.editor is not None
    qtbot.keyClicks(view.viewport(), "Greet at the website chat")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    cards = scene.blueprint.cards_in_cell(frontstage, first_step)
    assert [c.text for c in cards] == ["Greet at the website chat"]
    assert window.isWindowModified()
    assert window.session.undo_stack.undoText() == "New card"


def test_escape_cancels_a_new_card(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    before = len(scene.blueprint.cards)
    cell = scene.geometry.cell(scene.blueprint.lane_of_kind(LaneKind.FRONTSTAGE).id, scene.blueprint.steps[0].id)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(window, cell.x + 40, cell.y + 30))
    qtbot.keyClicks(view.viewport(), "never mind")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert len(scene.blueprint.cards) == before
    assert not window.isWindowModified()


def drag(qtbot, view, start, end) -> None:  # type: ignore[no-untyped-def]
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for fraction in (0.25, 0.5, 0.75, 1.0):
        qtbot.mouseMove(viewport, pos=start + (end - start) * fraction)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_drag_a_card_to_another_lane_and_undo(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    blueprint = scene.blueprint
    card = card_by_text(blueprint, "Doorman greets")
    backstage = blueprint.lane_of_kind(LaneKind.BACKSTAGE).id
    box = scene.geometry.cards[card.id]
    target = scene.geometry.cell(backstage, card.step)
    start = viewport_point(window, *box.rect.center)
    end = viewport_point(window, target.x + target.width / 2, target.y + target.height - 8)
    drag(qtbot, view, start, end)
    moved = scene.blueprint.card(card.id)
    assert (moved.lane, moved.step) == (backstage, card.step)
    assert scene.card_items[card.id].pos().y() == scene.geometry.cards[card.id].rect.y  # snapped, not where dropped
    window.session.undo_stack.undo()
    assert scene.blueprint.card(card.id).lane == card.lane


def test_a_card_dropped_on_a_line_lands_in_a_lane(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    card = card_by_text(scene.blueprint, "Doorman greets")
    rule = scene.geometry.lines[1]  # the line of visibility
    box = scene.geometry.cards[card.id]
    drag(qtbot, view, viewport_point(window, *box.rect.center), viewport_point(window, box.rect.center[0], rule.y))
    lane = scene.blueprint.lane(scene.blueprint.card(card.id).lane)
    assert lane.kind in (LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE)
    rect = scene.geometry.cards[card.id].rect
    assert not rect.y < rule.y < rect.bottom


def test_connect_two_cards_by_dragging_the_handle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    blueprint = scene.blueprint
    source = card_by_text(blueprint, "Porter brings luggage")
    target = card_by_text(blueprint, "Luggage tagged")
    before = len(blueprint.connectors)
    box, other = scene.geometry.cards[source.id], scene.geometry.cards[target.id]
    handle = viewport_point(window, box.rect.right, box.rect.center[1])
    qtbot.mouseMove(view.viewport(), pos=viewport_point(window, *box.rect.center))
    drag(qtbot, view, handle, viewport_point(window, *other.rect.center))
    assert len(scene.blueprint.connectors) == before + 1
    arrow = scene.blueprint.connectors[-1]
    assert (arrow.source, arrow.target) == (source.id, target.id)
    assert arrow.id in scene.connector_items


def test_undo_everything_gives_back_the_file(qtbot, window, sample_copy: Path) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    card = card_by_text(scene.blueprint, "Doorman greets")
    box = scene.geometry.cards[card.id]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(window, *box.rect.center))
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    qtbot.keyClicks(view.viewport(), "Typed")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert window.session.undo_stack.count() >= 3
    while window.session.undo_stack.canUndo():
        window.session.undo_stack.undo()
    assert window.session.document == open_bpx(sample_copy)
    assert not window.isWindowModified()


def test_keyboard_only_work(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    view.setFocus()
    emotions, first_lane, first_step = (
        scene.geometry.lanes[0].lane_id,
        scene.geometry.lanes[1].lane_id,
        scene.geometry.steps[0].step_id,
    )
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Down)  # from the first cell (the Emotions row): one lane down
    assert scene.cursor == (first_lane, first_step)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Up)
    assert scene.cursor == (emotions, first_step)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Down)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    qtbot.keyClicks(view.viewport(), "Leaflet")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Tab)  # commit, then a new card one step right
    qtbot.keyClicks(view.viewport(), "Poster")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    blueprint = scene.blueprint
    assert blueprint.cards_in_cell(first_lane, first_step)[-1].text == "Leaflet"
    poster = blueprint.cards_in_cell(first_lane, blueprint.steps[1].id)[-1]
    assert poster.text == "Poster"
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert scene.blueprint.card(poster.id).lane == scene.geometry.lanes[2].lane_id
    qtbot.keyClick(view.viewport(), Qt.Key.Key_F2)
    qtbot.keyClicks(view.viewport(), "Big poster")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert scene.blueprint.card(poster.id).text == "Big poster"


def test_copy_and_paste_into_another_cell_and_another_window(qtbot, window, qapp) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    card = card_by_text(scene.blueprint, "Queue at reception")
    scene.select_cards([card.id])
    window.actions_by_name["copy"].trigger()
    assert QApplication.clipboard().text() == card.text
    scene.set_cursor((scene.geometry.lanes[0].lane_id, scene.geometry.steps[-1].step_id))
    window.actions_by_name["paste"].trigger()
    pasted = [c for c in scene.blueprint.cards if c.text == card.text]
    assert len(pasted) == 2 and pasted[1].id != card.id
    other = qapp.open_new()
    other.actions_by_name["paste"].trigger()
    assert any(c.text == card.text for c in other.session.document.blueprints[0].cards)


def test_move_a_step_by_dragging_its_header_and_rename_by_double_click(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    steps = [s.id for s in scene.blueprint.steps]
    first = scene.geometry.steps[0].header
    third = scene.geometry.steps[2].header
    drag(
        qtbot,
        view,
        viewport_point(window, first.x + 30, first.y + 10),
        viewport_point(window, third.x + 60, third.y + 10),
    )
    assert [s.id for s in scene.blueprint.steps][:3] == [steps[1], steps[2], steps[0]]
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label, value: "Search for hotels")
    header = scene.geometry.steps[0].header
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(window, header.x + 30, header.y + 10)
    )
    assert scene.blueprint.steps[0].name == "Search for hotels"


def test_headers_stay_on_screen_while_scrolling(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.current_view()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    assert view.verticalScrollBar().value() > 0 and view.horizontalScrollBar().value() > 0
    top_middle = QPoint(view.viewport().width() // 2, 40)  # the step row, under the stage row
    left_middle = QPoint(20, view.viewport().height() // 2)
    assert view.header_hit(QPoint(view.viewport().width() // 2, 10))[0] == "stage"
    assert view.header_hit(top_middle)[0] == "step"
    assert view.header_hit(left_middle)[0] == "lane"
    # A click on the frozen header selects the step, not the card scrolled beneath it.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=top_middle)
    assert window.properties.pages.currentWidget() is window.properties.step_page
    assert window.current_scene().selected_card_ids() == []


def test_properties_dock_edits_marks_and_notes_undoably(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    card = card_by_text(scene.blueprint, "Porter brings luggage")
    scene.select_cards([card.id])
    dock = window.properties
    assert dock.pages.currentWidget() is dock.card_page
    dock.mark_boxes["fail_point"].click()
    assert scene.blueprint.card(card.id).marks.fail_point
    dock.card_notes.setFocus()
    qtbot.keyClicks(dock.card_notes, "Heavy bags")
    assert scene.blueprint.card(card.id).notes == "Heavy bags"
    window.session.undo_stack.undo()  # all the typing is one step
    assert scene.blueprint.card(card.id).notes == ""
    window.session.undo_stack.undo()
    assert not scene.blueprint.card(card.id).marks.fail_point


def test_too_long_text_keeps_the_editor_open_with_the_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    card = card_by_text(scene.blueprint, "Porter brings luggage")
    scene.edit_card(card.id)
    scene.editor.setPlainText("w" * 2100)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert scene.blueprint.card(card.id).text == "Porter brings luggage"
    assert "at most 2,000 characters" in window.statusBar().currentMessage()  # said where every refusal is said
    assert scene.editor is not None and scene.editor.toPlainText() == "w" * 2100


def test_the_cell_under_a_dragged_card_lights_up(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    card = card_by_text(scene.blueprint, "Doorman greets")
    target_step = scene.blueprint.steps[3].id
    target = scene.geometry.cell(card.lane, target_step)
    # Clear of the frozen headers and the focus ring.
    view.reveal(QRectF(target.x, target.y, target.width, target.height))
    # On the highlight's border (the top has a line note)
    edge = viewport_point(window, target.right - 3, target.bottom - 3)
    before = view.viewport().grab().toImage().pixelColor(edge)
    start = viewport_point(window, *scene.geometry.cards[card.id].rect.center)
    end = viewport_point(window, target.x + target.width / 2, target.y + target.height / 2)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), pos=(start + end) / 2)
    qtbot.mouseMove(view.viewport(), pos=end)
    assert scene.drop_cells == {(card.lane, target_step)}
    during = view.viewport().grab().toImage().pixelColor(edge)
    assert during != before
    assert during.blue() > 140 and during.red() < 60  # the selection blue, #0072b2
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert scene.blueprint.card(card.id).step == target_step


def test_editing_keys_stay_with_the_in_place_editor(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Delete, Ctrl+A and Ctrl+C edit the text being typed; they do not delete or copy cards."""
    scene, view = scene_and_view(window)
    card = card_by_text(scene.blueprint, "Porter brings luggage")
    scene.select_cards([card.id])
    count = len(scene.blueprint.cards)
    scene.edit_card(card.id)
    cursor = scene.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    scene.editor.setTextCursor(cursor)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "orter brings luggage"
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert len(scene.blueprint.cards) == count
    assert scene.blueprint.card(card.id).text == "orter brings luggage"


def test_ctrl_z_in_the_dock_undoes_the_document(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = scene_and_view(window)
    card = card_by_text(scene.blueprint, "Porter brings luggage")
    scene.select_cards([card.id])
    notes = window.properties.card_notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Bags")
    assert scene.blueprint.card(card.id).notes == "Bags"
    qtbot.keyClick(notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert scene.blueprint.card(card.id).notes == ""
    assert notes.toPlainText() == ""


def test_arrows_stand_still_as_pixmaps_only_while_a_card_is_dragged(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A drag frame blits the arrows that do not move; the arrows of the dragged card follow it,
    and after the drop every arrow paints directly again (a zoom would redraw every pixmap)."""
    from PySide6.QtWidgets import QGraphicsItem

    scene, view = scene_and_view(window)
    card = card_by_text(scene.blueprint, "Doorman greets")
    target = scene.geometry.cell(card.lane, scene.blueprint.steps[3].id)
    view.reveal(QRectF(target.x, target.y, target.width, target.height))
    arrows = list(scene.connector_items.values())
    assert arrows and all(a.cacheMode() is QGraphicsItem.CacheMode.NoCache for a in arrows)
    own = [scene.connector_items[c] for c in scene._layout.arrows_of(card.id) if c in scene.connector_items]
    assert own, "the sample's greeting has arrows"
    before = {a.connector_id: a.path.points for a in own}
    start = viewport_point(window, *scene.geometry.cards[card.id].rect.center)
    end = viewport_point(window, target.x + target.width / 2, target.y + target.height / 2)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), pos=(start + end) / 2)
    qtbot.mouseMove(view.viewport(), pos=end)
    assert all(a.cacheMode() is QGraphicsItem.CacheMode.DeviceCoordinateCache for a in arrows)
    assert any(a.path.points != before[a.connector_id] for a in own)  # they follow the card
    view.viewport().grab()  # a frame painted from the pixmaps
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert all(a.cacheMode() is QGraphicsItem.CacheMode.NoCache for a in scene.connector_items.values())
