"""The journey map driven as a designer would: curve points dragged, scored from the keyboard,
personas managed in their panel, views and rows switched from the menu."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from blueprint_studio.model import LaneKind, View
from blueprint_studio.ui.application import BlueprintApplication
from tests.conftest import ROOT
from tests.qt.conftest import viewport_point
from tests.qt.test_editing_gui import drag
from tests.strategies import documents


@pytest.fixture
def journey_window(qapp: BlueprintApplication, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    target = tmp_path / "broadband.bpx"
    shutil.copyfile(ROOT / "resources/samples/broadband-journey.bpx", target)
    opened = qapp.open_path(target)
    assert opened is not None
    opened.resize(1400, 900)
    qtbot.waitExposed(opened)
    return opened


def test_dragging_a_point_changes_the_score_in_one_undo_step(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = window.current_scene(), window.current_view()
    chart = scene.geometry.chart
    point = chart.curves[0].points[3]  # Ana at "Check in": −2
    assert point.score == -2
    start = viewport_point(window, point.x, point.y)
    end = viewport_point(window, point.x, chart.y_of(1.5) + 2)  # a little below +1.5: snaps to it
    drag(qtbot, view, start, end)
    assert scene.blueprint.emotion(point.point_id and scene.blueprint.personas[0], point.step_id).score == 1.5  # type: ignore[union-attr]
    assert window.session.undo_stack.undoText() == "Change emotion score"
    assert scene.selected_point == point.point_id
    window.session.undo_stack.undo()
    assert scene.blueprint.emotion(scene.blueprint.personas[0], point.step_id).score == -2  # type: ignore[union-attr]
    assert scene.geometry.chart.curves[0].points[3].y == point.y


def test_keyboard_scores_a_step_and_moves_the_point(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = window.current_scene(), window.current_view()
    view.setFocus()
    blueprint = scene.blueprint
    ana = blueprint.personas[0]
    blueprint_point = blueprint.emotion(ana, blueprint.steps[0].id)
    scene.set_cursor((scene.geometry.chart.lane_id, blueprint.steps[0].id))
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)  # selects the existing point
    assert scene.selected_point == blueprint_point.id  # type: ignore[union-attr]
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Up)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert blueprint.emotion(ana, blueprint.steps[0].id).score == 1.5  # type: ignore[union-attr]
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert blueprint.emotion(ana, blueprint.steps[0].id) is None
    assert "gap" not in window.session.undo_stack.undoText()
    window.session.undo_stack.undo()
    assert blueprint.emotion(ana, blueprint.steps[0].id).score == 1.5  # type: ignore[union-attr]


def test_double_click_in_the_row_scores_the_chosen_curve(qtbot, journey_window) -> None:  # type: ignore[no-untyped-def]
    window = journey_window
    scene, view = window.current_scene(), window.current_view()
    blueprint = scene.blueprint
    henrik = blueprint.personas[1]
    window.choose_curve(henrik, to_be=True)
    assert window.curve_box.currentText() == "Henrik Larsen (to-be)"
    chart = scene.geometry.chart
    column = scene.geometry.steps[2]
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(window, column.x + 30, chart.y_of(-1))
    )
    point = blueprint.emotion(henrik, column.step_id, to_be=True)
    assert point is not None and point.score == -1
    assert [c.name for c in scene.geometry.chart.curves].count("Henrik Larsen") == 2  # as-is and now to-be
    assert len(blueprint.cards) == 93  # no card was made in the Emotions row


def test_a_blueprint_without_personas_gets_one_on_the_first_score(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scene, view = window.current_scene(), window.current_view()
    document = window.session.document
    window.personas.list.setCurrentRow(0)
    qtbot.mouseClick(window.personas.findChild(QPushButton, "delete_persona"), Qt.MouseButton.LeftButton)
    assert document.personas == [] and scene.blueprint.emotions == []
    chart = scene.geometry.chart
    column = scene.geometry.steps[1]
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(window, column.x + 30, chart.y_of(0.5))
    )
    (persona,) = document.personas
    assert persona.name == "Customer" and scene.blueprint.personas == [persona.id]
    assert scene.blueprint.emotion(persona.id, column.step_id).score == 0.5  # type: ignore[union-attr]
    window.session.undo_stack.undo()
    assert document.personas == []


def test_personas_panel_adds_edits_and_follows(qtbot, journey_window) -> None:  # type: ignore[no-untyped-def]
    window = journey_window
    panel = window.personas
    document = window.session.document
    blueprint = window.current_scene().blueprint
    qtbot.mouseClick(panel.findChild(QPushButton, "add_persona"), Qt.MouseButton.LeftButton)
    added = document.personas[-1]
    assert blueprint.personas[-1] == added.id
    name = panel.fields["name"]
    name.selectAll()
    qtbot.keyClicks(name, "Mia")
    goals = panel.fields["goals"]
    goals.setFocus()
    qtbot.keyClicks(goals, "Stream in 4K")
    qtbot.keyClick(goals, Qt.Key.Key_Return)
    qtbot.keyClicks(goals, "Pay less")
    assert document.persona(added.id).name == "Mia"
    assert document.persona(added.id).goals == ["Stream in 4K", "Pay less"]
    item = panel.list.item(0)
    item.setCheckState(Qt.CheckState.Unchecked)  # Leila no longer followed here
    assert blueprint.personas == ["broadband-henrik", added.id]
    assert not any(curve.persona_id == "broadband-leila" for curve in window.current_scene().geometry.chart.curves)
    assert any(p.persona == "broadband-leila" for p in blueprint.emotions)  # her scores are kept
    window.session.undo_stack.undo()
    assert blueprint.personas[0] == "broadband-leila"


def test_views_and_rows_from_the_menu(qtbot, journey_window) -> None:  # type: ignore[no-untyped-def]
    window = journey_window
    scene = window.current_scene()
    window.actions_by_name["view_journey"].trigger()
    assert scene.blueprint.view is View.JOURNEY
    kinds = {band.kind for band in scene.geometry.lanes}
    assert LaneKind.BACKSTAGE not in kinds and LaneKind.CUSTOMER_ACTIONS in kinds
    assert not any(
        scene.card_items[c].isVisible() and scene.blueprint.card(c).lane.endswith("backstage") for c in scene.card_items
    )
    window.actions_by_name["view_blueprint"].trigger()
    assert LaneKind.EMOTIONS not in {band.kind for band in scene.geometry.lanes} and scene.chart_item is None
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert scene.blueprint.view is View.BOTH and window.actions_by_name["view_both"].isChecked()
    thoughts = window.row_actions[LaneKind.THOUGHTS]
    assert thoughts.isChecked()
    thoughts.trigger()
    assert not thoughts.isChecked()
    assert LaneKind.THOUGHTS not in {band.kind for band in scene.geometry.lanes}
    assert any(card.lane == "broadband-thoughts" for card in scene.blueprint.cards)


def test_moment_of_truth_from_the_step_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    step = window.current_scene().blueprint.steps[0]
    window.properties.show_step(step.id)
    window.properties.step_moment.click()
    assert step.moment_of_truth and window.current_scene().geometry.steps[0].moment_of_truth


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=documents())
def test_any_document_paints_in_the_window(qtbot, qapp, document) -> None:  # type: ignore[no-untyped-def]
    """The canvas paints whatever a valid document holds (a paint that raises would crash Qt)."""
    from blueprint_studio.ui.mainwindow import MainWindow

    window = MainWindow(document)
    window.resize(900, 600)
    window.show()
    for view in window.views.values():
        window.tabs.setCurrentWidget(view)
        view.zoom_fit()
        assert not view.viewport().grab().isNull()
    window.session.undo_stack.setClean()
    window.close()
