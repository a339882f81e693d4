"""Gestures land where they show: drags, paste, keys, tabs, going to a card, the outline's rows."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from blueprint_studio.editing import edits
from blueprint_studio.layout import style
from blueprint_studio.model import LaneKind
from blueprint_studio.ui.mainwindow import MainWindow
from tests.qt.conftest import viewport_point


def _fit(window: MainWindow) -> None:
    """The whole blueprint on screen, up close enough that cards are items, not a sketch."""
    window.resize(1800, 1100)
    view = window.current_view()
    assert view is not None
    view.set_zoom(0.62)
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    QApplication.processEvents()


def _press_move(qtbot, window: MainWindow, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    viewport = window.current_view().viewport()  # type: ignore[union-attr]
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for fraction in (0.3, 0.7, 1.0):
        qtbot.mouseMove(viewport, pos=start + (end - start) * fraction)


@settings(
    max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None
)
@given(
    card=st.integers(0, 10_000),
    grab=st.tuples(st.floats(0.05, 0.95), st.floats(0.1, 0.9)),
    drop=st.tuples(st.floats(0.0, 1.0), st.floats(0.0, 1.0)),
    two=st.booleans(),
)
def test_the_lit_cells_are_where_the_cards_land(
    qtbot, window, card: int, grab: tuple[float, float], drop: tuple[float, float], two: bool
) -> None:  # type: ignore[no-untyped-def]
    """Grab a card anywhere on it (with a second one selected, or not), drag it anywhere:
    the cells lit at the moment of release are exactly the cells the cards then rest in."""
    _fit(window)
    scene, view = window.current_scene(), window.current_view()
    geometry = scene.geometry
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    ids = [
        c
        for c, box in geometry.cards.items()
        if visible.contains(box.rect.x, box.rect.y) and visible.contains(box.rect.right, box.rect.bottom)
    ]
    grabbed = ids[card % len(ids)]
    box = geometry.cards[grabbed]
    moving = [grabbed]
    scene.select_cards([grabbed])
    if two:
        other = ids[(card + 7) % len(ids)]
        if other != grabbed:
            scene.card_item(other).setSelected(True)
            moving.append(other)
    start = viewport_point(window, box.rect.x + box.rect.width * grab[0], box.rect.y + box.rect.height * grab[1])
    grid = geometry.grid
    left, right = max(grid.x, visible.left()), min(grid.right, visible.right())
    top, bottom = max(grid.y, visible.top()), min(grid.bottom, visible.bottom())
    end = viewport_point(window, left + (right - left) * drop[0], top + (bottom - top) * drop[1])
    before = {c: (scene.blueprint.card(c).lane, scene.blueprint.card(c).step) for c in moving}
    depth = window.session.undo_stack.index()
    viewport = view.viewport()
    _press_move(qtbot, window, start, end)  # pressing a selected card keeps the other selected
    lit = set(scene.drop_cells)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    after = {c: (scene.blueprint.card(c).lane, scene.blueprint.card(c).step) for c in moving}
    if not lit:  # never became a drag (the pointer barely moved): nothing moved
        assert after == before
    else:
        assert after[grabbed] in lit, (lit, before, after)
        assert lit <= set(after.values()), "a cell was lit that no card landed in"
        assert all(after[c] in lit or after[c] == before[c] for c in moving), "a card landed in a cell that was not lit"
    assert scene.drop_cells == frozenset()
    while window.session.undo_stack.index() > depth:
        window.session.undo_stack.undo()


def test_grabbed_near_its_edge_a_card_lands_in_the_lit_cell(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The case that lied before: grabbed near its right edge and dropped one step over, the
    card went back to its own cell while the next one was lit."""
    _fit(window)
    scene = window.current_scene()
    card = next(c for c in scene.blueprint.cards if c.text.startswith("Doorman greets"))
    box = scene.geometry.cards[card.id]
    next_step = scene.blueprint.steps[[s.id for s in scene.blueprint.steps].index(card.step) + 1].id
    column = scene.geometry.step(next_step)
    start = viewport_point(window, box.rect.right - 6, box.rect.y + 6)  # near its right edge (above the connect handle)
    end = viewport_point(window, column.x + 10, box.rect.center[1])
    _press_move(qtbot, window, start, end)
    assert scene.drop_cells == {(card.lane, next_step)}
    qtbot.mouseRelease(window.current_view().viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert scene.blueprint.card(card.id).step == next_step


def test_esc_cancels_a_drag_and_puts_the_card_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _fit(window)
    scene, view = window.current_scene(), window.current_view()
    card = next(c for c in scene.blueprint.cards if c.text.startswith("Doorman greets"))
    box = scene.geometry.cards[card.id]
    start = viewport_point(window, *box.rect.center)
    _press_move(qtbot, window, start, start + QPoint(200, 0))
    assert scene.drop_cells
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert scene.drop_cells == frozenset() and scene.card_items[card.id].at_rest()
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(200, 0))
    assert scene.blueprint.card(card.id).step == card.step and window.session.undo_stack.count() == 0


def test_a_rubber_band_selects_what_it_touches(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _fit(window)
    scene = window.current_scene()
    blueprint = scene.blueprint
    lane = blueprint.lane_of_kind(LaneKind.CUSTOMER_ACTIONS).id
    cell = scene.geometry.cell(lane, blueprint.steps[0].id)
    wanted = set(scene.geometry.cards_in_cell(lane, blueprint.steps[0].id))
    assert wanted
    start = viewport_point(window, cell.x + 2, cell.y + 2)
    end = viewport_point(window, cell.x + cell.width - 2, cell.bottom - 2)
    _press_move(qtbot, window, start, end)
    qtbot.mouseRelease(window.current_view().viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert set(scene.selected_card_ids()) == wanted


def test_paste_goes_where_the_designer_last_clicked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = window.current_scene(), window.current_view()
    blueprint = scene.blueprint
    porter = next(c for c in blueprint.cards if c.text.startswith("Porter brings luggage"))
    doorman = next(c for c in blueprint.cards if c.text.startswith("Doorman greets"))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=viewport_point(window, *scene.geometry.cards[porter.id].rect.center),
    )
    window.actions_by_name["copy"].trigger()
    view.reveal(_qrect(scene.geometry.cards[doorman.id].rect))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=viewport_point(window, *scene.geometry.cards[doorman.id].rect.center),
    )
    window.actions_by_name["paste"].trigger()
    pasted = blueprint.cards[-1]
    # The card just clicked, not the cursor's old cell.
    assert (pasted.lane, pasted.step) == (
        doorman.lane,
        doorman.step,
    )
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Right)  # then the keys move the cell cursor: paste follows the keys
    window.actions_by_name["paste"].trigger()
    steps = [s.id for s in blueprint.steps]
    assert (blueprint.cards[-1].lane, blueprint.cards[-1].step) == (doorman.lane, steps[steps.index(doorman.step) + 1])


def _qrect(rect):  # type: ignore[no-untyped-def]
    from blueprint_studio.painting.player import qrect

    return qrect(rect)


def test_a_new_window_has_the_keys_on_its_canvas(qtbot, window, qapp) -> None:  # type: ignore[no-untyped-def]
    window.actions_by_name["new"].trigger()
    fresh = qapp.windows[-1]
    qtbot.waitExposed(fresh)
    view = fresh.current_view()
    assert fresh.focusWidget() is view  # where the keys go when the window is in front
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Down)
    assert fresh.current_scene().cursor is not None  # the arrows moved the cell cursor
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert fresh.current_scene().editor is not None  # and Enter opened a card there


def test_ctrl_tab_and_ctrl_page_down_switch_blueprints(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.actions_by_name["add_blueprint"].trigger()
    window.tabs.setCurrentIndex(0)
    view = window.current_view()
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert (
        window.tabs.currentIndex() == 1
        and window.views[window.session.document.blueprints[0].id].blueprint_scene.editor is None
    )
    qtbot.keyClick(window.current_view().viewport(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    qtbot.keyClick(window.current_view().viewport(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(
        window.current_view().viewport(),
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.tabs.currentIndex() == 0
    assert window.current_view().hasFocus()


def test_each_view_switch_is_an_undo_step_of_its_own(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for name in ("view_journey", "view_blueprint", "view_both"):
        window.actions_by_name[name].trigger()
    stack = window.session.undo_stack
    assert stack.count() == 3 and stack.undoText() == "Show journey map and blueprint"
    stack.undo()
    assert window.current_scene().blueprint.view.value == "blueprint"


def test_going_to_a_card_shows_all_of_it_clear_of_the_frozen_headers(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = window.current_scene(), window.current_view()
    view.set_zoom(1.0)
    geometry = scene.geometry
    for card_id in (
        geometry.cards_in_cell(scene.blueprint.lane_of_kind(LaneKind.CUSTOMER_ACTIONS).id, scene.blueprint.steps[0].id)[
            0
        ],
        max(geometry.cards, key=lambda c: geometry.cards[c].rect.bottom),
    ):
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
        view.verticalScrollBar().setValue(
            view.verticalScrollBar().maximum()
            if card_id != max(geometry.cards, key=lambda c: geometry.cards[c].rect.bottom)
            else 0
        )
        window.show_cards([card_id])
        shown = view.mapFromScene(_qrect(geometry.cards[card_id].rect)).boundingRect()
        assert shown.left() >= style.LANE_HEADER_WIDTH, "under the lane names"
        assert shown.top() >= geometry.grid.y, "under the step headers"
        assert shown.right() <= view.viewport().width() and shown.bottom() <= view.viewport().height()


def test_outline_rows_show_a_cards_whole_first_words(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene = window.current_scene()
    card = next(c for c in scene.blueprint.cards if c.text.startswith("Porter brings luggage"))
    window.session.edit(edits.edit_card(scene.blueprint, card.id, "text", "Nurse\nchecks the referral letter"))
    window.show_outline()
    window.outline.refresh()
    scene.select_cards([card.id])
    window.outline.follow(scene.blueprint_id, [card.id])
    index = window.outline.tree.currentIndex()
    assert index.data() == "Nurse checks the referral letter"
    tree = window.outline.tree
    shown = tree.visualRect(index)
    assert shown.width() > 0.5 * tree.viewport().width()
    assert tree.fontMetrics().horizontalAdvance("Nurse checks") < shown.width()


def test_a_stage_is_renamed_by_double_clicking_it(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from blueprint_studio.ui import dialogs

    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label, value: "Arrival and welcome")
    view, scene = window.current_view(), window.current_scene()
    span = scene.geometry.stages[0]
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(QPointF(*span.rect.center)))
    assert scene.blueprint.stages[0].name == "Arrival and welcome"
